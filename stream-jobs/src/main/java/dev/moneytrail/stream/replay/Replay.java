package dev.moneytrail.stream.replay;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.interchange.FileCounts;
import dev.moneytrail.schemas.interchange.InterchangeReader;
import dev.moneytrail.schemas.interchange.RejectSink;
import dev.moneytrail.stream.pipeline.JobEnvironments;
import dev.moneytrail.stream.pipeline.ScreeningPipeline;
import dev.moneytrail.stream.screening.OperatorUids;
import dev.moneytrail.stream.screening.ReferralSettings;
import dev.moneytrail.stream.screening.ScreeningEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs the real screening pipeline over an interchange data set, bounded, on a local Flink
 * mini-cluster: the same topology as the live job, fed from a file in event-time order instead of
 * Kafka. Replay, evaluation and backtests all go through here.
 */
public final class Replay {

  /** What a replay produced: the final revision of every alert, and what it read. */
  public record Result(List<Alert> alerts, List<FileCounts> inputCounts, long events,
      long rejected, Duration loading, Duration screening) {

    public Duration elapsed() {
      return loading.plus(screening);
    }
  }

  /**
   * An interchange data set read, validated and written once as an event-time-ordered replay file,
   * ready to be screened by any number of rule packages (backtests, sweeps). Delete it when done.
   */
  public record Prepared(Path file, List<FileCounts> inputCounts, long events, long rejected,
      Duration loading) implements AutoCloseable {

    @Override
    public void close() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  public static Result run(Path dataSet, RulePackage rules, int parallelism, RejectSink rejects) throws Exception {
    return run(dataSet, rules, parallelism, ReferralSettings.DEFAULT, rejects);
  }

  /** As above with the entity-cluster referral thresholds an FIU wants to try. */
  public static Result run(Path dataSet, RulePackage rules, int parallelism, ReferralSettings referral,
      RejectSink rejects) throws Exception {
    try (Prepared prepared = prepare(dataSet, rejects)) {
      return screen(prepared, rules, parallelism, referral);
    }
  }

  public static Prepared prepare(Path dataSet, RejectSink rejects) throws Exception {
    long started = System.nanoTime();
    InterchangeReader reader = InterchangeReader.open(dataSet, rejects);
    List<ScreeningEvent> events = new ArrayList<>();
    reader.readAccounts(a -> events.add(ScreeningEvent.of(a)));
    reader.readTransactions(t -> events.add(ScreeningEvent.of(t)));
    // Event-time order; at equal times account details first (an account opens before it is used),
    // then file order, so the replay order is a function of the input alone.
    List<Integer> order = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingLong(i -> events.get(i).eventTime().toEpochMilli())
        .thenComparingInt(i -> events.get(i).account != null ? 0 : 1)
        .thenComparingInt(i -> i));
    Path file = Files.createTempFile("replay-", ".events");
    try (ReplayFile.Writer w = new ReplayFile.Writer(file)) {
      for (int i : order) {
        w.write(events.get(i));
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new Prepared(file, reader.counts(), events.size(), reader.rejected(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** Screens a prepared data set with one package, in a job of its own (no state shared with other runs). */
  public static Result screen(Prepared prepared, RulePackage rules, int parallelism) throws Exception {
    return screen(prepared, rules, parallelism, ReferralSettings.DEFAULT);
  }

  /** As above with explicit entity-cluster referral thresholds. */
  public static Result screen(Prepared prepared, RulePackage rules, int parallelism, ReferralSettings referral)
      throws Exception {
    long started = System.nanoTime();
    List<Alert> alerts = execute(prepared.file(), rules, parallelism, referral);
    return new Result(alerts, prepared.inputCounts(), prepared.events(), prepared.rejected(),
        prepared.loading(), Duration.ofNanos(System.nanoTime() - started));
  }

  private static List<Alert> execute(Path file, RulePackage rules, int parallelism, ReferralSettings referral)
      throws Exception {
    StreamExecutionEnvironment env = JobEnvironments.create(new Configuration());
    env.setParallelism(parallelism);
    DataStream<ScreeningEvent> events = env.fromData(file.toString())
        .name("replay file").uid(OperatorUids.TRANSACTION_SOURCE)
        .flatMap(new ReplayFileSource())
        .returns(TypeExtractor.getForClass(ScreeningEvent.class))
        .setParallelism(1)
        .name("replay events").uid("replay-events")
        // A separate task, so periodic watermarks flow while the reader is still emitting.
        .disableChaining()
        .assignTimestampsAndWatermarks(WatermarkStrategy.<ScreeningEvent>forMonotonousTimestamps()
            .withTimestampAssigner((e, ts) -> e.eventTime().toEpochMilli()))
        .setParallelism(1)
        .name("event time").uid(OperatorUids.EVENT_TIME);
    DataStream<RulePackage> ruleUpdates = env.fromData(new AvroTypeInfo<>(RulePackage.class), rules)
        .name("rule package").uid(OperatorUids.RULE_SOURCE);
    ScreeningPipeline.Outputs outputs = ScreeningPipeline.build(
        new ScreeningPipeline.Inputs(events, ruleUpdates), rules, referral);
    Path alertsFile = Files.createTempFile("replay-", ".alerts");
    Map<String, Alert> latest = new LinkedHashMap<>();
    try {
      outputs.alerts().sinkTo(new AlertFileSink(alertsFile)).setParallelism(1)
          .name("alerts file").uid(OperatorUids.ALERT_SINK);
      env.execute("replay");
      for (Alert a : AlertFileSink.read(alertsFile)) {
        Alert seen = latest.get(a.getAlertId());
        if (seen == null || seen.getRevision() < a.getRevision()) {
          latest.put(a.getAlertId(), a);
        }
      }
    } finally {
      Files.deleteIfExists(alertsFile);
    }
    List<Alert> alerts = new ArrayList<>(latest.values());
    alerts.sort(Comparator.comparing(Alert::getCreatedAt).thenComparing(Alert::getAlertId));
    return alerts;
  }

  private Replay() {}
}
