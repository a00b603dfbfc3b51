package dev.moneytrail.stream.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import dev.moneytrail.stream.screening.RulePackages;
import dev.moneytrail.stream.screening.ScreeningEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole topology on a mini-cluster at parallelism 2, fed out of order and with a late event:
 * a controller who takes most of five workers' wages, and a worker who sweeps pay to her own
 * account elsewhere (the classic false positive).
 */
class ScreeningPipelineIT {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  private static final Instant[] PAYDAYS = {
      Instant.parse("2026-01-30T09:00:00Z"), Instant.parse("2026-02-27T09:00:00Z"),
      Instant.parse("2026-03-30T09:00:00Z")};
  private static final String[] WORKERS = {"Ana Lopez", "Ion Rusu", "Mara Ilie", "Tomas Kral", "Eva Novak"};
  private static final String LATE_TXN = "fwd-W1-2";

  private static Map<String, Alert> alerts;
  private static final SimpleMeterRegistry METRICS = new SimpleMeterRegistry();

  @BeforeAll
  static void replayScenario() throws Exception {
    Metrics.addRegistry(METRICS);
    List<ScreeningEvent> events = new ArrayList<>();
    events.add(ScreeningEvent.of(Accounts.business("EMP").name("Fieldco Ltd").sector("A01").build()));
    events.add(ScreeningEvent.of(Accounts.person("CTRL").name("Viktor Petrov").build()));
    ScreeningEvent late = null;
    for (int w = 1; w <= 5; w++) {
      String acc = "W" + w;
      events.add(ScreeningEvent.of(Accounts.person(acc).name(WORKERS[w - 1]).employerId("EMP").build()));
      for (int c = 0; c < 3; c++) {
        events.add(ScreeningEvent.of(payroll(acc, c)));
        TransactionEvent fwd = Transactions.debit(acc, "1120.00").txnId("fwd-" + acc + "-" + c)
            .at(PAYDAYS[c].plus(Duration.ofHours(5 + w))).channel(Channel.INTERNAL)
            .to("CTRL").counterpartyName("Viktor Petrov").build();
        if (fwd.getTxnId().equals(LATE_TXN)) {
          late = ScreeningEvent.of(fwd);
        } else {
          events.add(ScreeningEvent.of(fwd));
        }
      }
    }
    events.add(ScreeningEvent.of(Accounts.person("W6").name("Julia Weber").employerId("EMP").build()));
    for (int c = 0; c < 3; c++) {
      events.add(ScreeningEvent.of(payroll("W6", c)));
      events.add(ScreeningEvent.of(Transactions.debit("W6", "1500.00").txnId("sweep-" + c)
          .at(PAYDAYS[c].plus(Duration.ofHours(2))).channel(Channel.WIRE)
          .to("DE89370400440532013000").counterpartyName("WEBER, Julia").build()));
    }
    // Out of order across accounts, as partitions of a topic arrive: each account's own events keep
    // their order (one Kafka partition per key), but accounts interleave at random.
    events = interleaveAcrossAccounts(events, new Random(42));
    // Late: a forwarding debit delivered after every other event, long after the watermark passed it.
    events.add(late);

    StreamExecutionEnvironment env = JobEnvironments.create(new Configuration());
    env.setParallelism(2);
    DataStream<ScreeningEvent> source = env
        .fromData(TypeExtractor.getForClass(ScreeningEvent.class), events.toArray(new ScreeningEvent[0]))
        // One reader, as one Kafka partition per account: each account's events keep their order.
        .setParallelism(1)
        .assignTimestampsAndWatermarks(WatermarkStrategy.<ScreeningEvent>forBoundedOutOfOrderness(Duration.ofDays(2))
            .withTimestampAssigner((e, ts) -> e.eventTime().toEpochMilli()))
        .setParallelism(1);
    RulePackage core = RulePackages.load(Path.of("../rules/packages/core"));
    DataStream<RulePackage> rules = env.fromData(new AvroTypeInfo<>(RulePackage.class), core);
    ScreeningPipeline.Outputs out = ScreeningPipeline.build(new ScreeningPipeline.Inputs(source, rules), core);
    alerts = new LinkedHashMap<>();
    try (CloseableIterator<Alert> it = out.alerts().executeAndCollect()) {
      it.forEachRemaining(a -> alerts.merge(a.getAlertId(), a,
          (x, y) -> x.getRevision() >= y.getRevision() ? x : y));
    }
  }

  private static List<ScreeningEvent> interleaveAcrossAccounts(List<ScreeningEvent> events, Random random) {
    Map<String, java.util.ArrayDeque<ScreeningEvent>> byAccount = new LinkedHashMap<>();
    events.stream().sorted(java.util.Comparator.comparing(ScreeningEvent::eventTime))
        .forEach(e -> byAccount.computeIfAbsent(e.accountId(), k -> new java.util.ArrayDeque<>()).add(e));
    List<java.util.ArrayDeque<ScreeningEvent>> queues = new ArrayList<>(byAccount.values());
    List<ScreeningEvent> out = new ArrayList<>();
    while (!queues.isEmpty()) {
      java.util.ArrayDeque<ScreeningEvent> q = queues.get(random.nextInt(queues.size()));
      out.add(q.poll());
      if (q.isEmpty()) {
        queues.remove(q);
      }
    }
    return out;
  }

  private static TransactionEvent payroll(String account, int cycle) {
    return Transactions.credit(account, "1600.00").txnId("pay-" + account + "-" + cycle)
        .at(PAYDAYS[cycle]).channel(Channel.INTERNAL).purpose(Purpose.SALARY)
        .from("EMP").counterpartyName("Fieldco Ltd").build();
  }

  private static List<Alert> about(String subject) {
    return alerts.values().stream().filter(a -> a.getSubjectAccountId().equals(subject)).toList();
  }

  @Test
  void alertsEveryWorkerWhoseWagesAreForwardedToTheController() {
    for (int w = 1; w <= 5; w++) {
      List<Alert> forWorker = about("W" + w);
      assertEquals(1, forWorker.size(), "one consolidated alert for W" + w + ": " + forWorker);
      Alert a = forWorker.get(0);
      assertEquals("wage-control", a.getTypology());
      assertTrue(a.getRuleIds().contains("LT-PAYROLL-FUNNEL@1"), a.getRuleIds().toString());
      assertTrue(a.getRelatedAccountIds().contains("CTRL"));
      assertTrue(a.getTxnIds().containsAll(List.of("pay-W" + w + "-0", "fwd-W" + w + "-0", "fwd-W" + w + "-1")),
          a.getTxnIds().toString());
    }
  }

  @Test
  void alertsTheControllerWithEveryWorkerAsRelatedAccount() {
    // Five workers of one employer paying one account after payday is also the employer-side
    // wage-recapture pattern (A4): one alert per typology on the controller.
    List<Alert> forController = about("CTRL");
    assertEquals(List.of("controller-network", "wage-recapture"),
        forController.stream().map(Alert::getTypology).sorted().toList(), forController.toString());
    Alert a = forController.stream().filter(x -> x.getTypology().equals("controller-network")).findFirst().orElseThrow();
    assertTrue(a.getRuleIds().contains("LT-FANIN-CONTROLLER@1"), a.getRuleIds().toString());
    assertEquals(Set.of("W1", "W2", "W3", "W4", "W5"), Set.copyOf(a.getRelatedAccountIds()));
  }

  @Test
  void scoresTheWorkersAndTheControllerAsOneReferredCluster() {
    // B1 on the workers (high, 3), H1 and A4 on the controller (high, 3 each): 9 points with a
    // high of group B. The workers' alerts came first, unreferred; the final revision of every
    // alert of the scheme carries the referral.
    assertEquals(Set.of("CTRL"), alerts.values().stream().map(Alert::getClusterAccountId).collect(Collectors.toSet()));
    assertEquals(1, alerts.values().stream().map(Alert::getClusterId).distinct().count());
    for (Alert a : alerts.values()) {
      assertEquals(Boolean.TRUE, a.getReferral(), a.getAlertId() + " " + a.getClusterExplanation());
      assertEquals(9.0, a.getClusterScore(), a.getClusterExplanation());
    }
    String explanation = about("W1").get(0).getClusterExplanation();
    for (String indicator : List.of("A4 LT-WAGE-KICKBACK@1", "B1 LT-PAYROLL-FUNNEL@1", "H1 LT-FANIN-CONTROLLER@1")) {
      assertTrue(explanation.contains(indicator), explanation);
    }
    assertTrue(explanation.contains("referred: 9 points reach the threshold of 7"), explanation);
    assertTrue(about("W1").get(0).getRevision() > 1, "re-sent when the cluster was referred");
  }

  @Test
  void aLateForwardingDebitStillJoinsItsPayCycle() {
    Alert w1 = about("W1").get(0);
    assertTrue(w1.getTxnIds().contains(LATE_TXN), w1.getTxnIds().toString());
  }

  @Test
  void staysQuietForOwnAccountSalarySweep() {
    assertEquals(List.of(), about("W6"));
  }

  @Test
  void countsEventsRuleHitsAndAlertsInMicrometer() {
    assertEquals(36.0, METRICS.counter("screening.events.in", "type", "transaction").count());
    assertEquals(8.0, METRICS.counter("screening.events.in", "type", "account").count());
    assertTrue(METRICS.counter("screening.rule.hits", "rule", "LT-PAYROLL-FUNNEL").count() >= 5);
    assertTrue(METRICS.counter("screening.rule.hits", "rule", "LT-FANIN-CONTROLLER").count() >= 1);
    assertTrue(METRICS.counter("screening.alerts", "typology", "wage-control", "severity", "HIGH").count() >= 5);
    assertTrue(METRICS.find("screening.rule.evaluation").timer().count() >= 36);
  }

  @Test
  void raisesNothingElse() {
    Set<String> subjects = alerts.values().stream().map(Alert::getSubjectAccountId).collect(Collectors.toSet());
    assertEquals(Set.of("W1", "W2", "W3", "W4", "W5", "CTRL"), subjects);
  }
}
