package dev.moneytrail.cluster;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import dev.moneytrail.schemas.topics.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** What the cluster tests do with the broker: sentinels, drain checks, committed alerts. */
final class KafkaTestClient {

  /** Far after any simulated event: moves every partition's watermark past all buffered work. */
  static final Instant SENTINEL_TIME = Instant.parse("2030-01-01T00:00:00Z");
  static final String SENTINEL_PREFIX = "ZZSENTINEL";

  private final String bootstrap;
  private final Supplier<String> diagnostics;

  /** @param diagnostics what a failed wait adds: the cluster's processes and their last log lines */
  KafkaTestClient(String bootstrap, Supplier<String> diagnostics) {
    this.bootstrap = bootstrap;
    this.diagnostics = diagnostics;
  }

  private Properties base() {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    return p;
  }

  /**
   * The end of the stream: an unbounded job keeps the last minutes of event time buffered until
   * the watermark passes them (a replay flushes at end of input). One valid opening and one tiny
   * credit per partition of both input topics, years later, let every partition's watermark pass
   * the whole data set, as the next day's traffic would in production.
   */
  void sendSentinels(int partitions) throws Exception {
    AvroCodec<AccountEvent> accounts = AvroCodec.of(AccountEvent.class);
    AvroCodec<TransactionEvent> txns = AvroCodec.of(TransactionEvent.class);
    Properties p = base();
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      for (int i = 0; i < partitions; i++) {
        String acc = SENTINEL_PREFIX + i;
        byte[] key = acc.getBytes(StandardCharsets.UTF_8);
        AccountEvent opening = Accounts.person(acc).name("Sentinel Account" + i).openedAt(SENTINEL_TIME)
            .address(i + " Sentinel Road, Nowhere").phone("+10000000" + i).email("sentinel" + i + "@example.invalid")
            .build();
        producer.send(new ProducerRecord<>(Topics.ACCOUNTS.name(), i, key, accounts.encode(opening))).get();
        TransactionEvent credit = Transactions.credit(acc, "1.00").txnId("sentinel-" + i)
            .at(SENTINEL_TIME.plusSeconds(60)).build();
        producer.send(new ProducerRecord<>(Topics.TRANSACTIONS.name(), i, key, txns.encode(credit))).get();
      }
    }
  }

  /** True when the group has committed (at a checkpoint) the end offset of every input partition. */
  boolean drained(String groupId) throws Exception {
    try (Admin admin = Admin.create(base())) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
      for (String topic : List.of(Topics.TRANSACTIONS.name(), Topics.ACCOUNTS.name())) {
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
            .forEach(pi -> ask.put(new TopicPartition(topic, pi.partition()), OffsetSpec.latest()));
      }
      var ends = admin.listOffsets(ask).all().get();
      for (var e : ends.entrySet()) {
        OffsetAndMetadata c = committed.get(e.getKey());
        if (e.getValue().offset() > 0 && (c == null || c.offset() < e.getValue().offset())) {
          return false;
        }
      }
      return true;
    }
  }

  void awaitDrained(String groupId, Duration timeout) throws InterruptedException {
    Poll.until("consumer group " + groupId + " to commit the end offset of every input partition", timeout,
        () -> drained(groupId), diagnostics);
  }

  /**
   * Empties the input topics (moves each partition's log start to its end), so that the next job
   * reading from the earliest offset sees only what is produced after this: tests share one
   * broker without seeing each other's input. The alert topic is left alone (see {@link #alertEnds}).
   */
  void truncateInputs() throws Exception {
    try (Admin admin = Admin.create(base())) {
      Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
      for (String topic : List.of(Topics.TRANSACTIONS.name(), Topics.ACCOUNTS.name())) {
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
            .forEach(pi -> ask.put(new TopicPartition(topic, pi.partition()), OffsetSpec.latest()));
      }
      Map<TopicPartition, RecordsToDelete> delete = new HashMap<>();
      admin.listOffsets(ask).all().get().forEach((tp, end) -> delete.put(tp, RecordsToDelete.beforeOffset(end.offset())));
      admin.deleteRecords(delete).all().get();
    }
  }

  /** Current end offset of every alert partition: where a test's own alerts begin. */
  Map<Integer, Long> alertEnds() throws Exception {
    try (Admin admin = Admin.create(base())) {
      Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
      admin.describeTopics(List.of(Topics.ALERTS.name())).allTopicNames().get().get(Topics.ALERTS.name())
          .partitions().forEach(pi -> ask.put(new TopicPartition(Topics.ALERTS.name(), pi.partition()), OffsetSpec.latest()));
      Map<Integer, Long> ends = new TreeMap<>();
      admin.listOffsets(ask).all().get().forEach((tp, end) -> ends.put(tp.partition(), end.offset()));
      return ends;
    }
  }

  /** Committed alerts from {@code from} (per partition; beginning when absent) to the current end. */
  Committed readAlerts(Map<Integer, Long> from) throws IOException {
    Properties p = base();
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    AvroCodec<Alert> codec = AvroCodec.of(Alert.class);
    List<Alert> alerts = new ArrayList<>();
    Map<Integer, Long> end = new TreeMap<>();
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p)) {
      List<TopicPartition> parts = c.partitionsFor(Topics.ALERTS.name()).stream()
          .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
      c.assign(parts);
      Map<TopicPartition, Long> ends = c.endOffsets(parts);
      for (TopicPartition tp : parts) {
        c.seek(tp, from.getOrDefault(tp.partition(), 0L));
        end.put(tp.partition(), ends.get(tp));
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (parts.stream().anyMatch(tp -> c.position(tp) < ends.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read the committed alerts within 120 s");
        }
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
          if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
            alerts.add(codec.decode(r.value()));
          }
        }
      }
    }
    return new Committed(alerts, end);
  }

  /** Committed alert revisions and the end offsets they were read up to. */
  record Committed(List<Alert> revisions, Map<Integer, Long> end) {

    /** Latest revision per alert id; fails when one (id, revision) was committed twice. */
    Map<String, Alert> latest() {
      Map<String, Alert> latest = new TreeMap<>();
      Set<String> seen = new HashSet<>();
      for (Alert a : revisions) {
        if (!seen.add(a.getAlertId() + "#" + a.getRevision())) {
          throw new AssertionError("revision " + a.getRevision() + " of " + a.getAlertId() + " committed twice");
        }
        latest.merge(a.getAlertId(), a, (x, y) -> x.getRevision() >= y.getRevision() ? x : y);
      }
      return latest;
    }
  }
}
