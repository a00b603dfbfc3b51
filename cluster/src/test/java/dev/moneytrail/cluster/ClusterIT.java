package dev.moneytrail.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.simulator.SimulationConfig;
import dev.moneytrail.simulator.SimulationEvent;
import dev.moneytrail.simulator.SimulationStream;
import dev.moneytrail.simulator.output.InterchangeSink;
import dev.moneytrail.simulator.output.KafkaEventProducer;
import dev.moneytrail.simulator.output.Pacer;
import dev.moneytrail.stream.replay.Replay;
import dev.moneytrail.stream.screening.RulePackages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The shaded job jar on a real standalone Flink cluster (separate JobManager and TaskManager JVMs,
 * a Kafka broker JVM), submitted through Flink's own client: a TaskManager killed mid-stream, an
 * upgrade from a savepoint, a rescale from a savepoint. Every run is compared, alert id for alert
 * id (latest revision, evidence), with a replay of the same simulated data.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final Duration LONG = Duration.ofMinutes(3);

  private LocalCluster cluster;
  private Path jobJar;
  private Path work;

  private DataSet faultData;
  private DataSet upgradeData;
  private Path rulesV2;
  private Map<String, String> expectedV2;

  // upgrade -> rescale hand-over
  private String savepoint;
  private Map<Integer, Long> alertsAtSavepoint;
  private List<Alert> revisionsBeforeSavepoint;
  private Map<Integer, Long> alertsAfterUpgrade;
  private String broker;

  record DataSet(SimulationConfig config, Path dir, long events, Map<String, String> expected) {}

  @BeforeAll
  void startCluster() throws Exception {
    jobJar = Path.of(System.getProperty("cluster.jobJar", "../stream-jobs/target/stream-jobs-0.1.0-SNAPSHOT-job.jar"));
    assertTrue(Files.exists(jobJar), "job jar missing: " + jobJar + " (mvn install -pl stream-jobs)");
    work = Path.of("target/cluster-it").toAbsolutePath();
    deleteRecursively(work);
    Files.createDirectories(work);

    // Expected alerts first, while the machine is not yet busy with the cluster.
    faultData = dataSet("fault", SimulationConfig.of(21, 1200, 56), RulePackages.load(null));
    upgradeData = dataSet("upgrade", SimulationConfig.of(22, 1200, 56), RulePackages.load(null));
    rulesV2 = changedRulePackage();
    expectedV2 = evidence(Replay.run(upgradeData.dir(), RulePackages.load(rulesV2), 2, r -> { }).alerts());

    cluster = new LocalCluster(ClusterLayout.of(work.resolve("cluster")), true);
    long t0 = System.nanoTime();
    cluster.start(0, 2, LONG);
    System.out.printf("cluster-it: cluster up in %.1f s at %s%n", (System.nanoTime() - t0) / 1e9, cluster.rest().url());
    cluster.stopKafka();
  }

  @AfterAll
  void stopCluster() {
    if (cluster != null) {
      System.out.println("cluster-it: stopped " + cluster.stop());
    }
  }

  /** 1. SIGKILL a TaskManager while the simulator streams; a replacement joins; nothing lost, nothing twice. */
  @Test
  @Order(1)
  void taskManagerKilledMidStreamLosesAndDuplicatesNothing() throws Exception {
    String bootstrap = cluster.startKafka(LONG);
    KafkaTestClient kafka = new KafkaTestClient(bootstrap);
    FlinkRest rest = cluster.rest();
    String jobId = cluster.submit(jobJar, 4, null, jobArgs(bootstrap, "fault"));
    rest.awaitAllTasksRunning(jobId, LONG);

    KafkaEventProducer producer = KafkaEventProducer.connect(bootstrap);
    Duration streamFor = Duration.ofSeconds(30);
    CompletableFuture<Long> streaming = CompletableFuture.supplyAsync(() -> {
      try (SimulationStream events = SimulationStream.open(faultData.config())) {
        return producer.publish(events, Pacer.rate(faultData.events() / (double) streamFor.toSeconds()));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    try {
      long deadline = System.nanoTime() + LONG.toNanos();
      while (producer.sent() < faultData.events() * 35 / 100 || rest.completedCheckpoints(jobId) < 2) {
        assertTrue(System.nanoTime() < deadline, "no checkpoint mid-stream");
        assertTrue(!streaming.isDone() || producer.sent() < faultData.events(), "stream ended before the kill");
        Thread.sleep(100);
      }
      Set<String> hosts = rest.taskManagersOf(jobId);
      String victim = hosts.iterator().next();
      long sentAtKill = producer.sent();
      long killed = System.nanoTime();
      cluster.kill(victim);
      String replacement = cluster.startTaskManager();
      long noticed = awaitNotAllRunning(rest, jobId, Duration.ofSeconds(60));
      rest.awaitAllTasksRunning(jobId, LONG);
      long recovered = System.nanoTime();
      System.out.printf("cluster-it: killed %s (of %s) after %d/%d events; failure noticed in %.1f s; job RUNNING"
              + " with all tasks again %.1f s after the kill (replacement %s)%n", victim, hosts, sentAtKill,
          faultData.events(), (noticed - killed) / 1e9, (recovered - killed) / 1e9, replacement);
      assertTrue(rest.failures(jobId) >= 1, "the job recorded no failure: the kill hit nothing");

      long sent = streaming.get(LONG.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
      System.out.printf("cluster-it: simulator streamed %d events%n", sent);
      kafka.sendSentinels(4);
      kafka.awaitDrained("it-fault", LONG);
      rest.awaitMoreCheckpoints(jobId, 2, LONG);
      Map<String, Alert> actual = kafka.readAlerts(Map.of()).latest();
      assertSameAlerts(faultData.expected(), actual, "fault");
      rest.cancel(jobId);
      rest.awaitJobState(jobId, "CANCELED", LONG);
    } finally {
      producer.close();
      cancelAllJobs();
      cluster.stopKafka();
    }
  }

  /**
   * 2. Stop with a savepoint, submit a changed build (rule package 1.0.1, one parameter changed)
   * from it: keyed state carries over, so patterns that straddle the upgrade are still detected.
   */
  @Test
  @Order(2)
  void upgradeFromSavepointKeepsKeyedState() throws Exception {
    try {
      upgrade();
    } catch (Throwable t) {
      cancelAllJobs();
      throw t;
    }
  }

  private void upgrade() throws Exception {
    broker = cluster.startKafka(LONG);
    KafkaTestClient kafka = new KafkaTestClient(broker);
    FlinkRest rest = cluster.rest();
    Instant cut = upgradeData.config().start().plus(Duration.ofDays(upgradeData.config().days() / 2));
    long first = produce(broker, e -> e.eventTime().isBefore(cut));

    String v1 = cluster.submit(jobJar, 2, null, jobArgs(broker, "v1"));
    rest.awaitAllTasksRunning(v1, LONG);
    long t0 = System.nanoTime();
    kafka.awaitDrained("it-v1", LONG);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("cluster-it: v1 at parallelism 2 screened %d events in %.1f s (%.0f events/s, to the first"
        + " checkpoint after the end; checkpoints every 2 s)%n", first, seconds, first / seconds);
    long s0 = System.nanoTime();
    savepoint = cluster.stopWithSavepoint(v1);
    System.out.printf("cluster-it: stop with savepoint took %.1f s: %s%n", (System.nanoTime() - s0) / 1e9, savepoint);
    KafkaTestClient.Committed before = kafka.readAlerts(Map.of());
    alertsAtSavepoint = before.end();
    revisionsBeforeSavepoint = before.revisions();

    long second = produce(broker, e -> !e.eventTime().isBefore(cut));
    kafka.sendSentinels(4);

    List<String> args = new ArrayList<>(jobArgs(broker, "v2"));
    args.addAll(List.of("--screening.rules.dir", rulesV2.toString()));
    String v2 = cluster.submit(jobJar, 2, savepoint, args);
    rest.awaitAllTasksRunning(v2, LONG);
    kafka.awaitDrained("it-v2", LONG);
    rest.awaitMoreCheckpoints(v2, 2, LONG);
    KafkaTestClient.Committed after = kafka.readAlerts(alertsAtSavepoint);
    alertsAfterUpgrade = after.end();
    rest.cancel(v2);
    rest.awaitJobState(v2, "CANCELED", LONG);

    List<Alert> all = new ArrayList<>(revisionsBeforeSavepoint);
    all.addAll(after.revisions());
    Map<String, Alert> actual = new KafkaTestClient.Committed(all, after.end()).latest();
    assertTrue(after.revisions().stream().anyMatch(a -> String.valueOf(a.getRulePackage()).contains("1.0.1")),
        "no alert after the upgrade names rule package 1.0.1: the changed build did not run");
    assertSameAlerts(expectedV2, actual, "upgrade");

    // Straddling patterns: alerts whose evidence has transactions from both sides of the upgrade.
    Map<String, Instant> txnTimes = txnTimes();
    long straddling = actual.values().stream().filter(a -> a.getTxnIds().stream().map(txnTimes::get)
        .anyMatch(t -> t != null && t.isBefore(cut)) && a.getTxnIds().stream().map(txnTimes::get)
        .anyMatch(t -> t != null && !t.isBefore(cut))).count();
    System.out.printf("cluster-it: %d of %d alerts straddle the upgrade%n", straddling, actual.size());
    assertTrue(straddling >= 1, "no alert straddles the upgrade: the test proves nothing about keyed state");
  }

  /** 3. The same savepoint restored at parallelism 4 instead of 2: the same alerts. */
  @Test
  @Order(3)
  void rescaleFromSavepointGivesTheSameAlerts() throws Exception {
    assertNotNull(savepoint, "the upgrade test made no savepoint");
    KafkaTestClient kafka = new KafkaTestClient(broker);
    FlinkRest rest = cluster.rest();
    try {
      String job = cluster.submit(jobJar, 4, savepoint, jobArgs(broker, "rescaled"));
      rest.awaitAllTasksRunning(job, LONG);
      long t0 = System.nanoTime();
      kafka.awaitDrained("it-rescaled", LONG);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf("cluster-it: rescaled job (parallelism 4) caught up in %.1f s%n", seconds);
      rest.awaitMoreCheckpoints(job, 2, LONG);
      KafkaTestClient.Committed after = kafka.readAlerts(alertsAfterUpgrade);
      rest.cancel(job);
      rest.awaitJobState(job, "CANCELED", LONG);
      List<Alert> all = new ArrayList<>(revisionsBeforeSavepoint);
      all.addAll(after.revisions());
      Map<String, Alert> actual = new KafkaTestClient.Committed(all, after.end()).latest();
      assertSameAlerts(upgradeData.expected(), actual, "rescale");
    } finally {
      cancelAllJobs();
      cluster.stopKafka();
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** A failed test must not leave a job holding the slots the next one needs. */
  private void cancelAllJobs() {
    try {
      FlinkRest rest = cluster.rest();
      for (var j : rest.jobs()) {
        String state = j.path("state").asText();
        if (!Set.of("FINISHED", "CANCELED", "FAILED").contains(state)) {
          rest.cancel(j.path("jid").asText());
          rest.awaitJobState(j.path("jid").asText(), "CANCELED", Duration.ofSeconds(60));
        }
      }
    } catch (Exception e) {
      System.out.println("cluster-it: could not cancel the jobs: " + e);
    }
  }

  private static List<String> jobArgs(String bootstrap, String name) {
    return List.of("--kafka.bootstrap-servers", bootstrap, "--kafka.starting-offsets", "EARLIEST",
        "--kafka.group-id", "it-" + name, "--kafka.transactional-id-prefix", "it-" + name,
        "--screening.checkpoint.interval", "2s");
  }

  private DataSet dataSet(String name, SimulationConfig config, RulePackage rules) throws Exception {
    Path dir = work.resolve("data-" + name);
    long events;
    try (SimulationStream s = SimulationStream.open(config)) {
      events = InterchangeSink.write(s, dir);
    }
    long t0 = System.nanoTime();
    Map<String, String> expected = evidence(Replay.run(dir, rules, 2, r -> fail("replay rejected " + r)).alerts());
    System.out.printf("cluster-it: data set %s: %d events, replay %d alerts in %.1f s%n", name, events,
        expected.size(), (System.nanoTime() - t0) / 1e9);
    assertTrue(expected.size() >= 5, "too few alerts in data set " + name + " to prove anything: " + expected.keySet());
    return new DataSet(config, dir, events, expected);
  }

  private long produce(String bootstrap, java.util.function.Predicate<SimulationEvent> which) throws Exception {
    try (SimulationStream events = SimulationStream.open(upgradeData.config());
         KafkaEventProducer producer = KafkaEventProducer.connect(bootstrap)) {
      long n = 0;
      while (events.hasNext()) {
        SimulationEvent e = events.next();
        if (which.test(e)) {
          producer.send(e);
          n++;
        }
      }
      producer.flush();
      return n;
    }
  }

  private Map<String, Instant> txnTimes() {
    Map<String, Instant> times = new java.util.HashMap<>();
    try (SimulationStream events = SimulationStream.open(upgradeData.config())) {
      events.forEachRemaining(e -> {
        if (e instanceof SimulationEvent.Posting p) {
          times.put(p.event().getTxnId(), p.eventTime());
        }
      });
    }
    return times;
  }

  /** core 1.0.0 as 1.0.1 with the landlord trap's rent share moved from 0.40 to 0.42. */
  private Path changedRulePackage() throws IOException {
    Path src = Path.of("../rules/packages/core");
    Path dst = work.resolve("rules-core-1.0.1");
    Files.createDirectories(dst);
    try (Stream<Path> files = Files.list(src)) {
      for (Path f : files.toList()) {
        Files.copy(f, dst.resolve(f.getFileName()));
      }
    }
    Path manifest = dst.resolve("manifest.properties");
    String m = Files.readString(manifest);
    assertTrue(m.contains("version=1.0.0"), "core is no longer 1.0.0: update this test");
    Files.writeString(manifest, m.replace("version=1.0.0", "version=1.0.1").replace("parent=none", "parent=1.0.0"));
    Path params = dst.resolve("parameters.properties");
    String p = Files.readString(params);
    assertTrue(p.contains("LT-FANIN-CONTROLLER.rent.share.max=0.40"), "parameter moved: update this test");
    Files.writeString(params, p.replace("LT-FANIN-CONTROLLER.rent.share.max=0.40", "LT-FANIN-CONTROLLER.rent.share.max=0.42"));
    return dst;
  }

  private static long awaitNotAllRunning(FlinkRest rest, String jobId, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (rest.allTasksRunning(jobId)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the job never noticed the lost TaskManager within " + timeout);
      }
      Thread.sleep(50);
    }
    return System.nanoTime();
  }

  private static Map<String, String> evidence(List<Alert> alerts) {
    Map<String, String> m = new TreeMap<>();
    for (Alert a : alerts) {
      m.put(a.getAlertId(), evidence(a));
    }
    return m;
  }

  private static String evidence(Alert a) {
    return a.getSubjectAccountId() + " " + a.getTypology() + " " + new TreeSet<>(a.getRuleIds())
        + " txns=" + new TreeSet<>(a.getTxnIds()) + " related=" + new TreeSet<>(a.getRelatedAccountIds());
  }

  /** Equal id for id; on a difference, says which alerts and which evidence. */
  private static void assertSameAlerts(Map<String, String> expected, Map<String, Alert> actualAlerts, String run) {
    Map<String, String> actual = evidence(new ArrayList<>(actualAlerts.values()));
    if (expected.equals(actual)) {
      System.out.printf("cluster-it: %s run committed exactly the %d alerts of the replay%n", run, expected.size());
      return;
    }
    StringBuilder diff = new StringBuilder(run + ": alerts differ from the replay's\n");
    for (String id : new TreeSet<>(expected.keySet())) {
      if (!actual.containsKey(id)) {
        diff.append("  missing ").append(id).append(": ").append(expected.get(id)).append('\n');
      } else if (!actual.get(id).equals(expected.get(id))) {
        diff.append("  differs ").append(id).append("\n    replay:  ").append(expected.get(id))
            .append("\n    cluster: ").append(actual.get(id)).append('\n');
      }
    }
    actual.keySet().stream().filter(id -> !expected.containsKey(id)).forEach(id ->
        diff.append("  extra   ").append(id).append(": ").append(actual.get(id)).append('\n'));
    fail(diff.toString());
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.deleteIfExists(p);
      }
    }
  }
}
