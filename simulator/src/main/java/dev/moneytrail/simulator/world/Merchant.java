package dev.moneytrail.simulator.world;

/**
 * A card acceptor as it appears on a statement.
 *
 * @param name descriptor, e.g. {@code "REWE Markt"}
 * @param mcc ISO 18245 merchant category code
 * @param country acquiring country
 * @param online card-not-present (e-commerce) merchant: paid from a device, no city
 */
public record Merchant(String name, String mcc, String country, boolean online) {}
