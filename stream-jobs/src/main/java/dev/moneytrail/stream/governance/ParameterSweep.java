package dev.moneytrail.stream.governance;

import dev.moneytrail.rules.ParameterType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sweep of one rule parameter over a range: {@code NAME=LO:HI:STEP}, in exact decimals
 * ({@code 0.50:0.90:0.10}) or in durations written as the parameters file writes them
 * ({@code 24h:96h:24h}, {@code 7d:35d:7d}) or in ISO-8601 ({@code PT24H:PT96H:PT24H}).
 */
public record ParameterSweep(String parameter, List<String> values) {

  /** Sweeps longer than this are refused: each value is a full replay. */
  static final int MAX_VALUES = 50;

  /** Short duration units, largest first, as {@link ParameterType#parseDuration} reads them. */
  private static final List<Unit> UNITS = List.of(
      new Unit('d', Duration.ofDays(1)), new Unit('h', Duration.ofHours(1)),
      new Unit('m', Duration.ofMinutes(1)), new Unit('s', Duration.ofSeconds(1)));

  private record Unit(char symbol, Duration length) {}

  public static ParameterSweep parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("--sweep takes NAME=LO:HI:STEP, e.g. LT-PAYROLL-FUNNEL.fwd.share=0.50:0.90:0.10"
          + " or LT-PAYROLL-FUNNEL.fwd.window=24h:96h:24h; got '" + spec + "'");
    }
    String name = spec.substring(0, eq).trim();
    String[] range = spec.substring(eq + 1).split(":");
    if (range.length != 3) {
      throw new IllegalArgumentException("--sweep range must be LO:HI:STEP; got '" + spec.substring(eq + 1) + "'");
    }
    for (int i = 0; i < 3; i++) {
      range[i] = range[i].trim();
    }
    if (isNumber(range[0]) && isNumber(range[1]) && isNumber(range[2])) {
      return new ParameterSweep(name, numbers(new BigDecimal(range[0]), new BigDecimal(range[1]), new BigDecimal(range[2])));
    }
    return new ParameterSweep(name, durations(range, spec));
  }

  private static boolean isNumber(String s) {
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static List<String> numbers(BigDecimal lo, BigDecimal hi, BigDecimal step) {
    checkOrder(step.signum(), hi.compareTo(lo), step.toPlainString(), lo.toPlainString() + ":" + hi.toPlainString());
    List<String> values = new ArrayList<>();
    for (BigDecimal v = lo; v.compareTo(hi) <= 0; v = v.add(step)) {
      checkLength(values);
      values.add(v.toPlainString());
    }
    return List.copyOf(values);
  }

  /**
   * Durations, written back in the notation given: ISO-8601 if any bound was, otherwise in the
   * smallest short unit used ({@code 1d:3d:12h} sweeps {@code 24h, 36h, 48h, 60h, 72h}).
   */
  private static List<String> durations(String[] range, String spec) {
    Duration[] d = new Duration[3];
    for (int i = 0; i < 3; i++) {
      try {
        d[i] = ParameterType.parseDuration(range[i]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--sweep bounds and step must be plain numbers or durations (24h, 7d, PT48H); got '"
            + spec + "': " + e.getMessage());
      }
    }
    checkOrder(d[2].isNegative() || d[2].isZero() ? -1 : 1, d[1].compareTo(d[0]), range[2], range[0] + ":" + range[1]);
    boolean iso = false;
    Unit unit = UNITS.get(0);
    for (String r : range) {
      char first = Character.toUpperCase(r.charAt(0));
      if (first == 'P') {
        iso = true;
      } else {
        char symbol = Character.toLowerCase(r.charAt(r.length() - 1));
        for (int u = 0; u < UNITS.size(); u++) {
          if (UNITS.get(u).symbol() == symbol && u > UNITS.indexOf(unit)) {
            unit = UNITS.get(u);
          }
        }
      }
    }
    List<String> values = new ArrayList<>();
    for (Duration v = d[0]; v.compareTo(d[1]) <= 0; v = v.plus(d[2])) {
      checkLength(values);
      values.add(iso ? v.toString() : v.dividedBy(unit.length()) + String.valueOf(unit.symbol()));
    }
    return List.copyOf(values);
  }

  private static void checkOrder(int stepSign, int hiAgainstLo, String step, String bounds) {
    if (stepSign <= 0) {
      throw new IllegalArgumentException("--sweep step must be positive; got " + step);
    }
    if (hiAgainstLo < 0) {
      throw new IllegalArgumentException("--sweep HI must not be below LO; got " + bounds);
    }
  }

  private static void checkLength(List<String> values) {
    if (values.size() == MAX_VALUES) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "--sweep would run more than %d replays; widen the step", MAX_VALUES));
    }
  }
}
