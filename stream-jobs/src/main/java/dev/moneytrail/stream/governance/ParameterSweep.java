package dev.moneytrail.stream.governance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A sweep of one rule parameter over a range: {@code NAME=LO:HI:STEP}, exact decimals. */
public record ParameterSweep(String parameter, List<String> values) {

  /** Sweeps longer than this are refused: each value is a full replay. */
  static final int MAX_VALUES = 50;

  public static ParameterSweep parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("--sweep takes NAME=LO:HI:STEP, e.g. LT-PAYROLL-FUNNEL.fwd.share=0.50:0.90:0.10; got '" + spec + "'");
    }
    String name = spec.substring(0, eq).trim();
    String[] range = spec.substring(eq + 1).split(":");
    if (range.length != 3) {
      throw new IllegalArgumentException("--sweep range must be LO:HI:STEP; got '" + spec.substring(eq + 1) + "'");
    }
    BigDecimal lo;
    BigDecimal hi;
    BigDecimal step;
    try {
      lo = new BigDecimal(range[0].trim());
      hi = new BigDecimal(range[1].trim());
      step = new BigDecimal(range[2].trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--sweep bounds and step must be plain numbers (durations are not swept yet); got '" + spec + "'");
    }
    if (step.signum() <= 0) {
      throw new IllegalArgumentException("--sweep step must be positive; got " + step);
    }
    if (hi.compareTo(lo) < 0) {
      throw new IllegalArgumentException("--sweep HI must not be below LO; got " + lo + ":" + hi);
    }
    List<String> values = new ArrayList<>();
    for (BigDecimal v = lo; v.compareTo(hi) <= 0; v = v.add(step)) {
      if (values.size() == MAX_VALUES) {
        throw new IllegalArgumentException("--sweep would run more than " + MAX_VALUES + " replays; widen the step");
      }
      values.add(v.toPlainString());
    }
    return new ParameterSweep(name, List.copyOf(values));
  }
}
