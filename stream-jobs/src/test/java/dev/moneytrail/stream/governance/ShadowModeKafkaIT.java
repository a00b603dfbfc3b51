package dev.moneytrail.stream.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moneytrail.embedded.EmbeddedKafka;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RuleAuditAction;
import dev.moneytrail.schemas.RuleAuditEvent;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.RuleRole;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.topics.Topic;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.stream.io.KafkaSettings;
import dev.moneytrail.stream.io.KafkaOptions.StartingOffsets;
import dev.moneytrail.stream.pipeline.JobEnvironments;
import dev.moneytrail.stream.pipeline.ScreeningJob;
import dev.moneytrail.stream.pipeline.ScreeningPipeline;
import dev.moneytrail.stream.screening.RulePackages;
import dev.moneytrail.stream.screening.ScreeningEvent;
import dev.moneytrail.stream.testing.InputProducer;
import dev.moneytrail.stream.io.CommittedTopicReader;
import dev.moneytrail.stream.testing.ShadowTrial;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Shadow mode end to end through the in-process broker: a challenger deployed with
 * {@code rules deploy --shadow} is picked up from the rules topic by the job, its alerts are
 * committed exactly once to the shadow topic and never to the alerts topic, and
 * {@code rules shadow-report} compares the two topics.
 */
class ShadowModeKafkaIT {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  private static final Duration READ_DEADLINE = Duration.ofSeconds(60);

  @TempDir
  static Path tmp;

  private static EmbeddedKafka kafka;
  private static int deployExit;
  private static List<Alert> alerts;
  private static List<Alert> shadowAlerts;
  private static List<RulePackage> rulesTopic;
  private static List<RuleAuditEvent> audit;

  @BeforeAll
  static void runJobBesideAShadowChallenger() throws Exception {
    kafka = EmbeddedKafka.start();
    kafka.createTopics(Topics.all(), 2);
    produce(ShadowTrial.events());

    Path challenger = PackageDirs.copyOfCore(tmp.resolve("core-1.1.0"));
    PackageDirs.set(challenger, "manifest.properties", "version", "1.1.0");
    PackageDirs.set(challenger, "manifest.properties", "author", "Ana Analyst");
    PackageDirs.set(challenger, "parameters.properties", ShadowTrial.FUNNEL + ".fwd.share", "0.90");
    deployExit = new CommandLine(new RulesDeployCommand()).execute(challenger.toString(),
        "--approved-by", "Sam Supervisor", "--shadow", "--kafka", kafka.bootstrapServers(),
        "--audit-file", tmp.resolve("audit.jsonl").toString(), "--effective-from", "2026-01-01T00:00:00Z");

    StreamExecutionEnvironment env = JobEnvironments.create(new Configuration());
    env.setParallelism(2);
    env.enableCheckpointing(100, CheckpointingMode.EXACTLY_ONCE);
    KafkaSettings settings = KafkaSettings.builder()
        .bootstrapServers(kafka.bootstrapServers())
        .groupId("shadow-it")
        .startingOffsets(StartingOffsets.EARLIEST)
        .transactionalIdPrefix("shadow-it")
        .build();
    ScreeningPipeline.Outputs out = ScreeningJob.build(env, settings, RulePackages.load(null), true, false);
    ScreeningJob.sinkAlerts(out, settings, Topics.ALERTS);
    env.execute("shadow mode through Kafka");

    alerts = read(Topics.ALERTS);
    shadowAlerts = read(Topics.SHADOW_ALERTS);
    rulesTopic = read(Topics.RULES);
    audit = read(Topics.AUDIT);
  }

  @AfterAll
  static void stopBroker() {
    kafka.close();
  }

  private static void produce(List<ScreeningEvent> events) {
    InputProducer.produce(kafka, events);
  }

  private static <T extends org.apache.avro.specific.SpecificRecord> List<T> read(Topic<T> topic) throws Exception {
    AvroCodec<T> codec = AvroCodec.of(topic.valueType());
    List<T> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : CommittedTopicReader.records(kafka.clientProperties(), topic.name(), READ_DEADLINE).records()) {
      out.add(codec.decode(r.value()));
    }
    return out;
  }

  @Test
  void theChallengerIsPublishedAsShadowBesideTheChampionsKey() {
    assertEquals(0, deployExit);
    assertEquals(1, rulesTopic.size());
    assertEquals(RuleRole.SHADOW, rulesTopic.get(0).getRole());
    assertTrue(audit.stream().anyMatch(e -> e.getAction() == RuleAuditAction.DEPLOYED && e.getShadow()), audit.toString());
    assertTrue(audit.stream().anyMatch(e -> e.getAction() == RuleAuditAction.ACTIVATED && e.getShadow()
        && e.getActor().equals("job")), audit.toString());
  }

  @Test
  void shadowAlertsReachOnlyTheShadowTopicStampedWithTheChallenger() {
    assertFalse(alerts.isEmpty(), "the champion alerted");
    assertFalse(shadowAlerts.isEmpty(), "the challenger alerted in shadow");
    alerts.forEach(a -> assertFalse(a.getRulePackage().equals("core@1.1.0"), "challenger alert on the alerts topic: " + a));
    shadowAlerts.forEach(a -> assertEquals("core@1.1.0", a.getRulePackage()));
  }

  @Test
  void everyShadowAlertRevisionIsCommittedOnce() {
    Set<String> seen = new HashSet<>();
    for (Alert a : shadowAlerts) {
      assertTrue(seen.add(a.getAlertId() + "#" + a.getRevision()), "committed twice: " + a.getAlertId() + "#" + a.getRevision());
    }
  }

  @Test
  void shadowReportComparesTheTwoTopicsAsTheBacktestDoes() throws Exception {
    Path json = tmp.resolve("shadow-report.json");
    int exit = new CommandLine(new ShadowReportCommand()).execute("--kafka", kafka.bootstrapServers(), "--json", json.toString());
    assertEquals(0, exit);
    JsonNode report = new ObjectMapper().readTree(json.toFile()).get("shadow");
    assertEquals("core@1.1.0", report.get("challenger").asText());
    assertEquals(ShadowComparison.latestRevisions(shadowAlerts).size(), report.get("challenger_alerts").asInt());
    assertEquals(ShadowComparison.latestRevisions(alerts).size(), report.get("champion_alerts").asInt());
    JsonNode funnel = null;
    for (JsonNode rule : report.get("rules")) {
      if (rule.get("rule_id").asText().equals(ShadowTrial.FUNNEL)) {
        funnel = rule;
      }
    }
    assertTrue(funnel != null && funnel.get("champion").asInt() > 0 && funnel.get("challenger").asInt() == 0,
        "the funnel's delta shows the raised threshold: " + report);
    assertTrue(report.get("only_champion").size() > 0, report.toString());
  }
}
