package dev.moneytrail.stream.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.ProceedsEstimate;
import dev.moneytrail.schemas.RuleHit;
import dev.moneytrail.schemas.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** indicators.md 6.3: the proceeds estimate from the money figures of an alert's hits. */
class ProceedsEstimatorTest {

  private static RuleHit hit(String rule, Severity severity, String at, List<String> txns, Map<String, String> features) {
    return RuleHit.newBuilder().setRuleId(rule).setRuleVersion(1).setSeverity(severity)
        .setSource("indicators.md").setFiredAt(Instant.parse(at)).setTxnIds(txns)
        .setRelatedAccountIds(List.of()).setFeatures(features)
        .setParameters(Map.of(rule + ".window", "35d", rule + ".lag", "72h")).setDetail("figures").build();
  }

  private static RuleHit fanIn(String at, List<String> txns, String total) {
    return hit("LT-FANIN-CONTROLLER", Severity.HIGH, at, txns, Map.of("total.after.payday", total, "currency", "EUR"));
  }

  @Test
  void sumsTransfersFromVictimsToTheControllerOverNonOverlappingWindows() {
    // Three hits of H1: the second repeats part of the first window, the third is a new window.
    ProceedsEstimate p = ProceedsEstimator.estimate(List.of(
        fanIn("2026-01-20T09:00:00Z", List.of("t1", "t2", "t3"), "2400.0000"),
        fanIn("2026-01-27T09:00:00Z", List.of("t2", "t3", "t4"), "2500.0000"),
        fanIn("2026-03-01T09:00:00Z", List.of("t5", "t6"), "1800.5000")), 1);

    // Latest first: t5,t6 (1800.50), then t2-t4 (2500.00); the first shares t2, t3 and is left out.
    assertEquals(new BigDecimal("4300.5000"), p.getAmount().getAmount());
    assertEquals("EUR", p.getAmount().getCurrency());
    assertTrue(p.getMethod().startsWith("Direct extraction (indicators.md 6.3): 4300.50 = sums moved from"
        + " suspected victims to the controller: LT-FANIN-CONTROLLER total.after.payday 2500.00 (hit"
        + " 2026-01-27T09:00:00Z) + 1800.50 (hit 2026-03-01T09:00:00Z) over 2 non-overlapping evidence windows."),
        p.getMethod());
    assertTrue(p.getMethod().contains("Span 2025-12-23T09:00:00Z to 2026-03-01T09:00:00Z"), p.getMethod());
    assertTrue(p.getMethod().contains("Transactions (5): t2, t3, t4, t5, t6."), p.getMethod());
    assertEquals(Severity.MEDIUM, p.getConfidence(), "one high rule alone");
  }

  @Test
  void takesTheLargerOfTwoRulesSeeingTheSameMoneyAndAddsFeesAsAnotherBasis() {
    ProceedsEstimate p = ProceedsEstimator.estimate(List.of(
        fanIn("2026-02-01T09:00:00Z", List.of("t1", "t2"), "1000.00"),
        hit("SOME-RULE", Severity.HIGH, "2026-02-02T09:00:00Z", List.of("t1", "t2", "t3"),
            Map.of("proceeds.extracted", "1200.00", "currency", "EUR")),
        hit("PC-OFFICIAL-PAYMENTS", Severity.MEDIUM, "2026-02-03T09:00:00Z", List.of("f1", "f2", "f3"),
            Map.of("total.permit.fees", "1350.00", "currency", "EUR"))), 3);

    assertEquals(new BigDecimal("2550.0000"), p.getAmount().getAmount(), "1200 extracted + 1350 fees");
    assertTrue(p.getMethod().contains("SOME-RULE proceeds.extracted 1200.00"), p.getMethod());
    assertTrue(p.getMethod().contains("PC-OFFICIAL-PAYMENTS total.permit.fees 1350.00"), p.getMethod());
    assertEquals(Severity.HIGH, p.getConfidence(), "a high hit and other rules agreeing");
  }

  @Test
  void estimatesWageTheftFromTheShortfallAndRecapturedSums() {
    ProceedsEstimate p = ProceedsEstimator.estimate(List.of(
        hit("LT-PAYROLL-HEADCOUNT-GAP", Severity.HIGH, "2026-03-01T06:00:00Z", List.of("w1", "w2"),
            Map.of("proceeds.wage.shortfall", "48210.0000", "proceeds.unpaid.tax", "9000.00", "currency", "EUR")),
        hit("LT-WAGE-KICKBACK", Severity.HIGH, "2026-03-02T06:00:00Z", List.of("k1", "k2"),
            Map.of("proceeds.recaptured", "3120.40", "currency", "EUR"))), 2);

    assertEquals(new BigDecimal("60330.4000"), p.getAmount().getAmount());
    assertTrue(p.getMethod().startsWith("Wage theft (indicators.md 6.3): 60330.40 = "), p.getMethod());
    assertTrue(p.getMethod().contains("lawful wage for the headcount minus net wages received"), p.getMethod());
  }

  @Test
  void saysNoCurrencyWhenTheFiguresDoNotNameOne() {
    ProceedsEstimate p = ProceedsEstimator.estimate(List.of(hit("LT-REMIT-FANIN-BENEFICIARY", Severity.HIGH,
        "2026-02-01T09:00:00Z", List.of("m1"), Map.of("total", "700.00"))), 1);
    assertEquals("XXX", p.getAmount().getCurrency());
  }

  @Test
  void isNullWhenNoHitReportsAFigureThatCounts() {
    assertNull(ProceedsEstimator.estimate(List.of(hit("SE-NIGHT-CASH-P2P-CONSOLIDATION", Severity.MEDIUM,
        "2026-02-01T09:00:00Z", List.of("d1"), Map.of("deposited.in.band", "2500")),
        hit("LT-SHARED-DEVICE-LOGIN", Severity.HIGH, "2026-02-01T09:00:00Z", List.of(), Map.of("persons", "4"))), 2));
  }

  @Test
  void confidenceIsLowWhenOnlyAMediumHitCarriesTheFigure() {
    ProceedsEstimate p = ProceedsEstimator.estimate(List.of(hit("PC-OFFICIAL-PAYMENTS", Severity.MEDIUM,
        "2026-02-03T09:00:00Z", List.of("f1"), Map.of("total.permit.fees", "450.00", "currency", "EUR"))), 1);
    assertEquals(Severity.LOW, p.getConfidence());
  }

  @Test
  void theAssemblerFillsTheEstimateAndKeepsItAsHitsAttach() {
    ScoredHit first = new ScoredHit("CTRL", "controller-network", "core@1.0.0", "",
        fanIn("2026-01-20T09:00:00Z", List.of("t1", "t2"), "900.00"));
    Alert a = AlertAssembler.open(first);
    assertEquals(new BigDecimal("900.0000"), a.getProceedsEstimate().getAmount().getAmount());
    ScoredHit later = new ScoredHit("CTRL", "controller-network", "core@1.0.0", "",
        fanIn("2026-02-24T09:00:00Z", List.of("t3", "t4"), "950.00"));
    Alert b = AlertAssembler.attach(a, later).orElseThrow();
    assertEquals(new BigDecimal("1850.0000"), b.getProceedsEstimate().getAmount().getAmount());
    ScoredHit noFigure = new ScoredHit("W1", "account-control", "core@1.0.0", "",
        hit("LT-SHARED-DEVICE-LOGIN", Severity.HIGH, "2026-01-20T09:00:00Z", List.of(), Map.of("persons", "4")));
    assertNull(AlertAssembler.open(noFigure).getProceedsEstimate());
  }
}
