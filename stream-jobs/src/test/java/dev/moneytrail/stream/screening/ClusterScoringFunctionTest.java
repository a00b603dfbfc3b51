package dev.moneytrail.stream.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cluster scoring operator: event-time order, verdict changes re-sent, state dropped after the window. */
class ClusterScoringFunctionTest {

  private static final Instant T0 = ClusterScoringTest.T0;
  private KeyedOneInputStreamOperatorTestHarness<String, Alert, Alert> harness;

  @BeforeEach
  void open() throws Exception {
    harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
        new ClusterScoringFunction(ReferralSettings.DEFAULT), ClusterScoring::anchorOf, Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  /** An alert of the CTRL cluster, as consolidation sends it (anchor recorded at opening). */
  private static Alert member(String subject, String indicator, String ruleId, Severity severity, Instant at) {
    Alert a = ClusterScoringTest.alert(subject, indicator, ruleId, severity, at, indicator + " figures");
    a.setClusterAccountId("CTRL");
    return a;
  }

  private void send(Alert a) throws Exception {
    harness.processElement(a, a.getCreatedAt().toEpochMilli());
  }

  private List<Alert> emitted() {
    List<Alert> out = harness.extractOutputValues();
    harness.getOutput().clear();
    return out;
  }

  @Test
  void holdsAlertsUntilTheWatermarkThenScoresThemInEventTimeOrder() throws Exception {
    send(member("CTRL", "H1", "LT-FANIN-CONTROLLER", Severity.HIGH, T0.plusSeconds(3600)));
    send(member("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0));
    assertEquals(List.of(), emitted(), "nothing is scored before the watermark");
    harness.processWatermark(T0.plusSeconds(7200).toEpochMilli());
    List<Alert> out = emitted();
    assertEquals(List.of("W1", "CTRL"), out.stream().map(Alert::getSubjectAccountId).toList());
    assertEquals(List.of(3.0, 6.0), out.stream().map(Alert::getClusterScore).toList(),
        "each alert carries the cluster's points as of its own time");
    assertEquals(out.get(0).getClusterId(), out.get(1).getClusterId());
    assertEquals("CTRL", out.get(0).getClusterAccountId());
  }

  @Test
  void resendsEarlierMembersWithTheNewVerdictWhenTheClusterIsReferred() throws Exception {
    Alert b1 = member("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0);
    Alert h1 = member("CTRL", "H1", "LT-FANIN-CONTROLLER", Severity.HIGH, T0.plusSeconds(600));
    send(b1);
    send(h1);
    harness.processWatermark(T0.plusSeconds(3600).toEpochMilli());
    List<Alert> before = emitted();
    assertTrue(before.stream().noneMatch(Alert::getReferral), "6 points: not yet");

    send(member("W2", "A1", "LT-RECRUIT-FEE-WORKER-PAID", Severity.MEDIUM, T0.plus(Duration.ofDays(2))));
    harness.processWatermark(T0.plus(Duration.ofDays(3)).toEpochMilli());
    List<Alert> out = emitted();
    assertEquals(List.of(h1.getAlertId(), b1.getAlertId()),
        out.subList(1, 3).stream().map(Alert::getAlertId).toList(), "both earlier members again, by alert id");
    assertEquals(List.of(1, 2, 2), out.stream().map(Alert::getRevision).toList(),
        "the new member is revision 1, the earlier ones their next revision");
    assertTrue(out.stream().allMatch(Alert::getReferral));
    assertTrue(out.stream().allMatch(a -> a.getClusterScore() == 8.0));

    // Consolidation's own next revision of an alert that was re-sent comes after the re-sent one.
    Alert b1Again = member("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0.plus(Duration.ofDays(4)));
    b1Again.setRevision(2);
    send(b1Again);
    harness.processWatermark(T0.plus(Duration.ofDays(5)).toEpochMilli());
    out = emitted();
    assertEquals(1, out.size(), "the verdict did not change: no re-send");
    assertEquals(3, out.get(0).getRevision());
  }

  @Test
  void sendsEveryAlertWhetherReferredOrNot() throws Exception {
    send(member("W1", "D1", "LT-STRUCTURED-CASH", Severity.MEDIUM, T0));
    harness.processWatermark(T0.plusSeconds(3600).toEpochMilli());
    List<Alert> out = emitted();
    assertEquals(1, out.size());
    assertEquals(false, out.get(0).getReferral());
    assertTrue(out.get(0).getClusterExplanation().contains("not referred: 2 of 7 points"),
        out.get(0).getClusterExplanation());
  }

  @Test
  void dropsTheClusterOnceItsEvidenceHasLeftTheWindow() throws Exception {
    send(member("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0));
    harness.processWatermark(T0.plusSeconds(3600).toEpochMilli());
    String first = emitted().get(0).getClusterId();
    assertTrue(harness.numKeyedStateEntries() > 0);

    harness.processWatermark(T0.plus(Duration.ofDays(90)).toEpochMilli());
    assertEquals(0, harness.numKeyedStateEntries(), "members and verdict cleared by the event-time clean-up");
    assertEquals(0, harness.numEventTimeTimers());

    send(member("CTRL", "H1", "LT-FANIN-CONTROLLER", Severity.HIGH, T0.plus(Duration.ofDays(91))));
    harness.processWatermark(T0.plus(Duration.ofDays(92)).toEpochMilli());
    Alert later = emitted().get(0);
    assertEquals(3.0, later.getClusterScore(), "B1 no longer counts");
    assertNotEquals(first, later.getClusterId(), "a new cluster episode");
  }

  @Test
  void withdrawsTheReferralWhenTheHighIndicatorsLeaveTheWindow() throws Exception {
    send(member("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0));
    send(member("CTRL", "H1", "LT-FANIN-CONTROLLER", Severity.HIGH, T0));
    send(member("W2", "A1", "LT-RECRUIT-FEE-WORKER-PAID", Severity.MEDIUM, T0.plus(Duration.ofDays(60))));
    harness.processWatermark(T0.plus(Duration.ofDays(61)).toEpochMilli());
    assertTrue(emitted().get(2).getReferral());

    send(member("W3", "A1", "LT-RECRUIT-FEE-WORKER-PAID", Severity.MEDIUM, T0.plus(Duration.ofDays(100))));
    harness.processWatermark(T0.plus(Duration.ofDays(101)).toEpochMilli());
    List<Alert> out = emitted();
    assertEquals(List.of("W3", "W2"), out.stream().map(Alert::getSubjectAccountId).toList(),
        "the new member, then the one earlier member still in the window, re-sent unreferred");
    assertTrue(out.stream().noneMatch(Alert::getReferral));
  }

  @Test
  void aWorkersCorridorContextAddsHalfAPointToItsControllersCluster() throws Exception {
    send(member("CTRL", "H1", "LT-FANIN-CONTROLLER", Severity.HIGH, T0));
    // The worker's B1 alert as consolidation opens it over the CTX-CORRIDOR hit it held.
    send(ClusterScoringTest.withCorridorContext(
        member("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0.plusSeconds(600)), T0.plusSeconds(300)));
    harness.processWatermark(T0.plusSeconds(3600).toEpochMilli());

    Alert worker = emitted().get(1);
    assertEquals(6.5, worker.getClusterScore());
    assertEquals(false, worker.getReferral(), "6.5 of 7: the half point does not tip it at the default");
    assertTrue(worker.getClusterExplanation().contains("context CTX-CORRIDOR@1 (context modifier, never a high, 0.5 points) on W1"),
        worker.getClusterExplanation());
  }

  @Test
  void theControllersAssetRegisterAndTheSchemesPatternReachEveryMembersClusterExplanation() throws Exception {
    // CTRL's H1 alert as consolidation sends it once the held H3 register has joined it.
    send(ClusterScoringTest.withAssets(member("CTRL", "H1", "LT-FANIN-CONTROLLER", Severity.HIGH, T0)));
    send(member("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0.plusSeconds(600)));
    send(member("W2", "A3", "LT-DEBT-INSTALMENT-PAYDAY", Severity.HIGH, T0.plusSeconds(900)));
    harness.processWatermark(T0.plusSeconds(3600).toEpochMilli());

    List<Alert> out = emitted();
    Alert last = out.get(out.size() - 1);
    assertEquals(12.0, last.getClusterScore(), "H1, B1, A3 and the register beside its predicate, 3 each");
    assertEquals(true, last.getReferral());
    assertTrue(last.getClusterExplanation().contains("T-CAR 2026-02-20 67000 car dealer to Autohaus Meyer (DE)"),
        last.getClusterExplanation());
    assertTrue(last.getClusterExplanation().contains("Partial pattern: controller (B1/H1 + A3), 2 of 3 parts; missing C2/C3."),
        last.getClusterExplanation());
  }
}
