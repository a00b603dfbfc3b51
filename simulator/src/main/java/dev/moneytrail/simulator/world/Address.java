package dev.moneytrail.simulator.world;

/**
 * A postal address as the bank holds it. {@link #text()} is the free-text form written to
 * {@code accounts.jsonl}; two customers share an address exactly when their texts are equal.
 */
public record Address(String line, String postcode, City city, String text) {

  @Override
  public String toString() {
    return text;
  }
}
