package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;

/** All asset-category outflows of one calendar month (UTC): their sum and how many there were. */
public record AssetMonth(Instant monthStart, BigDecimal total, int count) {}
