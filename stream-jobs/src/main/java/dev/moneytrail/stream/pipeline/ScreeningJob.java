package dev.moneytrail.stream.pipeline;

import static org.apache.flink.configuration.ConfigOptions.key;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.topics.Topic;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.stream.io.DecodeFunction;
import dev.moneytrail.stream.io.DecodedRecord;
import dev.moneytrail.stream.io.DecodingDeserializer;
import dev.moneytrail.stream.io.EventTimeSettings;
import dev.moneytrail.stream.io.KafkaInputs;
import dev.moneytrail.stream.io.KafkaOutputs;
import dev.moneytrail.stream.io.KafkaSettings;
import dev.moneytrail.stream.io.RouteDecoded;
import dev.moneytrail.stream.screening.OperatorUids;
import dev.moneytrail.stream.screening.ReferralOptions;
import dev.moneytrail.stream.screening.ReferralSettings;
import dev.moneytrail.stream.screening.RulePackages;
import dev.moneytrail.stream.screening.ScreeningEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The live screening job: transactions and account events from Kafka (decoded and validated, bad
 * records to the dead-letter topic), the screening pipeline, alerts to Kafka exactly once. Only
 * wiring lives here; the logic is {@link ScreeningPipeline}.
 *
 * <p>Arguments are Flink configuration keys as {@code --key value} pairs, e.g.
 * {@code --kafka.bootstrap-servers broker:9092 --screening.rules.dir /rules/core}
 * (see {@link dev.moneytrail.stream.io.KafkaOptions}, {@link dev.moneytrail.stream.io.EventTimeOptions},
 * {@link ReferralOptions} and the options below).
 */
public final class ScreeningJob {

  /** A rule package directory to start with; the core package shipped with the job when absent. */
  public static final ConfigOption<String> RULES_DIR = key("screening.rules.dir").stringType()
      .noDefaultValue().withDescription("Rule package directory to start with (default: the shipped core package).");

  /** How often state and Kafka offsets are checkpointed; alerts become visible to read_committed readers at each one. */
  public static final ConfigOption<Duration> CHECKPOINT_INTERVAL = key("screening.checkpoint.interval")
      .durationType().defaultValue(Duration.ofSeconds(10))
      .withDescription("Checkpoint interval: bounds both recovery work and alert visibility delay (exactly-once sink).");

  /**
   * How alerts are written. Exactly-once (the default) makes an alert visible to read_committed
   * readers only when the checkpoint covering it completes, so the checkpoint interval is a floor
   * on alert latency; at-least-once makes it visible at once and may repeat a revision after a
   * restart, which an idempotent reader (alert id + revision, as the console's ingester) absorbs.
   */
  public static final ConfigOption<DeliveryGuarantee> ALERT_DELIVERY = key("screening.alerts.delivery")
      .enumType(DeliveryGuarantee.class).defaultValue(DeliveryGuarantee.EXACTLY_ONCE)
      .withDescription("EXACTLY_ONCE (alerts visible at checkpoints) or AT_LEAST_ONCE (visible at once;"
          + " a restart may repeat a revision, readers de-duplicate by alert id and revision).");

  public static void main(String[] args) throws Exception {
    Configuration conf = Configuration.fromMap(arguments(args));
    KafkaSettings kafka = KafkaSettings.from(conf);
    RulePackage rules = RulePackages.load(conf.getOptional(RULES_DIR).map(Path::of).orElse(null));
    StreamExecutionEnvironment env = JobEnvironments.create(conf);
    env.enableCheckpointing(conf.get(CHECKPOINT_INTERVAL).toMillis(), CheckpointingMode.EXACTLY_ONCE);
    ScreeningPipeline.Outputs out = build(env, kafka, rules, false, true, InputTap.NONE,
        EventTimeSettings.from(conf), ReferralSettings.from(conf));
    sinkAlerts(out, kafka, Topics.ALERTS, conf.get(ALERT_DELIVERY));
    env.execute("trafficking-proceeds screening " + rules.getPackageId() + "@" + rules.getVersion());
  }

  /**
   * Adds the Kafka sources, decoding with dead letters, and the screening pipeline to {@code env};
   * the caller decides where alerts go.
   *
   * @param bounded read each input topic up to its end offsets at start, then finish (benchmarks, tests)
   * @param deadLetterSink write refused input records to the dead-letter topic
   */
  public static ScreeningPipeline.Outputs build(StreamExecutionEnvironment env, KafkaSettings kafka,
      RulePackage rules, boolean bounded, boolean deadLetterSink) {
    return build(env, kafka, rules, bounded, deadLetterSink, InputTap.NONE);
  }

  /**
   * As above, with {@code tap} applied to each decoded input (transactions, accounts) before
   * screening: benchmarks time it there, recovery tests inject a failure there. The live job passes
   * {@link InputTap#NONE}.
   */
  public static ScreeningPipeline.Outputs build(StreamExecutionEnvironment env, KafkaSettings kafka,
      RulePackage rules, boolean bounded, boolean deadLetterSink,
      InputTap tap) {
    return build(env, kafka, rules, bounded, deadLetterSink, tap, EventTimeSettings.from(env.getConfiguration()),
        ReferralSettings.from(env.getConfiguration()));
  }

  /**
   * As above with explicit event-time and referral settings (the job's main reads them from its
   * arguments: a cluster's context environment need not carry custom keys).
   */
  public static ScreeningPipeline.Outputs build(StreamExecutionEnvironment env, KafkaSettings kafka,
      RulePackage rules, boolean bounded, boolean deadLetterSink,
      InputTap tap, EventTimeSettings time, ReferralSettings referral) {
    DecodedInputs in = decodedInputs(env, kafka, bounded, tap, time);
    if (deadLetterSink) {
      in.deadLetters().sinkTo(KafkaOutputs.deadLetters(kafka)).name("dead letters").uid(OperatorUids.DEAD_LETTER_SINK);
    }
    // The package the job starts with, then whatever is published on the rules topic.
    SingleOutputStreamOperator<RulePackage> published = env
        .fromSource(KafkaInputs.rulePackages(kafka, bounded), WatermarkStrategy.noWatermarks(), "rule packages")
        .uid(OperatorUids.RULE_SOURCE)
        .process(DecodeFunction.rulePackages())
        .name("decode rule packages").uid(OperatorUids.DECODE_RULES);
    DataStream<RulePackage> ruleUpdates = env.fromData(new AvroTypeInfo<>(RulePackage.class), rules)
        .name("start-up rule package").uid(OperatorUids.RULE_SOURCE + "-start-up")
        .union(published);
    ScreeningPipeline.Outputs out = ScreeningPipeline.build(
        new ScreeningPipeline.Inputs(in.events(), ruleUpdates), rules, referral);
    out.ruleAudit().sinkTo(KafkaOutputs.sink(kafka, Topics.AUDIT, DeliveryGuarantee.AT_LEAST_ONCE))
        .name("rule audit").uid(OperatorUids.RULE_AUDIT_SINK);
    if (deadLetterSink) {
      published.getSideOutput(DecodeFunction.DEAD_LETTERS).sinkTo(KafkaOutputs.deadLetters(kafka))
          .name("rule package dead letters").uid(OperatorUids.DEAD_LETTER_SINK + "-rules");
    }
    return out;
  }

  /**
   * The decoded ledger entries and account events of both input topics, each with its event-time
   * watermarks, and the records refused on the way (dead letters). The screening job reads its
   * input through this; the benchmark's floor job reads the same.
   */
  public record DecodedInputs(DataStream<ScreeningEvent> events, DataStream<DeadLetter> deadLetters) {}

  /** Kafka sources of both input topics, decoded and validated, {@code tap} applied to each. */
  public static DecodedInputs decodedInputs(StreamExecutionEnvironment env, KafkaSettings kafka,
      boolean bounded, InputTap tap, EventTimeSettings time) {
    SingleOutputStreamOperator<ScreeningEvent> txns = env
        .fromSource(input(kafka, Topics.TRANSACTIONS, DecodingDeserializer.transactions(), bounded),
            KafkaInputs.watermarks(time), "transactions")
        .uid(OperatorUids.TRANSACTION_SOURCE)
        .process(new RouteDecoded())
        .name("route decoded transactions").uid(OperatorUids.DECODE_TRANSACTIONS);
    SingleOutputStreamOperator<ScreeningEvent> accounts = env
        .fromSource(input(kafka, Topics.ACCOUNTS, DecodingDeserializer.accounts(), bounded),
            KafkaInputs.watermarks(time), "accounts")
        .uid(OperatorUids.ACCOUNT_SOURCE)
        .process(new RouteDecoded())
        .name("route decoded accounts").uid(OperatorUids.DECODE_ACCOUNTS);
    DataStream<ScreeningEvent> events = tap.apply("transactions", txns).union(tap.apply("accounts", accounts));
    DataStream<DeadLetter> dead = txns.getSideOutput(DecodeFunction.DEAD_LETTERS)
        .union(accounts.getSideOutput(DecodeFunction.DEAD_LETTERS));
    return new DecodedInputs(events, dead);
  }

  /**
   * Something applied to one decoded input before the inputs are merged. Per input, not on the
   * merged stream: an operator on the union of the two inputs cannot be chained to either source, so
   * it would run as a task of its own and cost every event one more serialised network hop that
   * the live job does not have (it did in the benchmark: about 4 % of the job's CPU).
   */
  @FunctionalInterface
  public interface InputTap {
    InputTap NONE = (input, decoded) -> decoded;

    /** @param input "transactions" or "accounts": names and uids of added operators must differ by it */
    DataStream<ScreeningEvent> apply(String input, DataStream<ScreeningEvent> decoded);
  }

  private static KafkaSource<DecodedRecord> input(KafkaSettings kafka, Topic<?> topic,
      DecodingDeserializer<?> deserializer, boolean bounded) {
    return bounded
        ? KafkaInputs.boundedSource(kafka, topic, deserializer)
        : KafkaInputs.source(kafka, topic, deserializer);
  }

  /**
   * Writes every alert revision to {@code topic}, and every shadow alert revision to the shadow
   * alerts topic, each in Kafka transactions committed at checkpoints (each sink with its own
   * transactional ids, so they never fence each other).
   */
  public static void sinkAlerts(ScreeningPipeline.Outputs out, KafkaSettings kafka, Topic<Alert> topic) {
    sinkAlerts(out, kafka, topic, DeliveryGuarantee.EXACTLY_ONCE);
  }

  /** As above with the given guarantee for both sinks (see {@link #ALERT_DELIVERY}). */
  public static void sinkAlerts(ScreeningPipeline.Outputs out, KafkaSettings kafka, Topic<Alert> topic,
      DeliveryGuarantee delivery) {
    out.alerts().sinkTo(KafkaOutputs.sink(kafka, topic, delivery))
        .name("alerts").uid(OperatorUids.ALERT_SINK);
    out.shadowAlerts().sinkTo(KafkaOutputs.sink(kafka, Topics.SHADOW_ALERTS, delivery))
        .name("shadow alerts").uid(OperatorUids.SHADOW_ALERT_SINK);
  }

  /** {@code --key value} pairs as a configuration map; a key without a value is refused. */
  static Map<String, String> arguments(String[] args) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --key value pairs, got: " + String.join(" ", args));
      }
      map.put(args[i].substring(2), args[i + 1]);
    }
    return map;
  }

  private ScreeningJob() {}
}
