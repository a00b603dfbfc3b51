package dev.moneytrail.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.moneytrail.schemas.Alert;
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
import java.util.concurrent.TimeUnit;
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
 *
 * <p>The three tests share one cluster, one broker and one simulated data set (two replays: the
 * core package and the changed one), so the costly parts (four JVMs starting, simulating,
 * replaying) happen once. Each test starts from empty input topics and reads only the alerts
 * committed after it began. Every wait is a poll with a deadline meant for a saturated 2-core
 * machine; a failed wait names what it waited for and shows the processes and their last log lines.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  /** Deadline of any one wait: generous, since only a broken run reaches it. */
  private static final Duration LONG = Duration.ofMinutes(5);
  /** ~43,000 events, 18 alerts with the core package: planted cases do not scale with the ordinary accounts. */
  private static final SimulationConfig DATA = SimulationConfig.of(22, 400, 56);

  private LocalCluster cluster;
  private FlinkRest rest;
  private KafkaTestClient kafka;
  private String broker;
  private Path jobJar;
  private Path work;

  private Path dataDir;
  private long dataEvents;
  private Map<String, String> expectedCore;
  private Path rulesV2;
  private Map<String, String> expectedV2;

  // upgrade -> rescale hand-over
  private String savepoint;
  private Map<Integer, Long> alertsAtSavepoint;
  private List<Alert> revisionsBeforeSavepoint;
  private Map<Integer, Long> alertsAfterUpgrade;

  @BeforeAll
  void startClusterAndComputeExpectedAlerts() throws Exception {
    jobJar = Path.of(System.getProperty("cluster.jobJar", "../stream-jobs/target/stream-jobs-0.1.0-SNAPSHOT-job.jar"));
    assertTrue(Files.exists(jobJar), "job jar missing: " + jobJar + " (mvn install -pl stream-jobs)");
    work = Path.of("target/cluster-it").toAbsolutePath();
    deleteRecursively(work);
    Files.createDirectories(work);

    // The four JVMs start (mostly waiting on class loading) while this JVM simulates and replays.
    long t0 = System.nanoTime();
    cluster = new LocalCluster(ClusterLayout.of(work.resolve("cluster")), true);
    cluster.launch(0, 2);

    dataDir = work.resolve("data");
    try (SimulationStream s = SimulationStream.open(DATA)) {
      dataEvents = InterchangeSink.write(s, dataDir);
    }
    rulesV2 = changedRulePackage();
    long r0 = System.nanoTime();
    try (Replay.Prepared prepared = Replay.prepare(dataDir, r -> fail("replay rejected " + r))) {
      expectedCore = evidence(Replay.screen(prepared, RulePackages.load(null), 2).alerts());
      expectedV2 = evidence(Replay.screen(prepared, RulePackages.load(rulesV2), 2).alerts());
    }
    System.out.printf("cluster-it: data set seed %d: %d events; replays (core 1.0.0: %d alerts, 1.0.1: %d alerts)"
        + " in %.1f s%n", DATA.seed(), dataEvents, expectedCore.size(), expectedV2.size(), (System.nanoTime() - r0) / 1e9);
    assertTrue(expectedCore.size() >= 5, "too few alerts in the data set to prove anything: " + expectedCore.keySet());

    cluster.awaitUp(2, LONG);
    rest = cluster.rest();
    broker = cluster.bootstrapServers().orElseThrow();
    kafka = new KafkaTestClient(broker, cluster::diagnostics);
    System.out.printf("cluster-it: cluster up and expected alerts ready %.1f s after launch; web UI %s%n",
        (System.nanoTime() - t0) / 1e9, rest.url());
  }

  @AfterAll
  void stopCluster() {
    if (cluster != null) {
      System.out.println("cluster-it: stopped " + cluster.stop());
    }
  }

  /**
   * 1. SIGKILL a TaskManager while the simulator streams; nothing lost, nothing twice. The job runs
   * at parallelism 2 on 4 slots, as an operator would keep spare capacity: it recovers on the
   * surviving TaskManager's free slot at once, without waiting for a new JVM to start on a busy
   * machine. A replacement is started all the same and must register (test 3 needs its slots).
   */
  @Test
  @Order(1)
  void taskManagerKilledMidStreamLosesAndDuplicatesNothing() throws Exception {
    Map<Integer, Long> alertsFrom = kafka.alertEnds();
    String jobId = cluster.submit(jobJar, 2, null, jobArgs("fault"));
    Duration starting = rest.awaitAllTasksRunning(jobId, LONG);
    System.out.printf("cluster-it: fault job running with all tasks %.1f s after flink run returned%n",
        starting.toMillis() / 1e3);

    KafkaEventProducer producer = KafkaEventProducer.connect(broker);
    Duration streamFor = Duration.ofSeconds(20);
    long s0 = System.nanoTime();
    CompletableFuture<Long> streaming = CompletableFuture.supplyAsync(() -> {
      try (SimulationStream events = SimulationStream.open(DATA)) {
        return producer.publish(events, Pacer.rate(dataEvents / (double) streamFor.toSeconds()));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    try {
      Poll.until("a third of the data streamed and 2 checkpoints completed (before the kill)", LONG, () -> {
        if (streaming.isDone()) {
          streaming.join();
          throw new Poll.Hopeless("the stream ended before the kill: " + producer.sent() + " events");
        }
        return producer.sent() >= dataEvents / 3 && rest.completedCheckpoints(jobId) >= 2;
      }, () -> rest.jobSummary(jobId) + cluster.diagnostics());
      Set<String> hosts = rest.taskManagersOf(jobId);
      String victim = hosts.iterator().next();
      long sentAtKill = producer.sent();
      long killed = System.nanoTime();
      System.out.println("cluster-it: SIGKILL " + victim + " at " + Instant.now() + " (to match the JobManager log)");
      cluster.kill(victim);
      String replacement = cluster.startTaskManager();
      Duration noticed = Poll.until("the job to notice the loss of " + victim, Duration.ofMinutes(2),
          () -> rest.failures(jobId) >= 1 || !rest.allTasksRunning(jobId), () -> rest.jobSummary(jobId) + cluster.diagnostics());
      rest.awaitAllTasksRunning(jobId, LONG);
      double recovered = (System.nanoTime() - killed) / 1e9;
      assertTrue(rest.failures(jobId) >= 1, "the job recorded no failure: the kill hit nothing");
      System.out.printf("cluster-it: killed %s (of %s) after %d/%d events; failure noticed in %.1f s; job RUNNING"
              + " with all tasks again %.1f s after the kill%n", victim, hosts, sentAtKill, dataEvents,
          noticed.toMillis() / 1e3, recovered);

      long sent = streaming.get(LONG.toSeconds(), TimeUnit.SECONDS);
      System.out.printf("cluster-it: simulator streamed %d events in %.1f s%n", sent, (System.nanoTime() - s0) / 1e9);
      rest.awaitTaskManager(replacement, LONG);
      System.out.printf("cluster-it: replacement %s registered by %.1f s after the kill%n", replacement,
          (System.nanoTime() - killed) / 1e9);
      kafka.sendSentinels(4);
      kafka.awaitDrained("it-fault", LONG);
      rest.awaitMoreCheckpoints(jobId, 2, LONG);
      Map<String, Alert> actual = kafka.readAlerts(alertsFrom).latest();
      assertSameAlerts(expectedCore, actual, "fault");
    } finally {
      producer.close();
      cancelAllJobs();
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
    } finally {
      cancelAllJobs();
    }
  }

  private void upgrade() throws Exception {
    kafka.truncateInputs();
    Map<Integer, Long> alertsFrom = kafka.alertEnds();
    Instant cut = DATA.start().plus(Duration.ofDays(DATA.days() / 2));
    long first = produce(e -> e.eventTime().isBefore(cut));

    String v1 = cluster.submit(jobJar, 2, null, jobArgs("v1"));
    rest.awaitAllTasksRunning(v1, LONG);
    long t0 = System.nanoTime();
    kafka.awaitDrained("it-v1", LONG);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("cluster-it: v1 at parallelism 2 screened %d events in %.1f s (%.0f events/s, to the first"
        + " checkpoint after the end; checkpoints every 2 s)%n", first, seconds, first / seconds);
    long s0 = System.nanoTime();
    savepoint = cluster.stopWithSavepoint(v1);
    System.out.printf("cluster-it: stop with savepoint took %.1f s: %s%n", (System.nanoTime() - s0) / 1e9, savepoint);
    KafkaTestClient.Committed before = kafka.readAlerts(alertsFrom);
    alertsAtSavepoint = before.end();
    revisionsBeforeSavepoint = before.revisions();

    produce(e -> !e.eventTime().isBefore(cut));
    kafka.sendSentinels(4);

    List<String> args = new ArrayList<>(jobArgs("v2"));
    args.addAll(List.of("--screening.rules.dir", rulesV2.toString()));
    String v2 = cluster.submit(jobJar, 2, savepoint, args);
    rest.awaitAllTasksRunning(v2, LONG);
    kafka.awaitDrained("it-v2", LONG);
    rest.awaitMoreCheckpoints(v2, 2, LONG);
    KafkaTestClient.Committed after = kafka.readAlerts(alertsAtSavepoint);
    alertsAfterUpgrade = after.end();

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
    try {
      // Parallelism 4 needs every slot: the replacement TaskManager of test 1 must be in.
      rest.awaitFreeSlots(4, LONG);
      String job = cluster.submit(jobJar, 4, savepoint, jobArgs("rescaled"));
      rest.awaitAllTasksRunning(job, LONG);
      long t0 = System.nanoTime();
      kafka.awaitDrained("it-rescaled", LONG);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf("cluster-it: rescaled job (parallelism 4) caught up in %.1f s%n", seconds);
      rest.awaitMoreCheckpoints(job, 2, LONG);
      KafkaTestClient.Committed after = kafka.readAlerts(alertsAfterUpgrade);
      List<Alert> all = new ArrayList<>(revisionsBeforeSavepoint);
      all.addAll(after.revisions());
      Map<String, Alert> actual = new KafkaTestClient.Committed(all, after.end()).latest();
      assertSameAlerts(expectedCore, actual, "rescale");
    } finally {
      cancelAllJobs();
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** A failed test must not leave a job holding the slots the next one needs. */
  private void cancelAllJobs() {
    try {
      for (var j : rest.jobs()) {
        String state = j.path("state").asText();
        if (!Set.of("FINISHED", "CANCELED", "FAILED").contains(state)) {
          rest.cancel(j.path("jid").asText());
          rest.awaitJobState(j.path("jid").asText(), "CANCELED", Duration.ofMinutes(2));
        }
      }
    } catch (Exception e) {
      System.out.println("cluster-it: could not cancel the jobs: " + e);
    }
  }

  private List<String> jobArgs(String name) {
    return List.of("--kafka.bootstrap-servers", broker, "--kafka.starting-offsets", "EARLIEST",
        "--kafka.group-id", "it-" + name, "--kafka.transactional-id-prefix", "it-" + name,
        "--screening.checkpoint.interval", "2s");
  }

  private long produce(java.util.function.Predicate<SimulationEvent> which) throws Exception {
    try (SimulationStream events = SimulationStream.open(DATA);
         KafkaEventProducer producer = KafkaEventProducer.connect(broker)) {
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
    try (SimulationStream events = SimulationStream.open(DATA)) {
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
    try (Stream<Path> files = Files.list(src.resolve("reference"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dst.resolve("reference").resolve(f.getFileName()));
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
