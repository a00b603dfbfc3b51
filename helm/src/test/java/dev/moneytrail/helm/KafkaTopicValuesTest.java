package dev.moneytrail.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moneytrail.schemas.topics.Topic;
import dev.moneytrail.schemas.topics.Topics;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One test per topics.* value; the chart's topics are exactly the job's topic catalogue. */
class KafkaTopicValuesTest {

  private static ObjectNode topic(Chart.Rendered r, String name) {
    ManifestValidator.assertValid(r.objects());
    return r.topic(name);
  }

  @Test
  void rendersOneKafkaTopicPerCatalogueTopic() {
    var rendered = Chart.renderDefaults().ofKind("KafkaTopic").stream()
        .map(t -> t.at("/metadata/name").asText()).collect(Collectors.toCollection(TreeSet::new));
    var catalogue = Topics.all().stream().map(Topic::name).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(catalogue, rendered);
  }

  @Test
  void rendersTheRulesTopicCompactedAndEventTopicsWithDeletion() {
    Chart.Rendered r = Chart.renderDefaults();
    assertEquals("compact", r.topic("screening.rules.v1").at("/spec/config/cleanup.policy").asText());
    assertEquals(-1, r.topic("screening.rules.v1").at("/spec/config/retention.ms").asLong());
    for (String name : List.of("screening.transactions.v1", "screening.accounts.v1", "screening.alerts.v1",
        "screening.alerts.shadow.v1", "screening.deadletter.v1", "screening.audit.v1")) {
      assertEquals("delete", r.topic(name).at("/spec/config/cleanup.policy").asText(), name);
    }
  }

  @Test
  void rendersNoKafkaTopicWhenTopicsEnabledIsFalse() {
    assertTrue(Chart.render("topics.enabled", false).ofKind("KafkaTopic").isEmpty());
  }

  @Test
  void rendersApiVersionWhenTopicsApiVersionIsSet() {
    Chart.Rendered r = Chart.render("topics.apiVersion", "kafka.strimzi.io/v1beta2");
    assertEquals("kafka.strimzi.io/v1beta2", topic(r, "screening.alerts.v1").path("apiVersion").asText());
    assertEquals("kafka.strimzi.io/v1", Chart.renderDefaults().topic("screening.alerts.v1").path("apiVersion").asText());
  }

  @Test
  void rendersClusterLabelWhenTopicsKafkaClusterIsSet() {
    Chart.Rendered r = Chart.render("topics.kafkaCluster", "fiu-kafka");
    r.ofKind("KafkaTopic").forEach(t ->
        assertEquals("fiu-kafka", t.at("/metadata/labels/strimzi.io~1cluster").asText()));
  }

  @Test
  void rendersReplicationFactorWhenTopicsReplicasIsSet() {
    Chart.Rendered r = Chart.render(Map.of("topics.replicas", 5, "topics.minInsyncReplicas", 3));
    assertEquals(5, topic(r, "screening.transactions.v1").at("/spec/replicas").asInt());
  }

  @Test
  void rendersMinInsyncReplicasWhenTopicsMinInsyncReplicasIsSet() {
    Chart.Rendered r = Chart.render("topics.minInsyncReplicas", 1);
    assertEquals(1, topic(r, "screening.deadletter.v1").at("/spec/config/min.insync.replicas").asInt());
  }

  @ParameterizedTest(name = "renders partitions of {1} when topics.{0}.partitions is set")
  @CsvSource({
      "transactions, screening.transactions.v1",
      "accounts, screening.accounts.v1",
      "rules, screening.rules.v1",
      "alerts, screening.alerts.v1",
      "alertsShadow, screening.alerts.shadow.v1",
      "deadLetters, screening.deadletter.v1",
      "audit, screening.audit.v1"})
  void rendersPartitionsWhenTopicPartitionsIsSet(String key, String name) {
    Chart.Rendered r = Chart.render("topics." + key + ".partitions", 7);
    assertEquals(7, topic(r, name).at("/spec/partitions").asInt());
  }

  @ParameterizedTest(name = "renders retention.ms of {1} when topics.{0}.retentionMs is set")
  @CsvSource({
      "transactions, screening.transactions.v1",
      "accounts, screening.accounts.v1",
      "alerts, screening.alerts.v1",
      "alertsShadow, screening.alerts.shadow.v1",
      "deadLetters, screening.deadletter.v1",
      "audit, screening.audit.v1"})
  void rendersRetentionWhenTopicRetentionMsIsSet(String key, String name) {
    // Larger than 2^31, so a float rendering (7.776e+09) would show here.
    Chart.Rendered r = Chart.renderValues("topics:\n  " + key + ":\n    retentionMs: 7776000000\n");
    assertEquals(7776000000L, topic(r, name).at("/spec/config/retention.ms").asLong());
    assertTrue(topic(r, name).at("/spec/config/retention.ms").isIntegralNumber());
  }
}
