package dev.moneytrail.stream.features;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Converts between exact decimal money (scale 4, as in the Avro Money record) and the long
 * ten-thousandths held in keyed state. The one place this conversion happens: state stays small
 * (8 bytes an amount instead of a BigDecimal) and exact.
 */
public final class MoneyUnits {

  public static final int SCALE = 4;

  /** Exact: throws ArithmeticException if {@code amount} has more than 4 decimals or overflows a long. */
  public static long toUnits(BigDecimal amount) {
    return amount.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
  }

  public static BigDecimal fromUnits(long units) {
    return BigDecimal.valueOf(units, SCALE);
  }

  /** A ratio held as ten-thousandths (10000 = 1.0), rounded half-even. */
  public static long ratioUnits(long numeratorUnits, long denominatorUnits) {
    if (denominatorUnits <= 0) {
      throw new IllegalArgumentException("denominator must be positive: " + denominatorUnits);
    }
    return BigDecimal.valueOf(numeratorUnits).multiply(BigDecimal.valueOf(10_000))
        .divide(BigDecimal.valueOf(denominatorUnits), 0, RoundingMode.HALF_EVEN).longValueExact();
  }

  private MoneyUnits() {}
}
