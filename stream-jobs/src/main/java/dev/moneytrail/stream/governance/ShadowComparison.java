package dev.moneytrail.stream.governance;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.RuleRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a shadow run is compared on: the champion's and the challenger's alerts over the same
 * stretch of event time, each alert at its latest revision. Pure; reading the topics is the
 * command's job.
 */
public final class ShadowComparison {

  /** The challenger of a shadow run and the event-time stretch it ran over ({@code until} null: still running). */
  public record Trial(String challenger, Instant from, Instant until) {

    boolean covers(Alert a) {
      return !a.getWindowEnd().isBefore(from) && (until == null || a.getWindowEnd().isBefore(until));
    }
  }

  /** The two sides, ready for {@link BacktestComparison#compare}. */
  public record Sides(String champion, List<Alert> championAlerts, List<Alert> challengerAlerts) {}

  /**
   * The newest shadow trial on the rules topic: the last challenger deployed in shadow, from its
   * effective time until a later withdrawal's effective time, if any. Null when none was deployed.
   */
  public static Trial latestTrial(List<RulePackage> rulesTopic) {
    RulePackage challenger = null;
    Instant withdrawn = null;
    List<RulePackage> ordered = new ArrayList<>(rulesTopic);
    ordered.sort(Comparator.comparing(RulePackage::getCreatedAt));
    for (RulePackage p : ordered) {
      if (p.getRole() == RuleRole.SHADOW) {
        challenger = p;
        withdrawn = null;
      } else if (p.getRole() == RuleRole.WITHDRAW_SHADOW && challenger != null) {
        withdrawn = p.getEffectiveFrom();
      }
    }
    return challenger == null ? null
        : new Trial(challenger.getPackageId() + "@" + challenger.getVersion(), challenger.getEffectiveFrom(), withdrawn);
  }

  /**
   * Champion alerts whose evidence ends within the trial, against the challenger's shadow alerts
   * (only those stamped with the trial's challenger, so an earlier trial's alerts do not count).
   */
  public static Sides sides(Trial trial, List<Alert> alerts, List<Alert> shadowAlerts) {
    List<Alert> champion = latestRevisions(alerts).stream().filter(trial::covers).toList();
    List<Alert> challenger = latestRevisions(shadowAlerts).stream()
        .filter(a -> a.getRulePackage().equals(trial.challenger()) && trial.covers(a)).toList();
    TreeSet<String> championPackages = new TreeSet<>();
    champion.forEach(a -> championPackages.add(a.getRulePackage()));
    return new Sides(championPackages.isEmpty() ? "champion" : String.join("+", championPackages), champion, challenger);
  }

  /** Topics hold every revision of an alert; a later revision supersedes an earlier one. */
  static List<Alert> latestRevisions(List<Alert> revisions) {
    Map<String, Alert> latest = new LinkedHashMap<>();
    for (Alert a : revisions) {
      latest.merge(a.getAlertId(), a, (x, y) -> x.getRevision() >= y.getRevision() ? x : y);
    }
    List<Alert> list = new ArrayList<>(latest.values());
    list.sort(Comparator.comparing(Alert::getCreatedAt).thenComparing(Alert::getAlertId));
    return list;
  }

  private ShadowComparison() {}
}
