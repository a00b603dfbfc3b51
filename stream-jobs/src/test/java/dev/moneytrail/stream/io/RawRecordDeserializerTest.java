package dev.moneytrail.stream.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.testdata.Transactions;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class RawRecordDeserializerTest {

  private final RawRecordDeserializer deserializer = new RawRecordDeserializer();

  private static ConsumerRecord<byte[], byte[]> record(
      int partition, long offset, long timestamp, byte[] key, byte[] value) {
    return new ConsumerRecord<>("screening.transactions.v1", partition, offset, timestamp,
        TimestampType.CREATE_TIME, key == null ? -1 : key.length,
        value == null ? -1 : value.length, key, value, new RecordHeaders(), Optional.empty());
  }

  private List<RawRecord> deserialize(ConsumerRecord<byte[], byte[]> record) {
    List<RawRecord> out = new ArrayList<>();
    deserializer.deserialize(record, new Collector<>() {
      @Override
      public void collect(RawRecord r) {
        out.add(r);
      }

      @Override
      public void close() {}
    });
    return out;
  }

  private static byte[] bytes(ByteBuffer buffer) {
    return DecodeFunction.bytes(buffer);
  }

  @Test
  void keepsTheBytesAndOriginOfAValidEvent() {
    TransactionEvent event = Transactions.credit("acc-1", "10.00").build();
    byte[] value = AvroCodec.of(TransactionEvent.class).encode(event);
    byte[] key = "acc-1".getBytes(StandardCharsets.UTF_8);

    List<RawRecord> out = deserialize(record(1, 42L, 1_700_000_000_000L, key, value));

    assertEquals(1, out.size());
    RawRecord raw = out.get(0);
    assertEquals("screening.transactions.v1", raw.getTopic());
    assertEquals(1, raw.getPartition());
    assertEquals(42L, raw.getOffset());
    assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), raw.getTimestamp());
    assertArrayEquals(key, bytes(raw.getKey()));
    assertArrayEquals(value, bytes(raw.getValue()));
  }

  @Test
  void passesGarbageThroughUntouchedInsteadOfThrowing() {
    byte[] garbage = {(byte) 0xf0, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07};
    List<RawRecord> out = deserialize(record(0, 7L, 5L, null, garbage));
    assertEquals(1, out.size());
    assertNull(out.get(0).getKey());
    assertArrayEquals(garbage, bytes(out.get(0).getValue()));
  }

  @Test
  void keepsTombstonesAndRecordsWithoutTimestamp() {
    List<RawRecord> out = deserialize(record(0, 8L, -1L, new byte[0], null));
    assertEquals(1, out.size());
    assertNull(out.get(0).getValue());
    assertArrayEquals(new byte[0], bytes(out.get(0).getKey()));
    assertEquals(Instant.ofEpochMilli(-1L), out.get(0).getTimestamp());
  }

  // With generic types disabled, the source's type must be Avro, never a Kryo fallback.
  @Test
  void producesAvroTypeInformation() {
    TypeInformation<RawRecord> type = deserializer.getProducedType();
    assertEquals(new AvroTypeInfo<>(RawRecord.class), type);
  }
}
