package dev.moneytrail.rules.facts;

import java.time.Instant;
import java.util.List;

/**
 * Cards of several accounts used back to back at one ATM: each withdrawal within the session gap
 * of the one before. {@code cards} are the holders (account, customer, name), one per account.
 */
public record AtmSession(Instant start, Instant end, List<Holder> cards) {}
