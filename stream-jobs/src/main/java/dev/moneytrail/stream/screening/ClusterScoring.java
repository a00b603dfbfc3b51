package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RuleHit;
import dev.moneytrail.schemas.Severity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores an entity cluster (catalogue section 10): the alerts whose evidence links them to one
 * anchor account (a controller, employer or recruiter, or the hub account itself) count together.
 * High = 3, medium = 2, low = 1 points, each catalogue indicator once within the window, whichever
 * rules and accounts raised it; a context modifier (CTX) adds 0.5 where the cluster has other
 * indicators and never counts as a high for referral. Pure functions, so a replay decides exactly
 * as the live job did.
 */
public final class ClusterScoring {

  /** Rules cite their catalogue entry first in {@code @source}: "indicators.md B1 LT-PAYROLL-FUNNEL; ...". */
  private static final Pattern CATALOGUE_ID = Pattern.compile("indicators\\.md ([A-Z][0-9]+)\\b");

  /** C1: a third party present at the customer's banking (catalogue section 10: any C1 with any high). */
  static final String THIRD_PARTY_PRESENT = "C1";

  /**
   * The account that links an alert to its scheme, decided from the alert's first hit so that every
   * revision of the alert stays in one cluster. A hit that names exactly one other account points
   * from a worker to the one account it pays or is paid by (the controller its wage is funnelled
   * to, the employer that underpays it, the recruiter it paid fees to, the companion at its
   * onboarding): that account is the anchor. A hit that names several accounts is about a hub
   * (fan-in beneficiary, kickback recipient, shared device or address): the subject is the anchor.
   * So is the subject of a hit that names none.
   */
  public static String anchorOf(String subjectAccountId, List<String> relatedAccountIds) {
    TreeSet<String> others = new TreeSet<>(relatedAccountIds);
    others.remove(subjectAccountId);
    return others.size() == 1 ? others.first() : subjectAccountId;
  }

  /**
   * The anchor of an alert: the one consolidation recorded when the alert was opened, or, for an
   * alert opened before anchors were recorded, the one its oldest kept hit gives.
   */
  public static String anchorOf(Alert alert) {
    if (alert.getClusterAccountId() != null) {
      return alert.getClusterAccountId();
    }
    List<String> related = alert.getHits().isEmpty() ? alert.getRelatedAccountIds()
        : alert.getHits().get(0).getRelatedAccountIds();
    return anchorOf(alert.getSubjectAccountId(), related);
  }

  /** The catalogue indicator a hit encodes (B1, C3, ...), or its rule id when its source cites none. */
  static String indicatorOf(RuleHit hit) {
    Matcher m = CATALOGUE_ID.matcher(hit.getSource());
    return m.find() ? m.group(1) : hit.getRuleId();
  }

  /**
   * One indicator's part in a cluster score: the strongest, then latest, hit that raised it. A
   * context modifier ({@code context}) weighs 0.5 and is never a high.
   */
  record Contribution(String indicator, Severity severity, boolean context, String ruleRef,
      String accountId, Instant firedAt, String detail, List<String> requires) {

    double points() {
      return context ? AlertAssembler.CONTEXT_POINTS : AlertAssembler.weight(severity);
    }

    boolean isHigh() {
      return !context && severity == Severity.HIGH;
    }
  }

  /**
   * A cluster's score at one moment.
   *
   * @param contributions one per indicator, in catalogue order
   * @param reason why it is or is not referred, with the figures
   * @param patterns the catalogue's typical combinations the contributions meet, complete first
   */
  record Verdict(double points, boolean referral, String reason, List<Contribution> contributions,
      int alerts, int accounts, List<ClusterPatterns.Match> patterns) {}

  private static final Comparator<Contribution> STRONGER = Comparator
      .comparing(Contribution::severity)
      .thenComparing(Contribution::firedAt)
      .thenComparing(Contribution::ruleRef)
      .thenComparing(Contribution::accountId)
      .thenComparing(Contribution::detail);

  /**
   * Scores {@code members} at {@code at}: hits fired within the window ending at {@code at} count,
   * each indicator once at the severity of its strongest hit.
   */
  static Verdict score(Collection<Alert> members, Instant at, ReferralSettings settings) {
    Instant from = at.minus(settings.window());
    Map<String, Contribution> best = new TreeMap<>();
    TreeSet<String> accounts = new TreeSet<>();
    TreeSet<String> typologies = new TreeSet<>();
    int alerts = 0;
    // Predicate highs per account: a conditional hit (H3) counts only beside one on its own account
    // within the window (ADR 0006). Consolidation already joins it only to such an alert; this
    // keeps it from counting once its predicate has left the window.
    java.util.Set<String> highs = new java.util.HashSet<>();
    for (Alert a : members) {
      for (RuleHit h : a.getHits()) {
        if (firedWithin(h, from, at) && h.getSeverity() == Severity.HIGH
            && !h.getContext() && !AlertAssembler.isConditional(h)) {
          highs.add(a.getSubjectAccountId() + "|" + h.getRuleId());
        }
      }
    }
    for (Alert a : members) {
      boolean counted = false;
      for (RuleHit h : a.getHits()) {
        if (!firedWithin(h, from, at)) {
          continue;
        }
        if (AlertAssembler.isConditional(h)
            && h.getRequires().stream().noneMatch(r -> highs.contains(a.getSubjectAccountId() + "|" + r))) {
          continue;
        }
        counted = true;
        Contribution c = new Contribution(indicatorOf(h), h.getSeverity(), h.getContext(),
            h.getRuleId() + "@" + h.getRuleVersion(), a.getSubjectAccountId(), h.getFiredAt(), h.getDetail(),
            h.getRequires());
        best.merge(c.indicator(), c, (x, y) -> STRONGER.compare(x, y) >= 0 ? x : y);
      }
      if (counted) {
        alerts++;
        accounts.add(a.getSubjectAccountId());
        typologies.add(a.getTypology());
      }
    }
    // Catalogue section 10: context adds to other indicators; a cluster of context alone scores 0.
    // (Consolidation never sends a context-only alert, so this guards hits that aged out of the window.)
    boolean anyIndicator = best.values().stream().anyMatch(c -> !c.context());
    List<Contribution> contributions = best.values().stream()
        .filter(c -> anyIndicator || !c.context()).toList();
    double points = contributions.stream().mapToDouble(Contribution::points).sum();
    String groupHigh = contributions.stream()
        .filter(c -> c.isHigh() && settings.highGroups().contains(c.indicator().substring(0, 1)))
        .map(Contribution::indicator).findFirst().orElse(null);
    boolean hasC1 = best.containsKey(THIRD_PARTY_PRESENT);
    String otherHigh = contributions.stream()
        .filter(c -> c.isHigh() && !c.indicator().equals(THIRD_PARTY_PRESENT))
        .map(Contribution::indicator).findFirst().orElse(null);
    // Named from the indicators that count; a context modifier is no part of a combination.
    List<ClusterPatterns.Match> patterns = ClusterPatterns.find(contributions.stream()
        .filter(c -> !c.context()).map(Contribution::indicator).toList());
    ClusterPatterns.Match complete = patterns.stream().filter(ClusterPatterns.Match::complete).findFirst().orElse(null);
    boolean referral;
    String reason;
    double threshold = settings.minPointsFor(typologies);
    // Named when the threshold met is a typology's own.
    String whose = typologies.stream().filter(t -> Double.valueOf(threshold).equals(settings.typologyMinPoints().get(t)))
        .findFirst().map(t -> " (" + t + ")").orElse("");
    if (points >= threshold && groupHigh != null) {
      referral = true;
      reason = "referred: " + format(points) + " points reach the threshold of " + format(threshold) + whose
          + " with high " + groupHigh;
    } else if (settings.c1WithOtherHigh() && hasC1 && otherHigh != null) {
      referral = true;
      reason = "referred: C1 (third party present) with high " + otherHigh;
    } else if (settings.referCompletePatterns() && complete != null) {
      referral = true;
      reason = "referred: complete " + complete.pattern().name() + " pattern (" + String.join(" + ", complete.present())
          + ") with " + format(points) + " points";
    } else {
      referral = false;
      reason = "not referred: " + format(points) + " of " + format(threshold) + whose + " points"
          + (groupHigh == null ? ", no high indicator of groups " + String.join(", ", settings.highGroups()) : "");
    }
    return new Verdict(points, referral, reason, contributions, alerts, accounts.size(), patterns);
  }

  /** Whether a hit fired in the scoring window (from, at]. */
  private static boolean firedWithin(RuleHit h, Instant from, Instant at) {
    return h.getFiredAt().isAfter(from) && !h.getFiredAt().isAfter(at);
  }

  /** One paragraph naming every contributing indicator, the account it was seen on, and its figures. */
  static String explain(String anchor, Verdict v, ReferralSettings settings, Instant at) {
    StringBuilder sb = new StringBuilder();
    sb.append("Cluster anchored on account ").append(anchor).append(": ").append(v.alerts())
        .append(v.alerts() == 1 ? " alert" : " alerts").append(" about ").append(v.accounts())
        .append(v.accounts() == 1 ? " account" : " accounts").append(" within ")
        .append(settings.window().toDays()).append("d up to ").append(at.truncatedTo(ChronoUnit.SECONDS))
        .append(", ").append(format(v.points())).append(" points; ").append(v.reason()).append('.');
    for (ClusterPatterns.Match m : v.patterns()) {
      sb.append(' ').append(Character.toUpperCase(m.describe().charAt(0))).append(m.describe().substring(1)).append('.');
    }
    for (Contribution c : v.contributions()) {
      sb.append(' ').append(c.context() ? "context" : c.indicator()).append(' ').append(c.ruleRef())
          .append(" (").append(c.context() ? "context modifier, never a high"
              : c.requires().isEmpty() ? c.severity().name()
              : c.severity().name() + ", conditional on a HIGH hit of " + String.join(" or ", c.requires())
                  + " on " + c.accountId())
          .append(", ").append(format(c.points())).append(" points) on ").append(c.accountId()).append(" at ")
          .append(c.firedAt().truncatedTo(ChronoUnit.SECONDS)).append(": ").append(c.detail());
      if (!c.detail().endsWith(".")) {
        sb.append('.');
      }
    }
    return sb.toString();
  }

  /** Stable id: the same anchor and the same day of the cluster's first alert give the same id. */
  static String clusterId(String anchor, Instant start) {
    return AlertAssembler.stableId("CL-", anchor + "|" + start.truncatedTo(ChronoUnit.DAYS));
  }

  private static String format(double points) {
    return points == Math.rint(points) ? Long.toString((long) points) : Double.toString(points);
  }

  private ClusterScoring() {}
}
