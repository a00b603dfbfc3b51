package dev.moneytrail.schemas.interchange;

/**
 * A set of primitive longs by open addressing with linear probing: 8 bytes a slot at most 70 %
 * full, about 11 bytes a key, against some 100 for a {@code HashSet<String>} of ledger keys. Keys
 * are expected to be well-mixed hashes already, so the low bits index the table directly.
 */
final class LongHashSet {

  private static final int MAX_CAPACITY = 1 << 30;

  private long[] table;
  private int mask;
  private int size;
  private int resizeAt;
  // 0 marks an empty slot, so the key 0 itself is tracked aside.
  private boolean hasZero;

  LongHashSet(int expected) {
    long needed = Math.max(16, (long) Math.ceil(expected / 0.7));
    allocate((int) Math.min(MAX_CAPACITY, Long.highestOneBit(needed - 1) << 1));
  }

  /** Adds {@code key}; returns false when it was already present. */
  boolean add(long key) {
    if (key == 0) {
      if (hasZero) {
        return false;
      }
      hasZero = true;
      size++;
      return true;
    }
    int i = (int) key & mask;
    while (true) {
      long k = table[i];
      if (k == 0) {
        table[i] = key;
        if (++size >= resizeAt) {
          grow();
        }
        return true;
      }
      if (k == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  boolean contains(long key) {
    if (key == 0) {
      return hasZero;
    }
    int i = (int) key & mask;
    while (true) {
      long k = table[i];
      if (k == 0) {
        return false;
      }
      if (k == key) {
        return true;
      }
      i = (i + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  private void allocate(int capacity) {
    table = new long[capacity];
    mask = capacity - 1;
    resizeAt = (int) (capacity * 0.7);
  }

  private void grow() {
    if (table.length >= MAX_CAPACITY) {
      throw new IllegalStateException("more than " + resizeAt + " keys: beyond this set's design");
    }
    long[] old = table;
    allocate(old.length << 1);
    for (long k : old) {
      if (k != 0) {
        int i = (int) k & mask;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = k;
      }
    }
  }
}
