package dev.moneytrail.simulator.random;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from the run seed and an entity's identity.
 *
 * <p>Every random decision in the simulator is drawn from a stream keyed by (seed, what, when), never
 * from a shared generator, so the output does not depend on iteration order, thread count or how
 * many other entities exist: adding a typology case does not change the ordinary population's
 * transactions, and a day can be generated without replaying the days before it.
 */
public final class Seeds {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /** SplitMix64's finaliser: a bijective 64-bit mix with good avalanche. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A key derived from a parent key and a number (an ordinal, a day, a salt). */
  public static long derive(long parent, long n) {
    return mix(parent + GOLDEN * (n + 1) + mix(n ^ 0x632BE59BD9B4E019L));
  }

  /** A key derived from a parent key and a name; stable across JVMs (no String.hashCode). */
  public static long derive(long parent, String name) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < name.length(); i++) {
      h ^= name.charAt(i);
      h *= 0x100000001B3L;
    }
    return derive(parent, h);
  }

  /** A fresh random stream for a key. */
  public static SplittableRandom rng(long key) {
    return new SplittableRandom(key);
  }

  /** A fresh random stream for (key, n), e.g. an entity's stream for one day. */
  public static SplittableRandom rng(long key, long n) {
    return new SplittableRandom(derive(key, n));
  }
}
