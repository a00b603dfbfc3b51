package dev.moneytrail.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the chart offline with helm-java (bundled Helm, no cluster) and parses the output into
 * one JSON tree per object. Release "screening" in namespace "fiu" unless told otherwise.
 */
final class Chart {

  static final String RELEASE = "screening";
  static final String NAMESPACE = "fiu";
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Path dir() {
    return Path.of(System.getProperty("chart.dir", "screening")).toAbsolutePath();
  }

  static String kubeVersion() {
    return System.getProperty("chart.kube.version", "1.30.0");
  }

  static Path productionValues() {
    return dir().resolve("ci/production-values.yaml");
  }

  /** The rendered text for the chart's defaults plus {@code sets} (Helm --set syntax) and optional values files. */
  static String template(Map<String, ?> sets, Path... valuesFiles) {
    TemplateCommand cmd = new Helm(dir()).template()
        .withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(kubeVersion());
    for (Path f : valuesFiles) {
      cmd = cmd.withValuesFile(f);
    }
    for (Map.Entry<String, ?> e : sets.entrySet()) {
      cmd = cmd.set(e.getKey(), e.getValue());
    }
    return cmd.call();
  }

  /** Rendered objects for the defaults plus {@code sets}. */
  static Rendered render(Map<String, ?> sets, Path... valuesFiles) {
    return new Rendered(parse(template(sets, valuesFiles)));
  }

  static Rendered render(String key, Object value) {
    Map<String, Object> sets = new LinkedHashMap<>();
    sets.put(key, value);
    return render(sets);
  }

  /** Rendered objects for the defaults overlaid with a values document given as YAML text. */
  static Rendered renderValues(String valuesYaml) {
    return new Rendered(parse(templateValues(valuesYaml)));
  }

  static String templateValues(String valuesYaml) {
    try {
      Path file = Files.createTempFile("values-", ".yaml");
      try {
        Files.writeString(file, valuesYaml);
        return template(Map.of(), file);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Rendered renderDefaults() {
    return render(Map.of());
  }

  static List<ObjectNode> parse(String yaml) {
    List<ObjectNode> objects = new ArrayList<>();
    if (yaml == null || yaml.isBlank()) {
      return objects;
    }
    try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
      for (JsonNode node : YAML.readValues(parser, JsonNode.class).readAll()) {
        if (node != null && node.isObject() && node.size() > 0) {
          objects.add((ObjectNode) node);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return objects;
  }

  static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The objects of one render, looked up by kind and name. */
  record Rendered(List<ObjectNode> objects) {

    List<ObjectNode> ofKind(String kind) {
      return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    Optional<ObjectNode> find(String kind, String name) {
      return ofKind(kind).stream()
          .filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst();
    }

    ObjectNode get(String kind, String name) {
      return find(kind, name).orElseThrow(() -> new AssertionError(
          "no " + kind + " " + name + " rendered; got " + objects.stream()
              .map(o -> o.path("kind").asText() + "/" + o.path("metadata").path("name").asText()).toList()));
    }

    ObjectNode flinkDeployment() {
      return get("FlinkDeployment", RELEASE + "-job");
    }

    ObjectNode consoleDeployment() {
      return get("Deployment", RELEASE + "-console");
    }

    JsonNode consoleContainer() {
      return consoleDeployment().at("/spec/template/spec/containers/0");
    }

    /** The job's --key value arguments as a map. */
    Map<String, String> jobArgs() {
      JsonNode args = flinkDeployment().at("/spec/job/args");
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i + 1 < args.size(); i += 2) {
        String key = args.get(i).asText();
        if (!key.startsWith("--")) {
          throw new AssertionError("argument " + i + " is not a --key: " + args);
        }
        map.put(key.substring(2), args.get(i + 1).asText());
      }
      if (args.size() % 2 != 0) {
        throw new AssertionError("odd number of job arguments: " + args);
      }
      return map;
    }

    String flinkConf(String key) {
      JsonNode v = flinkDeployment().at("/spec/flinkConfiguration").get(key);
      return v == null ? null : v.asText();
    }

    ObjectNode topic(String name) {
      return get("KafkaTopic", name);
    }
  }

  private Chart() {}
}
