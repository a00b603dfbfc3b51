package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a worker's kept pay cycles amount to per month: the anchor of B5 (wages far below the
 * statutory minimum). The pay period is read from the gaps between paydays, and only a regular one
 * counts: every gap weekly (5-9 days), every gap fortnightly (12-16 days) or every gap monthly
 * (26-35 days). A skipped payday (a seasonal pause, a lump sum) makes the cycles irregular, which is
 * B6's business, and gives no monthly figure here.
 *
 * @param period WEEKLY, FORTNIGHTLY or MONTHLY
 * @param largestMonthly the largest wage of the cycles, scaled to a month
 */
public record WageLevel(String period, int cycles, BigDecimal largestMonthly, List<String> payrollTxnIds) {

  private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

  /** The monthly level of the last {@code lastN} cycles, or null when they are fewer than two or irregular. */
  public static WageLevel of(PayrollHistory h, int lastN) {
    List<PayCycle> cycles = h.lastCycles(lastN);
    if (cycles.size() < 2) {
      return null;
    }
    String period = null;
    for (int i = 1; i < cycles.size(); i++) {
      String p = period(Duration.between(cycles.get(i - 1).paidAt(), cycles.get(i).paidAt()));
      if (p == null || period != null && !period.equals(p)) {
        return null;
      }
      period = p;
    }
    BigDecimal perMonth = switch (period) {
      case "WEEKLY" -> DAYS_PER_MONTH.divide(BigDecimal.valueOf(7), 6, RoundingMode.HALF_EVEN);
      case "FORTNIGHTLY" -> DAYS_PER_MONTH.divide(BigDecimal.valueOf(14), 6, RoundingMode.HALF_EVEN);
      default -> BigDecimal.ONE;
    };
    BigDecimal largest = BigDecimal.ZERO;
    List<String> ids = new ArrayList<>();
    for (PayCycle c : cycles) {
      largest = largest.max(c.amount());
      ids.add(c.payrollTxnId());
    }
    return new WageLevel(period, cycles.size(), largest.multiply(perMonth).setScale(2, RoundingMode.HALF_EVEN), ids);
  }

  private static String period(Duration gap) {
    long hours = gap.toHours();
    if (hours >= 5 * 24 && hours <= 9 * 24) {
      return "WEEKLY";
    }
    if (hours >= 12 * 24 && hours <= 16 * 24) {
      return "FORTNIGHTLY";
    }
    if (hours >= 26 * 24 && hours <= 35 * 24) {
      return "MONTHLY";
    }
    return null;
  }

  /**
   * Whether {@code occupation} is one the catalogue names as lawfully paid less (students,
   * apprentices, trainees): {@code regex} is matched case-insensitively.
   */
  public static boolean exemptOccupation(String occupation, String regex) {
    return occupation != null && regex != null && !regex.isBlank()
        && EXEMPT_OCCUPATIONS.get(regex).matcher(occupation).find();
  }

  /** Compiled once per parameter value, not on every payroll credit screened. */
  private static final TextMemo<java.util.regex.Pattern> EXEMPT_OCCUPATIONS = new TextMemo<>(1_024,
      r -> java.util.regex.Pattern.compile(r, java.util.regex.Pattern.CASE_INSENSITIVE));

  /** Whether every wage, scaled to a month, is below {@code share} of {@code expectedMonthly}. */
  public boolean below(BigDecimal share, BigDecimal expectedMonthly) {
    return largestMonthly.compareTo(share.multiply(expectedMonthly)) < 0;
  }

  /** The largest monthly wage as a share of {@code expectedMonthly}, 4 decimals. */
  public BigDecimal shareOf(BigDecimal expectedMonthly) {
    return largestMonthly.divide(expectedMonthly, 4, RoundingMode.HALF_EVEN);
  }
}
