package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.interchange.FieldError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
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
 * Decodes raw Kafka records into events and validates them. Good events go to the main output
 * (keeping the record's event-time timestamp); everything else goes to {@link #DEAD_LETTERS} with
 * the raw bytes, its topic/partition/offset and a reason: {@code UNDECODABLE}, {@code
 * INVALID_FIELD} or {@code NULL_VALUE}, with a detail naming the field. Nothing a producer sends can
 * make this function throw, so bad input never stops or restarts the job.
 *
 * <p>Metrics (Flink and Micrometer, see {@link ScreeningMetrics}): {@code screening.decoded{topic}}
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

  private transient SafeAvroDecoder<T> decoder;
  private transient ScreeningMetrics.DualCounter decoded;
  private transient Map<DeadLetterReason, ScreeningMetrics.DualCounter> refused;

  private DecodeFunction(InputType<T> inputType) {
    this.inputType = inputType;
  }

  /** Decodes {@code screening.transactions.v1} records. */
  public static DecodeFunction<TransactionEvent> transactions() {
    return new DecodeFunction<>(InputType.TRANSACTIONS);
  }

  /** Decodes {@code screening.accounts.v1} records. */
  public static DecodeFunction<RulePackage> rulePackages() {
    return new DecodeFunction<>(InputType.RULE_PACKAGES);
  }

  /** Decodes {@code screening.accounts.v1} records. */
  public static DecodeFunction<AccountEvent> accounts() {
    return new DecodeFunction<>(InputType.ACCOUNTS);
  }

  @Override
  public void open(OpenContext openContext) {
    decoder = SafeAvroDecoder.of(inputType.type());
    ScreeningMetrics metrics = new ScreeningMetrics(getRuntimeContext().getMetricGroup());
    decoded = metrics.counter("screening.decoded", "type", inputType.type().getSimpleName());
    refused = new EnumMap<>(DeadLetterReason.class);
    for (DeadLetterReason reason : DeadLetterReason.values()) {
      refused.put(reason, metrics.counter("screening.deadletters", "reason", reason.name()));
    }
  }

  @Override
  public void processElement(RawRecord raw, Context ctx, Collector<T> out) {
    if (raw.getValue() == null) {
      refuse(raw, DeadLetterReason.NULL_VALUE,
          "value: missing; expected a " + inputType + " (a tombstone or a producer bug)", ctx);
      return;
    }
    T event;
    try {
      event = decoder.decode(bytes(raw.getValue()));
    } catch (IOException e) {
      refuse(raw, DeadLetterReason.UNDECODABLE,
          "value: not a raw-Avro " + inputType + ": " + e.getMessage(), ctx);
      return;
    }
    List<FieldError> errors = inputType.validate(event);
    if (!errors.isEmpty()) {
      refuse(raw, DeadLetterReason.INVALID_FIELD, EventValidator.describe(errors), ctx);
      return;
    }
    decoded.increment();
    out.collect(event);
  }

  private void refuse(RawRecord raw, DeadLetterReason reason, String detail, Context ctx) {
    refused.get(reason).increment();
    ctx.output(DEAD_LETTERS, DeadLetter.newBuilder()
        .setSourceTopic(raw.getTopic())
        .setSourcePartition(raw.getPartition())
        .setSourceOffset(raw.getOffset())
        .setRawKey(raw.getKey())
        .setRawValue(raw.getValue())
        .setReason(reason.name())
        .setDetail(detail)
        .setReceivedAt(Instant.ofEpochMilli(ctx.timerService().currentProcessingTime()))
        .build());
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
