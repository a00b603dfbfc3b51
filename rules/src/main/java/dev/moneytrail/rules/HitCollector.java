package dev.moneytrail.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The results list of one evaluation, bound to the DRL global {@code hits}. A rule's consequence
 * reports what it found and nothing else:
 * <pre>
 * hits.add(drools, $t.getAccountId(), evidenceTxnIds, List.of($cp),
 *     Map.of("cycles.met", $met), "Forwarded ... in 2 of the last 3 pay cycles.");
 * </pre>
 * and the collector stamps the rule's metadata, the parameters of that rule in force and the event
 * time of the snapshot onto an immutable {@link Hit}. One collector per evaluation: it is not
 * shared between events or threads.
 */
public final class HitCollector {
  private final Function<Rule, RuleMetadata> metadata;
  private final RuleParameters parameters;
  private final Instant eventTime;
  private final String eventAccountId;
  private final List<Hit> hits = new ArrayList<>(2);

  /**
   * @param metadata the metadata of a rule of the package being evaluated
   * @param parameters the parameter values in force
   * @param eventTime event time of the snapshot, stamped as {@link Hit#firedAt()}
   * @param eventAccountId the account whose event triggered the evaluation, or null
   */
  public HitCollector(Function<Rule, RuleMetadata> metadata, RuleParameters parameters,
      Instant eventTime, String eventAccountId) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.eventTime = Objects.requireNonNull(eventTime, "eventTime");
    this.eventAccountId = eventAccountId;
  }

  /**
   * Records a hit of the rule whose consequence is running.
   *
   * @param drools the consequence's {@code drools} context (gives the rule and its metadata)
   * @param subjectAccountId the account the hit is about; required
   * @param txnIds the evidence transactions; nulls and repeats are dropped
   * @param relatedAccountIds other accounts in the evidence; nulls, repeats and the subject dropped
   * @param features the figures read: BigDecimal, Number, Duration, Instant, String or a
   *     collection of them; null values are dropped
   * @param detail one sentence with the figures behind the hit
   */
  public void add(RuleContext drools, String subjectAccountId, Collection<String> txnIds,
      Collection<String> relatedAccountIds, Map<String, ?> features, String detail) {
    Rule rule = drools.getRule();
    RuleMetadata m = metadata.apply(rule);
    if (m == null) {
      throw new IllegalStateException("rule " + rule.getName() + " has no metadata in this package");
    }
    if (subjectAccountId == null || subjectAccountId.isBlank()) {
      throw new IllegalArgumentException("rule " + m.ruleId() + " reported a hit without a subject");
    }
    List<String> txns = distinct(txnIds, null);
    List<String> related = distinct(relatedAccountIds, subjectAccountId);
    Map<String, String> f = new TreeMap<>();
    if (features != null) {
      for (Map.Entry<String, ?> e : features.entrySet()) {
        if (e.getValue() != null) {
          f.put(e.getKey(), format(e.getValue()));
        }
      }
    }
    Map<String, String> params = parameters.forRule(m.ruleId());
    hits.add(new Hit(m.ruleId(), m.version(), m.typology(), m.severity(), m.context(),
        m.conditional() ? predicates(params.get(RuleMetadata.predicatesParameter(m.ruleId()))) : List.of(), m.source(),
        subjectAccountId, eventTime, txns, related, f, params, detail));
  }

  /** The comma-separated rule ids of a conditional rule's predicates parameter, trimmed, in order. */
  public static List<String> predicates(String value) {
    List<String> ids = new ArrayList<>();
    if (value != null) {
      for (String id : value.split(",")) {
        if (!id.isBlank() && !ids.contains(id.trim())) {
          ids.add(id.trim());
        }
      }
    }
    return ids;
  }

  /** Event time of the snapshot being evaluated; rules read time from here or from facts only. */
  public Instant eventTime() {
    return eventTime;
  }

  /** The account whose event triggered this evaluation (from the Txn or AccountProfile), or null. */
  public String eventAccountId() {
    return eventAccountId;
  }

  /** The hits recorded so far, in firing order. */
  public List<Hit> hits() {
    return Collections.unmodifiableList(hits);
  }

  /** Text form of a feature value: decimals plain (no exponent), durations compact, lists comma-joined. */
  public static String format(Object value) {
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Duration d) {
      return formatDuration(d);
    }
    if (value instanceof Collection<?> c) {
      StringBuilder sb = new StringBuilder();
      for (Object o : c) {
        if (sb.length() > 0) {
          sb.append(',');
        }
        sb.append(o == null ? "" : format(o));
      }
      return sb.toString();
    }
    return String.valueOf(value);
  }

  /** {@code 48h}, {@code 7d}, {@code 30m}, {@code 90s} when whole, else ISO-8601. */
  public static String formatDuration(Duration d) {
    long s = d.getSeconds();
    if (d.getNano() != 0 || s == 0) {
      return d.toString();
    }
    if (s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s % 3_600 == 0) {
      return s / 3_600 + "h";
    }
    if (s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }

  private static List<String> distinct(Collection<String> ids, String except) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String id : ids) {
      if (id != null && !id.equals(except)) {
        out.add(id);
      }
    }
    return new ArrayList<>(out);
  }
}
