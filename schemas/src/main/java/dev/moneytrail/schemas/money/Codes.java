package dev.moneytrail.schemas.money;

import java.util.Currency;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Validation of ISO 3166-1 alpha-2 country codes and ISO 4217 currency codes, using the JDK's
 * tables so there is no list of our own to keep up to date. Codes must be upper case: accepting
 * {@code "us"} would mean two spellings of one country in keys and features.
 */
public final class Codes {

  // Upper case only; looked up in sets made once, since every amount of every event is checked.
  private static final Set<String> COUNTRIES = new HashSet<>();
  private static final Set<String> CURRENCIES = new HashSet<>();

  static {
    COUNTRIES.addAll(Set.of(Locale.getISOCountries()));
    // Kosovo has no ISO code yet, but banks, SWIFT and the EU use the user-assigned XK; refusing it
    // would drop real customers' lines.
    COUNTRIES.add("XK");
    for (Currency c : Currency.getAvailableCurrencies()) {
      CURRENCIES.add(c.getCurrencyCode());
    }
  }

  private Codes() {}

  /** Whether {@code code} is an upper-case ISO 3166-1 alpha-2 country code (or XK). */
  public static boolean isCountry(String code) {
    return code != null && COUNTRIES.contains(code);
  }

  /** Whether {@code code} is an upper-case ISO 4217 alphabetic currency code known to the JDK. */
  public static boolean isCurrency(String code) {
    return code != null && CURRENCIES.contains(code);
  }

  /**
   * Returns {@code code} when it is a country code.
   *
   * @throws IllegalArgumentException otherwise, naming the value
   */
  public static String country(String code) {
    if (!isCountry(code)) {
      throw new IllegalArgumentException(
          "'" + code + "' is not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. DE)");
    }
    return code;
  }

  /**
   * Returns {@code code} when it is a currency code.
   *
   * @throws IllegalArgumentException otherwise, naming the value
   */
  public static String currency(String code) {
    if (!isCurrency(code)) {
      throw new IllegalArgumentException(
          "'" + code + "' is not an ISO 4217 currency code (three upper-case letters, e.g. EUR)");
    }
    return code;
  }
}
