package dev.moneytrail.console.store;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.topics.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the alerts topic (read_committed: only alerts of committed job transactions) into the
 * {@link AlertStore}. Offsets are committed after the batch is in the store, so a crash replays
 * the batch; {@link AlertStore#ingest} makes that replay a no-op. Undecodable records are logged
 * and counted, never retried forever.
 */
public final class AlertIngester implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AlertIngester.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final AlertStore store;
  private final Thread thread;
  private final AtomicLong created = new AtomicLong();
  private final AtomicLong updated = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private volatile boolean running = true;
  private volatile Throwable failure;

  public AlertIngester(String bootstrapServers, String groupId, AlertStore store) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
    this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    this.store = store;
    this.thread = new Thread(this::run, "alert-ingester");
    this.thread.setDaemon(true);
  }

  /** Starts consuming on a background thread. */
  public AlertIngester start() {
    thread.start();
    return this;
  }

  private void run() {
    AvroCodec<Alert> codec = AvroCodec.of(Alert.class);
    try {
      consumer.subscribe(List.of(Topics.ALERTS.name()));
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
        for (ConsumerRecord<String, byte[]> r : records) {
          Alert alert;
          try {
            alert = codec.decode(r.value());
          } catch (Exception e) {
            rejected.incrementAndGet();
            LOG.warn("skipping undecodable alert at {}-{}@{}: {}", r.topic(), r.partition(),
                r.offset(), e.toString());
            continue;
          }
          String origin = "kafka:" + r.topic() + "/" + r.partition() + "@" + r.offset();
          switch (store.ingest(alert, origin)) {
            case CREATED -> created.incrementAndGet();
            case UPDATED, STALE -> updated.incrementAndGet();
            case DUPLICATE -> duplicates.incrementAndGet();
          }
        }
        if (!records.isEmpty()) {
          consumer.commitSync();
        }
      }
    } catch (WakeupException e) {
      // close() asked us to stop.
    } catch (RuntimeException e) {
      failure = e;
      LOG.error("alert ingestion stopped: {}", e.toString(), e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /** New alerts stored. */
  public long created() {
    return created.get();
  }

  /** Later (or late earlier) revisions stored. */
  public long updated() {
    return updated.get();
  }

  /** Re-delivered revisions that changed nothing. */
  public long duplicates() {
    return duplicates.get();
  }

  /** Records that were not a decodable alert. */
  public long rejected() {
    return rejected.get();
  }

  /** The error that stopped ingestion, or null while it runs. */
  public Throwable failure() {
    return failure;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    thread.join(10_000);
  }
}
