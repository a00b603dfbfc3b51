package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.interchange.FieldError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * Judges one Kafka value: the decoded, valid event, or the dead letter that says why not, with the
 * raw bytes and where they came from. Never throws, whatever the bytes: a deserializer or function
 * that threw would fail the task, and the task would fail again on the same record after every
 * restart.
 *
 * <p>Not thread-safe (the Avro decoder is not); one per task.
 *
 * @param <T> the event type
 */
public final class RecordDecoder<T extends SpecificRecordBase> {

  /** Exactly one of {@code event} and {@code refused} is set. */
  public record Outcome<T>(T event, DeadLetter refused) {}

  private final InputType<T> inputType;
  private final SafeAvroDecoder<T> decoder;

  public RecordDecoder(InputType<T> inputType) {
    this.inputType = inputType;
    this.decoder = SafeAvroDecoder.of(inputType.type());
  }

  /**
   * @param receivedAt processing time, stamped on a dead letter for operators; never used in a decision
   */
  public Outcome<T> decode(String topic, int partition, long offset, byte[] key, byte[] value,
      Instant receivedAt) {
    if (value == null) {
      return refuse(topic, partition, offset, key, null, receivedAt, DeadLetterReason.NULL_VALUE,
          "value: missing; expected a " + inputType + " (a tombstone or a producer bug)");
    }
    T event;
    try {
      event = decoder.decode(value);
    } catch (IOException e) {
      return refuse(topic, partition, offset, key, value, receivedAt, DeadLetterReason.UNDECODABLE,
          "value: not a raw-Avro " + inputType + ": " + e.getMessage());
    }
    List<FieldError> errors = inputType.validate(event);
    if (!errors.isEmpty()) {
      return refuse(topic, partition, offset, key, value, receivedAt, DeadLetterReason.INVALID_FIELD,
          EventValidator.describe(errors));
    }
    return new Outcome<>(event, null);
  }

  private Outcome<T> refuse(String topic, int partition, long offset, byte[] key, byte[] value,
      Instant receivedAt, DeadLetterReason reason, String detail) {
    return new Outcome<>(null, DeadLetter.newBuilder()
        .setSourceTopic(topic)
        .setSourcePartition(partition)
        .setSourceOffset(offset)
        .setRawKey(key == null ? null : ByteBuffer.wrap(key))
        .setRawValue(value == null ? null : ByteBuffer.wrap(value))
        .setReason(reason.name())
        .setDetail(detail)
        .setReceivedAt(receivedAt)
        .build());
  }
}
