package dev.moneytrail.rules.facts;

import java.time.Instant;

/**
 * One account seen with a shared attribute value (device, phone, address, e-mail, introducer).
 * {@code introducerId} is the customer who introduced or accompanied the holder at onboarding,
 * null when none or unknown.
 */
public record Holder(String accountId, String customerId, String customerType, String name,
    String employerId, Instant firstSeen, Instant lastSeen, String introducerId) {

  /** A holder whose introducer is not known. */
  public Holder(String accountId, String customerId, String customerType, String name,
      String employerId, Instant firstSeen, Instant lastSeen) {
    this(accountId, customerId, customerType, name, employerId, firstSeen, lastSeen, null);
  }
}
