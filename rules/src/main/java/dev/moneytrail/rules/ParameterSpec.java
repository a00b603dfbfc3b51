package dev.moneytrail.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * The declaration of one tunable rule parameter: its name ({@code <RULE-ID>.<param>}), type,
 * catalogue default, the range an FIU may tune it within, and what it means. Declared beside the
 * rule that reads it, in the DRL file, by a line of the form
 * <pre>
 * //@param LT-PAYROLL-FUNNEL.fwd.share DECIMAL default=0.60 min=0.05 max=1.00 : Share of one wage ...
 * </pre>
 * The value in force comes from the package's {@code parameters.properties}, not from here: the
 * default is documentation and the anchor for "tuned from" reports.
 *
 * @param name full name, {@code <RULE-ID>.<param>}
 * @param type value type
 * @param defaultValue catalogue default, as text
 * @param min smallest allowed value, as text ({@code -} for STRING)
 * @param max largest allowed value, as text ({@code -} for STRING)
 * @param description what the parameter means, one line
 * @param path package-relative file that declares it
 * @param line 1-based line of the declaration
 */
public record ParameterSpec(String name, ParameterType type, String defaultValue, String min,
    String max, String description, String path, int line) {

  public ParameterSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    description = description == null ? "" : description;
    path = path == null ? "" : path;
  }

  /** The rule id part of the name: everything before the first dot. */
  public String ruleId() {
    return ruleIdOf(name);
  }

  /** The rule id part of a parameter name: everything before the first dot. */
  public static String ruleIdOf(String parameterName) {
    int dot = parameterName.indexOf('.');
    return dot < 0 ? parameterName : parameterName.substring(0, dot);
  }

  /** Where it is declared, {@code path:line}. */
  public String location() {
    return path + ":" + line;
  }

  /**
   * Why the declaration itself is unusable (bounds that do not parse, min above max, a default
   * outside the range), or empty when it is sound.
   */
  public Optional<String> declarationProblem() {
    if (type == ParameterType.STRING) {
      return Optional.empty();
    }
    Object lo;
    Object hi;
    Object def;
    try {
      lo = type.parse(min);
      hi = type.parse(max);
    } catch (IllegalArgumentException e) {
      return Optional.of("parameter " + name + ": bad bound: " + e.getMessage());
    }
    if (type.compare(lo, hi) > 0) {
      return Optional.of("parameter " + name + ": min " + min + " is above max " + max);
    }
    try {
      def = type.parse(defaultValue);
    } catch (IllegalArgumentException e) {
      return Optional.of("parameter " + name + ": bad default: " + e.getMessage());
    }
    if (type.compare(def, lo) < 0 || type.compare(def, hi) > 0) {
      return Optional.of("parameter " + name + ": default " + defaultValue + " is outside ["
          + min + ", " + max + "]");
    }
    return Optional.empty();
  }

  /**
   * Why {@code value} may not be used for this parameter (wrong type or outside [min, max]), or
   * empty when it may.
   */
  public Optional<String> valueProblem(String value) {
    if (value == null) {
      return Optional.of("parameter " + name + " has no value (catalogue default " + defaultValue
          + ")");
    }
    Object v;
    try {
      v = type.parse(value);
    } catch (IllegalArgumentException e) {
      return Optional.of("parameter " + name + " = " + value + " is not a valid "
          + type.name().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage());
    }
    if (type == ParameterType.STRING) {
      return Optional.empty();
    }
    Object lo = type.parse(min);
    Object hi = type.parse(max);
    if (type.compare(v, lo) < 0 || type.compare(v, hi) > 0) {
      return Optional.of("parameter " + name + " = " + value + " is out of range [" + min + ", "
          + max + "] declared at " + location());
    }
    return Optional.empty();
  }
}
