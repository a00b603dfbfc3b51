package dev.moneytrail.stream.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.embedded.EmbeddedKafka;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import dev.moneytrail.schemas.topics.Topic;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.stream.io.KafkaOptions.StartingOffsets;
import dev.moneytrail.stream.io.KafkaSettings;
import dev.moneytrail.stream.screening.RulePackages;
import dev.moneytrail.stream.screening.ScreeningEvent;
import dev.moneytrail.stream.testing.InputProducer;
import dev.moneytrail.stream.io.CommittedTopicReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kill and restore: the Kafka job is failed mid-stream, after a checkpoint has completed; Flink
 * restores state and source offsets from that checkpoint and goes on. The alerts committed to
 * Kafka must equal, id for id, those of an uninterrupted run: no loss, no duplicates.
 */
class ExactlyOnceRecoveryIT {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  private static final Topic<Alert> UNINTERRUPTED = new Topic<>("it.alerts.uninterrupted", "alert_id", Alert.class);
  private static final Topic<Alert> RECOVERED = new Topic<>("it.alerts.recovered", "alert_id", Alert.class);
  private static final Duration READ_DEADLINE = Duration.ofSeconds(60);

  /** Shared with the task threads of the mini-cluster, which run in this JVM. */
  static final AtomicBoolean FAILED_ONCE = new AtomicBoolean();
  static final AtomicInteger CHECKPOINTS_BEFORE_FAILURE = new AtomicInteger();

  private static EmbeddedKafka kafka;
  private static int events;

  @BeforeAll
  static void produceScenario() throws Exception {
    kafka = EmbeddedKafka.start();
    kafka.createTopics(Topics.all(), 2);
    kafka.createTopics(List.of(UNINTERRUPTED, RECOVERED), 2);
    List<ScreeningEvent> scenario = scenario(new Random(7));
    InputProducer.produce(kafka, scenario);
    events = scenario.size();
  }

  @AfterAll
  static void stopBroker() {
    kafka.close();
  }

  /**
   * Four controllers each taking most of six workers' wages, among 1,000 ordinary workers who are
   * paid monthly and spend; every account's events in event-time order (one partition per key).
   */
  static List<ScreeningEvent> scenario(Random random) {
    List<ScreeningEvent> accounts = new ArrayList<>();
    List<ScreeningEvent> txns = new ArrayList<>();
    accounts.add(ScreeningEvent.of(Accounts.business("EMP").name("Harvest Fields Ltd").sector("A01").build()));
    Instant start = Instant.parse("2026-01-30T09:00:00Z");
    for (int c = 0; c < 4; c++) {
      accounts.add(ScreeningEvent.of(Accounts.person("CTRL" + c).name("Boss Number" + c).build()));
    }
    for (int w = 0; w < 1024; w++) {
      String acc = "W" + w;
      accounts.add(ScreeningEvent.of(Accounts.person(acc).name("Worker Family" + w).employerId("EMP").build()));
      boolean controlled = w < 24;
      for (int m = 0; m < 4; m++) {
        Instant payday = start.plus(Duration.ofDays(30L * m)).plus(Duration.ofMinutes(w));
        txns.add(ScreeningEvent.of(Transactions.credit(acc, "1500.00").txnId("pay-" + acc + "-" + m).at(payday)
            .channel(Channel.INTERNAL).purpose(Purpose.SALARY).from("EMP").counterpartyName("Harvest Fields Ltd").build()));
        if (controlled) {
          txns.add(ScreeningEvent.of(Transactions.debit(acc, (1000 + random.nextInt(200)) + ".00")
              .txnId("fwd-" + acc + "-" + m).at(payday.plus(Duration.ofHours(3 + random.nextInt(20))))
              .channel(Channel.INTERNAL).to("CTRL" + (w % 4)).counterpartyName("Boss Number" + (w % 4)).build()));
        }
        for (int d = 0; d < 8; d++) {
          txns.add(ScreeningEvent.of(Transactions.debit(acc, (5 + random.nextInt(60)) + ".50")
              .txnId("card-" + acc + "-" + m + "-" + d).at(payday.plus(Duration.ofHours(5 + 60L * d + random.nextInt(30))))
              .channel(Channel.CARD).merchantCategoryCode("5411").to("SHOP" + random.nextInt(20)).build()));
        }
      }
    }
    txns.sort((a, b) -> a.eventTime().compareTo(b.eventTime()));
    accounts.addAll(txns);
    return accounts;
  }

  @Test
  void recoveredRunCommitsExactlyTheAlertsOfAnUninterruptedRun() throws Exception {
    runJob("uninterrupted", UNINTERRUPTED, false);
    runJob("recovered", RECOVERED, true);
    assertTrue(FAILED_ONCE.get(), "the job was never failed: the test proves nothing");
    assertTrue(CHECKPOINTS_BEFORE_FAILURE.get() >= 1, "no checkpoint had completed before the failure");

    Map<String, Alert> expected = latestRevisions(UNINTERRUPTED);
    Map<String, Alert> actual = latestRevisions(RECOVERED);
    assertTrue(expected.size() >= 28, "expected the controllers and their workers alerted: " + expected.keySet());
    assertEquals(expected.keySet(), actual.keySet());
    for (String id : expected.keySet()) {
      assertEquals(evidence(expected.get(id)), evidence(actual.get(id)), "evidence of " + id);
    }
  }

  private static void runJob(String name, Topic<Alert> alerts, boolean failOnce) throws Exception {
    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
    StreamExecutionEnvironment env = JobEnvironments.create(conf);
    env.setParallelism(2);
    env.enableCheckpointing(50, CheckpointingMode.EXACTLY_ONCE);
    KafkaSettings settings = KafkaSettings.builder()
        .bootstrapServers(kafka.bootstrapServers())
        .groupId("recovery-it-" + name)
        .startingOffsets(StartingOffsets.EARLIEST)
        .transactionalIdPrefix("recovery-it-" + name)
        .build();
    RulePackage core = RulePackages.load(Path.of("../rules/packages/core"));
    ScreeningPipeline.Outputs out = ScreeningJob.build(env, settings, core, true, true,
        (input, s) -> failOnce && input.equals("transactions")
            ? s.map(new FailOnceAfterCheckpoint(events / 4)).returns(TypeExtractor.getForClass(ScreeningEvent.class))
                .name("failure injection").uid("failure-injection")
            : s);
    ScreeningJob.sinkAlerts(out, settings, alerts);
    env.execute(name);
  }

  private static Map<String, Alert> latestRevisions(Topic<Alert> topic) throws Exception {
    AvroCodec<Alert> codec = AvroCodec.of(Alert.class);
    Map<String, Alert> latest = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (ConsumerRecord<byte[], byte[]> r : CommittedTopicReader.records(kafka.clientProperties(), topic.name(), READ_DEADLINE).records()) {
      Alert a = codec.decode(r.value());
      assertTrue(seen.add(a.getAlertId() + "#" + a.getRevision()),
          "revision " + a.getRevision() + " of " + a.getAlertId() + " committed twice to " + topic.name());
      latest.merge(a.getAlertId(), a, (x, y) -> x.getRevision() >= y.getRevision() ? x : y);
    }
    return latest;
  }

  private static String evidence(Alert a) {
    return a.getSubjectAccountId() + " " + a.getTypology() + " " + new TreeSet<>(a.getRuleIds())
        + " txns=" + new TreeSet<>(a.getTxnIds()) + " related=" + new TreeSet<>(a.getRelatedAccountIds())
        // The cluster verdict too: cluster scoring holds its inputs until the watermark, so a
        // restored run must score the same members in the same order.
        + " cluster=" + a.getClusterId() + "@" + a.getClusterAccountId() + " points=" + a.getClusterScore()
        + " referral=" + a.getReferral() + " why=" + a.getClusterExplanation();
  }

  /**
   * Fails its task once, at the first record after a checkpoint has completed and a quarter of the
   * input has passed, so the restore is from a real checkpoint taken mid-stream.
   */
  static final class FailOnceAfterCheckpoint extends RichMapFunction<ScreeningEvent, ScreeningEvent>
      implements CheckpointListener {
    private final int after;
    private transient int seen;
    private transient boolean checkpointed;

    FailOnceAfterCheckpoint(int after) {
      this.after = after / 2; // per subtask, at parallelism 2
    }

    @Override
    public void open(OpenContext ctx) {
      seen = 0;
      checkpointed = false;
    }

    @Override
    public ScreeningEvent map(ScreeningEvent e) {
      seen++;
      if (checkpointed && seen >= after && FAILED_ONCE.compareAndSet(false, true)) {
        throw new IllegalStateException("injected failure after " + seen + " records");
      }
      return e;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      if (!FAILED_ONCE.get()) {
        checkpointed = true;
        CHECKPOINTS_BEFORE_FAILURE.incrementAndGet();
      }
    }
  }
}
