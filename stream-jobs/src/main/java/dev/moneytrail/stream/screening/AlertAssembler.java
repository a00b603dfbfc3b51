package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RuleHit;
import dev.moneytrail.schemas.Severity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Consolidates rule hits into alerts: one open alert per subject and typology while hits keep
 * coming within {@link #EPISODE_GAP}; later hits attach to it. Pure functions, so the behaviour is
 * tested without Flink and a replay decides exactly as the live job did.
 */
public final class AlertAssembler {

  /** Hits further apart than this open a new alert (a new episode) for the same subject and typology. */
  public static final Duration EPISODE_GAP = Duration.ofDays(45);

  /** Bound on the hits kept in an alert: the latest per rule, plus history up to this many. */
  static final int MAX_HITS = 24;

  static final int MAX_TXN_IDS = 400;

  /** Hits in an alert are kept in this order, whatever order they arrived in. */
  static final java.util.Comparator<RuleHit> HIT_ORDER = java.util.Comparator
      .comparing(RuleHit::getFiredAt)
      .thenComparing(RuleHit::getRuleId)
      .thenComparing(RuleHit::getDetail)
      .thenComparing(h -> h.getFeatures().toString());

  private static boolean sameFinding(RuleHit a, RuleHit b) {
    return a.getRuleId().equals(b.getRuleId()) && a.getDetail().equals(b.getDetail())
        && a.getFeatures().equals(b.getFeatures());
  }

  /** Catalogue section 10: high = 3, medium = 2, low = 1, each distinct rule counted once. */
  static int weight(Severity s) {
    return switch (s) {
      case HIGH -> 3;
      case MEDIUM -> 2;
      case LOW -> 1;
    };
  }

  /** Catalogue section 10: a context modifier (CTX) weighs 0.5, and only beside other indicators. */
  static final double CONTEXT_POINTS = 0.5;

  /** A hit's points: an indicator's by its severity, a context modifier's {@link #CONTEXT_POINTS}. */
  static double points(RuleHit h) {
    return h.getContext() ? CONTEXT_POINTS : weight(h.getSeverity());
  }

  /** Points at which a typology reaches the referral threshold (catalogue section 10): score 100. */
  static final int REFERRAL_POINTS = 7;

  /** Starts an alert from its first hit. */
  public static Alert open(ScoredHit h) {
    Instant at = h.hit.getFiredAt();
    Alert alert = Alert.newBuilder()
        .setAlertId(alertId(h.subjectAccountId, h.typology, at))
        .setRevision(1)
        .setCreatedAt(at)
        .setSubjectAccountId(h.subjectAccountId)
        .setRelatedAccountIds(new ArrayList<>())
        .setTypology(h.typology)
        .setRuleIds(new ArrayList<>())
        .setSeverity(Severity.LOW)
        .setScore(0)
        .setTxnIds(new ArrayList<>())
        .setWindowStart(at)
        .setWindowEnd(at)
        .setExplanation("")
        .setHits(new ArrayList<>())
        .setRulePackage(h.rulePackage)
        .setProceedsEstimate(null)
        // Decided once, from the first hit, so that every revision is scored in the same cluster.
        .setClusterAccountId(ClusterScoring.anchorOf(h.subjectAccountId, h.hit.getRelatedAccountIds()))
        .build();
    merge(alert, h);
    return alert;
  }

  /**
   * Starts an alert from its first indicator hit, carrying the context hits held for the same
   * subject and typology before it: a context modifier never opens an alert, but counts once one
   * is open. The id, anchor and window come from the indicator hit, as they would without context.
   */
  public static Alert open(ScoredHit h, Alert heldContext) {
    Alert alert = open(h);
    for (RuleHit c : heldContext.getHits()) {
      if (c.getContext()) {
        merge(alert, new ScoredHit(h.subjectAccountId, h.typology, h.rulePackage, h.description, c));
      }
    }
    return alert;
  }

  /** A conditional indicator's hit (H3): it names the rules it waits for. */
  public static boolean isConditional(RuleHit h) {
    return !h.getRequires().isEmpty();
  }

  /**
   * Whether the alert has a HIGH indicator hit of a rule the conditional hit waits for (catalogue
   * H3: "only for parties already carrying" an H1, A4, B7 or G1 high). The alert is the subject's,
   * so the predicate is on the same account.
   */
  static boolean hasPredicate(Iterable<RuleHit> hits, RuleHit conditional) {
    for (RuleHit r : hits) {
      if (r.getSeverity() == Severity.HIGH && !r.getContext() && !isConditional(r)
          && conditional.getRequires().contains(r.getRuleId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a conditional hit joins the alert: the alert has its predicate high and, when the hit
   * reports an asset total, that total reaches the rule's {@code .asset.min} or its
   * {@code .proceeds.ratio} of the alert's proceeds estimate (indicators.md H3 and 6.3). Amounts are
   * compared as they stand: the account's own payments and the estimate from its own alert are in
   * the account's currency, as everything the job keeps per account is.
   */
  public static boolean joins(Alert a, RuleHit conditional) {
    if (a == null || isContextOnly(a) || !hasPredicate(a.getHits(), conditional)) {
      return false;
    }
    BigDecimal total = decimal(conditional.getFeatures().get("asset.total"));
    if (total == null) {
      return true;
    }
    BigDecimal min = parameter(conditional, ".asset.min");
    if (min != null && total.compareTo(min) >= 0) {
      return true;
    }
    BigDecimal ratio = parameter(conditional, ".proceeds.ratio");
    return ratio != null && a.getProceedsEstimate() != null
        && total.compareTo(a.getProceedsEstimate().getAmount().getAmount().multiply(ratio)) >= 0;
  }

  private static BigDecimal parameter(RuleHit h, String suffix) {
    for (Map.Entry<String, String> p : h.getParameters().entrySet()) {
      if (p.getKey().endsWith(suffix)) {
        return decimal(p.getValue());
      }
    }
    return null;
  }

  private static BigDecimal decimal(String text) {
    try {
      return text == null ? null : new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Joins a held conditional hit to an alert being emitted, as part of the same revision: the
   * predicate that let it in arrived with this revision.
   */
  public static void join(Alert emitted, ScoredHit conditional) {
    merge(emitted, conditional);
  }

  /** Whether an alert holds context hits only: state kept for a later indicator, never sent. */
  public static boolean isContextOnly(Alert a) {
    return !a.getHits().isEmpty() && a.getHits().stream().allMatch(RuleHit::getContext);
  }

  /** Whether the hit belongs to the open alert's episode. */
  public static boolean sameEpisode(Alert open, ScoredHit h) {
    Instant at = h.hit.getFiredAt();
    return !at.isAfter(open.getWindowEnd().plus(EPISODE_GAP)) && !at.isBefore(open.getWindowStart().minus(EPISODE_GAP));
  }

  /**
   * Attaches a later hit. Returns the next revision when the evidence changed (a new rule, new
   * transactions or new related accounts), or empty when the hit repeats what the alert already says.
   */
  public static Optional<Alert> attach(Alert open, ScoredHit h) {
    Alert next = Alert.newBuilder(open).build();
    boolean changed = merge(next, h);
    if (!changed) {
      return Optional.empty();
    }
    next.setRevision(open.getRevision() + 1);
    next.setCreatedAt(h.hit.getFiredAt().isAfter(open.getCreatedAt()) ? h.hit.getFiredAt() : open.getCreatedAt());
    return Optional.of(next);
  }

  /**
   * An alert is raised only with a medium or high indicator hit: low indicators and context
   * modifiers never alert alone (the alert's severity is its indicators').
   */
  public static boolean isAlertable(Alert a) {
    return a.getSeverity() != Severity.LOW && !isContextOnly(a);
  }

  private static boolean merge(Alert a, ScoredHit h) {
    RuleHit hit = h.hit;
    String ruleRef = hit.getRuleId() + "@" + hit.getRuleVersion();
    boolean changed = false;
    changed |= addAll(a.getRuleIds(), List.of(ruleRef), Integer.MAX_VALUE);
    changed |= addAll(a.getTxnIds(), hit.getTxnIds(), MAX_TXN_IDS);
    List<String> related = new ArrayList<>(hit.getRelatedAccountIds());
    related.remove(a.getSubjectAccountId());
    changed |= addAll(a.getRelatedAccountIds(), related, Integer.MAX_VALUE);
    List<RuleHit> hits = a.getHits();
    // A hit with the same evidence but another finding (say, the same five accounts found through
    // a shared phone and through a shared introducer, in two parallel subtasks) is kept too: the
    // alert must not depend on which of two simultaneous hits arrived first.
    boolean newFinding = hits.stream().noneMatch(kept -> sameFinding(kept, hit));
    if (!changed && !newFinding && !hits.isEmpty()) {
      return false;
    }
    hits.add(hit);
    hits.sort(HIT_ORDER);
    // Sorted, so that the order in which parallel operators delivered hits leaves no trace.
    a.getTxnIds().sort(null);
    a.getRelatedAccountIds().sort(null);
    a.getRuleIds().sort(null);
    while (hits.size() > MAX_HITS) {
      hits.remove(0);
    }
    // A context or conditional hit does not stretch an alert's window: monthly remittances after
    // payday or asset purchases must not keep an episode open, or decide when it ends, without
    // indicators.
    if ((!hit.getContext() && !isConditional(hit)) || isContextOnly(a)) {
      if (hit.getFiredAt().isBefore(a.getWindowStart())) {
        a.setWindowStart(hit.getFiredAt());
      }
      if (hit.getFiredAt().isAfter(a.getWindowEnd())) {
        a.setWindowEnd(hit.getFiredAt());
      }
    }
    a.setRulePackage(h.rulePackage);
    Map<String, RuleHit> latestPerRule = latestPerRule(hits);
    Severity max = Severity.LOW;
    double points = 0;
    double context = 0;
    boolean indicator = false;
    for (RuleHit r : latestPerRule.values()) {
      if (r.getContext()) {
        context += CONTEXT_POINTS;
        continue;
      }
      if (isConditional(r) && !hasPredicate(latestPerRule.values(), r)) {
        continue; // its predicate aged out of the kept hits: it no longer counts
      }
      indicator = true;
      points += weight(r.getSeverity());
      if (r.getSeverity().ordinal() > max.ordinal()) {
        max = r.getSeverity();
      }
    }
    if (indicator) {
      points += context;
    }
    a.setSeverity(max);
    a.setScore(Math.min(100.0, Math.round(1000.0 * points / REFERRAL_POINTS) / 10.0));
    a.setExplanation(explain(a, latestPerRule, h.description));
    a.setProceedsEstimate(ProceedsEstimator.estimate(a));
    return true;
  }

  private static Map<String, RuleHit> latestPerRule(List<RuleHit> hits) {
    Map<String, RuleHit> latest = new LinkedHashMap<>();
    for (RuleHit r : hits) {
      latest.put(r.getRuleId(), r);
    }
    return latest;
  }

  private static String explain(Alert a, Map<String, RuleHit> latestPerRule, String description) {
    StringBuilder sb = new StringBuilder();
    sb.append("Account ").append(a.getSubjectAccountId()).append(" shows ")
        .append(a.getTypology()).append(" indicators between ")
        .append(a.getWindowStart().truncatedTo(ChronoUnit.SECONDS)).append(" and ")
        .append(a.getWindowEnd().truncatedTo(ChronoUnit.SECONDS)).append(".");
    for (RuleHit r : latestPerRule.values()) {
      sb.append(' ').append(r.getRuleId()).append('@').append(r.getRuleVersion())
          .append(" (").append(r.getContext() ? "context, +0.5 points, never an alert alone"
              : isConditional(r) ? r.getSeverity().name() + ", conditional on a HIGH hit of "
                  + String.join(" or ", r.getRequires()) + " on this account"
              : r.getSeverity().name())
          .append(", ").append(r.getSource()).append("): ")
          .append(r.getDetail());
      if (!r.getDetail().endsWith(".")) {
        sb.append('.');
      }
    }
    if (!a.getRelatedAccountIds().isEmpty()) {
      sb.append(" Related accounts: ").append(String.join(", ", a.getRelatedAccountIds().subList(0,
          Math.min(10, a.getRelatedAccountIds().size()))));
      if (a.getRelatedAccountIds().size() > 10) {
        sb.append(" and ").append(a.getRelatedAccountIds().size() - 10).append(" more");
      }
      sb.append('.');
    }
    return sb.toString();
  }

  private static boolean addAll(List<String> target, List<String> values, int max) {
    Set<String> present = new LinkedHashSet<>(target);
    boolean changed = false;
    for (String v : values) {
      if (target.size() >= max) {
        break;
      }
      if (present.add(v)) {
        target.add(v);
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Stable id: the same subject, typology and episode start give the same id in every run, so a
   * replay and the live job name an alert alike. The episode is identified by the day of its first hit.
   */
  public static String alertId(String subject, String typology, Instant firstHit) {
    return stableId("AL-", subject + "|" + typology + "|" + firstHit.truncatedTo(ChronoUnit.DAYS));
  }

  /** {@code prefix} and the first 10 bytes of the SHA-256 of {@code basis}, in hex: an id every run derives alike. */
  static String stableId(String prefix, String basis) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
      return prefix + HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private AlertAssembler() {}
}
