package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * One payee of an employer's salary debits, as the employer's account saw it.
 *
 * @param accountId the payee's account (the counterparty of the salary debits)
 * @param payments paydays on which the payee was paid, the latest included (several debits on one
 *     day are one payday)
 * @param lastPaidAt the latest payday
 * @param previousPaidAt the payday before it; null after the first
 * @param lastAmount what the payee was paid on the latest payday
 * @param normalWage the mean of what the payee was paid on the paydays before the latest; null
 *     after the first
 */
public record PayeeHistory(String accountId, int payments, Instant lastPaidAt, Instant previousPaidAt,
    BigDecimal lastAmount, BigDecimal normalWage) {

  /** Time without pay before the latest payday; zero after the first. */
  public Duration gapBeforeLatest() {
    return previousPaidAt == null ? Duration.ZERO : Duration.between(previousPaidAt, lastPaidAt);
  }

  /** The latest payment in normal wages (two decimals); zero when there is no normal wage yet. */
  public BigDecimal wagesPaidAtOnce() {
    if (normalWage == null || normalWage.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return lastAmount.divide(normalWage, 2, RoundingMode.HALF_UP);
  }
}
