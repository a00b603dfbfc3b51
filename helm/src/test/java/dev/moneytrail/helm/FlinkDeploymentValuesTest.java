package dev.moneytrail.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per job.* value: the FlinkDeployment renders it where the operator and the job read it. */
class FlinkDeploymentValuesTest {

  private static ObjectNode flink(String key, Object value) {
    Chart.Rendered r = Chart.render(key, value);
    ManifestValidator.assertValid(r.objects());
    return r.flinkDeployment();
  }

  private static Chart.Rendered renderValid(String yaml) {
    Chart.Rendered r = Chart.renderValues(yaml);
    ManifestValidator.assertValid(r.objects());
    return r;
  }

  @Test
  void rendersTheJobWithDefaultsOperatorsExpect() {
    ObjectNode f = Chart.renderDefaults().flinkDeployment();
    assertEquals("v2_2", f.at("/spec/flinkVersion").asText());
    assertEquals("savepoint", f.at("/spec/job/upgradeMode").asText());
    assertEquals("dev.moneytrail.stream.pipeline.ScreeningJob", f.at("/spec/job/entryClass").asText());
    assertEquals("registry.example.invalid/moneytrail/screening-job:0.1.0", f.at("/spec/image").asText());
  }

  @Test
  void rendersNoFlinkDeploymentWhenJobEnabledIsFalse() {
    assertTrue(Chart.render("job.enabled", false).ofKind("FlinkDeployment").isEmpty());
  }

  @Test
  void rendersImageRepositoryWhenJobImageRepositoryIsSet() {
    assertEquals("registry.bank.example/fiu/job:0.1.0",
        flink("job.image.repository", "registry.bank.example/fiu/job").at("/spec/image").asText());
  }

  @Test
  void rendersImageTagWhenJobImageTagIsSet() {
    assertTrue(flink("job.image.tag", "1.2.3").at("/spec/image").asText().endsWith(":1.2.3"));
  }

  @Test
  void rendersImagePullPolicyWhenJobImagePullPolicyIsSet() {
    assertEquals("Always", flink("job.image.pullPolicy", "Always").at("/spec/imagePullPolicy").asText());
  }

  @Test
  void rendersPodImagePullSecretsWhenJobImagePullSecretsIsSet() {
    ObjectNode f = renderValid("job:\n  imagePullSecrets: [fiu-registry]\n").flinkDeployment();
    assertEquals("fiu-registry", f.at("/spec/podTemplate/spec/imagePullSecrets/0/name").asText());
    assertTrue(Chart.renderDefaults().flinkDeployment().at("/spec/podTemplate/spec/imagePullSecrets").isMissingNode());
  }

  @Test
  void rendersFlinkVersionWhenJobFlinkVersionIsSet() {
    assertEquals("v2_1", flink("job.flinkVersion", "v2_1").at("/spec/flinkVersion").asText());
  }

  @Test
  void rendersServiceAccountWhenJobServiceAccountIsSet() {
    assertEquals("flink-fiu", flink("job.serviceAccount", "flink-fiu").at("/spec/serviceAccount").asText());
  }

  @Test
  void rendersJarUriWhenJobJarUriIsSet() {
    assertEquals("s3://jars/screening-job.jar",
        flink("job.jarURI", "s3://jars/screening-job.jar").at("/spec/job/jarURI").asText());
  }

  @Test
  void rendersEntryClassWhenJobEntryClassIsSet() {
    assertEquals("dev.example.OtherJob", flink("job.entryClass", "dev.example.OtherJob").at("/spec/job/entryClass").asText());
  }

  @Test
  void rendersParallelismWhenJobParallelismIsSet() {
    assertEquals(8, flink("job.parallelism", 8).at("/spec/job/parallelism").asInt());
  }

  @Test
  void rendersMaxParallelismWhenJobMaxParallelismIsSet() {
    assertEquals("4096", Chart.render("job.maxParallelism", 4096).flinkConf("pipeline.max-parallelism"));
    assertEquals("720", Chart.renderDefaults().flinkConf("pipeline.max-parallelism"));
  }

  @Test
  void refusesParallelismAboveMaxParallelism() {
    RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
        () -> Chart.render(Map.of("job.parallelism", 200, "job.maxParallelism", 128)));
    assertTrue(e.getMessage().contains("job.parallelism=200 exceeds job.maxParallelism=128"), e.getMessage());
  }

  @Test
  void rendersUpgradeModeWhenJobUpgradeModeIsSet() {
    assertEquals("stateless", flink("job.upgradeMode", "stateless").at("/spec/job/upgradeMode").asText());
  }

  @Test
  void rendersSuspendedStateWhenJobStateIsSet() {
    assertEquals("suspended", flink("job.state", "suspended").at("/spec/job/state").asText());
  }

  @Test
  void rendersAllowNonRestoredStateWhenJobAllowNonRestoredStateIsSet() {
    assertTrue(flink("job.allowNonRestoredState", true).at("/spec/job/allowNonRestoredState").asBoolean());
    assertFalse(Chart.renderDefaults().flinkDeployment().at("/spec/job/allowNonRestoredState").asBoolean(true));
  }

  @Test
  void rendersInitialSavepointPathWhenJobInitialSavepointPathIsSet() {
    assertEquals("s3://old/savepoint-1", flink("job.initialSavepointPath", "s3://old/savepoint-1")
        .at("/spec/job/initialSavepointPath").asText());
    assertTrue(Chart.renderDefaults().flinkDeployment().at("/spec/job/initialSavepointPath").isMissingNode());
  }

  @Test
  void rendersSavepointTriggerNonceWhenJobSavepointTriggerNonceIsSet() {
    assertEquals(3, flink("job.savepointTriggerNonce", 3).at("/spec/job/savepointTriggerNonce").asInt());
    assertTrue(Chart.renderDefaults().flinkDeployment().at("/spec/job/savepointTriggerNonce").isMissingNode());
  }

  @Test
  void rendersBootstrapServersArgumentWhenJobKafkaBootstrapServersIsSet() {
    Chart.Rendered r = renderValid("job:\n  kafka:\n    bootstrapServers: b1:9093,b2:9093\n");
    assertEquals("b1:9093,b2:9093", r.jobArgs().get("kafka.bootstrap-servers"));
  }

  @Test
  void rendersGroupIdArgumentWhenJobKafkaGroupIdIsSet() {
    assertEquals("screening-prod", Chart.render("job.kafka.groupId", "screening-prod").jobArgs().get("kafka.group-id"));
  }

  @Test
  void rendersStartingOffsetsArgumentWhenJobKafkaStartingOffsetsIsSet() {
    assertEquals("EARLIEST", Chart.render("job.kafka.startingOffsets", "EARLIEST").jobArgs().get("kafka.starting-offsets"));
  }

  @Test
  void rendersTransactionalIdPrefixArgumentWhenJobKafkaTransactionalIdPrefixIsSet() {
    assertEquals("screening-b", Chart.render("job.kafka.transactionalIdPrefix", "screening-b")
        .jobArgs().get("kafka.transactional-id-prefix"));
  }

  @Test
  void rendersTransactionTimeoutArgumentWhenJobKafkaTransactionTimeoutIsSet() {
    assertEquals("14 min", Chart.render("job.kafka.transactionTimeout", "14 min").jobArgs().get("kafka.transaction-timeout"));
  }

  @Test
  void rendersKafkaPropertyArgumentsWhenJobKafkaPropertiesIsSet() {
    Chart.Rendered r = renderValid("job:\n  kafka:\n    properties:\n      security.protocol: SASL_SSL\n"
        + "      sasl.jaas.config: a b=\"c\";\n");
    Map<String, String> args = r.jobArgs();
    assertEquals("SASL_SSL", args.get("kafka.properties.security.protocol"));
    assertEquals("a b=\"c\";", args.get("kafka.properties.sasl.jaas.config"));
  }

  @Test
  void mountsTheKafkaClientSecretWhenJobKafkaSecretNameIsSet() {
    ObjectNode f = flink("job.kafka.secretName", "kafka-client");
    assertEquals("kafka-client", f.at("/spec/podTemplate/spec/volumes/0/secret/secretName").asText());
    assertEquals("/etc/screening/kafka", f.at("/spec/podTemplate/spec/containers/0/volumeMounts/0/mountPath").asText());
    assertTrue(Chart.renderDefaults().flinkDeployment().at("/spec/podTemplate/spec/volumes").isMissingNode());
  }

  @Test
  void rendersRulesDirArgumentWhenJobRulesDirIsSet() {
    assertEquals("/opt/rules/core", Chart.render("job.rulesDir", "/opt/rules/core").jobArgs().get("screening.rules.dir"));
    assertFalse(Chart.renderDefaults().jobArgs().containsKey("screening.rules.dir"));
  }

  @Test
  void rendersCheckpointIntervalAsArgumentAndConfigurationWhenJobCheckpointIntervalIsSet() {
    Chart.Rendered r = Chart.render("job.checkpointInterval", "30 s");
    assertEquals("30 s", r.jobArgs().get("screening.checkpoint.interval"));
    assertEquals("30 s", r.flinkConf("execution.checkpointing.interval"));
  }

  @Test
  void rendersCheckpointDirWhenJobCheckpointDirIsSet() {
    assertEquals("gs://b/cp", Chart.render("job.checkpointDir", "gs://b/cp").flinkConf("execution.checkpointing.dir"));
  }

  @Test
  void rendersSavepointDirWhenJobSavepointDirIsSet() {
    assertEquals("gs://b/sp", Chart.render("job.savepointDir", "gs://b/sp").flinkConf("execution.checkpointing.savepoint-dir"));
  }

  @Test
  void rendersPeriodicSavepointIntervalWhenJobPeriodicSavepointIntervalIsSet() {
    assertEquals("6 h", Chart.render("job.periodicSavepointInterval", "6 h")
        .flinkConf("kubernetes.operator.periodic.savepoint.interval"));
    assertNull(Chart.renderDefaults().flinkConf("kubernetes.operator.periodic.savepoint.interval"));
  }

  @Test
  void rendersHashMapBackendWithoutIncrementalCheckpointsWhenJobStateBackendIsSet() {
    Chart.Rendered r = Chart.render("job.stateBackend", "hashmap");
    assertEquals("hashmap", r.flinkConf("state.backend.type"));
    assertNull(r.flinkConf("execution.checkpointing.incremental"));
    assertEquals("true", Chart.renderDefaults().flinkConf("execution.checkpointing.incremental"));
  }

  @Test
  void rendersNoHighAvailabilityWhenJobHighAvailabilityEnabledIsFalse() {
    assertNull(Chart.render("job.highAvailability.enabled", false).flinkConf("high-availability.type"));
    assertEquals("kubernetes", Chart.renderDefaults().flinkConf("high-availability.type"));
  }

  @Test
  void rendersHaStorageDirWhenJobHighAvailabilityStorageDirIsSet() {
    assertEquals("s3://b/ha", Chart.render("job.highAvailability.storageDir", "s3://b/ha").flinkConf("high-availability.storageDir"));
  }

  @Test
  void rendersJobManagerReplicasWhenJobJobManagerReplicasIsSet() {
    assertEquals(2, flink("job.jobManager.replicas", 2).at("/spec/jobManager/replicas").asInt());
  }

  @Test
  void rendersJobManagerCpuWhenJobJobManagerResourcesCpuIsSet() {
    // --set turns 0.5 into a string; a values file keeps it a number.
    assertEquals(0.5, renderValid("job:\n  jobManager:\n    resources:\n      cpu: 0.5\n")
        .flinkDeployment().at("/spec/jobManager/resource/cpu").asDouble());
  }

  @Test
  void rendersJobManagerMemoryWhenJobJobManagerResourcesMemoryIsSet() {
    assertEquals("3g", flink("job.jobManager.resources.memory", "3g").at("/spec/jobManager/resource/memory").asText());
  }

  @Test
  void rendersTaskSlotsWhenJobTaskManagerTaskSlotsIsSet() {
    assertEquals("4", Chart.render("job.taskManager.taskSlots", 4).flinkConf("taskmanager.numberOfTaskSlots"));
  }

  @Test
  void rendersTaskManagerCpuWhenJobTaskManagerResourcesCpuIsSet() {
    assertEquals(4.0, flink("job.taskManager.resources.cpu", 4).at("/spec/taskManager/resource/cpu").asDouble());
  }

  @Test
  void rendersTaskManagerMemoryWhenJobTaskManagerResourcesMemoryIsSet() {
    assertEquals("16g", flink("job.taskManager.resources.memory", "16g").at("/spec/taskManager/resource/memory").asText());
  }

  @Test
  void rendersExtraFlinkConfigurationAsStringsWhenJobFlinkConfigurationIsSet() {
    Chart.Rendered r = renderValid("job:\n  flinkConfiguration:\n    restart-strategy.type: exponential-delay\n"
        + "    execution.checkpointing.num-retained: 5\n    taskmanager.numberOfTaskSlots: 9\n");
    assertEquals("exponential-delay", r.flinkConf("restart-strategy.type"));
    assertEquals("5", r.flinkConf("execution.checkpointing.num-retained"));
    // Derived from job.taskManager.taskSlots, so it wins over the free-form map.
    assertEquals("2", r.flinkConf("taskmanager.numberOfTaskSlots"));
  }

  @Test
  void rendersContainerEnvWhenJobEnvIsSet() {
    JsonNode env = renderValid("job:\n  env:\n    - name: AWS_REGION\n      value: eu-central-1\n")
        .flinkDeployment().at("/spec/podTemplate/spec/containers/0/env/0");
    assertEquals("AWS_REGION", env.path("name").asText());
    assertEquals("eu-central-1", env.path("value").asText());
  }

  @Test
  void runsFlinkPodsAsNonRootWithoutPrivilegeEscalation() {
    ObjectNode f = Chart.renderDefaults().flinkDeployment();
    assertTrue(f.at("/spec/podTemplate/spec/securityContext/runAsNonRoot").asBoolean());
    assertFalse(f.at("/spec/podTemplate/spec/containers/0/securityContext/allowPrivilegeEscalation").asBoolean(true));
  }

  @Test
  void refusesStandbyJobManagersWithoutHighAvailability() {
    RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
        () -> Chart.render(Map.of("job.jobManager.replicas", 2, "job.highAvailability.enabled", false)));
    assertTrue(e.getMessage().contains("job.jobManager.replicas > 1 needs job.highAvailability.enabled=true"), e.getMessage());
  }

  @Test
  void refusesLastStateUpgradesWithoutHighAvailability() {
    RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
        () -> Chart.render(Map.of("job.upgradeMode", "last-state", "job.highAvailability.enabled", false)));
    assertTrue(e.getMessage().contains("job.upgradeMode=last-state needs job.highAvailability.enabled=true"), e.getMessage());
  }

  @Test
  void refusesTaskManagerMemoryBelowOneGibibyte() {
    RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
        () -> Chart.render("job.taskManager.resources.memory", "512m"));
    assertTrue(e.getMessage().contains("job.taskManager.resources.memory=512m is below 1g"), e.getMessage());
  }
}
