package dev.moneytrail.stream.screening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The monthly sums are screened on an account's first entry of each UTC day, and only then. */
class DailyEvaluationTest {

  private static long at(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  @Test
  void theFirstEntryOfAnAccountAndOfEachDayIsScreened() {
    assertTrue(AccountScreeningFunction.isFirstOfDay(Long.MIN_VALUE, at("2026-01-05T10:00:00Z")));
    assertTrue(AccountScreeningFunction.isFirstOfDay(at("2026-01-05T23:59:59Z"), at("2026-01-06T00:00:00Z")));
    assertTrue(AccountScreeningFunction.isFirstOfDay(at("2026-01-05T10:00:00Z"), at("2026-01-09T08:00:00Z")));
  }

  @Test
  void laterEntriesOfTheSameDayAreNot() {
    assertFalse(AccountScreeningFunction.isFirstOfDay(at("2026-01-05T00:00:00Z"), at("2026-01-05T23:59:59Z")));
    // An entry older than the latest one seen (out of order) does not open a day again.
    assertFalse(AccountScreeningFunction.isFirstOfDay(at("2026-01-06T09:00:00Z"), at("2026-01-05T22:00:00Z")));
  }
}
