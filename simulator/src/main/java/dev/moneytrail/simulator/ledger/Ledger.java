package dev.moneytrail.simulator.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the entries generated for one day (or one slice of actors of a day). Not thread-safe:
 * parallel generation gives each worker its own ledger and merges them before sorting.
 */
public final class Ledger {

  private final ArrayList<Entry> entries;

  public Ledger(int expected) {
    this.entries = new ArrayList<>(Math.max(16, expected));
  }

  void add(Entry e) {
    entries.add(e);
  }

  /** Adds every entry of another ledger (merging parallel slices). */
  public void addAll(Ledger other) {
    entries.addAll(other.entries);
  }

  /** The entries in the one output order. */
  public List<Entry> sorted() {
    entries.sort(EntryOrder.INSTANCE);
    return entries;
  }

  public int size() {
    return entries.size();
  }
}
