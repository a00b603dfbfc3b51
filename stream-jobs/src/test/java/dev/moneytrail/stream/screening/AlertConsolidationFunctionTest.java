package dev.moneytrail.stream.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RuleHit;
import dev.moneytrail.schemas.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alert consolidation: hits from several operators taken in event-time order, whatever their arrival. */
class AlertConsolidationFunctionTest {

  private static final Instant DAY_1 = Instant.parse("2026-03-02T08:00:00Z");
  private static final Instant DAY_5 = Instant.parse("2026-03-06T08:00:00Z");
  private KeyedOneInputStreamOperatorTestHarness<String, ScoredHit, Alert> harness;

  @BeforeEach
  void open() throws Exception {
    harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
        new AlertConsolidationFunction(), ScoredHit::consolidationKey, Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  /** A hit on account A1's account-control typology, as the account or the attribute operator sends it. */
  private void hit(String rule, Instant at, String txn) throws Exception {
    RuleHit h = RuleHit.newBuilder().setRuleId(rule).setRuleVersion(1).setSeverity(Severity.MEDIUM)
        .setSource("indicators.md").setFiredAt(at).setTxnIds(List.of(txn))
        .setRelatedAccountIds(List.of("A2")).setFeatures(Map.of()).setParameters(Map.of())
        .setDetail("figures").build();
    harness.processElement(new ScoredHit("A1", "account-control", "core@1.0.0", "", h), at.toEpochMilli());
  }

  /** The corridor context modifier's hit on A1, carried to the account-control typology. */
  private void contextHit(Instant at, String txn) throws Exception {
    RuleHit h = RuleHit.newBuilder().setRuleId("CTX-CORRIDOR").setRuleVersion(1).setSeverity(Severity.LOW)
        .setContext(true).setSource("indicators.md E CTX-CORRIDOR").setFiredAt(at).setTxnIds(List.of(txn))
        .setRelatedAccountIds(List.of()).setFeatures(Map.of()).setParameters(Map.of())
        .setDetail("400 sent to XA 30 h after payday.").build();
    harness.processElement(new ScoredHit("A1", "account-control", "core@1.0.0", "", h), at.toEpochMilli());
  }

  private List<Alert> alerts() {
    return harness.extractOutputValues();
  }

  @Test
  void namesTheAlertAfterTheEarliestHitWhicheverOperatorDeliveredFirst() throws Exception {
    // The attribute operator's day-5 hit overtakes the account operator's day-1 hit on the network.
    hit("LT-CARD-CUSTODY-ATM", DAY_5, "t5");
    hit("LT-THIRD-PARTY-PRESENCE", DAY_1, "t1");
    assertEquals(List.of(), alerts(), "nothing is consolidated before the watermark");

    harness.processWatermark(DAY_5.plusSeconds(60).toEpochMilli());

    List<Alert> alerts = alerts();
    assertEquals(2, alerts.size(), alerts.toString());
    String expectedId = AlertAssembler.alertId("A1", "account-control", DAY_1);
    assertEquals(List.of(expectedId, expectedId), alerts.stream().map(Alert::getAlertId).toList());
    assertEquals(List.of("LT-THIRD-PARTY-PRESENCE@1"), alerts.get(0).getRuleIds(), "revision 1 is the day-1 hit");
    assertEquals(List.of("t1", "t5"), alerts.get(1).getTxnIds());
  }

  @Test
  void consolidatesAHitAtOnceWhenItsMinuteHasBeenFlushedAlready() throws Exception {
    harness.processWatermark(DAY_5.toEpochMilli());
    hit("LT-THIRD-PARTY-PRESENCE", DAY_1, "t1");
    assertEquals(1, alerts().size());
  }

  @Test
  void dropsTheOpenAlertOnceItsEpisodeCanNoLongerGrow() throws Exception {
    hit("LT-THIRD-PARTY-PRESENCE", DAY_1, "t1");
    harness.processWatermark(DAY_1.plus(AlertAssembler.EPISODE_GAP).plusSeconds(3600).toEpochMilli());
    assertEquals(1, alerts().size());

    hit("LT-CARD-CUSTODY-ATM", DAY_1.plus(AlertAssembler.EPISODE_GAP).plusSeconds(7200), "t9");
    harness.processWatermark(Long.MAX_VALUE);
    List<Alert> alerts = alerts();
    assertEquals(2, alerts.size());
    assertEquals(1, alerts.get(1).getRevision(), "a new episode opens a new alert");
  }

  @Test
  void aSubjectWithContextHitsOnlyGetsNoAlert() throws Exception {
    contextHit(DAY_1, "r1");
    contextHit(DAY_5, "r5");
    harness.processWatermark(Long.MAX_VALUE);

    assertEquals(List.of(), alerts(), "a context modifier never makes an alert by itself");
  }

  @Test
  void contextHeldBeforeTheFirstIndicatorJoinsTheAlertItOpens() throws Exception {
    contextHit(DAY_1, "r1");
    hit("LT-THIRD-PARTY-PRESENCE", DAY_5, "t5");
    harness.processWatermark(Long.MAX_VALUE);

    List<Alert> alerts = alerts();
    assertEquals(1, alerts.size(), alerts.toString());
    Alert a = alerts.get(0);
    assertEquals(AlertAssembler.alertId("A1", "account-control", DAY_5), a.getAlertId(),
        "the indicator names the alert, as it would without the context");
    assertEquals("A2", a.getClusterAccountId(), "and decides its cluster");
    assertEquals(List.of("CTX-CORRIDOR@1", "LT-THIRD-PARTY-PRESENCE@1"), a.getRuleIds());
    assertEquals(Severity.MEDIUM, a.getSeverity());
    assertEquals(35.7, a.getScore(), 1e-9, "2 points for the medium indicator and 0.5 for the context, of 7");
    assertEquals(DAY_5, a.getWindowStart(), "context does not stretch the episode");
    assertEquals(true, a.getExplanation().contains("CTX-CORRIDOR@1 (context, +0.5 points"), a.getExplanation());
  }

  @Test
  void contextAfterTheIndicatorIsTheAlertsNextRevision() throws Exception {
    hit("LT-THIRD-PARTY-PRESENCE", DAY_1, "t1");
    contextHit(DAY_5, "r5");
    harness.processWatermark(Long.MAX_VALUE);

    List<Alert> alerts = alerts();
    assertEquals(List.of(1, 2), alerts.stream().map(Alert::getRevision).toList());
    assertEquals(List.of("r5", "t1"), alerts.get(1).getTxnIds());
    assertEquals(DAY_1, alerts.get(1).getWindowEnd(), "a context hit alone does not keep the episode open");
  }

  // ---- conditional indicator H3 (ADR 0006) ----------------------------------------------------

  private static final String H1 = "LT-FANIN-CONTROLLER";
  private static final String H3 = "LT-CONTROLLER-ASSET-BUILDUP";

  /** Controller C1's H1 fan-in, HIGH, with the sum its workers paid it after payday. */
  private void fanIn(Instant at, Severity severity, String extracted) throws Exception {
    RuleHit h = RuleHit.newBuilder().setRuleId(H1).setRuleVersion(1).setSeverity(severity)
        .setSource("indicators.md H1 LT-FANIN-CONTROLLER").setFiredAt(at).setTxnIds(List.of("f1", "f2"))
        .setRelatedAccountIds(List.of("W1", "W2")).setFeatures(Map.of("total.after.payday", extracted))
        .setParameters(Map.of()).setDetail("5 workers paid C1 after payday.").build();
    harness.processElement(new ScoredHit("C1", "controller-network", "core@1.0.0", "", h), at.toEpochMilli());
  }

  /** C1's asset register as H3 reports it: conditional on H1, A4, B7 or G1 high. */
  private void assets(Instant at, String total) throws Exception {
    assets(at, total, "controller-network");
  }

  /** The register as sent to the consolidation key of one predicate's typology. */
  private void assets(Instant at, String total, String typology) throws Exception {
    RuleHit h = RuleHit.newBuilder().setRuleId(H3).setRuleVersion(1).setSeverity(Severity.HIGH)
        .setSource("indicators.md H3 LT-CONTROLLER-ASSET-BUILDUP").setFiredAt(at).setTxnIds(List.of("T-CAR"))
        .setRelatedAccountIds(List.of()).setFeatures(Map.of("asset.total", total))
        .setParameters(Map.of(H3 + ".asset.min", "50000", H3 + ".proceeds.ratio", "0.30", H3 + ".window", "180d"))
        .setDetail("Asset register: T-CAR 2026-03-01 " + total + " car dealer to Autohaus Meyer (DE).")
        .setRequires(List.of(H1, "LT-WAGE-KICKBACK", "LT-BROKER-PASS-THROUGH", "LT-PAYROLL-HEADCOUNT-GAP")).build();
    harness.processElement(new ScoredHit("C1", typology, "core@1.0.0", "", h), at.toEpochMilli());
  }

  /** C1 as a gangmaster: B7 HIGH with the workers' wage shortfall as its proceeds figure. */
  private void broker(Instant at, String shortfall) throws Exception {
    RuleHit h = RuleHit.newBuilder().setRuleId("LT-BROKER-PASS-THROUGH").setRuleVersion(2).setSeverity(Severity.HIGH)
        .setSource("indicators.md B7 LT-BROKER-PASS-THROUGH").setFiredAt(at).setTxnIds(List.of())
        .setRelatedAccountIds(List.of()).setFeatures(Map.of("proceeds.wage.shortfall", shortfall, "currency", "EUR"))
        .setParameters(Map.of()).setDetail("36000.00 a month came in from 3 payers.").build();
    harness.processElement(new ScoredHit("C1", "labour-broker", "core@1.0.0", "", h), at.toEpochMilli());
  }

  @Test
  void aBrokersWageShortfallIsTheProceedsTheRegisterIsMeasuredAgainst() throws Exception {
    // B7 reports no transactions, only the shortfall: 0.3 of 30,000 is 9,000, far under asset.min.
    broker(DAY_1, "30000.00");
    assets(DAY_5, "8999.99", "labour-broker");
    harness.processWatermark(DAY_5.toEpochMilli());
    assertEquals(List.of(List.of("LT-BROKER-PASS-THROUGH@2")), alerts().stream().map(Alert::getRuleIds).toList(),
        "8,999.99 is under 0.3 x 30,000: held");

    assets(DAY_5.plusSeconds(3600), "9000", "labour-broker");
    harness.processWatermark(Long.MAX_VALUE);
    Alert last = alerts().get(alerts().size() - 1);
    assertEquals(List.of("LT-BROKER-PASS-THROUGH@2", H3 + "@1"), last.getRuleIds(), "9,000 reaches it");
    assertEquals(0, new java.math.BigDecimal("30000").compareTo(last.getProceedsEstimate().getAmount().getAmount()),
        last.getProceedsEstimate().toString());
    assertEquals("EUR", last.getProceedsEstimate().getAmount().getCurrency());
  }

  @Test
  void assetPurchasesWithoutAPredicateHighNeverAlert() throws Exception {
    assets(DAY_1, "120000");
    harness.processWatermark(Long.MAX_VALUE);

    assertEquals(List.of(), alerts(), "legitimate owner wealth: no predicate high, no alert");
  }

  @Test
  void assetPurchasesBesideAMediumOnlyNeverJoinNorAddPoints() throws Exception {
    assets(DAY_1, "120000");
    fanIn(DAY_5, Severity.MEDIUM, "8000");
    harness.processWatermark(Long.MAX_VALUE);

    List<Alert> alerts = alerts();
    assertEquals(1, alerts.size(), alerts.toString());
    assertEquals(List.of(H1 + "@1"), alerts.get(0).getRuleIds(), "the register waits for a HIGH predicate");
    assertEquals(28.6, alerts.get(0).getScore(), 1e-9, "2 points of 7: the asset purchases add none");
    assertEquals(false, alerts.get(0).getExplanation().contains("Asset register"), alerts.get(0).getExplanation());
  }

  @Test
  void theHeldAssetRegisterJoinsTheAlertItsPredicateHighOpens() throws Exception {
    assets(DAY_1, "67000");
    fanIn(DAY_5, Severity.HIGH, "8000");
    harness.processWatermark(Long.MAX_VALUE);

    List<Alert> alerts = alerts();
    assertEquals(1, alerts.size(), "one revision: the predicate and the register it lets in " + alerts);
    Alert a = alerts.get(0);
    assertEquals(AlertAssembler.alertId("C1", "controller-network", DAY_5), a.getAlertId(), "H1 names the alert");
    assertEquals(List.of(H3 + "@1", H1 + "@1"), a.getRuleIds());
    assertEquals(85.7, a.getScore(), 1e-9, "3 + 3 points of 7");
    assertEquals(DAY_5, a.getWindowStart(), "the register does not stretch the episode");
    assertEquals(Severity.MEDIUM, a.getProceedsEstimate().getConfidence(),
        "H1's figure alone: the register is no second rule agreeing on it");
    assertEquals(List.of("T-CAR", "f1", "f2"), a.getTxnIds());
    assertEquals(true, a.getExplanation().contains("LT-CONTROLLER-ASSET-BUILDUP@1 (HIGH, conditional on a HIGH hit of "
        + "LT-FANIN-CONTROLLER or LT-WAGE-KICKBACK or LT-BROKER-PASS-THROUGH or LT-PAYROLL-HEADCOUNT-GAP on this account"),
        a.getExplanation());
    assertEquals(true, a.getExplanation().contains("T-CAR 2026-03-01 67000 car dealer to Autohaus Meyer (DE)"),
        a.getExplanation());
  }

  @Test
  void assetsAfterThePredicateHighAreTheAlertsNextRevision() throws Exception {
    fanIn(DAY_1, Severity.HIGH, "8000");
    assets(DAY_5, "67000");
    harness.processWatermark(Long.MAX_VALUE);

    List<Alert> alerts = alerts();
    assertEquals(List.of(1, 2), alerts.stream().map(Alert::getRevision).toList());
    assertEquals(List.of(H3 + "@1", H1 + "@1"), alerts.get(1).getRuleIds());
    assertEquals(DAY_1, alerts.get(1).getWindowEnd(), "asset purchases do not keep the episode open");
  }

  @Test
  void belowAssetMinTheRegisterCountsOnlyFromThreeTenthsOfTheProceedsEstimate() throws Exception {
    // H1's workers paid 20,000 after payday: 0.3 of it is 6,000.
    fanIn(DAY_1, Severity.HIGH, "20000");
    assets(DAY_5, "5999.99");
    harness.processWatermark(DAY_5.toEpochMilli());
    assertEquals(List.of(List.of(H1 + "@1")), alerts().stream().map(Alert::getRuleIds).toList(),
        "5,999.99 is under 0.3 x 20,000 and under asset.min: held");

    assets(DAY_5.plusSeconds(3600), "6000");
    harness.processWatermark(Long.MAX_VALUE);
    List<Alert> alerts = alerts();
    assertEquals(List.of(H3 + "@1", H1 + "@1"), alerts.get(alerts.size() - 1).getRuleIds(), "6,000 reaches it");
  }
}
