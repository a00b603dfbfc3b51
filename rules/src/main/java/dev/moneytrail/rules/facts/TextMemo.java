package dev.moneytrail.rules.facts;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what the rules derive from texts that come back on event after event: the folded form
 * of the same holder, sender, payee and keyword list (folding them, by Unicode decomposition and
 * token sorting, was a fifth of the fan-in operator's time in the benchmark's profile) and the
 * compiled form of a regular-expression parameter. The results are pure functions of the text, so
 * a cached value is the value. Bounded: when full it starts
 * again rather than growing with every name ever seen (a cheap, good-enough eviction for a cache
 * whose hit rate comes from a small set of hot names). Thread-safe, shared by every task of a JVM.
 */
final class TextMemo<V> {

  private final int capacity;
  private final Function<String, V> compute;
  private volatile ConcurrentHashMap<String, V> values;

  TextMemo(int capacity, Function<String, V> compute) {
    this.capacity = capacity;
    this.compute = compute;
    this.values = new ConcurrentHashMap<>();
  }

  V get(String text) {
    ConcurrentHashMap<String, V> current = values;
    V v = current.get(text);
    if (v != null) {
      return v;
    }
    v = compute.apply(text);
    if (current.size() >= capacity) {
      current = new ConcurrentHashMap<>();
      values = current;
    }
    current.put(text, v);
    return v;
  }
}
