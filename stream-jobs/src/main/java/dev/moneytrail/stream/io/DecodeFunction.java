package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.DeadLetter;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import dev.moneytrail.stream.metrics.ScreeningMetrics;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes raw Kafka records of the rules topic into rule packages and validates them (the
 * screening inputs are decoded inside their source instead, see {@link DecodingDeserializer}).
 * Good packages go to the main output; everything else goes to {@link #DEAD_LETTERS} with the raw
 * bytes, its topic/partition/offset and a reason (see {@link RecordDecoder}). Nothing a producer
 * sends can make this function throw, so bad input never stops or restarts the job.
 *
 * <p>Metrics (Flink and Micrometer, see {@link ScreeningMetrics}): {@code screening.decoded{type}}
 * and {@code screening.deadletters{reason}}.
 *
 * @param <T> the event type
 */
public final class DecodeFunction<T extends SpecificRecordBase> extends ProcessFunction<RawRecord, T>
    implements ResultTypeQueryable<T> {

  private static final long serialVersionUID = 1L;

  /** Side output of records that could not be used. */
  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("dead-letters", new AvroTypeInfo<>(DeadLetter.class));

  private final InputType<T> inputType;

  private transient RecordDecoder<T> decoder;
  private transient ScreeningMetrics.DualCounter decoded;
  private transient Map<DeadLetterReason, ScreeningMetrics.DualCounter> refused;

  private DecodeFunction(InputType<T> inputType) {
    this.inputType = inputType;
  }

  /** Decodes {@code screening.rules.v1} records. */
  public static DecodeFunction<RulePackage> rulePackages() {
    return new DecodeFunction<>(InputType.RULE_PACKAGES);
  }

  @Override
  public void open(OpenContext openContext) {
    decoder = new RecordDecoder<>(inputType);
    ScreeningMetrics metrics = new ScreeningMetrics(getRuntimeContext().getMetricGroup());
    decoded = metrics.counter("screening.decoded", "type", inputType.type().getSimpleName());
    refused = DeadLetterReason.counters(metrics);
  }

  @Override
  public void processElement(RawRecord raw, Context ctx, Collector<T> out) {
    RecordDecoder.Outcome<T> outcome = decoder.decode(raw.getTopic(), raw.getPartition(),
        raw.getOffset(), raw.getKey() == null ? null : bytes(raw.getKey()),
        raw.getValue() == null ? null : bytes(raw.getValue()),
        Instant.ofEpochMilli(ctx.timerService().currentProcessingTime()));
    if (outcome.event() != null) {
      decoded.increment();
      out.collect(outcome.event());
    } else {
      refused.get(DeadLetterReason.valueOf(outcome.refused().getReason())).increment();
      ctx.output(DEAD_LETTERS, outcome.refused());
    }
  }

  static byte[] bytes(ByteBuffer buffer) {
    // duplicate(): reading must not move the position of the buffer the dead letter keeps.
    ByteBuffer view = buffer.duplicate();
    byte[] copy = new byte[view.remaining()];
    view.get(copy);
    return copy;
  }

  @Override
  public TypeInformation<T> getProducedType() {
    return new AvroTypeInfo<>(inputType.type());
  }
}
