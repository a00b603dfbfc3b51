package dev.moneytrail.stream.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.stream.io.KafkaOptions.StartingOffsets;
import java.time.Duration;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;

class KafkaSettingsTest {

  @Test
  void defaultsSuitTheEmbeddedBroker() {
    KafkaSettings s = KafkaSettings.defaults("127.0.0.1:40123");
    assertEquals("127.0.0.1:40123", s.bootstrapServers());
    assertEquals("moneytrail-screening", s.groupId());
    assertEquals(StartingOffsets.COMMITTED, s.startingOffsets());
    assertEquals(Duration.ofMinutes(10), s.transactionTimeout());
    assertEquals(Map.of(), s.clientProperties());
  }

  @Test
  void readsOptionsAndPassesSecurityPropertiesThrough() {
    Configuration conf = Configuration.fromMap(Map.of(
        "kafka.bootstrap-servers", "b1.bank.internal:9093, b2.bank.internal:9093",
        "kafka.group-id", "screening-prod",
        "kafka.starting-offsets", "LATEST",
        "kafka.transactional-id-prefix", "screening-prod",
        "kafka.transaction-timeout", "5 min",
        "kafka.properties.security.protocol", "SASL_SSL",
        "kafka.properties.sasl.jaas.config", "ScramLoginModule required password=\"hunter2\";",
        "unrelated.key", "x"));

    KafkaSettings s = KafkaSettings.from(conf);

    assertEquals("b1.bank.internal:9093, b2.bank.internal:9093", s.bootstrapServers());
    assertEquals(StartingOffsets.LATEST, s.startingOffsets());
    assertEquals(Duration.ofMinutes(5), s.transactionTimeout());
    assertEquals(Map.of("security.protocol", "SASL_SSL",
        "sasl.jaas.config", "ScramLoginModule required password=\"hunter2\";"),
        s.clientProperties());
    assertEquals("SASL_SSL", s.baseClientProperties().getProperty("security.protocol"));
    assertEquals(s.bootstrapServers(), s.baseClientProperties().getProperty("bootstrap.servers"));
  }

  @Test
  void masksSecretsWhenPrinted() {
    KafkaSettings s = KafkaSettings.builder()
        .clientProperty("sasl.jaas.config", "password=\"hunter2\"")
        .clientProperty("ssl.truststore.password", "changeit")
        .clientProperty("security.protocol", "SASL_SSL")
        .build();
    assertFalse(s.toString().contains("hunter2"), s.toString());
    assertFalse(s.toString().contains("changeit"), s.toString());
    assertTrue(s.toString().contains("security.protocol=SASL_SSL"), s.toString());
  }

  @Test
  void refusesATransactionTimeoutAboveTheBrokerMaximum() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> KafkaSettings.builder().transactionTimeout(Duration.ofMinutes(16)).build());
    assertTrue(e.getMessage().startsWith("kafka.transaction-timeout"), e.getMessage());
  }

  @Test
  void refusesBootstrapServersWithoutPort() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> KafkaSettings.defaults("broker-1.bank.internal"));
    assertEquals("kafka.bootstrap-servers: 'broker-1.bank.internal' is not host:port"
        + " (e.g. broker-1.example:9092)", e.getMessage());
  }

  @Test
  void acceptsIpv6Brokers() {
    assertEquals("[::1]:9092", KafkaSettings.defaults("[::1]:9092").bootstrapServers());
  }

  @Test
  void refusesPropertiesTheJobManagesItself() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> KafkaSettings.builder().clientProperty("isolation.level", "read_uncommitted")
            .clientProperty("group.id", "other").build());
    assertTrue(e.getMessage().startsWith("kafka.properties.[group.id, isolation.level] are set by"
        + " the job itself"), e.getMessage());
  }

  @Test
  void refusesAGroupIdWithSpaces() {
    assertThrows(IllegalArgumentException.class,
        () -> KafkaSettings.builder().groupId("my group").build());
  }

  @Test
  void eventTimeSettingsReadTheirOptions() {
    assertEquals(EventTimeSettings.DEFAULT, EventTimeSettings.from(new Configuration()));
    Configuration conf = Configuration.fromMap(Map.of(
        "event-time.max-out-of-orderness", "1 min", "event-time.idleness", "5 s"));
    assertEquals(new EventTimeSettings(Duration.ofMinutes(1), Duration.ofSeconds(5)),
        EventTimeSettings.from(conf));
    assertThrows(IllegalArgumentException.class,
        () -> new EventTimeSettings(Duration.ofMinutes(1), Duration.ZERO));
  }
}
