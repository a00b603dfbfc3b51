package dev.moneytrail.console.store;

/** What an analyst decides about an alert. */
public enum Outcome {
  /** Trafficking proceeds suspected: proposes a referral that a second person must approve. */
  TRUE_POSITIVE,
  /** Not suspicious; needs a reason code and a written reason. */
  FALSE_POSITIVE,
  /** Cannot be decided on the evidence; closes with a reason (monitoring continues). */
  INCONCLUSIVE,
  /** Handed to a supervisor to decide. */
  ESCALATED
}
