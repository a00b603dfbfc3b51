package dev.moneytrail.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.moneytrail.rules.testing.RuleHarness;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules validate} runs the hit and near-miss tests a package carries in tests/*.json. */
class CarriedTestsValidationTest {

  /** Every rule of the shipped package: each must carry a hit and a near-miss test. */
  private static final List<String> RULES = RuleHarness.coreSourceRuleIds();

  /**
   * The one warning the shipped package may give: I4 fires only on an ad-contact data set that an
   * FIU loads as a parameter (law-enforcement or vendor data, not shipped), and a carried test runs
   * with the package's own parameters, so no carried hit test can exist for it.
   */
  private static final String EXPECTED_WARNING =
      "warning: rule SE-AD-IDENTIFIER-MATCH has no passing carried hit test (tests/*.json)";

  private static final String NOT_STRUCTURING = """
      {"tests": [
        {"name": "two deposits are not structuring",
         "facts": [
           {"type": "CashActivity", "accountId": "K1", "asOf": "2026-03-05T08:00:00Z", "entries": [
             {"txnId": "C1", "at": "2026-03-01T08:00:00Z", "direction": "CREDIT", "amount": "9500", "location": "BR-01"},
             {"txnId": "C2", "at": "2026-03-05T08:00:00Z", "direction": "CREDIT", "amount": "9000", "location": "BR-02"}]}],
         "hit": ["LT-STRUCTURED-CASH"]}
      ]}
      """;

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int validate(String... args) {
    return ValidateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path copyOfCore() throws IOException {
    Path core = Path.of("packages/core");
    try (Stream<Path> files = Files.walk(core)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path to = dir.resolve(core.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    return dir;
  }

  private int passed() {
    Matcher m = Pattern.compile("carried tests: (\\d+) passed, (\\d+) failed").matcher(out.toString());
    assertTrue(m.find(), out.toString());
    return Integer.parseInt(m.group(1));
  }

  @Test
  void runsTheShippedPackagesCarriedTestsAndTheyPass() {
    assertEquals(0, validate("packages/core"), err.toString());
    assertTrue(RULES.size() >= 30, RULES.toString());
    assertTrue(passed() >= 2 * RULES.size(), out.toString());
    String withoutExpected = out.toString().replace(EXPECTED_WARNING, "");
    for (String rule : RULES) {
      assertFalse(withoutExpected.contains("rule " + rule + " has no"), rule + " lacks a carried test: " + out);
    }
    assertFalse(withoutExpected.contains("warning"), out.toString());
  }

  @Test
  void runsTheBundledPackagesCarriedTestsWithoutArguments() {
    assertEquals(0, validate(), err.toString());
    assertTrue(passed() >= 2 * RULES.size(), out.toString());
  }

  @Test
  void failsAndNamesTheFileAndTestWhenAnExpectedHitDoesNotHappen() throws Exception {
    Path pkg = copyOfCore();
    Files.writeString(pkg.resolve("tests/extra.json"), NOT_STRUCTURING);

    assertEquals(1, validate(pkg.toString()));
    assertTrue(err.toString().contains(pkg + "/tests/extra.json: test 'two deposits are not structuring': "
        + "expected LT-STRUCTURED-CASH to fire, but it did not"), err.toString());
  }

  @Test
  void failsWhenATunedParameterMakesANearMissFire() throws Exception {
    // The FIU lowers the band's floor: the shipped near miss at 7,999.99 now fires, and validate says so.
    Path pkg = copyOfCore();
    Path params = pkg.resolve("parameters.properties");
    String text = Files.readString(params);
    Files.writeString(params, text.replaceFirst("(?m)^LT-STRUCTURED-CASH\\.band\\.low=.*$",
        "LT-STRUCTURED-CASH.band.low=0.70"));

    assertEquals(1, validate(pkg.toString()), out.toString());
    assertTrue(err.toString().contains("tests/cash.json: test 'stays quiet when one amount is just below the band': "
        + "expected LT-STRUCTURED-CASH to stay quiet (near miss), but it fired"), err.toString());
  }

  @Test
  void reportsAnUnreadableFactWithFileAndTest() throws Exception {
    Path pkg = copyOfCore();
    Files.writeString(pkg.resolve("tests/typo.json"), """
        {"tests": [{"name": "typo", "facts": [{"type": "Txn", "txnID": "T1"}], "hit": ["LT-STRUCTURED-CASH"]}]}
        """);

    assertEquals(1, validate(pkg.toString()));
    assertTrue(err.toString().contains("tests/typo.json: test 'typo': Txn has no field \"txnID\""), err.toString());
  }

  @Test
  void aRuleWithoutCarriedTestsIsAWarningNotAFailure() throws Exception {
    Path pkg = copyOfCore();
    Files.delete(pkg.resolve("tests/cash.json"));

    assertEquals(0, validate(pkg.toString()), err.toString());
    assertTrue(out.toString().contains("warning: rule LT-STRUCTURED-CASH has no passing carried hit test"), out.toString());
    assertTrue(out.toString().contains("warning: rule LT-STRUCTURED-CASH has no passing carried near-miss test"), out.toString());
  }
}
