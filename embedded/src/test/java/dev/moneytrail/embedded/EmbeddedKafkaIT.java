package dev.moneytrail.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.topics.Topic;
import dev.moneytrail.schemas.topics.Topics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaIT {

  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startBroker() {
    kafka = EmbeddedKafka.start();
    System.out.println("embedded Kafka cold start: " + kafka.startupTime().toMillis() + " ms");
  }

  @AfterAll
  static void stopBroker() {
    kafka.close();
  }

  @Test
  void advertisesALoopbackAddress() {
    assertTrue(
        kafka.bootstrapServers().matches("127\\.0\\.0\\.1:\\d+"), kafka.bootstrapServers());
  }

  // Guards against the wildcard bind of KafkaClusterTestKit: an unauthenticated demo broker must
  // not be reachable from other machines.
  @Test
  void refusesConnectionsOnOtherInterfaces() throws Exception {
    Optional<InetAddress> external = nonLoopbackAddress();
    assumeTrue(external.isPresent(), "no non-loopback interface to probe");
    int port = Integer.parseInt(kafka.bootstrapServers().split(":")[1]);
    assertThrows(
        IOException.class,
        () -> {
          try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(external.get(), port), 2_000);
          }
        });
  }

  @Test
  void createsCatalogueTopicsWithTheRulesTopicCompacted() throws Exception {
    kafka.createTopics(Topics.all(), 2);
    // Again, to show a launcher may call it on every start.
    kafka.createTopics(Topics.all(), 2);

    Set<String> names = Topics.all().stream().map(Topic::name).collect(Collectors.toSet());
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      Map<String, TopicDescription> described =
          admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
      assertEquals(names, described.keySet());
      described.values().forEach(d -> assertEquals(2, d.partitions().size(), d.name()));

      Map<ConfigResource, Config> configs =
          admin
              .describeConfigs(
                  names.stream()
                      .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n))
                      .toList())
              .all()
              .get(30, TimeUnit.SECONDS);
      configs.forEach(
          (resource, config) -> {
            String policy = config.get("cleanup.policy").value();
            String expected = resource.name().equals(Topics.RULES.name()) ? "compact" : "delete";
            assertEquals(expected, policy, resource.name());
          });
    }
  }

  @Test
  void readCommittedConsumersSeeCommittedTransactionsOnly() {
    Topic<?> topic = new Topic<>("embedded.it.transactions", "key", Alert.class);
    kafka.createTopics(List.of(topic), 1);

    Properties producerProps = kafka.clientProperties();
    producerProps.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "embedded-it");
    producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic.name(), "k", "committed-1"));
      producer.send(new ProducerRecord<>(topic.name(), "k", "committed-2"));
      producer.commitTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic.name(), "k", "aborted"));
      producer.flush();
      producer.abortTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic.name(), "k", "committed-3"));
      producer.commitTransaction();
    }

    Properties consumerProps = kafka.clientProperties();
    consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "embedded-it");
    consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    List<String> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
      consumer.subscribe(List.of(topic.name()));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (seen.size() < 3 && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          seen.add(record.value());
        }
      }
      // The third committed record sits after the aborted one, so having it proves the consumer
      // already read past the abort marker: nothing aborted can still arrive.
    }
    assertEquals(List.of("committed-1", "committed-2", "committed-3"), seen);
  }

  @Test
  void closeDeletesTheLogDirectories() {
    Path dir;
    try (EmbeddedKafka second = EmbeddedKafka.start()) {
      System.out.println("embedded Kafka warm start: " + second.startupTime().toMillis() + " ms");
      dir = second.baseDirectory();
      assertTrue(Files.isDirectory(dir));
      assertFalse(second.bootstrapServers().equals(kafka.bootstrapServers()));
    }
    assertFalse(Files.exists(dir), dir.toString());
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) {
        continue;
      }
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
          return Optional.of(address);
        }
      }
    }
    return Optional.empty();
  }
}
