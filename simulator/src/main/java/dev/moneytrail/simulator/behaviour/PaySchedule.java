package dev.moneytrail.simulator.behaviour;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When an employer pays: weekly or bi-weekly on a weekday, or monthly on a day of the month (moved
 * back to the Friday before when it falls on a weekend; day 0 means the last business day).
 * Pure: the same date always gives the same answer.
 */
public record PaySchedule(Cycle cycle, DayOfWeek weekday, int parity, int dayOfMonth) {

  /** Pay cycle. */
  public enum Cycle { WEEKLY, BIWEEKLY, MONTHLY }

  public static PaySchedule weekly(DayOfWeek d) {
    return new PaySchedule(Cycle.WEEKLY, d, 0, 0);
  }

  public static PaySchedule biweekly(DayOfWeek d, int parity) {
    return new PaySchedule(Cycle.BIWEEKLY, d, parity & 1, 0);
  }

  /** Monthly on a day (1..28), or 0 for the last business day of the month. */
  public static PaySchedule monthly(int dayOfMonth) {
    return new PaySchedule(Cycle.MONTHLY, null, 0, dayOfMonth);
  }

  public int periodsPerYear() {
    return switch (cycle) {
      case WEEKLY -> 52;
      case BIWEEKLY -> 26;
      case MONTHLY -> 12;
    };
  }

  /** Nominal days between paydays (7, 14 or about 30). */
  public int periodDays() {
    return switch (cycle) {
      case WEEKLY -> 7;
      case BIWEEKLY -> 14;
      case MONTHLY -> 30;
    };
  }

  public boolean isPayday(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return switch (cycle) {
      case WEEKLY -> dow == weekday;
      case BIWEEKLY -> dow == weekday && Math.floorMod(weekIndex(date), 2) == parity;
      case MONTHLY -> BusinessDays.isPaydayBack(date, dayOfMonth);
    };
  }

  /** Same as {@link #isPayday(LocalDate)}, using the day's cached calendar. */
  public boolean isPayday(Day day) {
    return switch (cycle) {
      case MONTHLY -> day.monthlyPayday(dayOfMonth);
      case WEEKLY -> day.dayOfWeek() == weekday;
      case BIWEEKLY -> day.dayOfWeek() == weekday && Math.floorMod(day.weekIndex(), 2) == parity;
    };
  }

  /** Paydays in [from, to], in order. */
  public List<LocalDate> paydays(LocalDate from, LocalDate to) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isPayday(d)) {
        out.add(d);
      }
    }
    return out;
  }

  private static long weekIndex(LocalDate d) {
    // Monday-based week number since the epoch (1970-01-01 was a Thursday).
    return Math.floorDiv(d.toEpochDay() + 3, 7);
  }

  @Override
  public String toString() {
    return switch (cycle) {
      case WEEKLY -> "weekly on " + weekday;
      case BIWEEKLY -> "bi-weekly on " + weekday;
      case MONTHLY -> dayOfMonth <= 0 ? "monthly, last business day" : "monthly on day " + dayOfMonth;
    };
  }
}
