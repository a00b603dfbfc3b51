package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One of the largest payments in or out that make a G3 case: a business payer's payment
 * ({@code kind} "business payment"), or money leaving as "cash", "to an individual" or "abroad".
 *
 * @param counterparty the payer or payee as the bank names it, or null (cash)
 */
public record SubcontractorEntry(String txnId, Instant at, BigDecimal amount, String kind, String counterparty) {}
