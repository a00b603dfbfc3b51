package dev.moneytrail.stream.evaluation;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.interchange.CaseLabel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores alerts against labelled cases exactly as interchange.md defines it: a case is detected
 * when an alert names one of its accounts (the subject, or a related account when the alert names
 * at most {@link #MAX_RELATED_FOR_MATCH} of them) with a window overlapping the case period with
 * {@link #SLACK} either side; an alert is a true positive when it matches a non-decoy case that way.
 * Pure: the command does the I/O.
 */
public final class Evaluation {

  public static final Duration SLACK = Duration.ofDays(7);
  public static final int MAX_RELATED_FOR_MATCH = 25;

  /** Recall of one typology. */
  public record TypologyRecall(String typology, int detected, int cases, List<String> missedCaseIds) {
    public double recall() {
      return cases == 0 ? 1.0 : (double) detected / cases;
    }
  }

  /** How often a rule contributed to alerts, and how many of those alerts were true positives. */
  public record RuleStats(String ruleId, int alerts, int truePositives) {
    public double precision() {
      return alerts == 0 ? 0.0 : (double) truePositives / alerts;
    }
  }

  /** The scores of one replay. */
  public record Report(int cases, int detected, int alerts, int truePositives, int decoyHits,
      long transactions, List<TypologyRecall> byTypology, List<RuleStats> byRule,
      Map<String, Integer> decoyHitsByKind) {

    public double recall() {
      return cases == 0 ? 1.0 : (double) detected / cases;
    }

    public double precision() {
      return alerts == 0 ? 1.0 : (double) truePositives / alerts;
    }

    public double alertsPer10kTransactions() {
      return transactions == 0 ? 0.0 : alerts * 10_000.0 / transactions;
    }
  }

  public static Report score(List<Alert> alerts, List<CaseLabel> labels, long transactions) {
    List<CaseLabel> real = labels.stream().filter(l -> !l.decoy()).toList();
    List<CaseLabel> decoys = labels.stream().filter(CaseLabel::decoy).toList();
    Set<String> detectedCases = new HashSet<>();
    int truePositives = 0;
    int decoyHits = 0;
    Map<String, Integer> decoyHitsByKind = new TreeMap<>();
    Map<String, int[]> ruleCounts = new TreeMap<>();
    for (Alert a : alerts) {
      boolean tp = false;
      for (CaseLabel c : real) {
        if (matches(a, c)) {
          tp = true;
          detectedCases.add(c.caseId());
        }
      }
      if (tp) {
        truePositives++;
      } else {
        for (CaseLabel d : decoys) {
          if (matches(a, d)) {
            decoyHits++;
            decoyHitsByKind.merge(d.typology(), 1, Integer::sum);
            break;
          }
        }
      }
      for (String ref : a.getRuleIds()) {
        String ruleId = ref.contains("@") ? ref.substring(0, ref.indexOf('@')) : ref;
        int[] counts = ruleCounts.computeIfAbsent(ruleId, k -> new int[2]);
        counts[0]++;
        if (tp) {
          counts[1]++;
        }
      }
    }
    Map<String, List<CaseLabel>> byTypology = new TreeMap<>();
    for (CaseLabel c : real) {
      byTypology.computeIfAbsent(c.typology(), k -> new ArrayList<>()).add(c);
    }
    List<TypologyRecall> recalls = new ArrayList<>();
    byTypology.forEach((typology, cases) -> {
      List<String> missed = cases.stream().map(CaseLabel::caseId).filter(id -> !detectedCases.contains(id)).toList();
      recalls.add(new TypologyRecall(typology, cases.size() - missed.size(), cases.size(), missed));
    });
    List<RuleStats> rules = new ArrayList<>();
    ruleCounts.forEach((id, c) -> rules.add(new RuleStats(id, c[0], c[1])));
    return new Report(real.size(), detectedCases.size(), alerts.size(), truePositives, decoyHits,
        transactions, recalls, rules, decoyHitsByKind);
  }

  /** Whether the alert names one of the case's accounts, in a window overlapping the case period. */
  public static boolean matches(Alert a, CaseLabel c) {
    Instant from = c.start().minus(SLACK);
    Instant to = c.end().plus(SLACK);
    if (a.getWindowEnd().isBefore(from) || a.getWindowStart().isAfter(to)) {
      return false;
    }
    Set<String> accounts = new HashSet<>(c.accountIds());
    if (accounts.contains(a.getSubjectAccountId())) {
      return true;
    }
    if (a.getRelatedAccountIds().size() > MAX_RELATED_FOR_MATCH) {
      return false;
    }
    for (String r : a.getRelatedAccountIds()) {
      if (accounts.contains(r)) {
        return true;
      }
    }
    return false;
  }

  private Evaluation() {}
}
