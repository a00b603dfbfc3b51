package dev.moneytrail.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Formatting for the one-sentence details that rules write into hits; imported by the DRL. */
public final class RuleText {
  private RuleText() {}

  /** A share as a whole percentage: {@code 0.6} -> {@code 60%}, {@code 0.625} -> {@code 62.5%}. */
  public static String percent(BigDecimal share) {
    if (share == null) {
      return "?";
    }
    BigDecimal p = share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    return p.toPlainString() + "%";
  }

  /** A duration as {@code 48h}, {@code 7d}, {@code 30m} or {@code 90s}. */
  public static String duration(Duration d) {
    return HitCollector.formatDuration(d);
  }

  /** An amount as a plain decimal, no exponent. */
  public static String amount(BigDecimal a) {
    return a == null ? "?" : a.toPlainString();
  }
}
