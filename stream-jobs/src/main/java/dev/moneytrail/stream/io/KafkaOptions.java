package dev.moneytrail.stream.io;

import java.time.Duration;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/**
 * Configuration keys of the job's Kafka clients, with their defaults; {@link KafkaSettings} is the
 * validated value built from them. The defaults suit the embedded demo broker on this machine;
 * a real cluster needs at least {@link #BOOTSTRAP_SERVERS} and usually security settings through
 * {@link #PROPERTIES_PREFIX}, for example:
 *
 * <pre>
 * kafka.bootstrap-servers: broker-1.bank.internal:9093,broker-2.bank.internal:9093
 * kafka.group-id: screening-prod
 * kafka.transactional-id-prefix: screening-prod
 * kafka.properties.security.protocol: SASL_SSL
 * kafka.properties.sasl.mechanism: SCRAM-SHA-512
 * kafka.properties.sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="..." password="...";
 * kafka.properties.ssl.truststore.location: /etc/screening/truststore.p12
 * </pre>
 */
public final class KafkaOptions {

  /** Where the job should start reading when it has no checkpoint to restore from. */
  public enum StartingOffsets {
    /** The beginning of every partition: a fresh demo, or re-screening all retained history. */
    EARLIEST,
    /** Only records that arrive after the job starts. */
    LATEST,
    /** The group's committed offsets, else the beginning: resumes where the last run stopped. */
    COMMITTED
  }

  public static final ConfigOption<String> BOOTSTRAP_SERVERS =
      ConfigOptions.key("kafka.bootstrap-servers")
          .stringType()
          .defaultValue("127.0.0.1:9092")
          .withDescription("Comma-separated host:port list of brokers.");

  public static final ConfigOption<String> GROUP_ID =
      ConfigOptions.key("kafka.group-id")
          .stringType()
          .defaultValue("moneytrail-screening")
          .withDescription("Consumer group of the job's sources; offsets are committed under it on"
              + " each checkpoint (for monitoring lag; recovery uses the checkpoint).");

  public static final ConfigOption<StartingOffsets> STARTING_OFFSETS =
      ConfigOptions.key("kafka.starting-offsets")
          .enumType(StartingOffsets.class)
          .defaultValue(StartingOffsets.COMMITTED)
          .withDescription("Where to start without a checkpoint: EARLIEST, LATEST or COMMITTED"
              + " (committed group offsets, falling back to the earliest).");

  public static final ConfigOption<String> TRANSACTIONAL_ID_PREFIX =
      ConfigOptions.key("kafka.transactional-id-prefix")
          .stringType()
          .defaultValue("moneytrail-screening")
          .withDescription("Prefix of the exactly-once sinks' transactional ids; the topic name is"
              + " appended per sink. Must be unique per job on a cluster: two jobs sharing it"
              + " fence each other's transactions.");

  public static final ConfigOption<Duration> TRANSACTION_TIMEOUT =
      ConfigOptions.key("kafka.transaction-timeout")
          .durationType()
          .defaultValue(Duration.ofMinutes(10))
          .withDescription("transaction.timeout.ms of the exactly-once sinks. Must exceed the"
              + " longest checkpoint interval plus recovery time (a transaction stays open from"
              + " one checkpoint to the next) and not exceed the broker's"
              + " transaction.max.timeout.ms (15 min by default).");

  /**
   * Keys starting with this are passed to every Kafka client with the prefix removed, e.g. {@code
   * kafka.properties.security.protocol}. Settings the job manages itself are refused there.
   */
  public static final String PROPERTIES_PREFIX = "kafka.properties.";

  private KafkaOptions() {}
}
