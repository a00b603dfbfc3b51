package dev.moneytrail.rules.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.RuleMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The hit and near-miss tests a rule package carries in its {@code tests/} directory, one JSON
 * file per family, so a package tested by its author is tested again wherever it travels:
 *
 * <pre>
 * {"tests": [
 *   {"name": "alerts on three deposits just under 10,000 in a week",
 *    "facts": [{"type": "CashActivity", "accountId": "K1", "asOf": "2026-03-05T08:00:00Z", "entries": [...]}],
 *    "hit": ["LT-STRUCTURED-CASH"],        rules that must fire on these facts
 *    "not_hit": ["LT-CASH-SOMETHING"]}     rules that must stay quiet (a near miss)
 * ]}
 * </pre>
 *
 * A test is a hit test for the rules in {@code hit} and a near-miss test for those in
 * {@code not_hit}. A rule with neither kind of test is a warning, not a failure, so a rule being
 * written is not blocked before its tests are.
 */
public final class CarriedTests {

  /** Where a package carries its tests. */
  public static final String DIR = "tests";

  /** One carried test: where it is, what it feeds the rules, and what must and must not fire. */
  public record CarriedTest(String file, String name, List<Object> facts, Set<String> hit, Set<String> notHit) {}

  /** The tests read from a package, and the files or tests that could not be read. */
  public record Loaded(List<CarriedTest> tests, List<CompileError> errors) {}

  /** What running them came to: failures (file and test name), warnings, and how many passed. */
  public record Outcome(int passed, List<CompileError> failures, List<String> warnings) {}

  private CarriedTests() {}

  public static Loaded load(Path packageDir) throws IOException {
    List<CarriedTest> tests = new ArrayList<>();
    List<CompileError> errors = new ArrayList<>();
    Path dir = packageDir.resolve(DIR);
    if (!Files.isDirectory(dir)) {
      return new Loaded(tests, errors);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    ObjectMapper mapper = new ObjectMapper();
    for (Path f : files) {
      String file = DIR + "/" + f.getFileName();
      JsonNode root;
      try {
        root = mapper.readTree(Files.readString(f));
      } catch (IOException e) {
        errors.add(new CompileError(file, 0, "not valid JSON: " + e.getMessage()));
        continue;
      }
      JsonNode list = root == null ? null : root.get("tests");
      if (list == null || !list.isArray()) {
        errors.add(new CompileError(file, 0, "expected {\"tests\": [...]}"));
        continue;
      }
      int index = 0;
      for (JsonNode t : list) {
        index++;
        String name = t.hasNonNull("name") ? t.get("name").asText() : "#" + index;
        try {
          List<Object> facts = new ArrayList<>();
          JsonNode factNodes = t.get("facts");
          if (factNodes == null || !factNodes.isArray() || factNodes.isEmpty()) {
            throw new IllegalArgumentException("no \"facts\"");
          }
          for (JsonNode fact : factNodes) {
            facts.add(FactJson.read(fact));
          }
          Set<String> hit = ids(t.get("hit"));
          Set<String> notHit = ids(t.get("not_hit"));
          if (hit.isEmpty() && notHit.isEmpty()) {
            throw new IllegalArgumentException("says neither which rules must fire (\"hit\") nor which must not (\"not_hit\")");
          }
          tests.add(new CarriedTest(file, name, facts, hit, notHit));
        } catch (RuntimeException e) {
          errors.add(new CompileError(file, 0, "test '" + name + "': " + e.getMessage()));
        }
      }
    }
    return new Loaded(tests, errors);
  }

  private static Set<String> ids(JsonNode node) {
    Set<String> ids = new LinkedHashSet<>();
    if (node != null) {
      node.forEach(n -> ids.add(n.asText()));
    }
    return ids;
  }

  /** Runs every test against {@code pkg} with its own parameters. */
  public static Outcome run(CompiledRulePackage pkg, List<CarriedTest> tests) {
    Set<String> ruleIds = new TreeSet<>();
    for (RuleMetadata m : pkg.rules()) {
      ruleIds.add(m.ruleId());
    }
    List<CompileError> failures = new ArrayList<>();
    Set<String> hitTested = new TreeSet<>();
    Set<String> nearMissTested = new TreeSet<>();
    int passed = 0;
    for (CarriedTest t : tests) {
      List<String> problems = new ArrayList<>();
      for (String id : union(t.hit(), t.notHit())) {
        if (!ruleIds.contains(id)) {
          problems.add("names rule " + id + ", which is not in this package");
        }
      }
      Set<String> fired = new TreeSet<>();
      try {
        List<Hit> hits = pkg.evaluate(t.facts());
        hits.forEach(h -> fired.add(h.ruleId()));
      } catch (RuntimeException e) {
        failures.add(new CompileError(t.file(), 0, "test '" + t.name() + "': evaluation failed: " + e.getMessage()));
        continue;
      }
      for (String id : t.hit()) {
        if (!fired.contains(id)) {
          problems.add("expected " + id + " to fire, but it did not (fired: " + fired + ")");
        }
      }
      for (String id : t.notHit()) {
        if (fired.contains(id)) {
          problems.add("expected " + id + " to stay quiet (near miss), but it fired");
        }
      }
      if (problems.isEmpty()) {
        passed++;
        hitTested.addAll(t.hit());
        nearMissTested.addAll(t.notHit());
      } else {
        failures.add(new CompileError(t.file(), 0, "test '" + t.name() + "': " + String.join("; ", problems)));
      }
    }
    List<String> warnings = new ArrayList<>();
    for (String id : ruleIds) {
      if (!hitTested.contains(id)) {
        warnings.add("rule " + id + " has no passing carried hit test (" + DIR + "/*.json)");
      }
      if (!nearMissTested.contains(id)) {
        warnings.add("rule " + id + " has no passing carried near-miss test (" + DIR + "/*.json)");
      }
    }
    return new Outcome(passed, failures, warnings);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new LinkedHashSet<>(a);
    u.addAll(b);
    return u;
  }
}
