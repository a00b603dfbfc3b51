package dev.moneytrail.rules.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moneytrail.rules.engine.FactJson;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes the core package's JUnit rule tests as the tests the package carries
 * ({@code packages/core/tests/*.json}), so the same hit and near-miss cases travel with the
 * package and run in {@code rules validate} wherever it goes. Each {@link RuleTest} method is run
 * once; its first evaluation with shipped parameters that shows its claim (the rule fired for a
 * HIT, stayed quiet for a NEAR_MISS or TRAP) becomes one carried test. Tests that tune parameters
 * are skipped: a carried test runs with the package's own parameters.
 *
 * <p>Usage (from the rules module, after test-compile):
 * {@code java -cp target/classes:target/test-classes:<deps> dev.moneytrail.rules.testing.CarriedTestExport packages/core/tests}
 */
public final class CarriedTestExport {

  /** Test class -> carried test file: one per DRL family, named as the DRL file. */
  private static final Map<String, String> FILES = Map.of(
      "dev.moneytrail.rules.core.AccountControlRulesTest", "account-control.json",
      "dev.moneytrail.rules.core.CashRulesTest", "cash.json",
      "dev.moneytrail.rules.core.NetworkRulesTest", "network.json",
      "dev.moneytrail.rules.core.RemittanceRulesTest", "remittance.json",
      "dev.moneytrail.rules.core.SexualExploitationRulesTest", "sexual-exploitation.json",
      "dev.moneytrail.rules.core.WageControlRulesTest", "wage-control.json");

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    for (Map.Entry<String, String> e : FILES.entrySet()) {
      Class<?> cls = Class.forName(e.getKey());
      ObjectNode root = mapper.createObjectNode();
      ArrayNode tests = root.putArray("tests");
      List<Method> methods = List.of(cls.getDeclaredMethods()).stream()
          .filter(m -> m.isAnnotationPresent(RuleTest.class) && m.getParameterCount() == 0)
          .sorted(Comparator.comparing(Method::getName)).toList();
      for (Method m : methods) {
        RuleTest claim = m.getAnnotation(RuleTest.class);
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
        ObjectNode t = tests.addObject();
        t.put("name", words(m.getName()));
        t.put("kind", claim.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        ArrayNode facts = t.putArray("facts");
        shown.facts().forEach(f -> facts.add(FactJson.write(f, mapper)));
        t.putArray(hit ? "hit" : "not_hit").add(claim.ruleId());
      }
      Files.writeString(out.resolve(e.getValue()), mapper.writeValueAsString(root) + "\n");
      System.out.println(out.resolve(e.getValue()) + ": " + tests.size() + " tests");
    }
  }

  /** {@code staysQuietWhenOneAmountIsJustBelowTheBand} -> "stays quiet when one amount is just below the band". */
  static String words(String methodName) {
    return methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z])([A-Z][a-z])", "$1 $2")
        .toLowerCase(java.util.Locale.ROOT);
  }

  private CarriedTestExport() {}
}
