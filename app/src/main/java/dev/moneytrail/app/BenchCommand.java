package dev.moneytrail.app;

import dev.moneytrail.embedded.EmbeddedKafka;
import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.stream.features.AccountFeatures;
import dev.moneytrail.stream.io.EventTimeSettings;
import dev.moneytrail.stream.io.KafkaOptions.StartingOffsets;
import dev.moneytrail.simulator.SimulationConfig;
import dev.moneytrail.simulator.SimulationEvent;
import dev.moneytrail.simulator.SimulationStream;
import dev.moneytrail.simulator.output.KafkaEventProducer;
import dev.moneytrail.simulator.output.Pacer;
import dev.moneytrail.stream.io.KafkaSettings;
import dev.moneytrail.stream.pipeline.JobEnvironments;
import dev.moneytrail.stream.pipeline.ScreeningJob;
import dev.moneytrail.stream.pipeline.ScreeningPipeline;
import dev.moneytrail.stream.screening.RulePackages;
import dev.moneytrail.stream.screening.ScreeningEvent;
import dev.moneytrail.stream.state.AccountState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./screen bench}: throughput, latency and state size through the in-process broker, on the
 * simulator's bank-like events with planted typologies and decoys (docs/performance.md).
 *
 * <ol>
 *   <li>(a) the practical limit: N simulator events are produced to the input topics (not timed), then
 *       read back with a plain KafkaConsumer and Avro-decoded; events/s;
 *   <li>(a2) the floor: a Flink job with the screening job's sources and decoding, keyed by account,
 *       one keyed-state update per event, nothing else; events/s as (b);
 *   <li>(b) the full pipeline over the same topics: bounded Kafka sources up to the end offsets,
 *       decoding, features, Drools (core package), consolidation, parallelism 2; events/s = N /
 *       time from the first decoded record to the end of the job;
 *   <li>(c) event-to-alert latency at a fixed offered rate, on a fresh broker, checkpoints every
 *       second and the exactly-once alert sink: read_committed consumer receive time minus the
 *       producer send time of the alert's latest transaction;
 *   <li>(d) state bytes per active account: the Avro binary size of the account operator's
 *       AccountState after the whole bench feed, averaged over accounts (fan-in and attribute
 *       state and backend overhead not included).
 * </ol>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Throughput / latency / state-size benchmark through the in-process broker.")
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--quick", description = "Smaller run, under two minutes.")
  boolean quick;

  @Option(names = "--events", description = "Events for (a) and (b) (default 1,000,000; quick 200,000).")
  Long events;

  @Option(names = "--accounts", description = "Ordinary accounts simulated for (a), (b) and (d) (default 20,000; quick 5,000).")
  Integer accounts;

  @Option(names = "--latency-rate", description = "Offered events/s for (c) (default: 20,000, quick 5,000, at most half of (b)).")
  Double latencyRate;

  @Option(names = "--latency-seconds", description = "Sizes the ordinary population of (c) to rate x seconds events; planted cases"
      + " add theirs, so small runs offer load for longer (default 15; quick 8).")
  Integer latencySeconds;

  @Option(names = "--idleness", description = "Event-time idleness of the inputs in (c), e.g. 2s (default: the job's,"
      + " 30s). The account-event topic is sparse next to the transactions: until its partitions count as idle they"
      + " hold back the watermark that the operators screen by.")
  String idleness;

  @Option(names = "--parallelism", description = "Job parallelism (default ${DEFAULT-VALUE}).")
  int parallelism = 2;

  @Option(names = "--partitions", description = "Partitions per topic (default ${DEFAULT-VALUE}).")
  int partitions = 4;

  @Option(names = "--seed", description = "Simulator seed (default ${DEFAULT-VALUE}).")
  long seed = 7;

  @Option(names = "--rules", description = "Rule package directory to measure (default: the shipped core package).")
  Path rulesDir;

  @Option(names = "--out", description = "Result file (default ${DEFAULT-VALUE}).")
  Path out = Path.of("target/bench/result.txt");

  private final List<String> report = new ArrayList<>();

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    long n = events != null ? events : quick ? 200_000 : 1_000_000;
    int accts = accounts != null ? accounts : quick ? 5_000 : 20_000;
    int seconds = latencySeconds != null ? latencySeconds : quick ? 8 : 15;
    RulePackage rules = RulePackages.load(rulesDir);
    say("bench: %,d events, %,d accounts, %d partitions, parallelism %d, rule package %s %s%s", n,
        accts, partitions, parallelism, rules.getPackageId(), rules.getVersion(),
        quick ? " (quick)" : "");

    double limitEps;
    double pipelineEps;
    StateSizes state = new StateSizes();
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      kafka.createTopics(Topics.all(), partitions);
      long produced = produce(kafka.bootstrapServers(), accts, n, state);
      // Two passes: the first also warms up the JIT; the better one is the limit.
      limitEps = Math.max(consumeAndDecode(kafka.bootstrapServers(), produced),
          consumeAndDecode(kafka.bootstrapServers(), produced));
      double floorEps = floor(kafka.bootstrapServers(), produced);
      pipelineEps = pipeline(kafka.bootstrapServers(), rules, produced);
      say("bench: ratio (b)/(a) = %.3f; the floor job reaches (a2)/(a) = %.3f, (b) is %.3f of it",
          pipelineEps / limitEps, floorEps / limitEps, pipelineEps / floorEps);
    }

    // Latency above the pipeline's capacity only measures a growing backlog: offer at most half of
    // what (b) sustained, unless a rate is given.
    double rate = latencyRate != null ? latencyRate
        : Math.max(500, Math.min(quick ? 5_000 : 20_000, Math.floor(pipelineEps / 2 / 500) * 500));
    // The product's default sink first: its figures are the machine-readable ones. The
    // at-least-once run shows how much of the latency is the exactly-once commit.
    double[] latency = latency(rules, rate, seconds, DeliveryGuarantee.EXACTLY_ONCE);
    double[] fastPath = latency(rules, rate, seconds, DeliveryGuarantee.AT_LEAST_ONCE);
    double bytesPerAccount = state.report();

    say("bench: at-least-once alert sink: p50_ms=%.1f p99_ms=%.1f", fastPath[0], fastPath[1]);
    String last = String.format("bench: limit_eps=%.0f pipeline_eps=%.0f ratio=%.3f p50_ms=%.1f"
        + " p99_ms=%.1f bytes_per_account=%.0f", limitEps, pipelineEps, pipelineEps / limitEps,
        latency[0], latency[1], bytesPerAccount);
    say("%s", last);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(out, report, StandardCharsets.UTF_8);
    return 0;
  }

  /** Simulated days for about {@code events} events from {@code accts} ordinary accounts. */
  static int daysFor(long events, int accts) {
    // The simulator books about 1.35 events per account and day (seed 11, 1,500 accounts,
    // 60 days: 135,506 events from 1,667 accounts); 10% more days so the stream rarely runs short.
    return (int) Math.max(7, Math.min(3_660, Math.ceil(events * 1.1 / (accts * 1.35))));
  }

  /**
   * Produces the first {@code n} events of a simulation of {@code accts} accounts to the input
   * topics as fast as possible (not timed), applying each to the account features for (d).
   */
  private long produce(String bootstrap, int accts, long n, StateSizes state) throws IOException {
    SimulationConfig config = SimulationConfig.of(seed, accts, daysFor(n, accts));
    long t = System.nanoTime();
    long produced = 0;
    SimulationEvent last = null;
    try (SimulationStream events = SimulationStream.open(config);
        KafkaEventProducer producer = KafkaEventProducer.connect(bootstrap)) {
      while (produced < n && events.hasNext()) {
        last = events.next();
        producer.send(last);
        state.apply(last);
        produced++;
      }
      producer.flush();
      say("bench: simulator seed %d, %,d accounts (%,d ordinary), %d days planned, %d planted"
          + " cases and decoys; produced %,d events up to %s in %.1f s (not timed)", seed,
          events.simulation().population().accountCount(), accts, config.days(),
          events.simulation().cases().size(), produced, last == null ? "-" : last.eventTime(),
          (System.nanoTime() - t) / 1e9);
    }
    return produced;
  }

  /** (a) Plain consumer from the beginning of both input topics, every value Avro-decoded. */
  private double consumeAndDecode(String bootstrap, long expected) throws IOException {
    Properties p = new Properties();
    p.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    p.setProperty(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 << 20));
    p.setProperty(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(64 << 20));
    AvroCodec<TransactionEvent> txns = AvroCodec.of(TransactionEvent.class);
    AvroCodec<AccountEvent> accountEvents = AvroCodec.of(AccountEvent.class);
    String txnTopic = Topics.TRANSACTIONS.name();
    long count = 0;
    long checksum = 0;
    long t;
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = new ArrayList<>();
      for (String topic : List.of(txnTopic, Topics.ACCOUNTS.name())) {
        for (PartitionInfo info : consumer.partitionsFor(topic)) {
          parts.add(new TopicPartition(topic, info.partition()));
        }
      }
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      t = System.nanoTime();
      long deadline = t + TimeUnit.MINUTES.toNanos(2);
      while (count < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (r.topic().equals(txnTopic)) {
            checksum += txns.decode(r.value()).getAccountId().length();
          } else {
            checksum += accountEvents.decode(r.value()).getAccountId().length();
          }
          count++;
        }
      }
    }
    double secs = (System.nanoTime() - t) / 1e9;
    double eps = count / secs;
    say("bench: (a) Kafka consume + Avro decode: %,d events in %.2f s = %,.0f events/s"
        + " (plain KafkaConsumer, one thread; checksum %d)", count, secs, eps, checksum);
    return eps;
  }

  /**
   * (a2) The cheapest Flink job that does what every screening job must: the job's own Kafka
   * sources, decoding and validation, the exchange keyed by account, and one keyed-state update per
   * event (a count); no features, ordering or rules. Whatever the screening does per event comes
   * on top, so (a2)/(a) bounds the ratio any design on this topology can reach here.
   */
  private double floor(String bootstrap, long expected) throws Exception {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(JobEnvironments.baseConfiguration());
    env.setParallelism(parallelism);
    KafkaSettings settings = KafkaSettings.builder().bootstrapServers(bootstrap)
        .groupId("bench-floor").startingOffsets(StartingOffsets.EARLIEST).build();
    ScreeningJob.DecodedInputs in = ScreeningJob.decodedInputs(env, settings, true,
        (input, decoded) -> decoded.map(new FirstRecordClock<ScreeningEvent>()).returns(decoded.getType())
            .name("first-record clock: " + input).uid("bench-floor-clock-" + input),
        EventTimeSettings.from(env.getConfiguration()));
    in.events().keyBy(ScreeningEvent::accountId).process(new CountPerAccount()).name("count per account")
        .sinkTo(new DiscardingSink<>()).name("discard");
    long cpuBefore = processCpuNanos();
    JobExecutionResult result = env.execute("bench-floor");
    double cpuSecs = (processCpuNanos() - cpuBefore) / 1e9;
    long endMillis = System.currentTimeMillis();
    Long first = result.getAccumulatorResult(FirstRecordClock.NAME);
    Long counted = result.getAccumulatorResult(CountPerAccount.NAME);
    double secs = first == null ? result.getNetRuntime(TimeUnit.MILLISECONDS) / 1e3 : (endMillis - first) / 1e3;
    double eps = expected / secs;
    say("bench: (a2) floor job (Kafka -> decode -> keyBy account -> a count in keyed state), parallelism %d:"
        + " %,d events in %.2f s = %,.0f events/s; %,.0f events per CPU-second (%,d counted)",
        parallelism, expected, secs, eps, expected / cpuSecs, counted);
    return eps;
  }

  /** The floor job's only per-event work: one read and one write of keyed state. */
  static final class CountPerAccount extends KeyedProcessFunction<String, ScreeningEvent, Long> {
    private static final long serialVersionUID = 1L;
    static final String NAME = "floor-events";
    private transient ValueState<Long> count;
    private transient LongCounter total;

    @Override
    public void open(OpenContext openContext) {
      count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.LONG));
      total = new LongCounter();
      getRuntimeContext().addAccumulator(NAME, total);
    }

    @Override
    public void processElement(ScreeningEvent event, Context ctx, Collector<Long> out) throws Exception {
      Long seen = count.value();
      count.update(seen == null ? 1L : seen + 1);
      total.add(1L);
    }
  }

  /** (b) The screening job over the same topics, bounded, alerts counted. */
  private double pipeline(String bootstrap, RulePackage rules, long expected) throws Exception {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(JobEnvironments.baseConfiguration());
    env.setParallelism(parallelism);
    KafkaSettings settings = KafkaSettings.builder().bootstrapServers(bootstrap)
        .groupId("bench-pipeline").startingOffsets(StartingOffsets.EARLIEST).build();
    ScreeningPipeline.Outputs outputs = ScreeningJob.build(env, settings, rules, true, false,
        (input, decoded) -> decoded.map(new FirstRecordClock<ScreeningEvent>()).returns(decoded.getType())
            .name("first-record clock: " + input).uid("bench-first-record-clock-" + input));
    outputs.alerts().map(new AlertCounter()).name("count alerts")
        .sinkTo(new DiscardingSink<>()).name("discard");
    long cpuBefore = processCpuNanos();
    long t = System.nanoTime();
    JobExecutionResult result = env.execute("bench-pipeline");
    double cpuSecs = (processCpuNanos() - cpuBefore) / 1e9;
    long endMillis = System.currentTimeMillis();
    double wall = (System.nanoTime() - t) / 1e9;
    double runtime = result.getNetRuntime(TimeUnit.MILLISECONDS) / 1e3;
    Object alerts = result.getAccumulatorResult(AlertCounter.NAME);
    Long first = result.getAccumulatorResult(FirstRecordClock.NAME);
    double secs = first == null ? runtime : (endMillis - first) / 1e3;
    double eps = expected / secs;
    say("bench: (b) full pipeline (Kafka -> decode -> features -> Drools -> consolidation),"
        + " parallelism %d: %,d events in %.2f s from the first decoded record to the job's end"
        + " = %,.0f events/s (job runtime %.2f s = %,.0f events/s; %.2f s wall incl. submission);"
        + " %s alert revisions", parallelism, expected, secs, eps, runtime, expected / runtime,
        wall, alerts);
    // On a shared machine wall-clock rates move with the neighbours' load; the CPU this process
    // spent (job, broker serving it, JIT) per event moves much less, so A/B comparisons use it.
    say("bench: (b) process CPU %.1f s over the run = %,.0f events per CPU-second (%d cores here)",
        cpuSecs, expected / cpuSecs, Runtime.getRuntime().availableProcessors());
    return eps;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /**
   * (c) Unbounded job on a fresh broker with checkpoints every second and the exactly-once alert
   * sink; a simulation sized to about {@code rate * seconds} events is offered at {@code rate}.
   * Returns {p50, p99} ms.
   */
  private double[] latency(RulePackage rules, double rate, int seconds, DeliveryGuarantee delivery)
      throws Exception {
    // Sixty simulated days, so the planted patterns complete (the first payroll-funnel alerts come
    // about 53 days in), with as many accounts as fill the offered-load window; two cases per
    // typology (one per decoy), denser than a bank's, so there are alert revisions to rank.
    int days = 60;
    long target = (long) (rate * seconds);
    int latencyAccounts = (int) Math.max(50, target / (1.35 * days));
    SimulationConfig config = SimulationConfig.of(seed, latencyAccounts, days).withCases(2, 1);
    List<SimulationEvent> feed = new ArrayList<>();
    try (SimulationStream events = SimulationStream.open(config)) {
      events.forEachRemaining(feed::add);
    }
    Map<String, Long> sentAt = new ConcurrentHashMap<>();
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    // The slowest revisions by typology, so a tail can be traced to the operator that made it.
    Map<String, Double> slowestByTypology = new ConcurrentHashMap<>();
    long[] alerts = new long[1];
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      kafka.createTopics(Topics.all(), partitions);
      org.apache.flink.configuration.Configuration conf = JobEnvironments.baseConfiguration();
      if (idleness != null) {
        conf.set(dev.moneytrail.stream.io.EventTimeOptions.IDLENESS, org.apache.flink.util.TimeUtils.parseDuration(idleness));
      }
      StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(conf);
      env.setParallelism(parallelism);
      env.enableCheckpointing(1_000);
      KafkaSettings settings = KafkaSettings.builder().bootstrapServers(kafka.bootstrapServers())
          .groupId("bench-latency").startingOffsets(StartingOffsets.EARLIEST)
          .transactionalIdPrefix("bench-latency-" + System.currentTimeMillis()).build();
      ScreeningJob.sinkAlerts(ScreeningJob.build(env, settings, rules, false, false), settings,
          Topics.ALERTS, delivery);
      JobClient job = env.executeAsync("bench-latency");
      try (AlertConsumer consumer = new AlertConsumer(kafka.bootstrapServers(), "bench-latency-alerts",
              (alert, receivedAt) -> {
                alerts[0]++;
                long latest = Long.MIN_VALUE;
                for (String txn : alert.getTxnIds()) {
                  Long s = sentAt.get(txn);
                  if (s != null && s > latest) {
                    latest = s;
                  }
                }
                if (latest != Long.MIN_VALUE) {
                  double ms = (receivedAt - latest) / 1e6;
                  latencies.add(ms);
                  slowestByTypology.merge(alert.getTypology(), ms, Math::max);
                }
              });
          KafkaEventProducer producer = KafkaEventProducer.connect(kafka.bootstrapServers())) {
        Thread.sleep(3_000); // let the job's sources come up
        Pacer pacer = Pacer.rate(rate);
        long t = System.nanoTime();
        for (SimulationEvent e : feed) {
          pacer.await(e.eventTime());
          if (e instanceof SimulationEvent.Posting p) {
            sentAt.put(p.event().getTxnId(), System.nanoTime());
          }
          producer.send(e);
        }
        producer.flush();
        double secs = (System.nanoTime() - t) / 1e9;
        // The last alerts wait for the watermark, which the account-event partitions hold back until
        // they have been silent for the idleness; then the next checkpoints commit them. Stopping
        // sooner would leave out exactly the slowest revisions and bias p50 and p99 low.
        Thread.sleep(inputIdleness().toMillis() + 6_000);
        say("bench: (c) simulator seed %d, %,d ordinary accounts, %d days, 2 cases per typology:"
            + " offered %,.0f events/s for %.1f s (%,d events, achieved %,.0f/s); %s"
            + " alert sink, checkpoints every 1 s, event-time idleness %s%s", seed,
            latencyAccounts, days, rate, secs, feed.size(), feed.size() / secs, delivery,
            idleness == null ? "30s (default)" : idleness,
            delivery == DeliveryGuarantee.EXACTLY_ONCE ? " (latency includes the commit)" : "");
      } finally {
        stopJob(job);
      }
    }
    List<Double> sorted;
    synchronized (latencies) {
      sorted = new ArrayList<>(latencies);
    }
    Collections.sort(sorted);
    say("bench: (c) %s slowest revision per typology (ms): %s", delivery,
        new java.util.TreeMap<>(slowestByTypology).entrySet().stream()
            .map(e -> e.getKey() + "=" + Math.round(e.getValue())).toList());
    double p50 = percentile(sorted, 0.50);
    double p99 = percentile(sorted, 0.99);
    say("bench: (c) %s event-to-alert latency over %,d alert revisions with transactions (of %,d"
        + " received): p50 %.1f ms, p99 %.1f ms, max %.1f ms", delivery, sorted.size(), alerts[0], p50, p99,
        sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1));
    return new double[] {p50, p99};
  }

  /** The event-time idleness (c) runs with: the option, else the job's default. */
  private java.time.Duration inputIdleness() {
    return idleness == null
        ? dev.moneytrail.stream.io.EventTimeSettings.DEFAULT.idleness()
        : org.apache.flink.util.TimeUtils.parseDuration(idleness);
  }

  /** Cancels the job; if it had already ended, reports how. */
  private void stopJob(JobClient job) {
    try {
      job.cancel().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      try {
        job.getJobExecutionResult().get(5, TimeUnit.SECONDS);
        say("bench: the latency job had already finished");
      } catch (Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
          root = root.getCause();
        }
        say("bench: the latency job FAILED during the run: %s", root);
      }
    }
  }

  /** Counts alert revisions in a job accumulator. */
  static final class AlertCounter extends RichMapFunction<Alert, Alert> {
    private static final long serialVersionUID = 1L;
    static final String NAME = "alerts";
    private transient LongCounter counter;

    @Override
    public void open(OpenContext openContext) {
      counter = new LongCounter();
      getRuntimeContext().addAccumulator(NAME, counter);
    }

    @Override
    public Alert map(Alert alert) {
      counter.add(1);
      return alert;
    }
  }

  private static double percentile(List<Double> sorted, double q) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  /** (d) AccountState of every account after the bench feed, Avro binary, averaged. */
  private final class StateSizes {
    private final Map<String, AccountState> states = new HashMap<>();
    private long events;

    void apply(SimulationEvent e) {
      AccountState s = states.computeIfAbsent(e.accountId(), k -> AccountFeatures.empty());
      if (e instanceof SimulationEvent.Posting p) {
        AccountFeatures.applyTransaction(s, p.event());
      } else if (e instanceof SimulationEvent.AccountChange a) {
        AccountFeatures.applyAccountEvent(s, a.event());
      }
      events++;
    }

    double report() {
      AvroCodec<AccountState> codec = AvroCodec.of(AccountState.class);
      long total = 0;
      long max = 0;
      for (AccountState s : states.values()) {
        int size = codec.encode(s).length;
        total += size;
        max = Math.max(max, size);
      }
      double avg = states.isEmpty() ? 0 : (double) total / states.size();
      say("bench: (d) account-operator state: %,d active accounts, Avro AccountState %.0f bytes on"
          + " average (max %,d) after %,d events (serialized record only: fan-in/attribute keyed"
          + " state and state-backend overhead not included)", states.size(), avg, max, events);
      return avg;
    }
  }

  private void say(String format, Object... args) {
    String line = String.format(format, args);
    System.out.println(line);
    report.add(line);
  }
}
