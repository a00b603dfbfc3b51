package dev.moneytrail.simulator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.simulator.SimulationConfig;
import dev.moneytrail.simulator.SimulationStream;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * What the producer sends, checked with Kafka's own in-memory MockProducer (the real broker round
 * trip is covered where the embedded broker lives).
 */
class KafkaEventProducerTest {

  /** Records whether a flush happened between two sends. */
  static final class FlushTracking extends MockProducer<String, byte[]> {
    final List<Integer> flushedAt = new java.util.ArrayList<>();

    FlushTracking() {
      super(true, null, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public synchronized void flush() {
      super.flush();
      flushedAt.add(history().size());
    }
  }

  @Test
  void sendsAccountsAndTransactionsToTheirTopicsKeyedByAccountAsRawAvro() throws Exception {
    FlushTracking mock = new FlushTracking();
    long n;
    try (SimulationStream events = SimulationStream.open(SimulationConfig.of(9, 150, 7).withCases(1, 0).withThreads(1));
         KafkaEventProducer producer = new KafkaEventProducer(mock, false)) {
      n = producer.publish(events, Pacer.unlimited());
    }
    List<ProducerRecord<String, byte[]>> sent = mock.history();
    assertEquals(n, sent.size());
    AvroCodec<AccountEvent> accounts = AvroCodec.of(AccountEvent.class);
    AvroCodec<TransactionEvent> transactions = AvroCodec.of(TransactionEvent.class);
    Set<String> opened = new HashSet<>();
    int index = 0;
    for (ProducerRecord<String, byte[]> r : sent) {
      if (r.topic().equals(Topics.ACCOUNTS.name())) {
        AccountEvent a = accounts.decode(r.value());
        assertEquals(a.getAccountId(), r.key());
        opened.add(r.key());
      } else {
        assertEquals(Topics.TRANSACTIONS.name(), r.topic());
        TransactionEvent t = transactions.decode(r.value());
        assertEquals(t.getAccountId(), r.key());
        assertTrue(opened.contains(r.key()), "account sent before its transaction");
        int i = index;
        assertTrue(mock.flushedAt.stream().anyMatch(f -> f <= i), "accounts flushed before the first transaction");
      }
      assertEquals(null, r.timestamp());
      index++;
    }
  }

  @Test
  void settingsMakeAnIdempotentProducer() {
    Properties p = KafkaEventProducer.settings("localhost:9092");
    assertEquals("true", p.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
    assertEquals("all", p.get(ProducerConfig.ACKS_CONFIG));
    assertTrue(Integer.parseInt((String) p.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION)) <= 5);
  }

  @Test
  void pacerAtAFixedRateSpacesEvents() throws Exception {
    Pacer pacer = Pacer.rate(200);
    long t0 = System.nanoTime();
    for (int i = 0; i < 21; i++) {
      pacer.await(java.time.Instant.EPOCH);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms >= 90, "21 events at 200/s take about 100 ms, took " + ms);
  }
}
