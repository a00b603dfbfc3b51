package dev.moneytrail.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates rendered objects strictly, the way an API server with field validation "Strict" would:
 * unknown fields and wrong types are errors.
 *
 * <ul>
 *   <li>Core kinds: the generated models of client-java-api, whose {@code validateJsonElement}
 *       throws on any field the Kubernetes OpenAPI does not define (recursively) and on wrong
 *       JSON types. (Its Gson deserializer calls the same check; fabric8's models would not.)</li>
 *   <li>Custom resources: the vendored CRD's openAPIV3Schema with networknt json-schema-validator,
 *       after closing every object that declares {@code properties} (additionalProperties: false)
 *       unless the CRD marks it {@code x-kubernetes-preserve-unknown-fields}, which is what
 *       structural-schema pruning plus strict field validation amount to. {@code metadata} is
 *       checked as a core ObjectMeta, and the FlinkDeployment's pod templates as core Pods.</li>
 * </ul>
 */
final class ManifestValidator {

  private static final Map<String, Class<?>> CORE = Map.of(
      "apps/v1/Deployment", V1Deployment.class,
      "v1/Service", V1Service.class,
      "v1/ConfigMap", V1ConfigMap.class,
      "networking.k8s.io/v1/Ingress", V1Ingress.class);

  private static final Map<String, Schema> CRDS = loadCrds();

  /** The problems of one object; empty when it is valid. */
  static List<String> problems(ObjectNode object) {
    String apiVersion = object.path("apiVersion").asText();
    String kind = object.path("kind").asText();
    String id = kind + "/" + object.path("metadata").path("name").asText();
    List<String> problems = new ArrayList<>();
    Class<?> core = CORE.get(apiVersion + "/" + kind);
    if (core != null) {
      strictCore(core, object, id, problems);
      return problems;
    }
    Schema schema = CRDS.get(apiVersion + "/" + kind);
    if (schema == null) {
      problems.add(id + ": no validator for " + apiVersion + " " + kind
          + " (add its model or vendor its CRD before rendering it)");
      return problems;
    }
    for (Error e : schema.validate(object.toString(), InputFormat.JSON)) {
      problems.add(id + ": " + e.getInstanceLocation() + " " + e.getMessage());
    }
    strictCore(V1ObjectMeta.class, object.path("metadata"), id + " metadata", problems);
    if ("FlinkDeployment".equals(kind)) {
      for (String pointer : List.of("/spec/podTemplate", "/spec/jobManager/podTemplate",
          "/spec/taskManager/podTemplate")) {
        JsonNode template = object.at(pointer);
        if (!template.isMissingNode()) {
          strictCore(V1Pod.class, template, id + " " + pointer, problems);
        }
      }
    }
    return problems;
  }

  /** Fails with every problem of every object. */
  static void assertValid(List<ObjectNode> objects) {
    List<String> all = new ArrayList<>();
    objects.forEach(o -> all.addAll(problems(o)));
    if (!all.isEmpty()) {
      throw new AssertionError("rendered objects are invalid:\n  " + String.join("\n  ", all));
    }
  }

  private static void strictCore(Class<?> model, JsonNode json, String id, List<String> problems) {
    JsonElement element = JsonParser.parseString(json.toString());
    try {
      Method validate = model.getMethod("validateJsonElement", JsonElement.class);
      validate.invoke(null, element);
      // Also deserialize: validateJsonElement does not parse quantities, int-or-strings or dates.
      io.kubernetes.client.openapi.JSON.getGson().fromJson(element, model);
    } catch (java.lang.reflect.InvocationTargetException e) {
      problems.add(id + ": " + e.getCause().getMessage());
    } catch (RuntimeException e) {
      problems.add(id + ": " + e.getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Schema> loadCrds() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    Map<String, Schema> schemas = new HashMap<>();
    for (String file : List.of("flinkdeployments.flink.apache.org-v1.yml",
        "kafkatopics.kafka.strimzi.io.yaml", "podmonitors.monitoring.coreos.com.subset.yaml")) {
      JsonNode crd = readResource("crds/" + file);
      String group = crd.at("/spec/group").asText();
      String kind = crd.at("/spec/names/kind").asText();
      for (JsonNode version : crd.at("/spec/versions")) {
        ObjectNode openApi = (ObjectNode) version.at("/schema/openAPIV3Schema").deepCopy();
        // Every object has these; generated CRDs (fabric8) leave them out of the schema.
        ObjectNode props = openApi.with("properties");
        var apiVersions = props.putObject("apiVersion").put("type", "string").putArray("enum")
            .add(group + "/" + version.path("name").asText());
        if ("kafka.strimzi.io".equals(group) && "v1beta2".equals(version.path("name").asText())) {
          apiVersions.add(group + "/v1");
        }
        props.putObject("kind").put("type", "string").putArray("enum").add(kind);
        props.putObject("metadata").put("type", "object");
        openApi.putArray("required").add("apiVersion").add("kind").add("metadata").add("spec");
        closeObjects(openApi);
        // The top level is an object with apiVersion, kind, metadata, spec, status.
        Schema schema = registry.getSchema(openApi.toString(), InputFormat.JSON);
        schemas.put(group + "/" + version.path("name").asText() + "/" + kind, schema);
        if ("kafka.strimzi.io".equals(group) && "v1beta2".equals(version.path("name").asText())) {
          // See the header of the vendored file: v1 is served with the v1beta2 schema.
          schemas.put(group + "/v1/" + kind, schema);
        }
      }
    }
    return schemas;
  }

  /** additionalProperties: false on every object schema that lists properties and does not preserve unknown fields. */
  static void closeObjects(JsonNode node) {
    if (node.isObject()) {
      ObjectNode obj = (ObjectNode) node;
      boolean preserve = obj.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
      if (obj.has("properties") && !obj.has("additionalProperties") && !preserve) {
        obj.put("additionalProperties", false);
      }
      Iterator<Map.Entry<String, JsonNode>> fields = obj.fields();
      while (fields.hasNext()) {
        closeObjects(fields.next().getValue());
      }
    } else if (node.isArray()) {
      node.forEach(ManifestValidator::closeObjects);
    }
  }

  private static JsonNode readResource(String name) {
    try (var in = ManifestValidator.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return Chart.YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ManifestValidator() {}
}
