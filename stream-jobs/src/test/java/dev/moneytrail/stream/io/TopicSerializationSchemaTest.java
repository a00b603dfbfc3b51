package dev.moneytrail.stream.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.testdata.Alerts;
import dev.moneytrail.schemas.topics.Topic;
import dev.moneytrail.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.util.InstantiationUtil;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class TopicSerializationSchemaTest {

  // The sink ships the schema to every task: it must survive Java serialization, then open().
  private static <T extends org.apache.avro.specific.SpecificRecord> TopicSerializationSchema<T>
      shipped(Topic<T> topic) throws Exception {
    TopicSerializationSchema<T> copy = InstantiationUtil.clone(
        new TopicSerializationSchema<>(topic), TopicSerializationSchemaTest.class.getClassLoader());
    copy.open(null, null);
    return copy;
  }

  @Test
  void keysAlertsByAlertIdAndWritesRawAvro() throws Exception {
    Alert alert = Alerts.about("acc-1").alertId("A-42").build();
    ProducerRecord<byte[], byte[]> record = shipped(Topics.ALERTS).serialize(alert, null, 99L);

    assertEquals("screening.alerts.v1", record.topic());
    assertArrayEquals("A-42".getBytes(StandardCharsets.UTF_8), record.key());
    assertEquals(alert, AvroCodec.of(Alert.class).decode(record.value()));
    assertNull(record.partition());
    // Left to the producer: retention must count from writing, not from the event time.
    assertNull(record.timestamp());
  }

  @Test
  void keysDeadLettersBySourceTopic() throws Exception {
    DeadLetter d = DeadLetter.newBuilder().setSourceTopic("screening.transactions.v1")
        .setSourcePartition(0).setSourceOffset(1L).setReason("UNDECODABLE").setDetail("x")
        .setReceivedAt(Instant.EPOCH).build();
    ProducerRecord<byte[], byte[]> record = shipped(Topics.DEAD_LETTERS).serialize(d, null, null);
    assertArrayEquals("screening.transactions.v1".getBytes(StandardCharsets.UTF_8), record.key());
  }

  @Test
  void everyCatalogueTopicHasItsKeyField() {
    for (Topic<?> topic : Topics.all()) {
      new TopicSerializationSchema<>(topic);
    }
  }

  @Test
  void refusesATopicKeyedByAFieldItsValueLacks() {
    Topic<Alert> wrong = new Topic<>("x", "account_id", Alert.class);
    assertThrows(IllegalArgumentException.class, () -> new TopicSerializationSchema<>(wrong));
  }
}
