package dev.moneytrail.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/**
 * The value types a rule parameter can have. Each parses the text form used in
 * {@code parameters.properties}; parsing is strict so a typo is refused at load, not at 3 a.m.
 */
public enum ParameterType {
  /** An exact decimal, e.g. {@code 0.60}; never a double. */
  DECIMAL {
    @Override
    public Object parse(String text) {
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + text + "' is not a decimal number");
      }
    }
  },
  /** A whole number, e.g. {@code 5}. */
  INTEGER {
    @Override
    public Object parse(String text) {
      try {
        return Integer.valueOf(text.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + text + "' is not a whole number");
      }
    }
  },
  /** A length of event time: {@code 48h}, {@code 7d}, {@code 30m}, {@code 90s} or ISO-8601 {@code PT48H}. */
  DURATION {
    @Override
    public Object parse(String text) {
      return parseDuration(text);
    }
  },
  /** Free text, e.g. a list of codes; no range. */
  STRING {
    @Override
    public Object parse(String text) {
      return text;
    }
  };

  /** The typed value of {@code text}; throws IllegalArgumentException saying why it is not one. */
  public abstract Object parse(String text);

  /** Orders two parsed values of this type; STRING values have no order and compare as equal. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public int compare(Object a, Object b) {
    if (this == STRING) {
      return 0;
    }
    return ((Comparable) a).compareTo(b);
  }

  /**
   * Parses {@code 48h}, {@code 7d}, {@code 30m}, {@code 90s} (one unit, whole number) or an ISO-8601
   * duration such as {@code PT48H} or {@code P7D}.
   */
  public static Duration parseDuration(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an empty text is not a duration");
    }
    String t = text.trim();
    if (t.length() > 1 && (t.charAt(0) == 'P' || t.charAt(0) == 'p')) {
      try {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 duration");
      }
    }
    char unit = Character.toLowerCase(t.charAt(t.length() - 1));
    String number = t.substring(0, t.length() - 1);
    long n;
    try {
      n = Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration (use e.g. 48h, 7d, 30m, 90s or PT48H)");
    }
    switch (unit) {
      case 'd': return Duration.ofDays(n);
      case 'h': return Duration.ofHours(n);
      case 'm': return Duration.ofMinutes(n);
      case 's': return Duration.ofSeconds(n);
      default:
        throw new IllegalArgumentException(
            "'" + text + "' is not a duration (use e.g. 48h, 7d, 30m, 90s or PT48H)");
    }
  }
}
