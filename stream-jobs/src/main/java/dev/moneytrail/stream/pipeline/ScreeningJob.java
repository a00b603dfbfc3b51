package dev.moneytrail.stream.pipeline;

import static org.apache.flink.configuration.ConfigOptions.key;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.topics.Topic;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.stream.io.DecodeFunction;
import dev.moneytrail.stream.io.EventTimeSettings;
import dev.moneytrail.stream.io.InputType;
import dev.moneytrail.stream.io.KafkaInputs;
import dev.moneytrail.stream.io.KafkaOutputs;
import dev.moneytrail.stream.io.KafkaSettings;
import dev.moneytrail.stream.io.RawRecord;
import dev.moneytrail.stream.screening.OperatorUids;
import dev.moneytrail.stream.screening.RulePackages;
import dev.moneytrail.stream.screening.ScreeningEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.TypeExtractor;
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
 * (see {@link dev.moneytrail.stream.io.KafkaOptions} and the options below).
 */
public final class ScreeningJob {

  /** A rule package directory to start with; the core package shipped with the job when absent. */
  public static final ConfigOption<String> RULES_DIR = key("screening.rules.dir").stringType()
      .noDefaultValue().withDescription("Rule package directory to start with (default: the shipped core package).");

  /** How often state and Kafka offsets are checkpointed; alerts become visible to read_committed readers at each one. */
  public static final ConfigOption<Duration> CHECKPOINT_INTERVAL = key("screening.checkpoint.interval")
      .durationType().defaultValue(Duration.ofSeconds(10))
      .withDescription("Checkpoint interval: bounds both recovery work and alert visibility delay (exactly-once sink).");

  public static void main(String[] args) throws Exception {
    Configuration conf = Configuration.fromMap(arguments(args));
    KafkaSettings kafka = KafkaSettings.from(conf);
    RulePackage rules = RulePackages.load(conf.getOptional(RULES_DIR).map(Path::of).orElse(null));
    StreamExecutionEnvironment env = JobEnvironments.create(conf);
    env.enableCheckpointing(conf.get(CHECKPOINT_INTERVAL).toMillis(), CheckpointingMode.EXACTLY_ONCE);
    ScreeningPipeline.Outputs out = build(env, kafka, rules, false, true);
    sinkAlerts(out, kafka, Topics.ALERTS);
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
    return build(env, kafka, rules, bounded, deadLetterSink, UnaryOperator.identity());
  }

  /**
   * As above, with {@code tap} applied to the decoded event stream before screening: benchmarks
   * time it there, recovery tests inject a failure there. The live job passes the identity.
   */
  public static ScreeningPipeline.Outputs build(StreamExecutionEnvironment env, KafkaSettings kafka,
      RulePackage rules, boolean bounded, boolean deadLetterSink,
      UnaryOperator<DataStream<ScreeningEvent>> tap) {
    EventTimeSettings time = EventTimeSettings.DEFAULT;
    KafkaSource<RawRecord> txnSource = bounded
        ? KafkaInputs.boundedSource(kafka, Topics.TRANSACTIONS) : KafkaInputs.source(kafka, Topics.TRANSACTIONS);
    KafkaSource<RawRecord> accountSource = bounded
        ? KafkaInputs.boundedSource(kafka, Topics.ACCOUNTS) : KafkaInputs.source(kafka, Topics.ACCOUNTS);
    TypeInformation<ScreeningEvent> eventType = TypeExtractor.getForClass(ScreeningEvent.class);

    SingleOutputStreamOperator<TransactionEvent> txns = env
        .fromSource(txnSource, KafkaInputs.watermarks(InputType.TRANSACTIONS, time), "transactions")
        .uid(OperatorUids.TRANSACTION_SOURCE)
        .process(DecodeFunction.transactions())
        .name("decode transactions").uid(OperatorUids.DECODE_TRANSACTIONS);
    SingleOutputStreamOperator<AccountEvent> accounts = env
        .fromSource(accountSource, KafkaInputs.watermarks(InputType.ACCOUNTS, time), "accounts")
        .uid(OperatorUids.ACCOUNT_SOURCE)
        .process(DecodeFunction.accounts())
        .name("decode accounts").uid(OperatorUids.DECODE_ACCOUNTS);

    DataStream<ScreeningEvent> events = txns
        .map(ScreeningEvent::of).returns(eventType)
        .name("as screening event (txn)").uid(OperatorUids.WRAP_TRANSACTIONS)
        .union(accounts.map(ScreeningEvent::of).returns(eventType)
            .name("as screening event (account)").uid(OperatorUids.WRAP_ACCOUNTS));

    if (deadLetterSink) {
      DataStream<DeadLetter> dead = txns.getSideOutput(DecodeFunction.DEAD_LETTERS)
          .union(accounts.getSideOutput(DecodeFunction.DEAD_LETTERS));
      dead.sinkTo(KafkaOutputs.deadLetters(kafka)).name("dead letters").uid(OperatorUids.DEAD_LETTER_SINK);
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
        new ScreeningPipeline.Inputs(tap.apply(events), ruleUpdates), rules);
    out.ruleAudit().sinkTo(KafkaOutputs.sink(kafka, Topics.AUDIT, DeliveryGuarantee.AT_LEAST_ONCE))
        .name("rule audit").uid(OperatorUids.RULE_AUDIT_SINK);
    if (deadLetterSink) {
      published.getSideOutput(DecodeFunction.DEAD_LETTERS).sinkTo(KafkaOutputs.deadLetters(kafka))
          .name("rule package dead letters").uid(OperatorUids.DEAD_LETTER_SINK + "-rules");
    }
    return out;
  }

  /**
   * Writes every alert revision to {@code topic}, and every shadow alert revision to the shadow
   * alerts topic, each in Kafka transactions committed at checkpoints (each sink with its own
   * transactional ids, so they never fence each other).
   */
  public static void sinkAlerts(ScreeningPipeline.Outputs out, KafkaSettings kafka, Topic<Alert> topic) {
    out.alerts().sinkTo(KafkaOutputs.sink(kafka, topic, DeliveryGuarantee.EXACTLY_ONCE))
        .name("alerts").uid(OperatorUids.ALERT_SINK);
    out.shadowAlerts().sinkTo(KafkaOutputs.sink(kafka, Topics.SHADOW_ALERTS, DeliveryGuarantee.EXACTLY_ONCE))
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
