package dev.moneytrail.stream.io;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns every Kafka record into a {@link RawRecord}: the key and value bytes untouched, plus topic,
 * partition, offset and record timestamp. It never throws and never drops a record, whatever the
 * bytes, because a deserializer that throws fails the source and the whole job would stop on one
 * bad record; judging the bytes is {@link DecodeFunction}'s job, which can dead-letter them.
 */
public final class RawRecordDeserializer implements KafkaRecordDeserializationSchema<RawRecord> {

  private static final long serialVersionUID = 1L;

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawRecord> out) {
    out.collect(toRawRecord(record));
  }

  /** The mapping itself, for tests and for callers outside a Flink source. */
  public static RawRecord toRawRecord(ConsumerRecord<byte[], byte[]> record) {
    // The consumer hands over fresh arrays per record, so wrapping without copying is safe.
    return new RawRecord(
        record.topic(),
        record.partition(),
        record.offset(),
        record.key() == null ? null : ByteBuffer.wrap(record.key()),
        record.value() == null ? null : ByteBuffer.wrap(record.value()),
        Instant.ofEpochMilli(record.timestamp()));
  }

  @Override
  public TypeInformation<RawRecord> getProducedType() {
    return new AvroTypeInfo<>(RawRecord.class);
  }
}
