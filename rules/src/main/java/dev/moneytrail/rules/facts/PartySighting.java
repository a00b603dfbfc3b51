package dev.moneytrail.rules.facts;

import java.time.Instant;

/** A counterparty (by a hash of its account id) and when it was last seen paying or being paid. */
public record PartySighting(int key, Instant lastAt) {}
