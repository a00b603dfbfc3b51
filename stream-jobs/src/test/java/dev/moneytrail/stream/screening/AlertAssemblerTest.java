package dev.moneytrail.stream.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RuleHit;
import dev.moneytrail.schemas.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertAssemblerTest {

  private static ScoredHit hit(String rule, Severity severity, String at, List<String> txns, List<String> related) {
    RuleHit h = RuleHit.newBuilder().setRuleId(rule).setRuleVersion(1).setSeverity(severity)
        .setSource("indicators.md").setFiredAt(Instant.parse(at)).setTxnIds(txns)
        .setRelatedAccountIds(related).setFeatures(Map.of()).setParameters(Map.of())
        .setDetail("figures").build();
    return new ScoredHit("W1", "wage-control", "core@1.0.0", "", h);
  }

  @Test
  void givesTheSameIdForTheSameSubjectTypologyAndEpisode() {
    Alert a = AlertAssembler.open(hit("LT-PAYROLL-FUNNEL", Severity.HIGH, "2026-02-27T10:00:00Z", List.of("t1"), List.of()));
    Alert b = AlertAssembler.open(hit("LT-PAYROLL-FUNNEL", Severity.HIGH, "2026-02-27T23:00:00Z", List.of("t9"), List.of()));
    assertEquals(a.getAlertId(), b.getAlertId());
  }

  @Test
  void attachesLaterEvidenceAsANewRevision() {
    Alert a = AlertAssembler.open(hit("LT-PAYROLL-FUNNEL", Severity.HIGH, "2026-02-27T10:00:00Z", List.of("t1"), List.of("CTRL")));
    Alert b = AlertAssembler.attach(a, hit("LT-PAYROLL-FUNNEL", Severity.HIGH, "2026-03-27T10:00:00Z", List.of("t2"), List.of("CTRL"))).orElseThrow();
    assertEquals(2, b.getRevision());
    assertEquals(List.of("t1", "t2"), b.getTxnIds());
    assertEquals(List.of("CTRL"), b.getRelatedAccountIds());
    assertEquals(Instant.parse("2026-03-27T10:00:00Z"), b.getWindowEnd());
  }

  @Test
  void ignoresAHitThatRepeatsTheEvidence() {
    Alert a = AlertAssembler.open(hit("LT-PAYROLL-FUNNEL", Severity.HIGH, "2026-02-27T10:00:00Z", List.of("t1"), List.of()));
    assertTrue(AlertAssembler.attach(a, hit("LT-PAYROLL-FUNNEL", Severity.HIGH, "2026-02-27T11:00:00Z", List.of("t1"), List.of())).isEmpty());
  }

  @Test
  void scoresDistinctRulesBySeverityWeight() {
    Alert a = AlertAssembler.open(hit("LT-PAYROLL-FUNNEL", Severity.HIGH, "2026-02-27T10:00:00Z", List.of("t1"), List.of()));
    assertEquals(42.9, a.getScore());
    Alert b = AlertAssembler.attach(a, hit("LT-STRUCTURED-CASH", Severity.MEDIUM, "2026-02-28T10:00:00Z", List.of("t2"), List.of())).orElseThrow();
    assertEquals(71.4, b.getScore());
    assertEquals(Severity.HIGH, b.getSeverity());
    assertEquals(List.of("LT-PAYROLL-FUNNEL@1", "LT-STRUCTURED-CASH@1"), b.getRuleIds());
  }

  @Test
  void neverAlertsOnLowSeverityAlone() {
    Alert a = AlertAssembler.open(hit("LT-GROUP-TRANSPORT-MOBILITY", Severity.LOW, "2026-02-27T10:00:00Z", List.of("t1"), List.of()));
    assertFalse(AlertAssembler.isAlertable(a));
  }

  @Test
  void opensANewEpisodeAfterALongQuietGap() {
    Alert a = AlertAssembler.open(hit("LT-PAYROLL-FUNNEL", Severity.HIGH, "2026-01-01T10:00:00Z", List.of("t1"), List.of()));
    ScoredHit much_later = hit("LT-PAYROLL-FUNNEL", Severity.HIGH, "2026-06-01T10:00:00Z", List.of("t2"), List.of());
    assertFalse(AlertAssembler.sameEpisode(a, much_later));
    assertNotEquals(a.getAlertId(), AlertAssembler.open(much_later).getAlertId());
  }

  @Test
  void explainsEveryContributingRuleWithItsFigures() {
    Alert a = AlertAssembler.open(hit("LT-PAYROLL-FUNNEL", Severity.HIGH, "2026-02-27T10:00:00Z", List.of("t1"), List.of("CTRL")));
    assertTrue(a.getExplanation().contains("LT-PAYROLL-FUNNEL@1 (HIGH, indicators.md): figures."), a.getExplanation());
    assertTrue(a.getExplanation().contains("Related accounts: CTRL."), a.getExplanation());
  }

  /**
   * Regression: two hits with the same evidence and time but different findings (one cluster found
   * through a shared phone, one through a shared introducer) came from two subtasks in either
   * order, and the alert kept whichever came first.
   */
  @Test
  void endsTheSameWhicheverOfTwoSimultaneousHitsArrivesFirst() {
    ScoredHit phone = hit("LT-SHARED-ATTRIBUTE-CLUSTER", Severity.MEDIUM, "2026-02-27T10:00:00Z", List.of(), List.of("A", "B"));
    phone.hit.setDetail("5 persons share phone +49...");
    ScoredHit introducer = hit("LT-SHARED-ATTRIBUTE-CLUSTER", Severity.MEDIUM, "2026-02-27T10:00:00Z", List.of(), List.of("A", "B"));
    introducer.hit.setDetail("5 persons share introducer I-7");
    Alert one = AlertAssembler.attach(AlertAssembler.open(phone), introducer).orElseThrow();
    Alert other = AlertAssembler.attach(AlertAssembler.open(introducer), phone).orElseThrow();
    assertEquals(one, other);
  }

  /** Regression: two rules firing on the same event reached consolidation in either order, and rule_ids kept that order. */
  @Test
  void listsRulesTheSameWhicheverFiredFirst() {
    ScoredHit device = hit("LT-SHARED-DEVICE-LOGIN", Severity.HIGH, "2026-01-23T09:54:10Z", List.of(), List.of("A"));
    ScoredHit proxy = hit("LT-ONBOARD-BY-PROXY", Severity.MEDIUM, "2026-01-23T09:54:10Z", List.of(), List.of("A"));
    Alert one = AlertAssembler.attach(AlertAssembler.open(device), proxy).orElseThrow();
    Alert other = AlertAssembler.attach(AlertAssembler.open(proxy), device).orElseThrow();
    assertEquals(one, other);
  }
}
