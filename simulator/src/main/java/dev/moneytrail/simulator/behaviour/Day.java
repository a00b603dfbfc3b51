package dev.moneytrail.simulator.behaviour;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One local calendar day of the simulation in the home country's time zone, and the conversion
 * from local clock time to UTC epoch millis. People live by the local clock; the output is UTC.
 */
public final class Day {

  public final int index;
  public final LocalDate date;
  private final ZoneId zone;
  private final long startMillis;
  private final long endMillis;
  private final boolean offsetChanges;
  private final int offsetSeconds;
  private final DayOfWeek dayOfWeek;
  private final long weekIndex;
  private final boolean[] dueForward = new boolean[29];
  private final boolean[] paydayBack = new boolean[29];

  public Day(int index, LocalDate date, ZoneId zone) {
    this.index = index;
    this.date = date;
    this.zone = zone;
    ZonedDateTime start = date.atStartOfDay(zone);
    ZonedDateTime end = date.plusDays(1).atStartOfDay(zone);
    this.startMillis = start.toInstant().toEpochMilli();
    this.endMillis = end.toInstant().toEpochMilli();
    this.offsetSeconds = start.getOffset().getTotalSeconds();
    this.offsetChanges = end.getOffset().getTotalSeconds() != offsetSeconds;
    this.dayOfWeek = date.getDayOfWeek();
    this.weekIndex = Math.floorDiv(date.toEpochDay() + 3, 7);
    // Cached once per day: millions of standing orders and payrolls ask every day.
    for (int dom = 0; dom <= 28; dom++) {
      dueForward[dom] = dom > 0 && BusinessDays.isDueForward(date, dom);
      paydayBack[dom] = BusinessDays.isPaydayBack(date, dom);
    }
  }

  /** Whether a monthly debit on day {@code dom} (1..28) is due today (weekends move to Monday). */
  public boolean monthlyDue(int dom) {
    return dueForward[dom];
  }

  /** Whether a monthly payday on day {@code dom} (0 = last business day) is today. */
  public boolean monthlyPayday(int dom) {
    return paydayBack[dom];
  }

  /** First millisecond of the day (local midnight) in UTC epoch millis. */
  public long startMillis() {
    return startMillis;
  }

  /** First millisecond of the next day. */
  public long endMillis() {
    return endMillis;
  }

  /** Whether an instant falls on this local day. */
  public boolean contains(long epochMillis) {
    return epochMillis >= startMillis && epochMillis < endMillis;
  }

  /** Epoch millis of a local clock time on this day, given as seconds after local midnight. */
  public long at(int secondOfDay) {
    int s = Math.max(0, Math.min(secondOfDay, 86_399));
    if (!offsetChanges) {
      return startMillis + s * 1000L;
    }
    // Daylight-saving change: let java.time resolve the gap or overlap, then keep inside the day.
    long t = ZonedDateTime.of(date, LocalTime.ofSecondOfDay(s), zone).toInstant().toEpochMilli();
    return Math.max(startMillis, Math.min(t, endMillis - 1));
  }

  /** Epoch millis of hh:mm:ss local time on this day. */
  public long at(int hour, int minute, int second) {
    return at(hour * 3600 + minute * 60 + second);
  }

  public DayOfWeek dayOfWeek() {
    return dayOfWeek;
  }

  /** Monday-based week number since the epoch. */
  public long weekIndex() {
    return weekIndex;
  }

  public boolean weekend() {
    return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
  }

  /** Offset of local time from UTC at the start of the day (seconds). */
  public int offsetSeconds() {
    return offsetSeconds;
  }
}
