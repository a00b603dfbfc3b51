package dev.moneytrail.schemas.money;

import dev.moneytrail.schemas.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one place that turns text into money and money into text. Every amount in the system is a
 * {@link BigDecimal} of scale {@value #SCALE} (the scale of {@code Money.amount}); text is a plain
 * decimal such as {@code "1250.00"}, never exponent notation and never a binary float.
 *
 * <p>Parsing throws {@link IllegalArgumentException} with a message fit to show a user (it does not
 * repeat the field name: callers add it).
 */
public final class Amounts {

  /** Scale of every amount, matching the Avro {@code Money.amount} decimal. */
  public static final int SCALE = 4;

  /** Precision of the Avro {@code Money.amount} decimal: at most 18 digits before the point. */
  public static final int PRECISION = 22;

  // Digits before the point are mandatory so ".5" and "5." are refused: a bank extract with those
  // is more likely truncated than deliberately terse.
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private Amounts() {}

  /**
   * Parses a plain decimal of any sign, e.g. a difference. Use {@link #parsePositive} for ledger
   * amounts and {@link #parseNonNegative} for declared figures.
   *
   * @return the value at scale 4
   * @throws IllegalArgumentException for null, empty, exponent notation, a leading '+', more than
   *     4 significant decimals, or more than 18 integer digits
   */
  public static BigDecimal parse(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("empty amount");
    }
    if (!PLAIN_DECIMAL.matcher(text).matches()) {
      if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
        throw new IllegalArgumentException(
            "'" + text + "' uses exponent notation; write a plain decimal such as 1250.00");
      }
      throw new IllegalArgumentException(
          "'" + text + "' is not a plain decimal such as 1250.00");
    }
    BigDecimal value = new BigDecimal(text);
    // Trailing zeros beyond the 4th decimal lose nothing, so "1.500000" is accepted; a significant
    // 5th decimal would have to be rounded, and rounding someone else's ledger is not ours to do.
    if (value.stripTrailingZeros().scale() > SCALE) {
      throw new IllegalArgumentException(
          "'" + text + "' has more than " + SCALE + " decimals");
    }
    return exact(value);
  }

  /**
   * Parses a ledger amount, which must be greater than zero (the direction says which way it
   * moved).
   */
  public static BigDecimal parsePositive(String text) {
    BigDecimal value = parse(text);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException("'" + text + "' must be greater than 0");
    }
    return value;
  }

  /** Parses an amount that may be zero but not negative, such as a declared monthly income. */
  public static BigDecimal parseNonNegative(String text) {
    BigDecimal value = parse(text);
    if (value.signum() < 0) {
      throw new IllegalArgumentException("'" + text + "' must not be negative");
    }
    return value;
  }

  /**
   * Brings a value to scale 4 without rounding.
   *
   * @throws IllegalArgumentException when that would need rounding or the value exceeds the Avro
   *     decimal's precision
   */
  public static BigDecimal exact(BigDecimal value) {
    Objects.requireNonNull(value, "amount");
    BigDecimal scaled;
    try {
      scaled = value.setScale(SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          value.toPlainString() + " has more than " + SCALE + " decimals", e);
    }
    if (scaled.precision() > PRECISION) {
      throw new IllegalArgumentException(
          value.toPlainString() + " is too large: at most " + (PRECISION - SCALE)
              + " digits before the point");
    }
    return scaled;
  }

  /**
   * Formats an amount as plain text with at least two decimals and no trailing zeros beyond them:
   * {@code 1250.0000 -> "1250.00"}, {@code 0.1250 -> "0.125"}. {@code parse(format(x))} equals
   * {@code exact(x)}.
   */
  public static String format(BigDecimal value) {
    Objects.requireNonNull(value, "amount");
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() < 2) {
      stripped = stripped.setScale(2, RoundingMode.UNNECESSARY);
    }
    return stripped.toPlainString();
  }

  /**
   * Builds a {@link Money} from text, e.g. {@code money("1250.00", "EUR")}. The amount may be zero
   * but not negative (the Money contract); the currency must be an ISO 4217 code.
   */
  public static Money money(String amount, String currency) {
    return new Money(parseNonNegative(amount), Codes.currency(currency));
  }

  /** Builds a {@link Money} from a value that must fit scale 4 without rounding. */
  public static Money money(BigDecimal amount, String currency) {
    BigDecimal exact = exact(amount);
    if (exact.signum() < 0) {
      throw new IllegalArgumentException(amount.toPlainString() + " must not be negative");
    }
    return new Money(exact, Codes.currency(currency));
  }
}
