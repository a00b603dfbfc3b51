package dev.moneytrail.schemas.testdata;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.ProceedsEstimate;
import dev.moneytrail.schemas.RuleHit;
import dev.moneytrail.schemas.Severity;
import dev.moneytrail.schemas.money.Amounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link Alert}s and {@link RuleHit}s for tests:
 * {@code Alerts.about("acc-1").typology("LABOUR").hit(Alerts.hit("LT-PAYROLL-FUNNEL", 3)).build()}.
 * Rule ids, severity and window follow from the hits unless set.
 */
public final class Alerts {

  private Alerts() {}

  /** An alert about {@code subjectAccountId}. */
  public static Builder about(String subjectAccountId) {
    return new Builder(subjectAccountId);
  }

  /** A hit of {@code ruleId} at {@code version}. */
  public static HitBuilder hit(String ruleId, int version) {
    return new HitBuilder(ruleId, version);
  }

  /** Fluent alert builder. */
  public static final class Builder {
    private final String subject;
    private String alertId;
    private int revision = 1;
    private Instant createdAt = Transactions.DEFAULT_TIME;
    private final List<String> related = new ArrayList<>();
    private String typology = "TEST";
    private Severity severity;
    private double score = 50.0;
    private final List<String> txnIds = new ArrayList<>();
    private Instant windowStart;
    private Instant windowEnd;
    private String explanation = "Test alert.";
    private final List<RuleHit> hits = new ArrayList<>();
    private String rulePackage = "core@1.0.0";
    private ProceedsEstimate proceeds;

    private Builder(String subject) {
      this.subject = subject;
    }

    public Builder alertId(String value) {
      this.alertId = value;
      return this;
    }

    public Builder revision(int value) {
      this.revision = value;
      return this;
    }

    public Builder createdAt(String value) {
      this.createdAt = Instant.parse(value);
      return this;
    }

    public Builder related(String... accountIds) {
      related.addAll(Arrays.asList(accountIds));
      return this;
    }

    public Builder typology(String value) {
      this.typology = value;
      return this;
    }

    public Builder severity(Severity value) {
      this.severity = value;
      return this;
    }

    public Builder score(double value) {
      this.score = value;
      return this;
    }

    public Builder txnIds(String... ids) {
      txnIds.addAll(Arrays.asList(ids));
      return this;
    }

    public Builder window(String start, String end) {
      this.windowStart = Instant.parse(start);
      this.windowEnd = Instant.parse(end);
      return this;
    }

    public Builder explanation(String value) {
      this.explanation = value;
      return this;
    }

    public Builder hit(HitBuilder hit) {
      hits.add(hit.build());
      return this;
    }

    public Builder rulePackage(String value) {
      this.rulePackage = value;
      return this;
    }

    public Builder proceeds(String amount, String currency, String method, Severity confidence) {
      this.proceeds = new ProceedsEstimate(Amounts.money(amount, currency), method, confidence);
      return this;
    }

    public Alert build() {
      List<String> ruleIds = new ArrayList<>();
      for (RuleHit h : hits) {
        String ref = h.getRuleId() + "@" + h.getRuleVersion();
        if (!ruleIds.contains(ref)) {
          ruleIds.add(ref);
        }
      }
      Severity worst = severity;
      if (worst == null) {
        worst = hits.stream().map(RuleHit::getSeverity).max(Enum::compareTo).orElse(Severity.LOW);
      }
      return Alert.newBuilder()
          .setAlertId(alertId != null ? alertId : "A-" + subject + "-" + typology)
          .setRevision(revision)
          .setCreatedAt(createdAt)
          .setSubjectAccountId(subject)
          .setRelatedAccountIds(new ArrayList<>(related))
          .setTypology(typology)
          .setRuleIds(ruleIds)
          .setSeverity(worst)
          .setScore(score)
          .setTxnIds(new ArrayList<>(txnIds))
          .setWindowStart(windowStart != null ? windowStart : createdAt)
          .setWindowEnd(windowEnd != null ? windowEnd : createdAt)
          .setExplanation(explanation)
          .setHits(new ArrayList<>(hits))
          .setRulePackage(rulePackage)
          .setProceedsEstimate(proceeds)
          .build();
    }
  }

  /** Fluent rule-hit builder. */
  public static final class HitBuilder {
    private final String ruleId;
    private final int version;
    private Severity severity = Severity.MEDIUM;
    private String source = "";
    private Instant firedAt = Transactions.DEFAULT_TIME;
    private final List<String> txnIds = new ArrayList<>();
    private final List<String> related = new ArrayList<>();
    private final Map<String, String> features = new LinkedHashMap<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private String detail = "";
    private boolean context;
    private final List<String> requires = new ArrayList<>();

    private HitBuilder(String ruleId, int version) {
      this.ruleId = ruleId;
      this.version = version;
    }

    public HitBuilder severity(Severity value) {
      this.severity = value;
      return this;
    }

    public HitBuilder source(String value) {
      this.source = value;
      return this;
    }

    public HitBuilder firedAt(String value) {
      this.firedAt = Instant.parse(value);
      return this;
    }

    public HitBuilder txnIds(String... ids) {
      txnIds.addAll(Arrays.asList(ids));
      return this;
    }

    public HitBuilder related(String... accountIds) {
      related.addAll(Arrays.asList(accountIds));
      return this;
    }

    public HitBuilder feature(String name, String value) {
      features.put(name, value);
      return this;
    }

    public HitBuilder parameter(String name, String value) {
      parameters.put(name, value);
      return this;
    }

    public HitBuilder detail(String value) {
      this.detail = value;
      return this;
    }

    /** Marks the hit as a context modifier's (catalogue section 10, CTX): it never alerts alone. */
    public HitBuilder context() {
      this.context = true;
      return this;
    }

    /** Marks the hit as a conditional indicator's: it joins an alert only beside a HIGH hit of one of {@code ruleIds}. */
    public HitBuilder requires(String... ruleIds) {
      requires.addAll(Arrays.asList(ruleIds));
      return this;
    }

    public RuleHit build() {
      return RuleHit.newBuilder()
          .setRuleId(ruleId)
          .setRuleVersion(version)
          .setSeverity(severity)
          .setSource(source)
          .setFiredAt(firedAt)
          .setTxnIds(new ArrayList<>(txnIds))
          .setRelatedAccountIds(new ArrayList<>(related))
          .setFeatures(new LinkedHashMap<>(features))
          .setParameters(new LinkedHashMap<>(parameters))
          .setDetail(detail)
          .setContext(context)
          .setRequires(new ArrayList<>(requires))
          .build();
    }
  }
}
