package dev.moneytrail.rules.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moneytrail.rules.engine.FactJson;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the core package's JUnit rule tests as the tests the package carries
 * ({@code packages/core/tests/*.json}), so the same hit and near-miss cases travel with the
 * package and run in {@code rules validate} wherever it goes. Every test class of
 * {@code dev.moneytrail.rules.core} is read; each {@link RuleTest} method is run once, and its first
 * evaluation with shipped parameters that shows its claim (the rule fired for a HIT, stayed quiet
 * for a NEAR_MISS or TRAP) becomes one carried test, written to the file named after the DRL file
 * that defines the rule ({@code wage-control.drl} -> {@code wage-control.json}), so a family's tests
 * sit together whichever test class holds them. Tests that tune parameters are skipped: a carried
 * test runs with the package's own parameters.
 *
 * <p>Usage (from the rules module, after test-compile):
 * {@code java -cp target/classes:target/test-classes:<deps> dev.moneytrail.rules.testing.CarriedTestExport packages/core packages/core/tests}
 * (deps: {@code mvn dependency:build-classpath -pl rules -Dmdep.includeScope=test}).
 */
public final class CarriedTestExport {

  private static final String TEST_PACKAGE = "dev.moneytrail.rules.core";
  private static final Pattern RULE_NAME = Pattern.compile("^rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

  public static void main(String[] args) throws Exception {
    Path pkg = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    Map<String, String> fileOfRule = filesOfRules(pkg);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Map<String, ArrayNode> testsByFile = new TreeMap<>();
    for (Class<?> cls : testClasses()) {
      List<Method> methods = List.of(cls.getDeclaredMethods()).stream()
          .filter(m -> m.isAnnotationPresent(RuleTest.class) && m.getParameterCount() == 0)
          .sorted(Comparator.comparing(Method::getName)).toList();
      for (Method m : methods) {
        RuleTest claim = m.getAnnotation(RuleTest.class);
        String file = fileOfRule.get(claim.ruleId());
        if (file == null) {
          System.err.println("skipped " + cls.getSimpleName() + "." + m.getName() + ": no DRL defines " + claim.ruleId());
          continue;
        }
        RuleHarness.takeEvaluated();
        try {
          Constructor<?> c = cls.getDeclaredConstructor();
          c.setAccessible(true);
          m.setAccessible(true);
          m.invoke(c.newInstance());
        } catch (ReflectiveOperationException failed) {
          System.err.println("skipped " + m.getName() + ": " + failed.getCause());
          continue;
        }
        boolean hit = claim.kind() == RuleTest.Kind.HIT;
        RuleHarness.Evaluated shown = RuleHarness.takeEvaluated().stream()
            .filter(ev -> !ev.tuned())
            .filter(ev -> hit == ev.hits().stream().anyMatch(h -> h.ruleId().equals(claim.ruleId())))
            .findFirst().orElse(null);
        if (shown == null) {
          System.err.println("skipped " + m.getName() + ": no evaluation with shipped parameters shows its claim");
          continue;
        }
        ObjectNode t = mapper.createObjectNode();
        t.put("name", words(m.getName()));
        t.put("kind", claim.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        ArrayNode facts = t.putArray("facts");
        shown.facts().forEach(f -> facts.add(FactJson.write(f, mapper)));
        t.putArray(hit ? "hit" : "not_hit").add(claim.ruleId());
        testsByFile.computeIfAbsent(file, f -> mapper.createArrayNode()).add(t);
      }
    }
    for (Map.Entry<String, ArrayNode> e : testsByFile.entrySet()) {
      ObjectNode root = mapper.createObjectNode();
      root.set("tests", e.getValue());
      Files.writeString(out.resolve(e.getKey()), mapper.writeValueAsString(root) + "\n");
      System.out.println(out.resolve(e.getKey()) + ": " + e.getValue().size() + " tests");
    }
  }

  /** Rule id -> the JSON file of the DRL file that defines it. */
  static Map<String, String> filesOfRules(Path pkg) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> drl = Files.list(pkg)) {
      for (Path f : drl.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        Matcher m = RULE_NAME.matcher(Files.readString(f));
        while (m.find()) {
          files.put(m.group(1), f.getFileName().toString().replaceFirst("\\.drl$", ".json"));
        }
      }
    }
    return files;
  }

  /** The compiled test classes of {@link #TEST_PACKAGE}, by name. */
  private static List<Class<?>> testClasses() throws Exception {
    URL dir = CarriedTestExport.class.getClassLoader().getResource(TEST_PACKAGE.replace('.', '/'));
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      for (Path f : files.map(Path::getFileName).sorted().toList()) {
        String name = f.toString();
        if (name.endsWith("Test.class")) {
          classes.add(Class.forName(TEST_PACKAGE + "." + name.substring(0, name.length() - ".class".length())));
        }
      }
    }
    return classes;
  }

  /** {@code staysQuietWhenOneAmountIsJustBelowTheBand} -> "stays quiet when one amount is just below the band". */
  static String words(String methodName) {
    return methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z])([A-Z][a-z])", "$1 $2")
        .toLowerCase(java.util.Locale.ROOT);
  }

  private CarriedTestExport() {}
}
