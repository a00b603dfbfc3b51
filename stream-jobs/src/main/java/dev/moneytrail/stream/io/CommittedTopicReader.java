package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.topics.Topic;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Everything committed on a catalogue topic at the moment of reading: read_committed from the
 * beginning up to each partition's end (its last stable offset), so records of a transaction the
 * job has not committed yet, or aborted, are never counted. No consumer group is used.
 */
public final class CommittedTopicReader {

  /** The committed records of a topic and the sum of its partitions' end offsets. */
  public record Committed(List<ConsumerRecord<byte[], byte[]>> records, long endOffsetSum) {}

  /** Every committed value of {@code topic}, decoded; tombstones are skipped. */
  public static <T extends SpecificRecord> List<T> readAll(Properties clientProperties, Topic<T> topic,
      Duration deadline) throws IOException {
    AvroCodec<T> codec = AvroCodec.of(topic.valueType());
    List<T> values = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : records(clientProperties, topic.name(), deadline).records()) {
      if (r.value() != null) {
        values.add(codec.decode(r.value()));
      }
    }
    return values;
  }

  /** Every committed record of {@code topic} as raw bytes; none when the topic does not exist. */
  public static Committed records(Properties clientProperties, String topic, Duration deadline) {
    Properties props = new Properties();
    props.putAll(clientProperties);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, deadline);
      if (infos == null || infos.isEmpty()) {
        return new Committed(records, 0);
      }
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo p : infos) {
        partitions.add(new TopicPartition(topic, p.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long until = System.nanoTime() + deadline.toNanos();
      while (!partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp))) {
        if (System.nanoTime() > until) {
          throw new IllegalStateException("did not reach the end of " + topic + " within " + deadline + ": " + end);
        }
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return new Committed(records, end.values().stream().mapToLong(Long::longValue).sum());
    }
  }

  private CommittedTopicReader() {}
}
