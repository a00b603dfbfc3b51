/**
 * Money and code conversions: {@link dev.moneytrail.schemas.money.Amounts} is the one tested place
 * that turns text into exact amounts and back; {@link dev.moneytrail.schemas.money.Codes} checks
 * ISO country and currency codes.
 */
package dev.moneytrail.schemas.money;
