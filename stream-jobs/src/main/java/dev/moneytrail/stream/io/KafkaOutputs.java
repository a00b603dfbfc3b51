package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.topics.Topic;
import dev.moneytrail.schemas.topics.Topics;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;

/**
 * Kafka sinks of the job. Alerts are written exactly once: in Kafka transactions committed on each
 * checkpoint, so a consumer reading {@code read_committed} sees every alert revision once, even
 * across failures and restarts. That needs checkpointing: without it nothing is ever committed.
 * Dead letters are written at least once: a duplicate after a restart is harmless for a record
 * kept for inspection, and they must not wait for a checkpoint to become visible.
 */
public final class KafkaOutputs {

  private KafkaOutputs() {}

  /** Exactly-once sink to {@code screening.alerts.v1}. */
  public static KafkaSink<Alert> alerts(KafkaSettings settings) {
    return sink(settings, Topics.ALERTS, DeliveryGuarantee.EXACTLY_ONCE);
  }

  /** At-least-once sink to {@code screening.deadletter.v1}. */
  public static KafkaSink<DeadLetter> deadLetters(KafkaSettings settings) {
    return sink(settings, Topics.DEAD_LETTERS, DeliveryGuarantee.AT_LEAST_ONCE);
  }

  /**
   * A sink to any catalogue topic with the given guarantee (keys and values as in {@link
   * TopicSerializationSchema}). With {@code EXACTLY_ONCE} the transactional id prefix is the
   * configured prefix plus the topic name, so two exactly-once sinks in one job (alerts and shadow
   * alerts) never fence each other.
   */
  public static <T extends SpecificRecord> KafkaSink<T> sink(
      KafkaSettings settings, Topic<T> topic, DeliveryGuarantee guarantee) {
    Properties producer = settings.baseClientProperties();
    var builder = KafkaSink.<T>builder()
        .setBootstrapServers(settings.bootstrapServers())
        .setRecordSerializer(new TopicSerializationSchema<>(topic))
        .setDeliveryGuarantee(guarantee);
    if (guarantee == DeliveryGuarantee.EXACTLY_ONCE) {
      // The connector's default (1 h) exceeds the broker's 15 min maximum and every transaction
      // would be refused; KafkaSettings keeps ours within it.
      producer.setProperty(
          "transaction.timeout.ms", Long.toString(settings.transactionTimeout().toMillis()));
      builder.setTransactionalIdPrefix(settings.transactionalIdPrefix() + "." + topic.name());
    }
    return builder.setKafkaProducerConfig(producer).build();
  }
}
