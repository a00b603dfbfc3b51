package dev.moneytrail.simulator.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayScheduleTest {

  @Test
  void monthlyPaydayOnAWeekendMovesBackToFriday() {
    PaySchedule s = PaySchedule.monthly(25);
    // 2026-01-25 is a Sunday.
    assertTrue(s.isPayday(LocalDate.of(2026, 1, 23)));
    assertFalse(s.isPayday(LocalDate.of(2026, 1, 25)));
    assertTrue(s.isPayday(LocalDate.of(2026, 2, 25)));
  }

  @Test
  void lastBusinessDayAndFirstOfMonthAcrossMonthEnds() {
    assertEquals(List.of(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27)),
        PaySchedule.monthly(0).paydays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)));
    // 2026-02-01 is a Sunday: that payday moves back into January.
    assertTrue(PaySchedule.monthly(1).isPayday(LocalDate.of(2026, 1, 30)));
  }

  @Test
  void biweeklyPaysEveryOtherWeek() {
    List<LocalDate> days = PaySchedule.biweekly(DayOfWeek.FRIDAY, 0).paydays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
    for (int i = 1; i < days.size(); i++) {
      assertEquals(14, days.get(i).toEpochDay() - days.get(i - 1).toEpochDay());
    }
  }

  @Test
  void cachedDayAgreesWithThePureRule() {
    ZoneId zone = ZoneId.of("Europe/Berlin");
    for (PaySchedule s : List.of(PaySchedule.monthly(0), PaySchedule.monthly(15), PaySchedule.monthly(28),
        PaySchedule.monthly(1), PaySchedule.weekly(DayOfWeek.THURSDAY))) {
      for (LocalDate d = LocalDate.of(2026, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
        assertEquals(s.isPayday(d), s.isPayday(new Day(0, d, zone)), s + " on " + d);
      }
    }
  }

  @Test
  void localClockTimesBecomeUtcInstants() {
    Day winter = new Day(0, LocalDate.of(2026, 1, 5), ZoneId.of("Europe/Berlin"));
    assertEquals(java.time.Instant.parse("2026-01-05T08:00:00Z").toEpochMilli(), winter.at(9, 0, 0));
    Day summer = new Day(0, LocalDate.of(2026, 7, 6), ZoneId.of("Europe/Berlin"));
    assertEquals(java.time.Instant.parse("2026-07-06T07:00:00Z").toEpochMilli(), summer.at(9, 0, 0));
  }
}
