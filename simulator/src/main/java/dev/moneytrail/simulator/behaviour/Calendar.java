package dev.moneytrail.simulator.behaviour;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The simulation's days, built once: each {@link Day} caches its weekend and payday rules, so
 * activities looking back at recent paydays do not redo date arithmetic millions of times. Covers
 * a margin before the first day for look-backs.
 */
public final class Calendar {

  /** Days kept before the first simulated day, for payday look-backs. */
  public static final int MARGIN = 62;

  private final LocalDate origin;
  private final Day[] days;
  private final ZoneId zone;

  public Calendar(LocalDate firstDay, int count, ZoneId zone) {
    this.origin = firstDay.minusDays(MARGIN);
    this.zone = zone;
    this.days = new Day[count + MARGIN + 8];
    for (int i = 0; i < days.length; i++) {
      days[i] = new Day(i - MARGIN, origin.plusDays(i), zone);
    }
  }

  /** The day for a date (built on the fly outside the cached range). */
  public Day day(LocalDate date) {
    long i = date.toEpochDay() - origin.toEpochDay();
    if (i >= 0 && i < days.length) {
      return days[(int) i];
    }
    return new Day((int) (i - MARGIN), date, zone);
  }

  /** The n-th simulated day (0 = first). */
  public Day simulated(int n) {
    return days[n + MARGIN];
  }
}
