package dev.moneytrail.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule-package check an FIU author runs before publishing. */
class ValidateCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ValidateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** As {@code cp -r}: the package's tests/ and reference/ come along. */
  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  @Test
  void passesTheShippedPackage() {
    assertEquals(0, run("packages/core"), err.toString());
    assertTrue(out.toString().matches("(?s)core@1\\.0\\.0 OK: \\d+ rules.*"), out.toString());
    assertTrue(out.toString().contains("LT-PAYROLL-FUNNEL@1"), out.toString());
  }

  @Test
  void checksTheBundledPackageWithoutArguments() {
    assertEquals(0, run(), err.toString());
  }

  @Test
  void printsEveryProblemWithFileAndLineAndFails() throws Exception {
    copy(Path.of("packages/core"), dir);
    Path drl = dir.resolve("cash.drl");
    Files.writeString(drl, Files.readString(drl).replace("$c : CashActivity( $account : accountId )",
        "$c : CashActivity( $account : accountId, ))"));
    Path params = dir.resolve("parameters.properties");
    Files.writeString(params, Files.readString(params).replace("LT-STRUCTURED-CASH.min.count=3",
        "LT-STRUCTURED-CASH.min.count=0"));

    assertEquals(1, run(dir.toString()));

    String printed = err.toString();
    assertTrue(printed.contains(dir.resolve("cash.drl") + ":"), printed);
    assertTrue(printed.lines().anyMatch(l -> l.matches(".*cash\\.drl:\\d+: .*")), printed);
    assertTrue(printed.contains("LT-STRUCTURED-CASH.min.count = 0 is out of range"),
        "parameter problems are reported in the same pass as compile errors: " + printed);
  }

  @Test
  void refusesAMalformedRegistryNamingFileLineAndReason() throws Exception {
    copy(Path.of("packages/core"), dir);
    Path registry = dir.resolve("reference/licensed-agencies.csv");
    Files.writeString(registry, Files.readString(registry).replace(
        "Placeholder Revoked Manpower Agency,XA-0002,XA,REVOKED,2026-01-15",
        "Placeholder Revoked Manpower Agency,XA-0002,XA,REVOKED,15/01/2026"));

    assertEquals(1, run(dir.toString()));

    assertTrue(err.toString().contains(registry + ":15: reference table licensed-agencies: column 'since'"
        + " is date, '15/01/2026' is not a date yyyy-mm-dd"), err.toString());
  }

  @Test
  void refusesACorridorListWithAnUnknownCountryOrAMalformedLine() throws Exception {
    copy(Path.of("packages/core"), dir);
    Path corridors = dir.resolve("reference/high-risk-corridors.csv");
    String shipped = Files.readString(corridors);
    int header = (int) shipped.lines().takeWhile(l -> !l.startsWith("country:country")).count() + 1;
    Files.writeString(corridors, shipped.replace("XB,Placeholder corridor,", "UK,NRA 2026,2026-05-01")
        .replace("XC,Placeholder corridor,", "NP,TIP 2026 Tier 2 watch list"));

    assertEquals(1, run(dir.toString()));

    String printed = err.toString();
    assertTrue(printed.contains(corridors + ":" + (header + 2) + ": reference table high-risk-corridors: column"
        + " 'country' is country, 'UK' is not an ISO 3166-1 alpha-2 code"), printed);
    assertTrue(printed.contains(corridors + ":" + (header + 3) + ": reference table high-risk-corridors: 2 fields,"
        + " the header has 3 (country,source,as_of)"), printed);
  }

  @Test
  void listsTheReferenceTablesWithTheirHashes() {
    assertEquals(0, run("packages/core"), err.toString());
    assertTrue(out.toString().lines().anyMatch(l -> l.matches(
        "  reference/licensed-agencies\\.csv +\\d+ rows sha256 [0-9a-f]{64}")), out.toString());
    assertTrue(out.toString().lines().anyMatch(l -> l.matches(
        "  reference/high-risk-corridors\\.csv +3 rows sha256 [0-9a-f]{64}")), out.toString());
  }

  @Test
  void reportsParameterProblemsOnceTheRulesCompile() throws Exception {
    copy(Path.of("packages/core"), dir);
    Path params = dir.resolve("parameters.properties");
    Files.writeString(params, Files.readString(params).replace("LT-STRUCTURED-CASH.min.count=3",
        "LT-STRUCTURED-CASH.min.count=0"));

    assertEquals(1, run(dir.toString()));

    assertTrue(err.toString().contains(dir.resolve("parameters.properties")
        + ": parameter LT-STRUCTURED-CASH.min.count = 0 is out of range [2, 50] declared at cash.drl:"),
        err.toString());
  }

  @Test
  void failsOnADirectoryThatIsNotAPackage() {
    assertEquals(1, run(dir.toString()));
    assertTrue(err.toString().contains("no manifest.properties"), err.toString());
  }
}
