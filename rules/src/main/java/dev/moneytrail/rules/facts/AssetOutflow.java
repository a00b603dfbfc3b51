package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One outflow into an asset category (catalogue H3): a car dealer or jeweller card payment, a
 * payment to a conveyancer, notary or escrow agent, a crypto on-ramp, or a wire abroad. A line of
 * the asset register a confiscation referral needs (indicators.md 7.3 "asset acquisitions").
 *
 * @param category what the payment buys, as the account operator classified it
 * @param counterparty the payee as the bank names it (merchant or beneficiary), or null
 * @param counterpartyCountry the payee's country, or null
 */
public record AssetOutflow(String txnId, Instant at, BigDecimal amount, String category, String counterparty,
    String counterpartyCountry) {}
