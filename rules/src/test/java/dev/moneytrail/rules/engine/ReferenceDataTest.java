package dev.moneytrail.rules.engine;

import static dev.moneytrail.rules.engine.TestPackages.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.ReferenceTable;
import dev.moneytrail.rules.facts.Txn;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reference tables carried by a rule package (reference/NAME.csv): parsed, checked and indexed
 * once at compile time, part of the content hash, read by rules through the global
 * {@code reference}.
 */
class ReferenceDataTest {
  @TempDir
  Path dir;

  private static final String WATCHED = """
      # payees on a watch list
      name,country:country,since:date
      "Smith, Jones & Co",GB,2026-01-01
      Acme Staffing GmbH,DE,
      """;

  // Fires on a debit whose payee is on the "watched" table.
  private static final String DRL = HEADER + """
      global dev.moneytrail.rules.ReferenceData refdata;

      rule "T-WATCHED"
        @id("T-WATCHED")
        @version(1)
        @typology("test-typology")
        @severity("LOW")
        @source("indicators.md TEST; test source")
        @description("Fires on payments to watched payees.")
      when
        $t : Txn( debit, refdata.table("watched").rowsByName("name", counterpartyName).size() > 0 )
      then
        hits.add(drools, $t.getAccountId(), List.of($t.getTxnId()), List.of(), Map.of(), "Watched payee.");
      end
      """;

  private static RulePackageSource pkg(String drl, String table) {
    return new RulePackageSource("test", "1.0.0", List.of(new RuleFile("test.drl", drl),
        new RuleFile("reference/watched.csv", table)), Map.of());
  }

  private static String problems(RulePackageSource source) {
    RulePackageException e = assertThrows(RulePackageException.class,
        () -> RuleCompiler.compileUncached(source, ReferenceDataTest.class.getClassLoader()));
    return e.errors().stream().map(CompileError::toString).collect(Collectors.joining("\n"));
  }

  private static Txn debitTo(String payee) {
    return new Txn("t1", Instant.parse("2026-03-01T10:00:00Z"), "A1", "DEBIT", new BigDecimal("10"), "EUR",
        "WIRE", null, "P1", payee, null, "DE", null, null, null, null);
  }

  private static void assertContains(String haystack, String needle) {
    assertTrue(haystack.contains(needle), "expected <" + needle + "> in:\n" + haystack);
  }

  @Test
  void rulesReadATableByNormalisedOrganisationName() {
    CompiledRulePackage p = RuleCompiler.compileUncached(pkg(DRL, WATCHED), getClass().getClassLoader());

    List<Hit> hits = p.evaluate(List.of(debitTo("SMITH JONES AND CO LTD".replace(" AND", " &"))));
    assertEquals(List.of("T-WATCHED"), hits.stream().map(Hit::ruleId).toList());
    assertEquals(List.of("T-WATCHED"), p.evaluate(List.of(debitTo("acme staffing"))).stream().map(Hit::ruleId).toList());
    assertEquals(List.of(), p.evaluate(List.of(debitTo("Acme Staffing Services"))));
  }

  @Test
  void organisationNamesIgnoreLegalFormsAsRegistersAndBanksWriteThem() {
    assertEquals(ReferenceTable.organisation("Çetin Personalvermittlung UG"),
        ReferenceTable.organisation("Cetin Personalvermittlung UG (haftungsbeschränkt)"));
    assertEquals("acme staffing", ReferenceTable.organisation("ACME STAFFING, S.A.R.L.".replace("S.A.R.L.", "SARL")));
    assertNotEquals(ReferenceTable.organisation("Acme Staffing"), ReferenceTable.organisation("Acme Staffing Services"));
  }

  @Test
  void aQuotedFieldMayHoldACommaAndTypesAreChecked() throws Exception {
    ReferenceTable t = ReferenceTable.parse("watched", WATCHED);

    assertEquals(List.of("name", "country", "since"), t.columns());
    assertEquals("Smith, Jones & Co", t.rows().get(0).get("name"));
    assertEquals(3, t.rows().get(0).line());
    assertEquals(java.time.LocalDate.parse("2026-01-01"), t.rows().get(0).date("since"));
    assertTrue(t.contains("acme staffing gmbh"));
    assertEquals(1, t.rows("country", "de").size());
  }

  @Test
  void refusesAMalformedTableNamingFileLineAndReason() {
    String bad = """
        name,country:country,since:date
        Acme Staffing GmbH,Germany,
        Beta Labour Hire,GB
        Gamma Manpower,GB,31.12.2025
        ,GB,
        "Delta Recruitment,GB,
        Epsilon Staffing,UK,
        Zeta Labour,XK,
        """;

    String m = problems(pkg(DRL, bad));

    assertContains(m, "reference/watched.csv:2: reference table watched: column 'country' is country, 'Germany' is not an ISO 3166-1 alpha-2 code in upper case");
    assertContains(m, "reference/watched.csv:3: reference table watched: 2 fields, the header has 3 (name,country,since)");
    assertContains(m, "reference/watched.csv:4: reference table watched: column 'since' is date, '31.12.2025' is not a date yyyy-mm-dd");
    assertContains(m, "reference/watched.csv:5: reference table watched: the key column 'name' is empty");
    assertContains(m, "reference/watched.csv:6: reference table watched: a quoted field is not closed");
    assertContains(m, "reference/watched.csv:7: reference table watched: column 'country' is country, 'UK' is not an ISO 3166-1 alpha-2 code");
    assertTrue(!m.contains("watched.csv:8:"), "XK is user-assigned (Kosovo, and the placeholders' range): " + m);
  }

  @Test
  void aHashColumnTakesSixtyFourHexDigitsOfEitherCase() {
    String good = "a8acc3a90a7b4e4dc65e93db9240ed26523050ef754d63b75b5161de76781436";
    String m = problems(pkg(DRL, "name,digest:sha256\nAcme," + good + "\nBeta," + good.toUpperCase(java.util.Locale.ROOT)
        + "\nGamma," + good.substring(1) + "\nDelta,+447700900123\n"));

    assertTrue(!m.contains("watched.csv:2:") && !m.contains("watched.csv:3:"), m);
    assertContains(m, "reference/watched.csv:4: reference table watched: column 'digest' is sha256, '" + good.substring(1)
        + "' is not a SHA-256 in hex (64 characters 0-9, a-f)");
    assertContains(m, "reference/watched.csv:5: reference table watched: column 'digest' is sha256, '+447700900123' is not");
  }

  @Test
  void refusesABadHeaderAndATableWithoutOne() {
    assertContains(problems(pkg(DRL, "Name,country:iso\nAcme,DE\n")),
        "reference/watched.csv:1: reference table watched: header: column name 'Name' must be lower case");
    assertContains(problems(pkg(DRL, "Name,country:iso\nAcme,DE\n")),
        "reference/watched.csv:1: reference table watched: header: column 'country' has unknown type 'iso' (text, country, date, decimal, sha256)");
    assertContains(problems(pkg(DRL, "# only a comment\n")),
        "reference/watched.csv: reference table watched: no header line");
  }

  @Test
  void refusesARuleThatReadsATableThePackageDoesNotCarry() {
    RulePackageSource source = new RulePackageSource("test", "1.0.0",
        List.of(new RuleFile("test.drl", DRL)), Map.of());

    assertContains(problems(source), "test.drl:" + (lineOf(DRL, "refdata.table(\"watched\")"))
        + ": reads reference table 'watched' but the package has no reference/watched.csv");
  }

  @Test
  void aChangedTableIsAnotherPackageContent() {
    RulePackageSource before = pkg(DRL, WATCHED);
    RulePackageSource after = pkg(DRL, WATCHED + "Epsilon Staffing,FR,\n");

    assertNotEquals(before.contentHash(), after.contentHash());
    assertNotEquals(RuleCompiler.compile(before).reference().table("watched").sha256(),
        RuleCompiler.compile(after).reference().table("watched").sha256());
  }

  @Test
  void theDirectoryLoaderReadsReferenceTablesAndRefusesAnyOtherFileThere() throws IOException {
    Files.writeString(dir.resolve("manifest.properties"), "id=test\nversion=1.0.0\n");
    Files.writeString(dir.resolve("test.drl"), DRL);
    Files.createDirectories(dir.resolve("reference"));
    Files.writeString(dir.resolve("reference/watched.csv"), WATCHED);

    RulePackageSource s = RulePackageDirectory.load(dir);
    assertEquals(List.of("reference/watched.csv", "test.drl"), s.files().stream().map(RuleFile::path).toList());

    Files.writeString(dir.resolve("reference/Watched List.csv"), WATCHED);
    IOException e = assertThrows(IOException.class, () -> RulePackageDirectory.load(dir));
    assertContains(e.getMessage(), "reference/Watched List.csv");
  }

  @Test
  void theDirectoryLoaderRefusesATableThatIsNotUtf8() throws IOException {
    Files.writeString(dir.resolve("manifest.properties"), "id=test\nversion=1.0.0\n");
    Files.writeString(dir.resolve("test.drl"), DRL);
    Files.createDirectories(dir.resolve("reference"));
    Files.write(dir.resolve("reference/watched.csv"), "name\nM\u00fcller Personaldienst\n".getBytes(StandardCharsets.ISO_8859_1));

    IOException e = assertThrows(IOException.class, () -> RulePackageDirectory.load(dir));
    assertContains(e.getMessage(), "not UTF-8");
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
}
