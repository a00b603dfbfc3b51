package dev.moneytrail.stream.governance;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.interchange.CaseLabel;
import dev.moneytrail.stream.evaluation.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Champion against challenger on the same data: alert volumes, which subjects each alerts on that
 * the other does not, per-rule deltas, and, with labels, detection side by side. Pure.
 */
public final class BacktestComparison {

  /** Alerts per rule in each package. */
  public record RuleDelta(String ruleId, int champion, int challenger) {
    public int delta() {
      return challenger - champion;
    }
  }

  public record Report(int championAlerts, int challengerAlerts, List<String> onlyChampion,
      List<String> onlyChallenger, List<RuleDelta> rules, Evaluation.Report championScore,
      Evaluation.Report challengerScore) {}

  /**
   * @param labels null when the data set has none (no detection figures then)
   */
  public static Report compare(List<Alert> champion, List<Alert> challenger, List<CaseLabel> labels,
      long transactions) {
    Set<String> a = subjects(champion);
    Set<String> b = subjects(challenger);
    List<String> onlyA = new ArrayList<>(a);
    onlyA.removeAll(b);
    List<String> onlyB = new ArrayList<>(b);
    onlyB.removeAll(a);
    Map<String, int[]> perRule = new TreeMap<>();
    count(champion, perRule, 0);
    count(challenger, perRule, 1);
    List<RuleDelta> rules = new ArrayList<>();
    perRule.forEach((id, c) -> rules.add(new RuleDelta(id, c[0], c[1])));
    return new Report(champion.size(), challenger.size(), onlyA, onlyB, rules,
        labels == null ? null : Evaluation.score(champion, labels, transactions),
        labels == null ? null : Evaluation.score(challenger, labels, transactions));
  }

  /** What an alert is about, independent of the package: its subject and typology. */
  static Set<String> subjects(List<Alert> alerts) {
    Set<String> keys = new TreeSet<>();
    for (Alert x : alerts) {
      keys.add(x.getSubjectAccountId() + " " + x.getTypology());
    }
    return keys;
  }

  private static void count(List<Alert> alerts, Map<String, int[]> perRule, int side) {
    for (Alert x : alerts) {
      for (String ref : x.getRuleIds()) {
        String id = ref.contains("@") ? ref.substring(0, ref.indexOf('@')) : ref;
        perRule.computeIfAbsent(id, k -> new int[2])[side]++;
      }
    }
  }

  private BacktestComparison() {}
}
