package dev.moneytrail.rules.engine;

import static dev.moneytrail.rules.engine.TestPackages.HEADER;
import static dev.moneytrail.rules.engine.TestPackages.bigDebit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.testing.Facts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the engine checks beyond Drools: metadata, ids and parameters. */
class RulePackageValidationTest {
  private static final Map<String, String> BIG = Map.of("T-BIG.min.amount", "1000");

  private static String messages(RulePackageSource source) {
    RulePackageException e = assertThrows(RulePackageException.class,
        () -> RuleCompiler.compileUncached(source, RulePackageValidationTest.class.getClassLoader()));
    return e.errors().stream().map(CompileError::toString).collect(Collectors.joining("\n"));
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in text");
  }

  private static void assertContains(String haystack, String needle) {
    assertTrue(haystack.contains(needle), "expected <" + needle + "> in:\n" + haystack);
  }

  @Test
  void acceptsACompleteRule() {
    CompiledRulePackage p = RuleCompiler.compileUncached(TestPackages.of(HEADER
        + bigDebit("T-BIG", "HIGH"), BIG), getClass().getClassLoader());
    assertEquals("T-BIG@2", p.rules().get(0).ref());
    assertEquals(1, p.parameterSpecs("T-BIG").size());
  }

  @Test
  void refusesARuleWithoutSource() {
    String drl = HEADER + bigDebit("T-BIG", "HIGH").replaceAll("(?m)^\\s*@source.*$", "");
    String m = messages(TestPackages.of(drl, BIG));
    assertContains(m, "test.drl:" + lineOf(drl, "rule \"T-BIG\"") + ": rule \"T-BIG\" has no @source metadata");
  }

  @Test
  void refusesEveryMissingMetadataAtOnce() {
    String drl = HEADER + """

        rule "T-BARE"
        when
          $t : dev.moneytrail.rules.facts.Txn()
        then
        end
        """;
    String m = messages(TestPackages.of(drl, Map.of()));
    for (String k : List.of("id", "version", "typology", "severity", "source", "description")) {
      assertContains(m, "has no @" + k + " metadata");
    }
  }

  @Test
  void refusesAnUnknownSeverity() {
    String m = messages(TestPackages.of(HEADER + bigDebit("T-BIG", "CRITICAL"), BIG));
    assertContains(m, "@severity CRITICAL is not one of LOW, MEDIUM, HIGH");
  }

  @Test
  void readsAContextModifierFromItsKind() {
    CompiledRulePackage p = RuleCompiler.compileUncached(TestPackages.of(HEADER
        + bigDebit("T-BIG", "LOW").replace("@severity(\"LOW\")", "@severity(\"LOW\")\n  @kind(\"CONTEXT\")"), BIG),
        getClass().getClassLoader());
    assertTrue(p.rules().get(0).context());
    assertTrue(p.evaluate(List.of(Facts.debit("T1", Facts.T0, "A1", "5000", "B1", "Bo"))).get(0).context(),
        "the hit carries the kind, so consolidation can tell it from an indicator");
  }

  @Test
  void anIndicatorIsARuleWithoutKind() {
    CompiledRulePackage p = RuleCompiler.compileUncached(TestPackages.of(HEADER
        + bigDebit("T-BIG", "LOW"), BIG), getClass().getClassLoader());
    assertEquals(false, p.rules().get(0).context());
  }

  @Test
  void refusesAContextModifierThatCouldAlertAlone() {
    String m = messages(TestPackages.of(HEADER + bigDebit("T-BIG", "MEDIUM")
        .replace("@severity(\"MEDIUM\")", "@severity(\"MEDIUM\")\n  @kind(\"CONTEXT\")"), BIG));
    assertContains(m, "a @kind CONTEXT rule must have @severity LOW, not MEDIUM");
  }

  @Test
  void refusesAnUnknownKind() {
    String m = messages(TestPackages.of(HEADER + bigDebit("T-BIG", "LOW")
        .replace("@severity(\"LOW\")", "@severity(\"LOW\")\n  @kind(\"MODIFIER\")"), BIG));
    assertContains(m, "@kind MODIFIER is not one of INDICATOR, CONTEXT, CONDITIONAL");
  }

  /** T-ASSET: conditional on the predicates its parameter names, and reads it (as every parameter must be read). */
  private static String conditional(String predicates) {
    return bigDebit("T-ASSET", "HIGH")
        .replace("@severity(\"HIGH\")", "@severity(\"HIGH\")\n  @kind(\"CONDITIONAL\")")
        .replace("rule \"T-ASSET\"", "//@param T-ASSET.predicates STRING default=" + predicates
            + " min=- max=- : Rules of which one must have a high hit first.\nrule \"T-ASSET\"")
        .replace("\"A big debit.\"", "\"A big debit, counted beside \" + params.string(\"T-ASSET.predicates\")");
  }

  private static Map<String, String> both(String predicates) {
    return Map.of("T-BIG.min.amount", "1000", "T-ASSET.min.amount", "1000", "T-ASSET.predicates", predicates);
  }

  @Test
  void readsAConditionalIndicatorAndStampsItsPredicatesOnEveryHit() {
    CompiledRulePackage p = RuleCompiler.compileUncached(TestPackages.of(HEADER + bigDebit("T-BIG", "HIGH")
        + conditional("T-BIG"), both("T-BIG")), getClass().getClassLoader());
    {
      dev.moneytrail.rules.RuleMetadata m = p.rules().stream().filter(r -> r.ruleId().equals("T-ASSET")).findFirst().orElseThrow();
      assertTrue(m.conditional());
      assertEquals(false, m.context());
    }
    dev.moneytrail.rules.Hit hit = p.evaluate(List.of(Facts.debit("T1", Facts.T0, "A1", "5000", "B1", "Bo"))).stream()
        .filter(h -> h.ruleId().equals("T-ASSET")).findFirst().orElseThrow();
    assertEquals(List.of("T-BIG"), hit.requires(), "consolidation reads what the hit waits for from the hit");
  }

  @Test
  void refusesAConditionalIndicatorWaitingForARuleThatIsNotAHighIndicatorOfThePackage() {
    assertContains(messages(TestPackages.of(HEADER + bigDebit("T-BIG", "MEDIUM") + conditional("T-BIG"), both("T-BIG"))),
        "parameter T-ASSET.predicates names T-BIG, which is not a HIGH indicator rule of this package");
    assertContains(messages(TestPackages.of(HEADER + bigDebit("T-BIG", "HIGH") + conditional("T-GONE"), both("T-GONE"))),
        "parameter T-ASSET.predicates names T-GONE, which is not a HIGH indicator rule of this package");
  }

  @Test
  void refusesAConditionalIndicatorThatDoesNotSayWhatItWaitsFor() {
    String drl = HEADER + bigDebit("T-ASSET", "HIGH")
        .replace("@severity(\"HIGH\")", "@severity(\"HIGH\")\n  @kind(\"CONDITIONAL\")");
    assertContains(messages(TestPackages.of(drl, Map.of("T-ASSET.min.amount", "1000"))),
        "rule T-ASSET is @kind CONDITIONAL but declares no parameter T-ASSET.predicates naming its predicate rules");
  }

  @Test
  void refusesAVersionThatIsNotAPositiveNumber() {
    String drl = HEADER + bigDebit("T-BIG", "HIGH").replace("@version(2)", "@version(\"two\")");
    assertContains(messages(TestPackages.of(drl, BIG)), "@version two is not a positive whole number");
  }

  @Test
  void refusesARuleIdUsedTwice() {
    String a = HEADER + bigDebit("T-BIG", "HIGH");
    String b = HEADER + bigDebit("T-BIG", "LOW").replace("rule \"T-BIG\"", "rule \"T-BIG-COPY\"")
        .replaceAll("(?m)^//@param.*$", "");
    RulePackageSource source = new RulePackageSource("test", "1", List.of(new RuleFile("a.drl", a),
        new RuleFile("b.drl", b)), BIG);
    String m = messages(source);
    assertContains(m, "rule id T-BIG is already used by the rule at");
  }

  @Test
  void refusesAnIdWithADot() {
    String m = messages(TestPackages.of(HEADER + bigDebit("T.BIG", "HIGH"),
        Map.of("T.BIG.min.amount", "1000")));
    assertContains(m, "@id T.BIG may hold only letters, digits, '-' and '_'");
  }

  @Test
  void refusesAParameterReadButNotDeclared() {
    String drl = HEADER + bigDebit("T-BIG", "HIGH").replaceAll("(?m)^//@param.*$", "");
    String m = messages(TestPackages.of(drl, BIG));
    assertContains(m, "test.drl:" + lineOf(drl, "amount >= params") + ": rule T-BIG reads parameter"
        + " T-BIG.min.amount, which is not declared");
  }

  @Test
  void refusesAParameterDeclaredButNeverRead() {
    String drl = HEADER + "//@param T-BIG.unused INTEGER default=1 min=0 max=9 : Nothing reads it.\n"
        + bigDebit("T-BIG", "HIGH");
    Map<String, String> p = new HashMap<>(BIG);
    p.put("T-BIG.unused", "1");
    assertContains(messages(TestPackages.of(drl, p)), "parameter T-BIG.unused is declared but no rule reads it");
  }

  @Test
  void refusesAParameterReadAsAnotherType() {
    String drl = HEADER + bigDebit("T-BIG", "HIGH").replace("DECIMAL default=1000", "INTEGER default=1000");
    assertContains(messages(TestPackages.of(drl, BIG)),
        "parameter T-BIG.min.amount is declared INTEGER at test.drl:");
  }

  @Test
  void refusesAParameterOutOfRange() {
    String m = messages(TestPackages.of(HEADER + bigDebit("T-BIG", "HIGH"),
        Map.of("T-BIG.min.amount", "2000000")));
    assertContains(m, "parameters.properties: parameter T-BIG.min.amount = 2000000 is out of range"
        + " [1, 1000000] declared at test.drl:");
  }

  @Test
  void refusesAParameterOfTheWrongType() {
    String m = messages(TestPackages.of(HEADER + bigDebit("T-BIG", "HIGH"),
        Map.of("T-BIG.min.amount", "lots")));
    assertContains(m, "parameter T-BIG.min.amount = lots is not a valid decimal");
  }

  @Test
  void refusesAMissingParameterValue() {
    String m = messages(TestPackages.of(HEADER + bigDebit("T-BIG", "HIGH"), Map.of()));
    assertContains(m, "parameter T-BIG.min.amount has no value (catalogue default 1000)");
  }

  @Test
  void refusesAValueNoRuleDeclares() {
    Map<String, String> p = new HashMap<>(BIG);
    p.put("T-BIG.min.amuont", "5");
    assertContains(messages(TestPackages.of(HEADER + bigDebit("T-BIG", "HIGH"), p)),
        "parameter T-BIG.min.amuont has a value but no rule declares it");
  }

  @Test
  void refusesAMalformedDeclarationWithItsLine() {
    String drl = HEADER + "//@param T-BIG.min.amount DECIMAL 1000 : no default= key\n"
        + bigDebit("T-BIG", "HIGH").replaceAll("(?m)^//@param.*$", "");
    assertContains(messages(TestPackages.of(drl, BIG)), "test.drl:" + lineOf(drl, "no default= key")
        + ": malformed parameter declaration");
  }

  @Test
  void refusesADefaultOutsideItsOwnRange() {
    String drl = HEADER + bigDebit("T-BIG", "HIGH").replace("default=1000 min=1", "default=0 min=1");
    assertContains(messages(TestPackages.of(drl, BIG)), "parameter T-BIG.min.amount: default 0 is outside [1, 1000000]");
  }

  @Test
  void refusesAParameterNamedByAVariable() {
    String drl = HEADER + bigDebit("T-BIG", "HIGH").replace(
        "params.decimal(\"T-BIG.min.amount\")", "params.decimal(\"T-BIG.\" + \"min.amount\")");
    assertContains(messages(TestPackages.of(drl, BIG)), "must name the parameter as a string literal");
  }

  @Test
  void refusesAPackageWithoutTheEngineGlobals() {
    String drl = HEADER.replace("global dev.moneytrail.rules.HitCollector hits;", "")
        + """

        rule "T-NOHITS"
          @id("T-NOHITS")
          @version(1)
          @typology("t")
          @severity("LOW")
          @source("indicators.md T; s")
          @description("d")
        when
          dev.moneytrail.rules.facts.Txn()
        then
        end
        """;
    assertContains(messages(TestPackages.of(drl, Map.of())),
        "must declare 'global dev.moneytrail.rules.HitCollector hits;'");
  }

  @Test
  void refusesTheShippedPackageWithAThresholdOutOfRange() {
    RulePackageSource core = RulePackageDirectory.loadBundled("core");
    Map<String, String> p = new HashMap<>(core.parameters());
    p.put("LT-PAYROLL-FUNNEL.fwd.share", "1.5");
    assertContains(messages(core.withParameters(p)),
        "parameter LT-PAYROLL-FUNNEL.fwd.share = 1.5 is out of range [0.10, 1.00] declared at wage-control.drl:");
  }
}
