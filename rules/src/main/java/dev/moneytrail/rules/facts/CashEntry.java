package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;

/** One cash deposit or withdrawal, with where it happened. */
public record CashEntry(String txnId, Instant at, String direction, BigDecimal amount, String location) {}
