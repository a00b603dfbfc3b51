package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.topics.Topic;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.stream.io.KafkaOptions.StartingOffsets;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * Kafka sources of the job and the event-time (watermark) strategies that go with them.
 *
 * <p>The screening inputs are decoded inside their source ({@link DecodingDeserializer} emits
 * {@link DecodedRecord}s); the rules topic's source emits {@link RawRecord}s that {@link
 * DecodeFunction} decodes next. Consumers read with {@code isolation.level=read_committed}: our own topics are
 * written in transactions, and reading uncommitted would surface aborted records; on topics from
 * non-transactional producers it changes nothing.
 *
 * <p>Where watermarks are made: at the source, per Kafka partition, from the event time inside the
 * decoded value. A source's watermark strategy runs per partition and the subtask emits the
 * minimum across its partitions; a strategy placed after the source sees one interleaved stream of
 * all the subtask's partitions, so when partitions are read at different speeds (catching up after
 * an outage, a replay of retained history) the fast partition's event time would make the slow
 * partition's events late. Refused records get timestamp {@link DecodedRecord#NO_EVENT_TIME}, so
 * they never move event time: a garbage value must not be able to push the watermark to 2100.
 */
public final class KafkaInputs {

  private KafkaInputs() {}

  /** An unbounded source over a topic, starting per {@link KafkaSettings#startingOffsets()}. */
  public static <T> KafkaSource<T> source(KafkaSettings settings, Topic<?> topic,
      KafkaRecordDeserializationSchema<T> deserializer) {
    return builder(settings, topic, deserializer).build();
  }

  /**
   * A bounded source over a topic: it reads from the configured starting offsets up to the end of
   * each partition as of the job's start, then finishes (a replay of a topic range, tests).
   */
  public static <T> KafkaSource<T> boundedSource(KafkaSettings settings, Topic<?> topic,
      KafkaRecordDeserializationSchema<T> deserializer) {
    return builder(settings, topic, deserializer).setBounded(OffsetsInitializer.latest()).build();
  }

  /**
   * The rules topic from its beginning: it is compacted, so it holds the latest publication of
   * every package, and a job starting afresh must see all of them. A restored job resumes from its
   * checkpointed offsets as usual.
   */
  public static KafkaSource<RawRecord> rulePackages(KafkaSettings settings, boolean bounded) {
    KafkaSourceBuilder<RawRecord> b = builder(settings, Topics.RULES, new RawRecordDeserializer())
        .setStartingOffsets(OffsetsInitializer.earliest());
    if (bounded) {
      b.setBounded(OffsetsInitializer.latest());
    }
    return b.build();
  }

  private static <T> KafkaSourceBuilder<T> builder(KafkaSettings settings, Topic<?> topic,
      KafkaRecordDeserializationSchema<T> deserializer) {
    return KafkaSource.<T>builder()
        .setProperties(settings.baseClientProperties())
        .setBootstrapServers(settings.bootstrapServers())
        .setGroupId(settings.groupId())
        .setTopics(topic.name())
        // Unique per source, so client metrics and quotas can tell the job's sources apart.
        .setClientIdPrefix(settings.groupId() + "-" + topic.name())
        .setStartingOffsets(startingOffsets(settings.startingOffsets()))
        .setDeserializer(deserializer)
        .setProperty("isolation.level", "read_committed");
  }

  static OffsetsInitializer startingOffsets(StartingOffsets startingOffsets) {
    return switch (startingOffsets) {
      case EARLIEST -> OffsetsInitializer.earliest();
      case LATEST -> OffsetsInitializer.latest();
      // The connector's 5.0 API still takes the deprecated enum; there is no replacement overload.
      case COMMITTED -> committedOrEarliest();
    };
  }

  @SuppressWarnings("deprecation")
  private static OffsetsInitializer committedOrEarliest() {
    return OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
  }

  /**
   * Per-partition watermarks for a screening input source: bounded out-of-orderness and idleness
   * from {@code settings}, event time read from the decoded value. Use with {@code
   * env.fromSource(source(..., DecodingDeserializer...), watermarks(...), name)}.
   */
  public static WatermarkStrategy<DecodedRecord> watermarks(EventTimeSettings settings) {
    return WatermarkStrategy.<DecodedRecord>forBoundedOutOfOrderness(settings.maxOutOfOrderness())
        .withTimestampAssigner((record, kafkaTimestamp) -> record.eventTimeMillis())
        .withIdleness(settings.idleness());
  }

  /**
   * The same watermarks for already decoded events, for inputs that are not Kafka (replay files,
   * in-memory test sources), so replay and live runs keep time the same way.
   */
  public static <T extends SpecificRecordBase> WatermarkStrategy<T> eventWatermarks(
      InputType<T> inputType, EventTimeSettings settings) {
    return WatermarkStrategy.<T>forBoundedOutOfOrderness(settings.maxOutOfOrderness())
        .withTimestampAssigner((event, ignored) -> inputType.eventTime(event).toEpochMilli())
        .withIdleness(settings.idleness());
  }
}
