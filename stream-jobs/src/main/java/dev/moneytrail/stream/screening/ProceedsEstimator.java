package dev.moneytrail.stream.screening;

import dev.moneytrail.rules.ParameterType;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.ProceedsEstimate;
import dev.moneytrail.schemas.RuleHit;
import dev.moneytrail.schemas.Severity;
import dev.moneytrail.schemas.money.Amounts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proceeds estimate of an alert for a confiscation referral (indicators.md section 6.3), from
 * the money figures its rule hits report. Pure: the same hits give the same estimate, in a replay
 * as in the live job.
 *
 * <p>Which figure counts as what is declared in {@link #SOURCES}: a few rules' own totals, and a
 * naming convention any rule can use to contribute ({@code proceeds.extracted},
 * {@code proceeds.fees}, {@code proceeds.wage.shortfall}, {@code proceeds.recaptured},
 * {@code proceeds.unpaid.tax}, each an exact decimal sum over the transactions of the hit, and
 * optionally {@code currency}).
 *
 * <p>How the figures combine, so that nothing is counted twice:
 * <ul>
 *   <li>Within one rule and figure, its hits cover sliding windows that overlap; hits are taken
 *       from the latest backwards, and an earlier hit counts only when none of its transactions is
 *       in a hit already counted. The sum is exact for the windows counted and omits what fell
 *       between them, so it is a floor, never an inflation.</li>
 *   <li>Within one basis (say direct extraction), two rules may see the same money from two sides;
 *       the largest single-rule figure is taken, not their sum.</li>
 *   <li>The bases (direct extraction, fees, wage shortfall, recapture, unpaid tax) are different
 *       money and are added.</li>
 * </ul>
 */
public final class ProceedsEstimator {

  /** What a figure measures, in the terms of indicators.md 6.3. */
  enum Basis {
    EXTRACTED("direct extraction", "sums moved from suspected victims to the controller"),
    FEES("direct extraction", "fees collected from workers or paid for permits outside official channels"),
    WAGE_SHORTFALL("wage theft", "lawful wage for the headcount minus net wages received"),
    RECAPTURED("wage theft", "wages recaptured by the employer or its affiliates"),
    UNPAID_TAX("wage theft", "payroll taxes and social contributions not paid");

    final String method;
    final String what;

    Basis(String method, String what) {
      this.method = method;
      this.what = what;
    }
  }

  /** A figure that counts: rule id ("*" for any rule), the feature holding it, and its basis. */
  record Source(String ruleId, String feature, Basis basis) {
    boolean matches(RuleHit h) {
      return ("*".equals(ruleId) || ruleId.equals(h.getRuleId())) && h.getFeatures().containsKey(feature);
    }
  }

  static final List<Source> SOURCES = List.of(
      // H1: transfers from workers to the controller within the lag after their payday.
      new Source("LT-FANIN-CONTROLLER", "total.after.payday", Basis.EXTRACTED),
      // E1: remittances of unrelated co-workers to one beneficiary abroad.
      new Source("LT-REMIT-FANIN-BENEFICIARY", "total", Basis.EXTRACTED),
      // J1: visa and permit fees paid to a private payee.
      new Source("PC-OFFICIAL-PAYMENTS", "total.permit.fees", Basis.FEES),
      new Source("*", "proceeds.extracted", Basis.EXTRACTED),
      new Source("*", "proceeds.fees", Basis.FEES),
      new Source("*", "proceeds.wage.shortfall", Basis.WAGE_SHORTFALL),
      new Source("*", "proceeds.recaptured", Basis.RECAPTURED),
      new Source("*", "proceeds.unpaid.tax", Basis.UNPAID_TAX));

  /** ISO 4217 "no currency": the figures did not say which currency they are in. */
  static final String NO_CURRENCY = "XXX";

  /** Transactions named in the method text; the alert's txn_ids hold them all. */
  static final int TXNS_LISTED = 60;

  /** One rule's figure for one basis: the hits counted and their sum. */
  record Figure(Source source, List<RuleHit> counted, BigDecimal sum) {}

  /** The estimate for the alert's hits, or null when none of them reports a figure that counts. */
  public static ProceedsEstimate estimate(Alert alert) {
    // A context modifier is no second rule agreeing on the figure, nor is a conditional indicator
    // (H3), which is only there because the figure's own rule fired.
    long contextRules = alert.getHits().stream().filter(h -> h.getContext() || AlertAssembler.isConditional(h))
        .map(RuleHit::getRuleId).distinct().count();
    return estimate(alert.getHits(), alert.getRuleIds().size() - (int) contextRules);
  }

  static ProceedsEstimate estimate(List<RuleHit> hits, int distinctRules) {
    Map<Basis, Figure> best = new EnumMap<>(Basis.class);
    for (Source s : SOURCES) {
      Set<String> rules = new LinkedHashSet<>();
      for (RuleHit h : hits) {
        if (s.matches(h)) {
          rules.add(h.getRuleId());
        }
      }
      for (String rule : rules) {
        Figure f = figure(s, rule, hits);
        Figure kept = best.get(s.basis());
        if (f != null && f.sum().signum() > 0 && (kept == null || f.sum().compareTo(kept.sum()) > 0)) {
          best.put(s.basis(), f);
        }
      }
    }
    if (best.isEmpty()) {
      return null;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Figure f : best.values()) {
      total = total.add(f.sum());
    }
    if (total.scale() > Amounts.SCALE) {
      return null; // a figure finer than the money type: not a money sum, never rounded into one
    }
    return new ProceedsEstimate(Amounts.money(Amounts.exact(total), currency(best.values())),
        method(best, total), confidence(best.values(), distinctRules));
  }

  /** One rule's hits for one figure, latest first, each counted only if it shares no transaction with those counted. */
  static Figure figure(Source s, String ruleId, List<RuleHit> hits) {
    List<RuleHit> candidates = new ArrayList<>();
    for (RuleHit h : hits) {
      if (h.getRuleId().equals(ruleId) && h.getFeatures().containsKey(s.feature())) {
        candidates.add(h);
      }
    }
    candidates.sort(Comparator.comparing(RuleHit::getFiredAt).reversed()
        .thenComparing(h -> String.join(",", h.getTxnIds())));
    Set<String> seen = new LinkedHashSet<>();
    List<RuleHit> counted = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (RuleHit h : candidates) {
      boolean disjoint = !h.getTxnIds().isEmpty() && h.getTxnIds().stream().noneMatch(seen::contains);
      if (counted.isEmpty() || disjoint) {
        BigDecimal v = amount(h.getFeatures().get(s.feature()));
        if (v == null) {
          continue;
        }
        counted.add(h);
        seen.addAll(h.getTxnIds());
        sum = sum.add(v);
      }
    }
    counted.sort(Comparator.comparing(RuleHit::getFiredAt));
    return counted.isEmpty() ? null : new Figure(new Source(ruleId, s.feature(), s.basis()), counted, sum);
  }

  private static BigDecimal amount(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException | NullPointerException e) {
      return null; // not a plain decimal: the figure is not money
    }
  }

  /** The one currency the counted hits report, else {@link #NO_CURRENCY}. */
  static String currency(Iterable<Figure> figures) {
    Set<String> seen = new LinkedHashSet<>();
    for (Figure f : figures) {
      for (RuleHit h : f.counted()) {
        String c = h.getFeatures().get("currency");
        seen.add(c == null ? NO_CURRENCY : c);
      }
    }
    return seen.size() == 1 ? seen.iterator().next() : NO_CURRENCY;
  }

  /**
   * HIGH when the figure rests on a high-severity hit and the alert has a second rule agreeing;
   * MEDIUM when it rests on a high-severity hit alone; LOW when only medium or low hits carry it.
   * The sums are exact; what is uncertain is that the payers are victims and the payee a controller.
   */
  static Severity confidence(Iterable<Figure> figures, int distinctRules) {
    boolean high = false;
    for (Figure f : figures) {
      for (RuleHit h : f.counted()) {
        high |= h.getSeverity() == Severity.HIGH;
      }
    }
    if (high) {
      return distinctRules >= 2 ? Severity.HIGH : Severity.MEDIUM;
    }
    return Severity.LOW;
  }

  static String method(Map<Basis, Figure> best, BigDecimal total) {
    Set<String> methods = new LinkedHashSet<>();
    for (Basis b : best.keySet()) {
      methods.add(b.method);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(capitalise(String.join(" + ", methods))).append(" (indicators.md 6.3): ")
        .append(Amounts.format(Amounts.exact(total))).append(" = ");
    List<String> parts = new ArrayList<>();
    Instant from = null;
    Instant to = null;
    Set<String> txns = new LinkedHashSet<>();
    for (Map.Entry<Basis, Figure> e : best.entrySet()) {
      Figure f = e.getValue();
      List<String> amounts = new ArrayList<>();
      for (RuleHit h : f.counted()) {
        amounts.add(Amounts.format(Amounts.exact(amount(h.getFeatures().get(f.source().feature()))))
            + " (hit " + h.getFiredAt() + ")");
        Instant start = h.getFiredAt().minus(window(h));
        from = from == null || start.isBefore(from) ? start : from;
        to = to == null || h.getFiredAt().isAfter(to) ? h.getFiredAt() : to;
        txns.addAll(h.getTxnIds());
      }
      parts.add(e.getKey().what + ": " + f.source().ruleId() + " " + f.source().feature() + " "
          + String.join(" + ", amounts) + " over " + f.counted().size() + " non-overlapping evidence window"
          + (f.counted().size() == 1 ? "" : "s"));
    }
    sb.append(String.join("; ", parts)).append(". Span ").append(from).append(" to ").append(to)
        .append(" (event time). Transactions (").append(txns.size()).append(")");
    List<String> listed = new ArrayList<>(txns);
    if (!listed.isEmpty()) {
      sb.append(": ").append(String.join(", ", listed.subList(0, Math.min(TXNS_LISTED, listed.size()))));
      if (listed.size() > TXNS_LISTED) {
        sb.append(" and ").append(listed.size() - TXNS_LISTED).append(" more in the alert's txn_ids");
      }
    }
    sb.append(". A floor: money between the windows counted, cash taken under card custody and costs the"
        + " evidence does not show are not included; the ILO plausibility band is not evidence.");
    return sb.toString();
  }

  /** The look-back of the hit's rule (its parameter ending in ".window"), or zero. */
  static Duration window(RuleHit h) {
    for (Map.Entry<String, String> p : h.getParameters().entrySet()) {
      if (p.getKey().endsWith(".window")) {
        try {
          return (Duration) ParameterType.DURATION.parse(p.getValue());
        } catch (IllegalArgumentException e) {
          return Duration.ZERO;
        }
      }
    }
    return Duration.ZERO;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private ProceedsEstimator() {}
}
