package dev.moneytrail.app;

import dev.moneytrail.console.Console;
import dev.moneytrail.embedded.EmbeddedKafka;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.interchange.CaseLabel;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.simulator.SimulationConfig;
import dev.moneytrail.simulator.SimulationStream;
import dev.moneytrail.simulator.output.KafkaEventProducer;
import dev.moneytrail.simulator.output.Pacer;
import dev.moneytrail.simulator.typology.PlantedCase;
import dev.moneytrail.stream.evaluation.Evaluation;
import dev.moneytrail.stream.io.EventTimeOptions;
import dev.moneytrail.stream.io.KafkaOptions.StartingOffsets;
import dev.moneytrail.stream.io.KafkaSettings;
import dev.moneytrail.stream.pipeline.JobEnvironments;
import dev.moneytrail.stream.pipeline.ScreeningJob;
import dev.moneytrail.stream.pipeline.ScreeningPipeline;
import dev.moneytrail.stream.screening.RulePackages;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Metrics;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.TimeUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./screen demo}: everything in one process. An in-process Kafka broker, the screening job
 * (stream-jobs' {@link ScreeningJob}) on a local Flink mini-cluster reading the input topics,
 * checkpointing every 5 s and writing alerts exactly once, the simulator producing its bank-like
 * population with planted, labelled typologies and decoys to the input topics in event-time order
 * with simulated time sped up, and a read_committed consumer of the alerts topic that prints
 * progress, examples, and alert counts per planted typology (matched to the simulator's labels as
 * {@code ./screen evaluate} matches them). Ctrl-C stops it cleanly.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Embedded Kafka broker + Flink screening job + simulator feed; prints alerts.")
public final class DemoCommand implements java.util.concurrent.Callable<Integer> {

  @Option(names = "--seed", description = "Simulator seed (default ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--accounts", description = "Ordinary accounts; planted cases add their own"
      + " (default ${DEFAULT-VALUE}).")
  int accounts = 1000;

  @Option(names = "--days", description = "Simulated days (default ${DEFAULT-VALUE}).")
  int days = 60;

  @Option(names = "--start", description = "First simulated instant or date (default"
      + " 2026-01-05T00:00:00Z).")
  String start = "2026-01-05T00:00:00Z";

  @Option(names = "--idleness", description = "Event-time idleness of the inputs (default ${DEFAULT-VALUE}). At two"
      + " simulated days per second the account-event topic falls silent for whole simulated weeks, and until its"
      + " partitions count as idle they hold back the watermark every operator screens by; the live job's default"
      + " is 30s, meant for real time.")
  String idleness = "1s";

  @Option(names = "--speed", description = "Simulated time runs this many times faster than real"
      + " time (default ${DEFAULT-VALUE}: two simulated days per second).")
  double speed = 172_800;

  @Option(names = "--rate", description = "Instead of --speed: at most this many events per second.")
  Double rate;

  @Option(names = "--duration", description = "Seconds to run (default: until Ctrl-C).")
  Integer duration;

  @Option(names = "--metrics-port", description = "Prometheus endpoint port, 0 for any free port"
      + " (default ${DEFAULT-VALUE}).")
  int metricsPort = 9249;

  @Option(names = "--web-ui", negatable = true, description = "Serve the Flink web UI (default"
      + " ${DEFAULT-VALUE}).")
  boolean webUi = true;

  @Option(names = "--partitions", description = "Partitions per topic (default ${DEFAULT-VALUE}).")
  int partitions = 4;

  @Option(names = "--examples", description = "Alerts printed in full (default ${DEFAULT-VALUE}).")
  int examples = 6;

  @Option(names = "--console-port", description = "Port of the analyst console (default"
      + " ${DEFAULT-VALUE}; a free port if taken; -1: no console).")
  int consolePort = 8080;

  private final Map<String, LongAdder> alertsByTypology = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> alertIdsByPlanted = new ConcurrentHashMap<>();
  private final Set<String> alertIds = ConcurrentHashMap.newKeySet();
  private final AtomicInteger printed = new AtomicInteger();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicLong firstAlertNanos = new AtomicLong();
  private final AtomicLong firstPlantedNanos = new AtomicLong();
  private volatile List<CaseLabel> labels = List.of();
  private long t0;

  public static void main(String[] args) {
    System.exit(new CommandLine(new DemoCommand()).execute(args));
  }

  /** Alert ids received so far (committed alerts, read_committed). */
  Set<String> alertIds() {
    return alertIds;
  }

  /** Distinct alerts per planted typology or decoy they match; "(none)" for the rest. */
  Map<String, Integer> alertsByPlantedTypology() {
    Map<String, Integer> out = new TreeMap<>();
    alertIdsByPlanted.forEach((k, v) -> out.put(k, v.size()));
    return out;
  }

  @Override
  public Integer call() throws Exception {
    t0 = System.nanoTime();
    if (rate != null && rate <= 0 || speed <= 0) {
      throw new CommandLine.ParameterException(new CommandLine(this),
          "--speed and --rate must be positive");
    }
    RulePackage rules = RulePackages.load(null);
    System.out.printf("demo: rule package %s %s (%d files)%n", rules.getPackageId(),
        rules.getVersion(), rules.getFiles().size());

    EmbeddedKafka kafka = EmbeddedKafka.start();
    kafka.createTopics(Topics.all(), partitions);
    System.out.printf("demo: Kafka broker at %s (topics %s, %d partitions)%n",
        kafka.bootstrapServers(), Topics.all().stream().map(t -> t.name())
            .collect(Collectors.joining(", ")), partitions);

    // The analyst console: its own embedded PostgreSQL (temporary) fed from the alerts topic.
    Console console = consolePort < 0 ? null : startConsole(kafka.bootstrapServers());

    MetricsServer metrics = new MetricsServer(metricsPort);
    System.out.println("demo: metrics at " + metrics.url());

    Configuration conf = JobEnvironments.baseConfiguration();
    conf.set(EventTimeOptions.IDLENESS, TimeUtils.parseDuration(idleness));
    StreamExecutionEnvironment env;
    int webPort = 0;
    if (webUi) {
      webPort = freePort();
      conf.set(RestOptions.PORT, webPort);
      conf.set(RestOptions.ADDRESS, "127.0.0.1");
      conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
      env = StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(conf);
    } else {
      env = StreamExecutionEnvironment.createLocalEnvironment(conf);
    }
    env.setParallelism(2);
    // Alerts become visible to read_committed readers when a checkpoint completes.
    env.enableCheckpointing(5_000);

    KafkaSettings settings = KafkaSettings.builder()
        .bootstrapServers(kafka.bootstrapServers())
        .groupId("screening-demo")
        .startingOffsets(StartingOffsets.EARLIEST)
        .transactionalIdPrefix("screening-demo-" + System.currentTimeMillis())
        .build();
    ScreeningPipeline.Outputs out = ScreeningJob.build(env, settings, rules, false, true);
    ScreeningJob.sinkAlerts(out, settings, Topics.ALERTS);

    JobClient job = env.executeAsync("screening-demo");
    System.out.printf("demo: screening job %s running on a local mini-cluster, checkpoints every"
        + " 5 s, exactly-once alert sink%s%n", job.getJobID(),
        webUi ? "; Flink web UI at http://127.0.0.1:" + webPort : "");
    job.getJobExecutionResult().whenComplete((r, e) -> {
      if (e != null && !stopping.get()) {
        System.err.println("demo: the screening job failed: " + e);
      }
    });

    AlertConsumer consumer = new AlertConsumer(kafka.bootstrapServers(), "demo-console",
        (alert, receivedAt) -> onAlert(alert, receivedAt));

    Instant simStart = parseStart(start);
    SimulationConfig config = SimulationConfig.of(seed, accounts, days).withStart(simStart);
    SimulationStream events = SimulationStream.open(config);
    labels = events.simulation().cases().stream().map(PlantedCase::label).toList();
    KafkaEventProducer producer = KafkaEventProducer.connect(kafka.bootstrapServers());
    FunctionCounter.builder("screening.demo.events.produced", producer, KafkaEventProducer::sent)
        .description("events written to the input topics").register(Metrics.globalRegistry);
    Pacer pacer = rate != null ? Pacer.rate(rate) : Pacer.speed(speed, simStart);
    AtomicLong feedEnded = new AtomicLong(-1);
    Thread feeder = new Thread(() -> {
      try {
        feedEnded.set(producer.publish(events, pacer));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        if (!stopping.get()) {
          System.err.println("demo: the feed failed: " + e);
        }
      }
    }, "simulator-feed");
    feeder.setDaemon(true);
    feeder.start();
    Map<String, Long> planted = labels.stream().collect(Collectors.groupingBy(
        l -> l.typology() + (l.decoy() ? " (decoy)" : ""), TreeMap::new, Collectors.counting()));
    System.out.printf("demo: simulator feed: %,d accounts (%,d ordinary) over %d days from %s,"
        + " seed %d, %s; planted %s; started in %.1f s. Ctrl-C to stop.%n",
        events.simulation().population().accountCount(), accounts, days, simStart, seed,
        rate != null ? String.format("at most %.0f events/s", rate)
            : String.format("simulated time x%.0f (%.1f simulated days per second)", speed,
                speed / 86_400),
        planted, (System.nanoTime() - t0) / 1e9);

    CountDownLatch done = new CountDownLatch(1);
    Runnable shutdown = () -> {
      if (!stopping.compareAndSet(false, true)) {
        return;
      }
      System.out.println("demo: stopping (feed, job, broker)...");
      feeder.interrupt();
      try {
        feeder.join(5_000);
        producer.close();
        events.close();
        job.cancel().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        System.err.println("demo: cancelling the job: " + e);
      }
      try {
        consumer.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      metrics.close();
      if (console != null) {
        console.close();
      }
      kafka.close();
      System.out.println("demo: stopped. " + summary());
      done.countDown();
    };
    Thread hook = new Thread(shutdown, "demo-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);

    long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration * 1_000_000_000L;
    long lastSent = 0;
    long lastAt = System.nanoTime();
    boolean feedEndPrinted = false;
    while (System.nanoTime() < deadline && !stopping.get()) {
      Thread.sleep(Math.min(5_000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
      long now = System.nanoTime();
      if (now - lastAt < 1_000_000_000L) {
        continue;
      }
      long sent = producer.sent();
      System.out.printf("demo: %5.0fs  events produced %,d (%.0f/s)  %s%n", (now - t0) / 1e9,
          sent, (sent - lastSent) / ((now - lastAt) / 1e9), summary());
      lastSent = sent;
      lastAt = now;
      if (feedEnded.get() >= 0 && !feedEndPrinted) {
        System.out.printf("demo: feed finished after %,d events; the job keeps running%n",
            feedEnded.get());
        feedEndPrinted = true;
      }
    }
    if (!stopping.get()) {
      shutdown.run();
      Runtime.getRuntime().removeShutdownHook(hook);
    } else {
      done.await(60, TimeUnit.SECONDS);
    }
    return alertIds.isEmpty() ? 1 : 0;
  }

  private void onAlert(Alert a, long receivedAt) {
    if (alertIds.add(a.getAlertId()) && firstAlertNanos.compareAndSet(0, receivedAt)) {
      System.out.printf("demo: first alert after %.1f s%n", (receivedAt - t0) / 1e9);
    }
    alertsByTypology.computeIfAbsent(a.getTypology(), k -> new LongAdder()).increment();
    Metrics.counter("screening.demo.alerts", "typology", a.getTypology()).increment();
    boolean matched = false;
    for (CaseLabel label : labels) {
      if (Evaluation.matches(a, label)) {
        matched = true;
        String key = label.typology() + (label.decoy() ? " (decoy)" : "");
        alertIdsByPlanted.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
            .add(a.getAlertId());
        if (!label.decoy() && firstPlantedNanos.compareAndSet(0, receivedAt)) {
          System.out.printf("demo: first alert on a planted case (%s) after %.1f s%n",
              label.typology(), (receivedAt - t0) / 1e9);
        }
      }
    }
    if (!matched) {
      alertIdsByPlanted.computeIfAbsent("(no planted case)", k -> ConcurrentHashMap.newKeySet())
          .add(a.getAlertId());
    }
    if (printed.get() < examples && a.getRevision() == 1 || printed.get() < examples / 2) {
      if (printed.incrementAndGet() <= examples) {
        System.out.println(describe(a));
      }
    }
  }

  static String describe(Alert a) {
    String explanation = a.getExplanation();
    // Skip the rule's citation list in parentheses: the finding itself follows it.
    int finding = explanation.indexOf("): ");
    if (finding > 0) {
      explanation = explanation.substring(finding + 3);
    }
    if (explanation.length() > 220) {
      explanation = explanation.substring(0, 217) + "...";
    }
    return String.format("  ALERT %s rev %d  subject %s  typology %s  severity %s  score %.2f%n"
        + "        rules %s  txns %d  related %s%n        %s", a.getAlertId(), a.getRevision(),
        a.getSubjectAccountId(), a.getTypology(), a.getSeverity(), a.getScore(), a.getRuleIds(),
        a.getTxnIds().size(), a.getRelatedAccountIds().size() > 4
            ? a.getRelatedAccountIds().subList(0, 4) + "..." : a.getRelatedAccountIds(),
        explanation);
  }

  private String summary() {
    Map<String, Long> byType = new TreeMap<>();
    alertsByTypology.forEach((k, v) -> byType.put(k, v.sum()));
    return String.format("alerts %d (revisions by alert typology %s; alerts by planted typology %s)",
        alertIds.size(), byType, alertsByPlantedTypology());
  }

  /** As {@code ./screen simulate --start} reads it (SimulateCommand.parseStart is package-private). */
  static Instant parseStart(String text) {
    try {
      return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(new CommandLine(new DemoCommand()), "--start '"
          + text + "' is neither a date (2026-01-05) nor a UTC instant (2026-01-05T00:00:00Z)");
    }
  }

  private Console startConsole(String bootstrap) throws java.io.IOException {
    Console.Options options = new Console.Options(consolePort, "127.0.0.1", null, null, bootstrap,
        "screening-demo-console", true, false);
    Console console;
    try {
      console = Console.start(options);
    } catch (java.net.BindException e) {
      System.out.println("demo: port " + consolePort + " is taken; the console takes a free port");
      console = Console.start(new Console.Options(0, "127.0.0.1", null, null, bootstrap,
          "screening-demo-console", true, false));
    }
    console.printBanner(System.out);
    return console;
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
