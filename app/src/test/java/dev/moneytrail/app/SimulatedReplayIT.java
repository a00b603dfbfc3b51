package dev.moneytrail.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.interchange.AlertWriter;
import dev.moneytrail.schemas.interchange.CaseLabel;
import dev.moneytrail.schemas.interchange.CollectingRejects;
import dev.moneytrail.schemas.interchange.FileCounts;
import dev.moneytrail.schemas.interchange.InterchangeReader;
import dev.moneytrail.simulator.SimulationConfig;
import dev.moneytrail.simulator.SimulationStream;
import dev.moneytrail.simulator.output.InterchangeSink;
import dev.moneytrail.stream.evaluation.Evaluation;
import dev.moneytrail.stream.replay.Replay;
import dev.moneytrail.stream.screening.RulePackages;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's labelled data set through the real job and back: simulate (seed 11, 1,500
 * ordinary accounts, 60 days: one case of every typology and decoy), replay with the shipped core
 * package, write and re-read alerts.jsonl as the interchange spec defines it, score against the
 * labels.
 */
class SimulatedReplayIT {

  /**
   * The typologies the core package's rules are written for (TypologyName's indicators):
   * LT-PAYROLL-FUNNEL and LT-FANIN-CONTROLLER (payroll-funnel-controller), LT-STRUCTURED-CASH
   * (structured-cash), LT-SHARED-DEVICE-LOGIN and LT-SHARED-ATTRIBUTE-CLUSTER
   * (proxy-onboarding-card-custody, and the shared device of domestic-servitude), and the fan-in
   * rule for remittance-fan-in. Each has its one planted case detected on this seed.
   */
  /**
   * Every typology the core package detects on this seed today (docs/detection.md), whichever rule
   * finds it: the gate a change to the shipped pack must pass is that none of them is lost and no
   * decoy is alerted. Domestic servitude used to be "detected" here only because a false fan-in
   * alert on a lender happened to name a victim; the pack no longer raises that false alert, and
   * LT-THIRD-PARTY-PRESENCE (the sponsor who introduced the worker runs her account from the
   * sponsor's device) now finds it. The five plants added on 2026-12-07 (B3 payday-cash-out, B4
   * board-and-block-transfers, B6 wage-withholding, F2 workforce-provisioning, D4
   * cash-funnel-account) are each detected here too, and their four look-alikes (cash-wage-household,
   * multi-outlet-cash, restaurant-supplies, hotel-housed-crew) fall under the no-decoy gate below.
   * wage-withholding was the fragile one: a fortnightly cohort in a short run leaves room for only a
   * short gap and a small settlement, which B6's worker and employer branches did not reach; the
   * cohort branch LT-WAGE-WITHHOLD-COHORT finds it on seeds 33 and 7 (docs/detection.md).
   * controller-asset-buildup (H3's plant) is detected through its controller's H1 alert; whether H3
   * itself joined that alert is the separate gate {@link #theControllerAssetRegisterJoinsTheControllersAlert}.
   * shell-subcontractor (G3, planted in session 7) is found by LT-SHELL-SUBCONTRACTOR on its shell,
   * 15 of 15 cases on each of two stress sets (DE and GB), and its look-alike specialist-subcontractor
   * falls under the no-decoy gate.
   */
  static final List<String> TARGETED = List.of("payroll-funnel-controller", "structured-cash",
      "proxy-onboarding-card-custody", "remittance-fan-in", "multi-payee-wages", "sexual-exploitation",
      "employer-wage-recapture", "recruitment-debt-bondage", "tied-housing-overcrowding",
      "cash-business-no-payroll", "payroll-headcount-gap", "labour-broker-pass-through", "domestic-servitude",
      "payday-cash-out", "board-and-block-transfers", "wage-withholding", "workforce-provisioning",
      "cash-funnel-account", "controller-asset-buildup", "shell-subcontractor");

  /** H3's predicates as the shipped package sets them (LT-CONTROLLER-ASSET-BUILDUP.predicates). */
  static final Set<String> PREDICATES = Set.of("LT-FANIN-CONTROLLER", "LT-WAGE-KICKBACK", "LT-BROKER-PASS-THROUGH",
      "LT-PAYROLL-HEADCOUNT-GAP");

  @TempDir
  static Path dir;

  static List<CaseLabel> labels;
  static long transactions;
  static Replay.Result first;

  @BeforeAll
  static void simulateAndReplay() throws Exception {
    Path data = dir.resolve("data");
    try (SimulationStream events = SimulationStream.open(SimulationConfig.of(11, 1_500, 60))) {
      transactions = InterchangeSink.write(events, data);
    }
    CollectingRejects inputRejects = new CollectingRejects();
    labels = InterchangeReader.open(data, inputRejects).readLabels();
    first = replay(data);
    assertTrue(inputRejects.isEmpty(), () -> "labels rejected: " + inputRejects.rejects());
  }

  static Replay.Result replay(Path data) throws Exception {
    RulePackage core = RulePackages.load(null);
    CollectingRejects rejects = new CollectingRejects();
    Replay.Result result = Replay.run(data, core, 2, rejects);
    assertTrue(rejects.isEmpty(), () -> "simulator output rejected: " + rejects.rejects());
    assertEquals(0, result.rejected());
    return result;
  }

  @Test
  void readsEverySimulatedEvent() {
    Map<String, Long> accepted = first.inputCounts().stream()
        .collect(Collectors.toMap(FileCounts::file, FileCounts::accepted));
    assertEquals(transactions, accepted.get(InterchangeReader.TRANSACTIONS), accepted::toString);
    assertTrue(first.events() > transactions, "account lines are events too");
  }

  @Test
  void alertsFileIsValidInterchangeWithUniqueIds() throws Exception {
    Path file = dir.resolve("alerts.jsonl");
    try (AlertWriter out = AlertWriter.open(file)) {
      first.alerts().forEach(out::alert);
    }
    CollectingRejects rejects = new CollectingRejects();
    List<Alert> read = InterchangeReader.readAlerts(file, rejects);
    assertTrue(rejects.isEmpty(), () -> "alerts.jsonl rejected: " + rejects.rejects());
    assertFalse(read.isEmpty(), "the core package raises alerts on this data set");
    assertEquals(first.alerts().size(), read.size());
    Set<String> ids = new HashSet<>();
    for (Alert a : read) {
      assertTrue(ids.add(a.getAlertId()), () -> "alert id twice (a replay keeps the final"
          + " revision of each alert): " + a.getAlertId());
    }
    assertEquals(byId(first.alerts()), byId(read), "alerts survive the JSON round trip unchanged");
  }

  @Test
  void detectsTheTargetedTypologiesAndLeavesOwnAccountSweepsAlone() {
    Evaluation.Report report = Evaluation.score(first.alerts(), labels, transactions);
    Map<String, Evaluation.TypologyRecall> recall = report.byTypology().stream()
        .collect(Collectors.toMap(Evaluation.TypologyRecall::typology, Function.identity()));
    System.out.printf("SimulatedReplayIT: %d alerts, recall %.3f, precision %.3f, decoy hits %s,"
        + " by typology %s%n", report.alerts(), report.recall(), report.precision(),
        report.decoyHitsByKind(), new TreeMap<>(recall));
    for (String typology : TARGETED) {
      Evaluation.TypologyRecall r = recall.get(typology);
      assertTrue(r != null && r.cases() >= 1, () -> "no planted case of " + typology);
      assertEquals(1.0, r.recall(), () -> typology + " missed: " + r.missedCaseIds());
    }
    // The decoy that mimics the payroll funnel (salary swept on to the holder's own account
    // elsewhere): the funnel rule must see that the money stays the holder's.
    assertTrue(labels.stream().anyMatch(l -> l.decoy() && l.typology().equals("own-account-sweep")),
        "the data set plants an own-account sweep");
    assertEquals(0, report.decoyHitsByKind().getOrDefault("own-account-sweep", 0),
        () -> "own-account-sweep decoys alerted: " + report.decoyHitsByKind());
    // The gate a rule change must pass: no look-alike decoy of any kind is alerted.
    assertEquals(0, report.decoyHits(), () -> "decoys alerted: " + report.decoyHitsByKind());
    List<Alert> onSweeps = first.alerts().stream().filter(a -> labels.stream()
        .anyMatch(l -> l.typology().equals("own-account-sweep") && Evaluation.matches(a, l)))
        .toList();
    assertEquals(List.of(), onSweeps.stream().map(Alert::getAlertId).toList(),
        "no alert names an own-account-sweep account in the case period");
  }

  @Test
  void theControllerAssetRegisterJoinsTheControllersAlert() {
    // H3 is conditional: the case counts as found by H1 alone, so its recall is whether the
    // asset register joined the controller's own alert (the same account carries H1 and H3).
    List<CaseLabel> cases = labels.stream().filter(l -> l.typology().equals("controller-asset-buildup")).toList();
    assertFalse(cases.isEmpty(), "the data set plants an H3 case");
    for (CaseLabel c : cases) {
      List<Alert> withRegister = first.alerts().stream()
          .filter(a -> c.accountIds().contains(a.getSubjectAccountId()))
          .filter(a -> a.getRuleIds().stream().anyMatch(r -> r.startsWith("LT-CONTROLLER-ASSET-BUILDUP@")))
          .toList();
      assertFalse(withRegister.isEmpty(), () -> c.caseId() + ": no alert of the case carries the asset register");
      for (Alert a : withRegister) {
        assertTrue(a.getRuleIds().stream().anyMatch(r -> PREDICATES.contains(r.substring(0, r.indexOf('@')))),
            () -> c.caseId() + ": H3 joined an alert without a predicate: " + a.getRuleIds());
      }
    }
    // And never beside the look-alikes: owners buying the same assets from savings or rents.
    List<CaseLabel> owners = labels.stream().filter(l -> l.typology().equals("owner-wealth-assets")).toList();
    assertFalse(owners.isEmpty(), "the data set plants the H3 look-alike");
    assertEquals(List.of(), first.alerts().stream().filter(a -> owners.stream().anyMatch(o -> Evaluation.matches(a, o)))
        .map(Alert::getAlertId).toList());
  }

  @Test
  void replayIsDeterministic() throws Exception {
    Replay.Result second = replay(dir.resolve("data"));
    Map<String, Alert> a = byId(first.alerts());
    Map<String, Alert> b = byId(second.alerts());
    assertEquals(a.keySet(), b.keySet(), "alert ids");
    for (String id : a.keySet()) {
      assertEquals(a.get(id), b.get(id), () -> id + " differs between two replays of the same data");
    }
  }

  private static Map<String, Alert> byId(List<Alert> alerts) {
    Map<String, Alert> out = new TreeMap<>();
    alerts.stream().sorted(Comparator.comparing(Alert::getAlertId))
        .forEach(x -> out.put(x.getAlertId(), x));
    return out;
  }
}
