package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * One payment into a beneficiary, seen from the sender's side: who sent it, when, and how it
 * relates to the sender's last payday. {@code sinceSenderPayday} and {@code shareOfSenderWage}
 * are null when the sender had no payroll credit in the feature window.
 */
public record Inflow(String txnId, Instant at, String senderAccountId, String senderCustomerId,
    String senderName, String senderAddress, String senderEmployerId, String channel,
    BigDecimal amount, Duration sinceSenderPayday, BigDecimal shareOfSenderWage) {

  /** Sent within {@code lag} after the sender's payday. */
  public boolean afterPayday(Duration lag) {
    return sinceSenderPayday != null && sinceSenderPayday.compareTo(lag) <= 0;
  }
}
