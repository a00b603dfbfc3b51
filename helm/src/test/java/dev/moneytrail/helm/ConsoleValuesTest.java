package dev.moneytrail.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per console.* value: Deployment, Service and Ingress of the analyst console. */
class ConsoleValuesTest {

  private static Chart.Rendered valid(String key, Object value) {
    Chart.Rendered r = Chart.render(key, value);
    ManifestValidator.assertValid(r.objects());
    return r;
  }

  private static Chart.Rendered validValues(String yaml) {
    Chart.Rendered r = Chart.renderValues(yaml);
    ManifestValidator.assertValid(r.objects());
    return r;
  }

  private static String env(JsonNode container, String name, String pointer) {
    for (JsonNode e : container.path("env")) {
      if (name.equals(e.path("name").asText())) {
        return e.at(pointer).asText();
      }
    }
    throw new AssertionError("no env " + name + " in " + container.path("env"));
  }

  @Test
  void runsTheConsoleNonRootWithAReadOnlyRootFilesystem() {
    Chart.Rendered r = Chart.renderDefaults();
    JsonNode c = r.consoleContainer();
    assertTrue(c.at("/securityContext/readOnlyRootFilesystem").asBoolean());
    assertTrue(c.at("/securityContext/runAsNonRoot").asBoolean());
    assertFalse(c.at("/securityContext/allowPrivilegeEscalation").asBoolean(true));
    assertEquals("ALL", c.at("/securityContext/capabilities/drop/0").asText());
    assertTrue(r.consoleDeployment().at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean());
    assertEquals("/tmp", c.at("/volumeMounts/0/mountPath").asText());
  }

  @Test
  void rendersNoConsoleWhenConsoleEnabledIsFalse() {
    Chart.Rendered r = Chart.render("console.enabled", false);
    assertTrue(r.find("Deployment", "screening-console").isEmpty());
    assertTrue(r.find("Service", "screening-console").isEmpty());
  }

  @Test
  void rendersImageRepositoryWhenConsoleImageRepositoryIsSet() {
    assertEquals("registry.bank.example/console:0.1.0",
        valid("console.image.repository", "registry.bank.example/console").consoleContainer().path("image").asText());
  }

  @Test
  void rendersImageTagWhenConsoleImageTagIsSet() {
    assertTrue(valid("console.image.tag", "2.0.1").consoleContainer().path("image").asText().endsWith(":2.0.1"));
  }

  @Test
  void rendersImagePullPolicyWhenConsoleImagePullPolicyIsSet() {
    assertEquals("Never", valid("console.image.pullPolicy", "Never").consoleContainer().path("imagePullPolicy").asText());
  }

  @Test
  void rendersImagePullSecretsWhenConsoleImagePullSecretsIsSet() {
    assertEquals("fiu-registry", validValues("console:\n  imagePullSecrets: [fiu-registry]\n")
        .consoleDeployment().at("/spec/template/spec/imagePullSecrets/0/name").asText());
  }

  @Test
  void rendersReplicasWhenConsoleReplicasIsSet() {
    assertEquals(3, valid("console.replicas", 3).consoleDeployment().at("/spec/replicas").asInt());
  }

  @Test
  void rendersContainerPortAndProbesOnItWhenConsolePortIsSet() {
    Chart.Rendered r = valid("console.port", 9090);
    JsonNode c = r.consoleContainer();
    assertEquals(9090, c.at("/ports/0/containerPort").asInt());
    assertEquals("http", c.at("/readinessProbe/httpGet/port").asText());
    assertEquals("9090", env(c, "CONSOLE_PORT", "/value"));
    assertEquals("http", r.get("Service", "screening-console").at("/spec/ports/0/targetPort").asText());
  }

  @Test
  void rendersProbePathsWhenConsoleHealthPathIsSet() {
    JsonNode c = valid("console.healthPath", "/healthz").consoleContainer();
    for (String probe : new String[] {"readinessProbe", "livenessProbe", "startupProbe"}) {
      assertEquals("/healthz", c.at("/" + probe + "/httpGet/path").asText(), probe);
    }
  }

  @Test
  void rendersSecretReferencesWhenConsoleDatabaseExistingSecretIsSet() {
    JsonNode c = valid("console.database.existingSecret", "pg-conn").consoleContainer();
    for (String name : new String[] {"CONSOLE_DB_URL", "CONSOLE_DB_USER", "CONSOLE_DB_PASSWORD"}) {
      assertEquals("pg-conn", env(c, name, "/valueFrom/secretKeyRef/name"), name);
    }
  }

  @Test
  void rendersUrlKeyWhenConsoleDatabaseUrlKeyIsSet() {
    assertEquals("jdbc", env(valid("console.database.urlKey", "jdbc").consoleContainer(),
        "CONSOLE_DB_URL", "/valueFrom/secretKeyRef/key"));
  }

  @Test
  void rendersUsernameKeyWhenConsoleDatabaseUsernameKeyIsSet() {
    assertEquals("user", env(valid("console.database.usernameKey", "user").consoleContainer(),
        "CONSOLE_DB_USER", "/valueFrom/secretKeyRef/key"));
  }

  @Test
  void rendersPasswordKeyWhenConsoleDatabasePasswordKeyIsSet() {
    assertEquals("pw", env(valid("console.database.passwordKey", "pw").consoleContainer(),
        "CONSOLE_DB_PASSWORD", "/valueFrom/secretKeyRef/key"));
  }

  @Test
  void rendersEnvironmentVariableNamesWhenConsoleDatabaseEnvIsSet() {
    JsonNode c = validValues("console:\n  database:\n    env:\n      url: JDBC_URL\n      username: JDBC_USER\n"
        + "      password: JDBC_PASSWORD\n").consoleContainer();
    assertEquals("url", env(c, "JDBC_URL", "/valueFrom/secretKeyRef/key"));
    assertEquals("username", env(c, "JDBC_USER", "/valueFrom/secretKeyRef/key"));
    assertEquals("password", env(c, "JDBC_PASSWORD", "/valueFrom/secretKeyRef/key"));
  }

  @Test
  void rendersNoPasswordValueInTheConsolePodSpec() {
    JsonNode c = Chart.renderDefaults().consoleContainer();
    for (JsonNode e : c.path("env")) {
      if (e.path("name").asText().contains("PASSWORD")) {
        assertTrue(e.path("value").isMissingNode(), e.toString());
      }
    }
  }

  @Test
  void rendersExtraEnvWhenConsoleEnvIsSet() {
    JsonNode c = validValues("console:\n  env:\n    - name: SCREENING_KAFKA_BOOTSTRAP_SERVERS\n      value: k:9092\n")
        .consoleContainer();
    assertEquals("k:9092", env(c, "SCREENING_KAFKA_BOOTSTRAP_SERVERS", "/value"));
  }

  @Test
  void rendersContainerArgsWhenConsoleExtraArgsIsSet() {
    JsonNode c = validValues("console:\n  extraArgs: [--secure-cookies]\n").consoleContainer();
    assertEquals("--secure-cookies", c.at("/args/0").asText());
    assertTrue(Chart.renderDefaults().consoleContainer().path("args").isMissingNode());
  }

  @Test
  void rendersResourcesWhenConsoleResourcesIsSet() {
    JsonNode c = validValues("console:\n  resources:\n    requests:\n      cpu: 1\n      memory: 2Gi\n"
        + "    limits:\n      memory: 2Gi\n").consoleContainer();
    assertEquals("2Gi", c.at("/resources/requests/memory").asText());
    assertEquals("2Gi", c.at("/resources/limits/memory").asText());
  }

  @Test
  void rendersServiceTypeWhenConsoleServiceTypeIsSet() {
    assertEquals("NodePort", valid("console.service.type", "NodePort").get("Service", "screening-console")
        .at("/spec/type").asText());
  }

  @Test
  void rendersServicePortWhenConsoleServicePortIsSet() {
    assertEquals(8443, valid("console.service.port", 8443).get("Service", "screening-console")
        .at("/spec/ports/0/port").asInt());
  }

  @Test
  void rendersIngressWhenConsoleIngressEnabledIsSet() {
    Chart.Rendered r = ingress("");
    assertTrue(Chart.renderDefaults().ofKind("Ingress").isEmpty());
    assertEquals(1, r.ofKind("Ingress").size());
  }

  private static Chart.Rendered ingress(String extra) {
    return validValues("console:\n  ingress:\n    enabled: true\n    host: screening.fiu.example\n" + extra);
  }

  @Test
  void rendersIngressClassWhenConsoleIngressClassNameIsSet() {
    assertEquals("nginx", ingress("    className: nginx\n").get("Ingress", "screening-console")
        .at("/spec/ingressClassName").asText());
  }

  @Test
  void rendersIngressHostWhenConsoleIngressHostIsSet() {
    assertEquals("screening.fiu.example", ingress("").get("Ingress", "screening-console")
        .at("/spec/rules/0/host").asText());
  }

  @Test
  void rendersTlsWhenConsoleIngressTlsSecretIsSet() {
    JsonNode tls = ingress("    tlsSecret: console-tls\n").get("Ingress", "screening-console").at("/spec/tls/0");
    assertEquals("console-tls", tls.path("secretName").asText());
    assertEquals("screening.fiu.example", tls.at("/hosts/0").asText());
    assertTrue(ingress("").get("Ingress", "screening-console").at("/spec/tls").isMissingNode());
  }

  @Test
  void rendersIngressAnnotationsWhenConsoleIngressAnnotationsIsSet() {
    assertEquals("10m", ingress("    annotations:\n      nginx.ingress.kubernetes.io/proxy-body-size: 10m\n")
        .get("Ingress", "screening-console").at("/metadata/annotations/nginx.ingress.kubernetes.io~1proxy-body-size").asText());
  }

  @Test
  void rendersNodeSelectorWhenConsoleNodeSelectorIsSet() {
    assertEquals("analytics", validValues("console:\n  nodeSelector:\n    pool: analytics\n")
        .consoleDeployment().at("/spec/template/spec/nodeSelector/pool").asText());
  }

  @Test
  void rendersTolerationsWhenConsoleTolerationsIsSet() {
    assertEquals("dedicated", validValues("console:\n  tolerations:\n    - key: dedicated\n      operator: Exists\n"
        + "      effect: NoSchedule\n").consoleDeployment().at("/spec/template/spec/tolerations/0/key").asText());
  }

  @Test
  void refusesAnIngressWithoutHost() {
    RuntimeException e = assertThrows(RuntimeException.class, () -> Chart.render("console.ingress.enabled", true));
    assertTrue(e.getMessage().contains("console.ingress.host is required"), e.getMessage());
  }

  @Test
  void refusesAConsoleWithoutDatabaseSecret() {
    RuntimeException e = assertThrows(RuntimeException.class,
        () -> Chart.render(Map.of("console.database.existingSecret", "")));
    assertTrue(e.getMessage().contains("console.database.existingSecret is required"), e.getMessage());
  }
}
