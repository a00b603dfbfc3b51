package dev.moneytrail.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameter values in force for a rule package: an immutable map from
 * {@code <RULE-ID>.<param>} to its text, with typed getters. Rules read their thresholds only
 * through this object (the DRL global {@code params}), so an FIU tunes them in
 * {@code parameters.properties} without touching rule logic.
 *
 * <p>Values declared by a {@link ParameterSpec} are parsed once at construction, so a rule reading a
 * threshold on every event does a map lookup, not a parse. A name that is not defined, or a value of
 * the wrong type, throws {@link IllegalArgumentException} naming the parameter and the rule.
 */
public final class RuleParameters {
  private static final RuleParameters EMPTY = new RuleParameters(Map.of(), Map.of());

  private final Map<String, String> values;
  private final Map<String, Object> parsed;
  private final Map<String, Map<String, String>> byRule;

  private RuleParameters(Map<String, String> values, Map<String, ParameterSpec> specs) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    Map<String, Object> p = new HashMap<>();
    for (Map.Entry<String, String> e : this.values.entrySet()) {
      ParameterSpec spec = specs.get(e.getKey());
      if (spec != null) {
        try {
          p.put(e.getKey(), spec.type().parse(e.getValue()));
        } catch (IllegalArgumentException ex) {
          throw new IllegalArgumentException("parameter " + e.getKey() + " of rule "
              + spec.ruleId() + ": " + ex.getMessage(), ex);
        }
      }
    }
    this.parsed = p;
    Map<String, Map<String, String>> rules = new HashMap<>();
    for (Map.Entry<String, String> e : this.values.entrySet()) {
      rules.computeIfAbsent(ParameterSpec.ruleIdOf(e.getKey()), k -> new TreeMap<>())
          .put(e.getKey(), e.getValue());
    }
    rules.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    this.byRule = rules;
  }

  /** Parameters without declarations: values are parsed when read (tests, tools). */
  public static RuleParameters of(Map<String, String> values) {
    return new RuleParameters(values, Map.of());
  }

  /**
   * Parameters whose declared values are parsed up front with their declared type. Does not check
   * ranges or completeness; the package validator does that and reports every problem at once.
   */
  public static RuleParameters of(Map<String, String> values, Map<String, ParameterSpec> specs) {
    return new RuleParameters(values, specs);
  }

  public static RuleParameters empty() {
    return EMPTY;
  }

  /** An exact decimal parameter, e.g. {@code LT-PAYROLL-FUNNEL.fwd.share}. */
  public BigDecimal decimal(String name) {
    return typed(name, ParameterType.DECIMAL, BigDecimal.class);
  }

  /** A whole-number parameter, e.g. {@code LT-PAYROLL-FUNNEL.min.cycles}. */
  public int integer(String name) {
    return typed(name, ParameterType.INTEGER, Integer.class);
  }

  /** A duration parameter ({@code 48h}, {@code 7d}, {@code 30m}, {@code 90s}, {@code PT48H}). */
  public Duration duration(String name) {
    return typed(name, ParameterType.DURATION, Duration.class);
  }

  /** The raw text of a parameter. */
  public String string(String name) {
    return raw(name);
  }

  /** Whether a value is defined for {@code name}. */
  public boolean contains(String name) {
    return values.containsKey(name);
  }

  /** Every value, sorted by name. */
  public Map<String, String> asMap() {
    return values;
  }

  /** The values of one rule's parameters ({@code <ruleId>.*}), sorted by name; empty if none. */
  public Map<String, String> forRule(String ruleId) {
    return byRule.getOrDefault(ruleId, Map.of());
  }

  private <T> T typed(String name, ParameterType type, Class<T> cls) {
    Object v = parsed.get(name);
    if (cls.isInstance(v)) {
      return cls.cast(v);
    }
    String text = raw(name);
    try {
      return cls.cast(type.parse(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("rule " + ParameterSpec.ruleIdOf(name) + " reads parameter "
          + name + " as " + type.name().toLowerCase(java.util.Locale.ROOT) + ", but "
          + e.getMessage(), e);
    }
  }

  private String raw(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("rule " + ParameterSpec.ruleIdOf(name)
          + " reads parameter " + name + ", which the rule package does not define");
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleParameters other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
