package dev.moneytrail.stream.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Everything committed on a topic: reads with read_committed until every partition's position
 * reaches its end (the last stable offset), so "exactly these records, once each" needs no wait
 * for records that might still come.
 */
public final class CommittedRecords {

  /** The committed records of a topic and the sum of its partitions' end offsets. */
  public record Committed(List<ConsumerRecord<byte[], byte[]>> records, long endOffsetSum) {}

  public static Committed read(Properties clientProperties, String topic, Duration deadline) {
    Properties props = new Properties();
    props.putAll(clientProperties);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo p : consumer.partitionsFor(topic)) {
        partitions.add(new TopicPartition(topic, p.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long until = System.nanoTime() + deadline.toNanos();
      while (!partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp))) {
        if (System.nanoTime() > until) {
          throw new AssertionError("did not reach the end of " + topic + " " + end);
        }
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return new Committed(records, end.values().stream().mapToLong(Long::longValue).sum());
    }
  }

  private CommittedRecords() {}
}
