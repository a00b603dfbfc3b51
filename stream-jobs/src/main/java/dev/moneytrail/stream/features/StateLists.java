package dev.moneytrail.stream.features;

import java.util.List;
import java.util.function.Predicate;

/**
 * List edits that work on every list Avro state can hold. After Flink copies or restores a state
 * record, its arrays are {@code GenericData.Array}, whose iterators cannot remove: {@code removeIf},
 * {@code remove(Object)} and {@code subList(..).clear()} throw there. Only indexed removal is safe.
 */
final class StateLists {

  /** Removes every element matching {@code which}; returns how many were removed. */
  static <T> int removeWhere(List<T> list, Predicate<? super T> which) {
    int removed = 0;
    for (int i = list.size() - 1; i >= 0; i--) {
      if (which.test(list.get(i))) {
        list.remove(i);
        removed++;
      }
    }
    return removed;
  }

  /** Removes the first {@code n} elements (the oldest, in our time-ordered lists). */
  static void dropFirst(List<?> list, int n) {
    for (int i = 0; i < n && !list.isEmpty(); i++) {
      list.remove(0);
    }
  }

  /** Removes one element by identity/equality, by index. */
  static <T> void removeElement(List<T> list, T element) {
    int i = list.indexOf(element);
    if (i >= 0) {
      list.remove(i);
    }
  }

  private StateLists() {}
}
