package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One card payment in a watched merchant category (adult-ad and dating platforms, lodging), with
 * the merchant as the acquirer names it and where it was paid (a city for card-present payments).
 */
public record CardEntry(String txnId, Instant at, String mcc, BigDecimal amount, String merchant,
    String merchantCountry, String location) {}
