package dev.moneytrail.rules;

import java.util.Objects;

/**
 * What a rule declares about itself in its DRL metadata: {@code @id}, {@code @version},
 * {@code @typology}, {@code @severity}, {@code @source}, {@code @description} and the optional
 * {@code @data} (what the rule needs from the bank). The engine stamps these onto every hit, so
 * rules never build alerts themselves.
 *
 * @param ruleId catalogue id, e.g. {@code LT-PAYROLL-FUNNEL}
 * @param version rule version, bumped on every change of logic
 * @param typology the project's typology the rule evidences (alerts are consolidated by it)
 * @param severity severity of a hit
 * @param context true for a context modifier ({@code @kind("CONTEXT")}, catalogue section 10
 *     "CTX"): its hits weigh 0.5 in a cluster that has other indicators and never make an alert
 *     alone; false for an indicator (no {@code @kind}, or {@code @kind("INDICATOR")})
 * @param conditional true for a conditional indicator ({@code @kind("CONDITIONAL")}, catalogue H3
 *     "only for parties already carrying" a predicate high): its hits name the predicate rules
 *     (its parameter {@code <id>.predicates}) and count only in an alert that has a HIGH hit of one
 *     of them
 * @param source catalogue entry and the published indicator the rule encodes
 * @param description what the rule finds and which false positives it suppresses
 * @param data the data the rule needs; empty when not declared
 * @param packageName DRL package of the rule
 * @param ruleName DRL rule name
 */
public record RuleMetadata(String ruleId, int version, String typology, Severity severity,
    boolean context, boolean conditional, String source, String description, String data, String packageName, String ruleName) {

  public RuleMetadata {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(typology, "typology");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(description, "description");
    data = data == null ? "" : data;
  }

  /** The parameter of a conditional rule that lists its predicate rule ids, comma-separated. */
  public static String predicatesParameter(String ruleId) {
    return ruleId + ".predicates";
  }

  /** {@code id@version}, as alerts name their rules, e.g. {@code LT-PAYROLL-FUNNEL@1}. */
  public String ref() {
    return ruleId + "@" + version;
  }
}
