package dev.moneytrail.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moneytrail.console.store.AlertIngester;
import dev.moneytrail.console.store.AlertStore;
import dev.moneytrail.console.store.Database;
import dev.moneytrail.embedded.EmbeddedKafka;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ingester against the in-process Kafka broker and a real PostgreSQL: alerts written the way
 * the job writes them (transactionally), re-delivered, revised, and one aborted transaction.
 */
class AlertIngesterIT {

  static EmbeddedKafka kafka;
  static Database db;
  static AlertStore store;

  @BeforeAll
  static void setUp() {
    kafka = EmbeddedKafka.start();
    kafka.createTopics(List.of(Topics.ALERTS), 2);
    db = TestStores.freshDatabase();
    store = new AlertStore(db.dataSource());
  }

  @AfterAll
  static void tearDown() {
    db.close();
    kafka.close();
  }

  @Test
  void storesCommittedRevisionsOnceSkipsAbortedOnesAndSurvivesAReplay() throws Exception {
    AvroCodec<Alert> codec = AvroCodec.of(Alert.class);
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      producer.initTransactions();
      send(producer, codec, List.of(Fixtures.fanIn("K-1", 1), Fixtures.payrollFunnel("K-2")), true);
      // The job re-emits after a restore: the same revision again.
      send(producer, codec, List.of(Fixtures.fanIn("K-1", 1)), true);
      // A transaction the job aborted (e.g. a failed checkpoint): read_committed must skip it.
      send(producer, codec, List.of(Fixtures.fanIn("K-1", 3)), false);
      send(producer, codec, List.of(Fixtures.fanIn("K-1", 2)), true);
    }

    try (AlertIngester ingester = new AlertIngester(kafka.bootstrapServers(), "console-it", store).start()) {
      await(() -> store.detail("K-1").path("alert").path("revision").asInt() == 2
          && ingester.created() == 2, ingester);
      assertEquals(1, ingester.duplicates(), "the re-emitted revision 1");
      assertEquals(1, ingester.updated(), "revision 2 only: the aborted revision 3 is never seen");
      assertEquals(0, ingester.rejected());
      assertNull(ingester.failure());
    }
    ObjectNode k1 = store.detail("K-1");
    assertEquals(2, k1.path("alert").path("revision").asInt());
    assertEquals(2, k1.path("revisions").size(), "history holds revisions 1 and 2, not 3");
    assertTrue(k1.path("revisions").get(0).path("origin").asText().startsWith("kafka:screening.alerts.v1/"));

    // A new consumer group reads the whole topic again: nothing changes.
    try (AlertIngester replay = new AlertIngester(kafka.bootstrapServers(), "console-it-replay", store).start()) {
      await(() -> replay.duplicates() == 4, replay);
      assertEquals(0, replay.created());
      assertEquals(0, replay.updated());
    }
    assertEquals(2, store.detail("K-1").path("revisions").size());
    assertEquals(2, store.queue(dev.moneytrail.console.store.QueueQuery.parse(java.util.Map.of()))
        .path("total").asInt());
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, AvroCodec<Alert> codec,
      List<Alert> alerts, boolean commit) throws Exception {
    producer.beginTransaction();
    for (Alert a : alerts) {
      producer.send(new ProducerRecord<>(Topics.ALERTS.name(),
          a.getAlertId().getBytes(StandardCharsets.UTF_8), codec.encode(a))).get();
    }
    if (commit) {
      producer.commitTransaction();
    } else {
      producer.abortTransaction();
    }
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    Properties p = kafka.clientProperties();
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "console-it-producer");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Polls a condition (no fixed sleeps); fails with the ingester's counters after 30 s. */
  private static void await(BooleanSupplier condition, AlertIngester ingester) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException notYet) {
        // the alert is not stored yet
      }
      Thread.sleep(50);
    }
    throw new AssertionError("ingester did not catch up: created " + ingester.created()
        + ", updated " + ingester.updated() + ", duplicates " + ingester.duplicates()
        + ", failure " + ingester.failure());
  }
}
