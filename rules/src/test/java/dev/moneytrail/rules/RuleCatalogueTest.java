package dev.moneytrail.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.engine.CompiledRulePackage;
import dev.moneytrail.rules.engine.RuleCompiler;
import dev.moneytrail.rules.engine.RulePackageDirectory;
import dev.moneytrail.rules.engine.RulePackageSource;
import dev.moneytrail.rules.testing.RuleTest;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code core} package as a catalogue: every rule fully described, every parameter
 * declared, in range and at its catalogue default, and every rule backed by a hit test and a
 * near-miss test that really ran it (see {@link RuleTest}).
 */
class RuleCatalogueTest {
  private static final RulePackageSource CORE = RulePackageDirectory.loadBundled("core");
  private static final CompiledRulePackage RULES = RuleCompiler.compile(CORE);

  @Test
  void everyRuleCarriesCompleteMetadata() {
    List<String> problems = new ArrayList<>();
    for (RuleMetadata m : RULES.rules()) {
      check(problems, m, "typology", m.typology());
      check(problems, m, "source", m.source());
      check(problems, m, "description", m.description());
      check(problems, m, "data", m.data());
      if (!m.source().startsWith("indicators.md ")) {
        problems.add(m.ruleId() + ": @source must start with its catalogue entry (indicators.md ...)");
      }
      if (!m.source().contains(";")) {
        problems.add(m.ruleId() + ": @source must also cite the published indicator");
      }
      if (!m.ruleName().equals(m.ruleId())) {
        problems.add(m.ruleId() + ": rule name " + m.ruleName() + " differs from its id");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void ruleIdsAreUnique() {
    Set<String> seen = new HashSet<>();
    for (RuleMetadata m : RULES.rules()) {
      assertTrue(seen.add(m.ruleId()), "repeated rule id " + m.ruleId());
    }
    assertTrue(seen.size() >= 5, "the core package lost rules: " + seen);
  }

  @Test
  void everyParameterIsDeclaredInRangeAndAtItsCatalogueDefault() {
    List<String> problems = new ArrayList<>();
    Map<String, ParameterSpec> specs = new TreeMap<>();
    RULES.parameterSpecs().forEach(s -> specs.put(s.name(), s));
    for (ParameterSpec s : specs.values()) {
      String value = CORE.parameters().get(s.name());
      s.valueProblem(value).ifPresent(problems::add);
      if (value != null && s.type().compare(s.type().parse(value), s.type().parse(s.defaultValue())) != 0) {
        problems.add(s.name() + " ships " + value + " but its catalogue default is " + s.defaultValue());
      }
      if (s.description().isBlank()) {
        problems.add(s.name() + " has no description");
      }
      if (RULES.rule(s.ruleId()).isEmpty()) {
        problems.add(s.name() + " belongs to no rule");
      }
    }
    for (String name : CORE.parameters().keySet()) {
      if (!specs.containsKey(name)) {
        problems.add(name + " is in parameters.properties but undeclared");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyRuleHasAHitTestAndANearMissTest() throws Exception {
    Map<String, Set<RuleTest.Kind>> kinds = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Class<?> c : testClasses()) {
      for (Method m : c.getDeclaredMethods()) {
        RuleTest t = m.getAnnotation(RuleTest.class);
        if (t == null) {
          continue;
        }
        if (RULES.rule(t.ruleId()).isEmpty()) {
          problems.add(c.getSimpleName() + "." + m.getName() + " tests unknown rule " + t.ruleId());
        }
        kinds.computeIfAbsent(t.ruleId(), k -> EnumSet.noneOf(RuleTest.Kind.class)).add(t.kind());
      }
    }
    for (RuleMetadata r : RULES.rules()) {
      Set<RuleTest.Kind> k = kinds.getOrDefault(r.ruleId(), Set.of());
      if (!k.contains(RuleTest.Kind.HIT)) {
        problems.add(r.ruleId() + " has no @RuleTest(kind = HIT)");
      }
      if (!k.contains(RuleTest.Kind.NEAR_MISS)) {
        problems.add(r.ruleId() + " has no @RuleTest(kind = NEAR_MISS)");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theJarCarriesTheRepositoryCopyOfThePackage() throws Exception {
    RulePackageSource repo = RulePackageDirectory.load(Path.of("packages", "core"));
    assertEquals(repo.contentHash(), CORE.contentHash(), "rebuild: the bundled copy is stale");
    assertEquals("core", CORE.packageId());
    assertFalse(CORE.version().isBlank());
  }

  /**
   * Test classes the build runs (surefire runs {@code *Test}): an annotation on a class that never
   * runs must not count.
   */
  static List<Class<?>> testClasses() throws Exception {
    Path root = Path.of(RuleCatalogueTest.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String name = root.relativize(p).toString();
        if (name.endsWith("Test.class") && !name.contains("$")) {
          String cls = name.substring(0, name.length() - ".class".length())
              .replace(p.getFileSystem().getSeparator(), ".");
          out.add(Class.forName(cls));
        }
      }
    }
    return out;
  }

  private static void check(List<String> problems, RuleMetadata m, String what, String value) {
    if (value == null || value.isBlank()) {
      problems.add(m.ruleId() + ": no @" + what);
    }
  }
}
