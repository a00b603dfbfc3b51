package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;

/** Money that left an account after a payday: one debit, with where it went. */
public record Outflow(String txnId, Instant at, String counterpartyId, String counterpartyName,
    String channel, BigDecimal amount) {}
