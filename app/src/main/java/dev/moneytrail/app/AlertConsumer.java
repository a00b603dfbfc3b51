package dev.moneytrail.app;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.topics.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads committed alerts from the alerts topic on its own thread: {@code read_committed}, so only
 * alerts of completed checkpoints (the exactly-once sink's transactions) are seen.
 */
final class AlertConsumer implements AutoCloseable {

  private final Thread thread;
  private volatile boolean stopped;

  /** @param onAlert called with (alert, System.nanoTime() at receipt) on the consumer thread */
  AlertConsumer(String bootstrapServers, String groupId, BiConsumer<Alert, Long> onAlert) {
    Properties p = new Properties();
    p.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.setProperty(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    p.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    AvroCodec<Alert> codec = AvroCodec.of(Alert.class);
    thread = new Thread(() -> {
      try (KafkaConsumer<String, byte[]> consumer =
          new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
        consumer.subscribe(List.of(Topics.ALERTS.name()));
        while (!stopped) {
          for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
            long now = System.nanoTime();
            try {
              onAlert.accept(codec.decode(r.value()), now);
            } catch (IOException e) {
              System.err.println("alert at offset " + r.offset() + " does not decode: " + e);
            }
          }
        }
      } catch (org.apache.kafka.common.errors.InterruptException e) {
        // closing
      }
    }, "alert-consumer");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws InterruptedException {
    stopped = true;
    thread.join(5_000);
  }
}
