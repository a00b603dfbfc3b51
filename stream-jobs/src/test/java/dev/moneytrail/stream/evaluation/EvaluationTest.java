package dev.moneytrail.stream.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.Severity;
import dev.moneytrail.schemas.interchange.CaseLabel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private static final CaseLabel FUNNEL = new CaseLabel("case-1", "controller-fan-in", false,
      List.of("W1", "W2", "CTRL"), Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"));
  private static final CaseLabel SWEEP = new CaseLabel("decoy-1", "own-account-sweep", true,
      List.of("S1"), Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"));

  private static Alert alert(String subject, List<String> related, String from, String to, String... rules) {
    return Alert.newBuilder().setAlertId("A-" + subject + from).setRevision(1)
        .setCreatedAt(Instant.parse(to)).setSubjectAccountId(subject).setRelatedAccountIds(related)
        .setTypology("t").setRuleIds(List.of(rules)).setSeverity(Severity.HIGH).setScore(50)
        .setTxnIds(List.of()).setWindowStart(Instant.parse(from)).setWindowEnd(Instant.parse(to))
        .setExplanation("").setHits(List.of()).setRulePackage("core@1").setProceedsEstimate(null).build();
  }

  @Test
  void detectsACaseWhenAnAlertNamesOneOfItsAccountsInItsPeriod() {
    Evaluation.Report r = Evaluation.score(
        List.of(alert("X", List.of("CTRL"), "2026-02-10T00:00:00Z", "2026-02-11T00:00:00Z", "LT-FANIN-CONTROLLER@1")),
        List.of(FUNNEL, SWEEP), 10_000);
    assertEquals(1, r.detected());
    assertEquals(1.0, r.precision());
    assertEquals(1.0, r.alertsPer10kTransactions());
  }

  @Test
  void allowsSevenDaysOfSlackButNoMore() {
    assertTrue(Evaluation.matches(alert("W1", List.of(), "2026-03-07T12:00:00Z", "2026-03-07T12:00:00Z"), FUNNEL));
    assertFalse(Evaluation.matches(alert("W1", List.of(), "2026-03-08T12:00:00Z", "2026-03-09T00:00:00Z"), FUNNEL));
  }

  @Test
  void matchesAnAlertWithMoreThan25RelatedAccountsByItsSubjectOnly() {
    List<String> many = new ArrayList<>(List.of("W1"));
    for (int i = 0; i < 25; i++) {
      many.add("other-" + i);
    }
    assertFalse(Evaluation.matches(alert("X", many, "2026-02-10T00:00:00Z", "2026-02-11T00:00:00Z"), FUNNEL));
    assertTrue(Evaluation.matches(alert("W1", many, "2026-02-10T00:00:00Z", "2026-02-11T00:00:00Z"), FUNNEL));
  }

  @Test
  void countsAnAlertOnADecoyAsAFalsePositiveAndADecoyHit() {
    Evaluation.Report r = Evaluation.score(
        List.of(alert("S1", List.of(), "2026-02-10T00:00:00Z", "2026-02-11T00:00:00Z", "LT-PAYROLL-FUNNEL@1"),
            alert("W2", List.of(), "2026-02-10T00:00:00Z", "2026-02-11T00:00:00Z", "LT-PAYROLL-FUNNEL@1")),
        List.of(FUNNEL, SWEEP), 1_000);
    assertEquals(1, r.decoyHits());
    assertEquals(0.5, r.precision());
    assertEquals(1, r.byRule().size());
    assertEquals(0.5, r.byRule().get(0).precision());
    assertEquals(1.0, r.recall());
  }

  @Test
  void reportsMissedCasesPerTypology() {
    Evaluation.Report r = Evaluation.score(List.of(), List.of(FUNNEL, SWEEP), 100);
    assertEquals(0.0, r.recall());
    assertEquals(List.of("case-1"), r.byTypology().get(0).missedCaseIds());
  }
}
