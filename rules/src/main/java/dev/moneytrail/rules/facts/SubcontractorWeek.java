package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One week (Monday 00:00 UTC onwards) of a young labour-supply business's money for G3: what
 * business payers paid it, and how much of those payments left again within the job's forwarding
 * window (seven days) as cash, to individuals or abroad. The forwarded sums belong to the week the
 * payment came in, not the week it left, so a week's share is of its own money.
 */
public record SubcontractorWeek(Instant weekStart, BigDecimal businessIn, BigDecimal forwardedAsCash,
    BigDecimal forwardedToIndividuals, BigDecimal forwardedAbroad) {

  public BigDecimal forwarded() {
    return forwardedAsCash.add(forwardedToIndividuals).add(forwardedAbroad);
  }
}
