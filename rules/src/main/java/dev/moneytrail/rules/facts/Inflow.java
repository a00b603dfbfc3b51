package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * One payment into a beneficiary, seen from the sender's side: who sent it, when, and how it
 * relates to the sender's last payday. {@code sinceSenderPayday} and {@code shareOfSenderWage}
 * are null when the sender had no payroll credit in the feature window. {@code purpose},
 * {@code reference} and {@code currency} are the payment's declared purpose, free-text remittance
 * information and ISO 4217 currency, null when absent.
 */
public record Inflow(String txnId, Instant at, String senderAccountId, String senderCustomerId,
    String senderName, String senderAddress, String senderEmployerId, String channel,
    BigDecimal amount, Duration sinceSenderPayday, BigDecimal shareOfSenderWage, String purpose,
    String reference, String currency) {

  /** An inflow without purpose or reference. */
  public Inflow(String txnId, Instant at, String senderAccountId, String senderCustomerId,
      String senderName, String senderAddress, String senderEmployerId, String channel,
      BigDecimal amount, Duration sinceSenderPayday, BigDecimal shareOfSenderWage) {
    this(txnId, at, senderAccountId, senderCustomerId, senderName, senderAddress, senderEmployerId,
        channel, amount, sinceSenderPayday, shareOfSenderWage, null, null, null);
  }

  /** Sent within {@code lag} after the sender's payday. */
  public boolean afterPayday(Duration lag) {
    return sinceSenderPayday != null && sinceSenderPayday.compareTo(lag) <= 0;
  }
}
