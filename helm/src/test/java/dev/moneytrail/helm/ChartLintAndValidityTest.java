package dev.moneytrail.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Lint, and strict validation of everything the chart renders for the defaults, production values and every toggle on. */
class ChartLintAndValidityTest {

  @Test
  void lintsCleanInStrictMode() {
    LintResult result = new Helm(Chart.dir()).lint().strict().call();
    assertFalse(result.isFailed(), () -> "helm lint --strict: " + result.getMessages());
  }

  @Test
  void rendersOnlyValidObjectsForDefaultValues() {
    Chart.Rendered r = Chart.renderDefaults();
    ManifestValidator.assertValid(r.objects());
    assertEquals(Map.of("FlinkDeployment", 1L, "KafkaTopic", 7L, "Deployment", 1L, "Service", 1L),
        kinds(r.objects()));
  }

  @Test
  void rendersOnlyValidObjectsForProductionValues() {
    Chart.Rendered r = Chart.render(Map.of(), Chart.productionValues());
    ManifestValidator.assertValid(r.objects());
    assertEquals(Map.of("FlinkDeployment", 1L, "KafkaTopic", 7L, "Deployment", 1L, "Service", 1L,
        "Ingress", 1L, "PodMonitor", 1L, "ConfigMap", 1L), kinds(r.objects()));
  }

  @Test
  void rendersNothingWhenEveryComponentIsDisabled() {
    Chart.Rendered r = Chart.render(Map.of("job.enabled", false, "topics.enabled", false,
        "console.enabled", false));
    assertEquals(List.of(), r.objects());
  }

  @Test
  void validatorRefusesAnUnknownFieldInACoreObject() {
    ObjectNode deployment = Chart.renderDefaults().consoleDeployment().deepCopy();
    ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).put("readinesProbe", "typo");
    List<String> problems = ManifestValidator.problems(deployment);
    assertTrue(problems.stream().anyMatch(p -> p.contains("readinesProbe")), problems::toString);
  }

  @Test
  void validatorRefusesAWrongTypeInACoreObject() {
    ObjectNode deployment = Chart.renderDefaults().consoleDeployment().deepCopy();
    ((ObjectNode) deployment.at("/spec")).put("replicas", "two");
    assertFalse(ManifestValidator.problems(deployment).isEmpty());
  }

  @Test
  void validatorRefusesAnUnknownFieldInTheFlinkDeploymentSpec() {
    ObjectNode flink = Chart.renderDefaults().flinkDeployment().deepCopy();
    ((ObjectNode) flink.at("/spec/job")).put("paralelism", 2);
    List<String> problems = ManifestValidator.problems(flink);
    assertTrue(problems.stream().anyMatch(p -> p.contains("paralelism")), problems::toString);
  }

  @Test
  void validatorRefusesAFlinkVersionTheCrdDoesNotList() {
    ObjectNode flink = Chart.renderDefaults().flinkDeployment().deepCopy();
    ((ObjectNode) flink.at("/spec")).put("flinkVersion", "v2_9");
    assertFalse(ManifestValidator.problems(flink).isEmpty());
  }

  @Test
  void validatorRefusesAnUnknownFieldInTheFlinkPodTemplate() {
    ObjectNode flink = Chart.renderDefaults().flinkDeployment().deepCopy();
    ((ObjectNode) flink.at("/spec/podTemplate/spec/containers/0")).put("port", 9249);
    List<String> problems = ManifestValidator.problems(flink);
    assertTrue(problems.stream().anyMatch(p -> p.contains("port")), problems::toString);
  }

  @Test
  void validatorRefusesAnUnknownFieldInAKafkaTopicSpec() {
    ObjectNode topic = Chart.renderDefaults().topic("screening.rules.v1").deepCopy();
    ((ObjectNode) topic.at("/spec")).put("partition", 3);
    List<String> problems = ManifestValidator.problems(topic);
    assertTrue(problems.stream().anyMatch(p -> p.contains("partition")), problems::toString);
  }

  @Test
  void validatorRefusesZeroPartitionsInAKafkaTopic() {
    ObjectNode topic = Chart.renderDefaults().topic("screening.rules.v1").deepCopy();
    ((ObjectNode) topic.at("/spec")).put("partitions", 0);
    assertFalse(ManifestValidator.problems(topic).isEmpty());
  }

  @Test
  void validatorRefusesAnUnknownFieldInCustomResourceMetadata() {
    ObjectNode topic = Chart.renderDefaults().topic("screening.rules.v1").deepCopy();
    ((ObjectNode) topic.at("/metadata")).put("label", "x");
    assertFalse(ManifestValidator.problems(topic).isEmpty());
  }

  @Test
  void validatorRefusesAKindItHasNoSchemaFor() {
    ObjectNode unknown = Chart.YAML.createObjectNode().put("apiVersion", "example.com/v1").put("kind", "Thing");
    unknown.putObject("metadata").put("name", "x");
    assertFalse(ManifestValidator.problems(unknown).isEmpty());
  }

  private static Map<String, Long> kinds(List<ObjectNode> objects) {
    return objects.stream().collect(Collectors.groupingBy(o -> o.path("kind").asText(), Collectors.counting()));
  }
}
