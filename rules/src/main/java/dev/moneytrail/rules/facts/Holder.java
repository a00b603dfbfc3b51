package dev.moneytrail.rules.facts;

import java.time.Instant;

/** One account seen with a shared attribute value (device, phone, address, e-mail, introducer). */
public record Holder(String accountId, String customerId, String customerType, String name,
    String employerId, Instant firstSeen, Instant lastSeen) {}
