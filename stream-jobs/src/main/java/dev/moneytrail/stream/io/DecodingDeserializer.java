package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.TransactionEvent;
import java.time.Instant;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Decodes and validates every record of a screening input topic inside the Kafka source, emitting a
 * {@link DecodedRecord}: the event, or the dead letter with the raw bytes, origin and reason. It
 * never throws and never drops a record (see {@link RecordDecoder}); {@link RouteDecoded} sends the
 * refused ones to the dead-letter topic.
 *
 * <p>Why decode in the source: the watermark is made per Kafka partition inside the source (see
 * {@link KafkaInputs#watermarks}), and it needs the event time that is inside the value. Decoding
 * once here, rather than once for the timestamp and again in a downstream function, halves the
 * source's decoding work and drops the raw-record hop between them.
 *
 * @param <T> the Avro event type of the topic
 */
public final class DecodingDeserializer<T extends SpecificRecordBase>
    implements KafkaRecordDeserializationSchema<DecodedRecord> {

  private static final long serialVersionUID = 1L;

  private final InputType<T> inputType;
  private final SerializableFunction<T, DecodedRecord> accept;
  private transient RecordDecoder<T> decoder;

  private DecodingDeserializer(InputType<T> inputType, SerializableFunction<T, DecodedRecord> accept) {
    this.inputType = inputType;
    this.accept = accept;
  }

  public static DecodingDeserializer<TransactionEvent> transactions() {
    return new DecodingDeserializer<>(InputType.TRANSACTIONS, DecodedRecord::of);
  }

  public static DecodingDeserializer<AccountEvent> accounts() {
    return new DecodingDeserializer<>(InputType.ACCOUNTS, DecodedRecord::of);
  }

  @Override
  public void open(DeserializationSchema.InitializationContext context) {
    decoder = new RecordDecoder<>(inputType);
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<DecodedRecord> out) {
    out.collect(decode(record));
  }

  /** The mapping itself, for tests and for callers outside a Flink source. */
  public DecodedRecord decode(ConsumerRecord<byte[], byte[]> record) {
    if (decoder == null) {
      decoder = new RecordDecoder<>(inputType);
    }
    // The consumer hands over fresh arrays per record, so the dead letter may keep them uncopied.
    RecordDecoder.Outcome<T> outcome = decoder.decode(record.topic(), record.partition(),
        record.offset(), record.key(), record.value(), Instant.now());
    return outcome.event() != null ? accept.apply(outcome.event()) : DecodedRecord.refused(outcome.refused());
  }

  @Override
  public TypeInformation<DecodedRecord> getProducedType() {
    return TypeExtractor.getForClass(DecodedRecord.class);
  }
}
