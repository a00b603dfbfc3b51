package dev.moneytrail.simulator.ledger;

/**
 * One side of a payment. An internal party holds an account at the simulated bank, so a payment
 * touching it produces a ledger entry on that account; an external party (another bank, a
 * merchant, a payout wallet abroad) appears only as a counterparty.
 *
 * @param accountId the bank's account id (IBAN) for internal parties; IBAN, wallet or other key for
 *     external ones; may be null for an external party known only by name
 */
public record Party(String accountId, String name, String country, boolean internal) {

  /** An account held at the simulated bank. */
  public static Party internal(String accountId, String name, String country) {
    return new Party(accountId, name, country, true);
  }

  /** An account elsewhere. */
  public static Party external(String accountId, String name, String country) {
    return new Party(accountId, name, country, false);
  }

  /** The same account under a different name, e.g. how a payer spelled the payee. */
  public Party named(String otherName) {
    return new Party(accountId, otherName, country, internal);
  }
}
