package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One payee of an employer's salary debits, as the employer's account saw it.
 *
 * @param accountId the payee's account (the counterparty of the salary debits)
 * @param payments paydays on which the payee was paid, the latest included (several debits on one
 *     day are one payday)
 * @param firstPaidAt the first payday kept; null when not known (state written before it was kept)
 * @param lastPaidAt the latest payday
 * @param previousPaidAt the payday before it; null after the first
 * @param lastAmount what the payee was paid on the latest payday
 * @param normalWage the mean of what the payee was paid on the paydays before the latest; null
 *     after the first
 */
public record PayeeHistory(String accountId, int payments, Instant firstPaidAt, Instant lastPaidAt,
    Instant previousPaidAt, BigDecimal lastAmount, BigDecimal normalWage) {

  /** Time without pay before the latest payday; zero after the first. */
  public Duration gapBeforeLatest() {
    return previousPaidAt == null ? Duration.ZERO : Duration.between(previousPaidAt, lastPaidAt);
  }

  /**
   * Whole days without pay before the latest payday, counted between the paydays' UTC days: a pay
   * run posted at 04:40 one week and 06:30 the next is still seven days on, not six and a fraction.
   */
  public long gapDaysBeforeLatest() {
    return previousPaidAt == null ? 0 : days(previousPaidAt, lastPaidAt);
  }

  /**
   * The payee's own pay period: the mean gap in days between its paydays before the latest (the
   * latest gap, the one being judged, left out); null before the third payday, or when the first
   * payday is not known. An employer with weekly hourly staff and monthly salaried staff, or
   * a payroll bureau paying two clients' staff on different days, runs payroll more often than
   * any one payee is paid: the cohort period B6 measures a gap against is the payee's pay group's.
   */
  public Long periodDays() {
    if (firstPaidAt == null || previousPaidAt == null || payments < 3) {
      return null;
    }
    return Math.round(days(firstPaidAt, previousPaidAt) / (double) (payments - 2));
  }

  private static long days(Instant from, Instant to) {
    return Duration.between(from.truncatedTo(ChronoUnit.DAYS), to.truncatedTo(ChronoUnit.DAYS)).toDays();
  }

  /** The latest payment in normal wages (two decimals); zero when there is no normal wage yet. */
  public BigDecimal wagesPaidAtOnce() {
    if (normalWage == null || normalWage.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return lastAmount.divide(normalWage, 2, RoundingMode.HALF_UP);
  }
}
