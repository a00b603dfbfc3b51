package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.topics.Topic;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.stream.io.KafkaOptions.StartingOffsets;
import java.io.IOException;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * Kafka sources of the job and the event-time (watermark) strategies that go with them.
 *
 * <p>Sources emit {@link RawRecord}s (see {@link RawRecordDeserializer}); {@link DecodeFunction}
 * decodes them next. Consumers read with {@code isolation.level=read_committed}: our own topics are
 * written in transactions, and reading uncommitted would surface aborted records; on topics from
 * non-transactional producers it changes nothing.
 *
 * <p>Where watermarks are made: at the source, per Kafka partition, although the event time is
 * inside the not-yet-decoded value. A source's watermark strategy runs per partition and the
 * subtask emits the minimum across its partitions; a strategy placed after decoding sees one
 * interleaved stream of all the subtask's partitions, so when partitions are read at different
 * speeds (catching up after an outage, a replay of retained history) the fast partition's event
 * time would make the slow partition's events late. The price is decoding each value twice (once
 * here for the timestamp, once in {@link DecodeFunction}); Avro decodes millions of records per
 * second per core, far more than one source subtask fetches. Records that do not decode or validate get timestamp {@link Long#MIN_VALUE}, so
 * they never move event time: a garbage value must not be able to push the watermark to 2100.
 */
public final class KafkaInputs {

  private KafkaInputs() {}

  /** An unbounded source over a topic, starting per {@link KafkaSettings#startingOffsets()}. */
  public static KafkaSource<RawRecord> source(KafkaSettings settings, Topic<?> topic) {
    return builder(settings, topic).build();
  }

  /**
   * A bounded source over a topic: it reads from the configured starting offsets up to the end of
   * each partition as of the job's start, then finishes (a replay of a topic range, tests).
   */
  public static KafkaSource<RawRecord> boundedSource(KafkaSettings settings, Topic<?> topic) {
    return builder(settings, topic).setBounded(OffsetsInitializer.latest()).build();
  }

  /**
   * The rules topic from its beginning: it is compacted, so it holds the latest publication of
   * every package, and a job starting afresh must see all of them. A restored job resumes from its
   * checkpointed offsets as usual.
   */
  public static KafkaSource<RawRecord> rulePackages(KafkaSettings settings, boolean bounded) {
    KafkaSourceBuilder<RawRecord> b = builder(settings, Topics.RULES)
        .setStartingOffsets(OffsetsInitializer.earliest());
    if (bounded) {
      b.setBounded(OffsetsInitializer.latest());
    }
    return b.build();
  }

  private static KafkaSourceBuilder<RawRecord> builder(KafkaSettings settings, Topic<?> topic) {
    return KafkaSource.<RawRecord>builder()
        .setProperties(settings.baseClientProperties())
        .setBootstrapServers(settings.bootstrapServers())
        .setGroupId(settings.groupId())
        .setTopics(topic.name())
        // Unique per source, so client metrics and quotas can tell the job's sources apart.
        .setClientIdPrefix(settings.groupId() + "-" + topic.name())
        .setStartingOffsets(startingOffsets(settings.startingOffsets()))
        .setDeserializer(new RawRecordDeserializer())
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
   * Per-partition watermarks for a source of {@code inputType} records: bounded out-of-orderness
   * and idleness from {@code settings}, event time read from the value. Use with {@code
   * env.fromSource(source(...), watermarks(...), name)}.
   */
  public static <T extends SpecificRecordBase> WatermarkStrategy<RawRecord> watermarks(
      InputType<T> inputType, EventTimeSettings settings) {
    return WatermarkStrategy.<RawRecord>forBoundedOutOfOrderness(settings.maxOutOfOrderness())
        .withTimestampAssigner(context -> new RawEventTimeAssigner<>(inputType))
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

  /** Reads event time from a raw value; one per source subtask, so the decoder is not shared. */
  static final class RawEventTimeAssigner<T extends SpecificRecordBase>
      implements TimestampAssigner<RawRecord> {

    /** Timestamp of records that will be dead-lettered: never advances a watermark. */
    static final long NO_EVENT_TIME = Long.MIN_VALUE;

    private final InputType<T> inputType;
    private final SafeAvroDecoder<T> decoder;

    RawEventTimeAssigner(InputType<T> inputType) {
      this.inputType = inputType;
      this.decoder = SafeAvroDecoder.of(inputType.type());
    }

    @Override
    public long extractTimestamp(RawRecord raw, long kafkaTimestamp) {
      if (raw.getValue() == null) {
        return NO_EVENT_TIME;
      }
      try {
        T event = decoder.decode(DecodeFunction.bytes(raw.getValue()));
        return inputType.validate(event).isEmpty()
            ? inputType.eventTime(event).toEpochMilli()
            : NO_EVENT_TIME;
      } catch (IOException | RuntimeException e) {
        return NO_EVENT_TIME;
      }
    }
  }
}
