package dev.moneytrail.simulator.output;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.simulator.SimulationEvent;
import java.time.Instant;
import java.util.Iterator;
import java.util.Properties;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces simulation events to Kafka: account lines to {@code Topics.ACCOUNTS}, ledger entries to
 * {@code Topics.TRANSACTIONS}, key = account id (UTF-8), value = raw Avro binary
 * ({@link AvroCodec}). The producer is idempotent (acks=all, bounded in-flight requests), so
 * retries neither duplicate nor reorder events of a partition.
 *
 * <p>Account events go to a different topic than transactions, so per-partition order alone
 * cannot make an opening precede its account's first transaction. The producer therefore flushes
 * after account events before it sends the next transaction: an account is acknowledged by the
 * broker before anything is booked on it.
 *
 * <pre>{@code
 * try (SimulationStream events = SimulationStream.open(SimulationConfig.of(7, 5_000, 30));
 *      KafkaEventProducer kafka = KafkaEventProducer.connect("localhost:9092")) {
 *   kafka.publish(events, Pacer.speed(3_600, events.simulation().config().start()));
 * }
 * }</pre>
 */
public final class KafkaEventProducer implements AutoCloseable {

  private final Producer<String, byte[]> producer;
  private final AvroCodec<AccountEvent> accounts = AvroCodec.of(AccountEvent.class);
  private final AvroCodec<TransactionEvent> transactions = AvroCodec.of(TransactionEvent.class);
  private final boolean eventTimeAsRecordTime;
  private boolean accountsPending;
  private long sent;

  /** Wraps a producer, e.g. Kafka's own {@code MockProducer} in tests. */
  public KafkaEventProducer(Producer<String, byte[]> producer, boolean eventTimeAsRecordTime) {
    this.producer = producer;
    this.eventTimeAsRecordTime = eventTimeAsRecordTime;
  }

  /** Connects with {@link #settings} to the given bootstrap servers. */
  public static KafkaEventProducer connect(String bootstrapServers) {
    return new KafkaEventProducer(new KafkaProducer<>(settings(bootstrapServers)), false);
  }

  /** Connects with explicit producer properties (e.g. {@link #settings} plus security settings). */
  public static KafkaEventProducer connect(Properties producerProperties, boolean eventTimeAsRecordTime) {
    return new KafkaEventProducer(new KafkaProducer<>(producerProperties), eventTimeAsRecordTime);
  }

  /**
   * Producer settings: idempotent, acks=all, lz4, batching for throughput. Record timestamps are the
   * send time unless {@code eventTimeAsRecordTime}: the consumers read event time from the payload,
   * and brokers may reject record timestamps far from their clock.
   */
  public static Properties settings(String bootstrapServers) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "moneytrail-simulator");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
    p.put(ProducerConfig.RETRIES_CONFIG, Integer.toString(Integer.MAX_VALUE));
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "10");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return p;
  }

  /** Sends one event (asynchronously; failures surface on flush or close). */
  public void send(SimulationEvent event) {
    Long ts = eventTimeAsRecordTime ? event.eventTime().toEpochMilli() : null;
    if (event instanceof SimulationEvent.AccountChange a) {
      producer.send(new ProducerRecord<>(Topics.ACCOUNTS.name(), null, ts, a.accountId(), accounts.encode(a.event())));
      accountsPending = true;
    } else if (event instanceof SimulationEvent.Posting p) {
      if (accountsPending) {
        producer.flush();
        accountsPending = false;
      }
      producer.send(new ProducerRecord<>(Topics.TRANSACTIONS.name(), null, ts, p.accountId(),
          transactions.encode(p.event())));
    }
    sent++;
  }

  /** Sends every event of an iterator in order, paced; returns how many were sent. */
  public long publish(Iterator<SimulationEvent> events, Pacer pacer) throws InterruptedException {
    return publish(events, pacer, n -> { });
  }

  /** As {@link #publish(Iterator, Pacer)}, telling {@code progress} the running count now and then. */
  public long publish(Iterator<SimulationEvent> events, Pacer pacer, LongConsumer progress)
      throws InterruptedException {
    long n = 0;
    while (events.hasNext()) {
      SimulationEvent e = events.next();
      Instant t = e.eventTime();
      pacer.await(t);
      send(e);
      if (++n % 10_000 == 0) {
        progress.accept(n);
      }
    }
    producer.flush();
    return n;
  }

  public long sent() {
    return sent;
  }

  public void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close();
  }
}
