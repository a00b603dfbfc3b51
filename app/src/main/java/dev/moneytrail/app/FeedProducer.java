package dev.moneytrail.app;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.stream.screening.ScreeningEvent;
import java.util.Iterator;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes a feed to the input topics in feed (event-time) order, keyed by account id so each
 * account's events stay in order on one partition; optionally paced to an offered rate.
 */
final class FeedProducer implements AutoCloseable {

  private final KafkaProducer<String, byte[]> producer;
  private final AvroCodec<TransactionEvent> txnCodec = AvroCodec.of(TransactionEvent.class);
  private final AvroCodec<AccountEvent> accountCodec = AvroCodec.of(AccountEvent.class);
  private volatile boolean stopped;
  private volatile long sent;

  FeedProducer(String bootstrapServers) {
    Properties p = new Properties();
    p.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.setProperty(ProducerConfig.LINGER_MS_CONFIG, "5");
    p.setProperty(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
    p.setProperty(ProducerConfig.ACKS_CONFIG, "all");
    p.setProperty(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.setProperty(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * Sends until the feed ends, {@code limit} events were sent or {@link #stop()}.
   *
   * @param ratePerSecond offered rate; 0 or less: as fast as possible
   * @param onSend called with (txn id or null, System.nanoTime()) just before each send
   */
  long run(Iterator<ScreeningEvent> feed, long limit, double ratePerSecond,
      BiConsumer<String, Long> onSend) {
    long started = System.nanoTime();
    long n = 0;
    while (!stopped && n < limit && feed.hasNext()) {
      ScreeningEvent e = feed.next();
      if (ratePerSecond > 0 && (n & 63) == 0) {
        long due = started + (long) (n * 1e9 / ratePerSecond);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          try {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            break;
          }
        }
      }
      if (e.transaction != null) {
        TransactionEvent t = e.transaction;
        if (onSend != null) {
          onSend.accept(t.getTxnId(), System.nanoTime());
        }
        producer.send(new ProducerRecord<>(Topics.TRANSACTIONS.name(), t.getAccountId(),
            txnCodec.encode(t)));
      } else {
        AccountEvent a = e.account;
        producer.send(new ProducerRecord<>(Topics.ACCOUNTS.name(), a.getAccountId(),
            accountCodec.encode(a)));
      }
      n++;
      sent = n;
    }
    producer.flush();
    return n;
  }

  long sent() {
    return sent;
  }

  void stop() {
    stopped = true;
  }

  @Override
  public void close() {
    producer.close();
  }
}
