package dev.moneytrail.simulator.behaviour;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Weekend rules for due dates: debits move forward to Monday, paydays move back to Friday. */
public final class BusinessDays {

  private BusinessDays() {}

  public static boolean weekend(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
  }

  /** Day {@code dom} (1..28) of a month, moved to the following Monday if it is a weekend. */
  public static LocalDate dueForward(int year, int month, int dom) {
    LocalDate n = LocalDate.of(year, month, dom);
    DayOfWeek w = n.getDayOfWeek();
    return w == DayOfWeek.SATURDAY ? n.plusDays(2) : w == DayOfWeek.SUNDAY ? n.plusDays(1) : n;
  }

  /** Day {@code dom} (1..28, or 0 for the month's last day) moved back to Friday if a weekend. */
  public static LocalDate paydayBack(int year, int month, int dom) {
    LocalDate first = LocalDate.of(year, month, 1);
    LocalDate n = dom <= 0 ? first.withDayOfMonth(first.lengthOfMonth()) : first.withDayOfMonth(dom);
    while (weekend(n)) {
      n = n.minusDays(1);
    }
    return n;
  }

  /** Whether a date is the (forward-adjusted) due date of monthly day {@code dom}. */
  public static boolean isDueForward(LocalDate d, int dom) {
    LocalDate prev = d.minusMonths(1);
    return d.equals(dueForward(d.getYear(), d.getMonthValue(), dom))
        || d.equals(dueForward(prev.getYear(), prev.getMonthValue(), dom));
  }

  /** Whether a date is the (back-adjusted) monthly payday for day {@code dom}. */
  public static boolean isPaydayBack(LocalDate d, int dom) {
    if (weekend(d)) {
      return false;
    }
    LocalDate next = d.plusMonths(1);
    return d.equals(paydayBack(d.getYear(), d.getMonthValue(), dom))
        || d.equals(paydayBack(next.getYear(), next.getMonthValue(), dom));
  }
}
