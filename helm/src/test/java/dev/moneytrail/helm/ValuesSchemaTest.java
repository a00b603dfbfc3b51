package dev.moneytrail.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * values.schema.json refuses bad values before anything renders, and the message names the value
 * and the broken constraint; values.yaml documents every key.
 */
class ValuesSchemaTest {

  /** Renders with one bad value and returns Helm's message. */
  private static String refusal(String valuesYaml) {
    RuntimeException e = assertThrows(RuntimeException.class, () -> Chart.templateValues(valuesYaml),
        () -> "accepted:\n" + valuesYaml);
    return e.getMessage();
  }

  @ParameterizedTest(name = "refuses {0}")
  @CsvSource(delimiter = '|', value = {
      "job.parallelism 0            | job:\\n  parallelism: 0                                  | /job/parallelism",
      "job.flinkVersion v1_20       | job:\\n  flinkVersion: v1_20                             | /job/flinkVersion",
      "job.upgradeMode savepoints   | job:\\n  upgradeMode: savepoints                         | /job/upgradeMode",
      "job.state stopped            | job:\\n  state: stopped                                  | /job/state",
      "a misspelt key               | job:\\n  paralelism: 4                                   | paralelism",
      "job.checkpointDir w/o scheme | job:\\n  checkpointDir: /tmp/checkpoints                 | /job/checkpointDir",
      "job.checkpointInterval 10    | job:\\n  checkpointInterval: 10                          | /job/checkpointInterval",
      "memory in GB                 | job:\\n  taskManager:\\n    resources:\\n      memory: 4GB | /job/taskManager/resources/memory",
      "zero CPU                     | job:\\n  taskManager:\\n    resources:\\n      cpu: 0     | /job/taskManager/resources/cpu",
      "task slots 0                 | job:\\n  taskManager:\\n    taskSlots: 0                 | /job/taskManager/taskSlots",
      "three standby JobManagers    | job:\\n  jobManager:\\n    replicas: 4                    | /job/jobManager/replicas",
      "bootstrap without port       | job:\\n  kafka:\\n    bootstrapServers: broker        | /job/kafka/bootstrapServers",
      "lowercase starting offsets   | job:\\n  kafka:\\n    startingOffsets: earliest       | /job/kafka/startingOffsets",
      "an uppercase Kafka property  | job:\\n  kafka:\\n    properties:\\n      Group.Id: x   | invalid propertyName 'Group.Id'",
      "a group id with a space      | job:\\n  kafka:\\n    groupId: my group               | /job/kafka/groupId",
      "a jar that is not a URI      | job:\\n  jarURI: screening-job.jar                      | /job/jarURI",
      "relative rules dir           | job:\\n  rulesDir: rules/core                           | /job/rulesDir",
      "state backend forst          | job:\\n  stateBackend: forst                            | /job/stateBackend",
      "zero partitions              | topics:\\n  transactions:\\n    partitions: 0           | /topics/transactions/partitions",
      "ten-second retention         | topics:\\n  deadLetters:\\n    retentionMs: 10000       | /topics/deadLetters/retentionMs",
      "unknown KafkaTopic version   | topics:\\n  apiVersion: kafka.strimzi.io/v1alpha1       | /topics/apiVersion",
      "an uppercase cluster name    | topics:\\n  kafkaCluster: FIU                           | /topics/kafkaCluster",
      "privileged console port      | console:\\n  port: 80                                   | /console/port",
      "service type ExternalName    | console:\\n  service:\\n    type: ExternalName          | /console/service/type",
      "relative health path         | console:\\n  healthPath: health                         | /console/healthPath",
      "an env name with a dash      | console:\\n  database:\\n    env:\\n      url: DB-URL    | /console/database/env/url",
      "an ingress host with spaces  | console:\\n  ingress:\\n    host: my host               | /console/ingress/host",
      "image repository with tag    | console:\\n  image:\\n    repository: Console:1         | /console/image/repository",
      "pull policy sometimes        | job:\\n  image:\\n    pullPolicy: Sometimes             | /job/image/pullPolicy",
      "podMonitor interval 30 sec   | metrics:\\n  podMonitor:\\n    interval: 30 sec         | /metrics/podMonitor/interval",
      "reporter port 80             | metrics:\\n  flinkPort: 80                              | /metrics/flinkPort"})
  void refusesABadValueNamingItsPath(String what, String yaml, String path) {
    // path: where the value is (Helm names the key itself for a bad property name)
    String message = refusal(yaml.replace("\\n", "\n"));
    assertTrue(message.contains("values don't meet the specifications of the schema"), message);
    assertTrue(message.contains(path), () -> "message does not name " + path + ":\n" + message);
  }

  @Test
  void refusalExplainsTheBrokenConstraint() {
    String message = refusal("job:\n  parallelism: 0\n");
    assertEquals("values don't meet the specifications of the schema(s) in the following chart(s):\n"
        + "screening:\n- at '/job/parallelism': minimum: got 0, want 1", message.strip());
  }

  @Test
  void refusesAKafkaPropertyTheJobSetsItself() {
    String message = refusal("job:\n  kafka:\n    properties:\n      group.id: other\n");
    assertTrue(message.contains("job.kafka.properties.group.id is set by the job itself"), message);
  }

  @Test
  void acceptsTheProductionValues() {
    Chart.template(java.util.Map.of(), Chart.productionValues());
  }

  /**
   * Every value in values.yaml has a "# -- effect. Constraint: ..." comment right above it or
   * above one of its parent keys (the chart's documentation habit, as in
   * flink-kubernetes-operator's chart); keys that only group other keys need none.
   */
  @Test
  void documentsEveryValueWithItsEffectAndConstraint() {
    List<String> lines = Chart.read(Chart.dir().resolve("values.yaml")).lines().toList();
    Pattern key = Pattern.compile("^(\\s*)([A-Za-z][\\w.-]*):(.*)$");
    List<String> undocumented = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = key.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      boolean group = m.group(3).isBlank() && i + 1 < lines.size()
          && indent(lines.get(i + 1)) > m.group(1).length() && !lines.get(i + 1).trim().startsWith("-");
      if (group) {
        continue;
      }
      boolean documented = false;
      int level = m.group(1).length();
      for (int j = i; j >= 0 && !documented; j--) {
        Matcher a = key.matcher(lines.get(j));
        if (a.matches() && (j == i || a.group(1).length() < level)) {
          level = a.group(1).length();
          String above = j > 0 ? lines.get(j - 1).trim() : "";
          documented = above.startsWith("# --") && above.contains("Constraint:");
          if (level == 0) {
            break;
          }
        }
      }
      if (!documented) {
        undocumented.add((i + 1) + ": " + lines.get(i).trim());
      }
    }
    assertEquals(List.of(), undocumented, "values without a '# -- effect. Constraint: ...' comment");
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
