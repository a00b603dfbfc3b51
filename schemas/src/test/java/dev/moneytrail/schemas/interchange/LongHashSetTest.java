package dev.moneytrail.schemas.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

  @Test
  void addReportsWhetherTheKeyWasNew() {
    LongHashSet set = new LongHashSet(4);
    assertTrue(set.add(42));
    assertFalse(set.add(42));
    assertTrue(set.contains(42));
    assertFalse(set.contains(43));
  }

  @Test
  void holdsZeroAndNegativeKeysLikeAnyOther() {
    LongHashSet set = new LongHashSet(4);
    assertFalse(set.contains(0));
    assertTrue(set.add(0));
    assertFalse(set.add(0));
    assertTrue(set.add(-1));
    assertTrue(set.add(Long.MIN_VALUE));
    assertEquals(3, set.size());
  }

  @Test
  void growsPastItsInitialSizeWithoutLosingKeys() {
    LongHashSet set = new LongHashSet(16);
    for (long i = 1; i <= 500_000; i++) {
      assertTrue(set.add(i * 0x9E3779B97F4A7C15L));
    }
    assertEquals(500_000, set.size());
    for (long i = 1; i <= 500_000; i++) {
      assertTrue(set.contains(i * 0x9E3779B97F4A7C15L));
      assertFalse(set.add(i * 0x9E3779B97F4A7C15L));
    }
  }

  @Test
  void ledgerKeyHashSeparatesThePartsOfTheKey() {
    assertNotEquals(InterchangeReader.ledgerKeyHash("T1", "CREDIT", "A1"),
        InterchangeReader.ledgerKeyHash("T1", "DEBIT", "A1"));
    assertNotEquals(InterchangeReader.ledgerKeyHash("AB", "CREDIT", "C"),
        InterchangeReader.ledgerKeyHash("A", "CREDIT", "BC"));
    assertEquals(InterchangeReader.ledgerKeyHash("T1", "CREDIT", "A1"),
        InterchangeReader.ledgerKeyHash("T1", "CREDIT", "A1"));
  }

  @Test
  void ledgerKeyHashHasNoCollisionsOnAMillionSequentialIds() {
    Set<Long> hashes = new HashSet<>();
    for (int i = 0; i < 1_000_000; i++) {
      hashes.add(InterchangeReader.ledgerKeyHash("T" + i, i % 2 == 0 ? "CREDIT" : "DEBIT",
          "A" + (i % 1000)));
    }
    assertEquals(1_000_000, hashes.size());
  }
}
