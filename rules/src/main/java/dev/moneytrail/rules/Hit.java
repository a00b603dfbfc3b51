package dev.moneytrail.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rule firing on one event snapshot: what the rule saw, stamped by the engine with the rule's
 * metadata and the parameter values in force. Immutable; the Flink job consolidates hits into
 * alerts.
 *
 * @param ruleId catalogue id of the rule
 * @param ruleVersion version from the rule's metadata
 * @param typology typology from the rule's metadata
 * @param severity severity from the rule's metadata
 * @param context true when the rule is a context modifier (never an alert by itself)
 * @param requires for a conditional indicator, the rule ids of which one must have a HIGH hit on the
 *     same subject before this hit counts; empty for every other rule
 * @param source published indicator the rule encodes
 * @param subjectAccountId the account the hit is about
 * @param firedAt event time of the snapshot (the transaction's timestamp or the anchor fact's
 *     {@code asOf}), never the wall clock
 * @param txnIds the transactions the hit rests on, in the order the rule gave them, distinct
 * @param relatedAccountIds other accounts in the evidence, distinct, never the subject
 * @param features figures the rule read, sorted by name; decimals as plain strings
 * @param parameters values of this rule's parameters in force, sorted by name
 * @param detail one sentence with the figures behind the hit
 */
public record Hit(String ruleId, int ruleVersion, String typology, Severity severity, boolean context,
    List<String> requires, String source, String subjectAccountId, Instant firedAt, List<String> txnIds, List<String> relatedAccountIds,
    Map<String, String> features, Map<String, String> parameters, String detail) {

  public Hit {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(subjectAccountId, "subjectAccountId");
    Objects.requireNonNull(firedAt, "firedAt");
    requires = requires == null ? List.of() : List.copyOf(requires);
    txnIds = List.copyOf(txnIds);
    relatedAccountIds = List.copyOf(relatedAccountIds);
    features = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(features));
    parameters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(parameters));
    detail = detail == null ? "" : detail;
  }

  /** {@code id@version}, e.g. {@code LT-PAYROLL-FUNNEL@1}. */
  public String ruleRef() {
    return ruleId + "@" + ruleVersion;
  }
}
