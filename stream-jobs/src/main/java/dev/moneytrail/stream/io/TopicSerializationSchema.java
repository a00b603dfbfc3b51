package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.topics.Topic;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes values of a catalogue {@link Topic} the way every consumer of it expects: key = the UTF-8
 * text of the value's field named by {@link Topic#keyMeaning()} (e.g. {@code alert_id}), value =
 * {@link AvroCodec} raw binary. Keeps only the topic name, value class and key field position (a
 * {@link Topic} is not serializable); the codec is made in {@link #open}.
 *
 * <p>The Kafka record timestamp is left to the producer (the time of writing), not the event time:
 * topic retention is by record timestamp, and alerts from a replay of last year's data must not be
 * deleted the moment they are written.
 *
 * @param <T> the topic's value type
 */
public final class TopicSerializationSchema<T extends SpecificRecord>
    implements KafkaRecordSerializationSchema<T> {

  private static final long serialVersionUID = 1L;

  private final String topicName;
  private final Class<T> valueType;
  private final int keyField;

  private transient AvroCodec<T> codec;

  /**
   * @throws IllegalArgumentException when the value type has no field named by the topic's key
   *     meaning, so a wrong catalogue entry fails when the job is built, not on the first record
   */
  public TopicSerializationSchema(Topic<T> topic) {
    this.topicName = topic.name();
    this.valueType = topic.valueType();
    Schema schema = SpecificData.get().getSchema(topic.valueType());
    Schema.Field field = schema.getField(topic.keyMeaning());
    if (field == null) {
      throw new IllegalArgumentException("topic " + topic.name() + " is keyed by '"
          + topic.keyMeaning() + "', which is not a field of " + schema.getFullName());
    }
    this.keyField = field.pos();
  }

  @Override
  public void open(
      SerializationSchema.InitializationContext context, KafkaSinkContext sinkContext) {
    codec = AvroCodec.of(valueType);
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(
      T element, KafkaSinkContext context, Long timestamp) {
    Object key = element.get(keyField);
    return new ProducerRecord<>(
        topicName,
        null,
        null,
        key == null ? null : key.toString().getBytes(StandardCharsets.UTF_8),
        codec.encode(element));
  }
}
