package dev.moneytrail.schemas.interchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.Severity;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Alerts;
import dev.moneytrail.schemas.testdata.Transactions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writer writes, the reader reads back as equal records, byte for byte repeatably. */
class InterchangeRoundTripTest {

  @TempDir Path tmp;

  static List<AccountEvent> accounts() {
    return List.of(
        Accounts.person("A1").name("Ana Pop").country("RO").nationality("RO")
            .dateOfBirth("1999-04-02").address("Str. Lunga 1, Brasov").phone("+40712345678")
            .email("ana@example.com").deviceId("dev-1").introducerId("C-REC")
            .employerId("C-B1").occupation("picker").declaredMonthlyIncome("1250.5")
            .currency("RON").build(),
        Accounts.business("B1").name("Farm \"Verde\" SRL").sector("A01").declaredEmployees(40)
            .openedAt("2024-06-01T10:00:00.123Z").build(),
        Accounts.person("A1").country("RO").currency("RON").phone("+40799999999")
            .changedAt("2026-02-01T00:00:00Z").build());
  }

  static List<TransactionEvent> transactions() {
    List<TransactionEvent> out = new ArrayList<>(Transactions.debit("B1", "1250.00").to("A1")
        .txnId("T1").channel(Channel.INTERNAL).purpose(Purpose.SALARY).reference("wages 03/2026")
        .bothLegs());
    out.add(Transactions.debit("A1", "0.1250").txnId("T2").channel(Channel.CARD)
        .merchantCategoryCode("7011").after(Duration.ofHours(3)).build());
    out.add(Transactions.debit("A1", "999999999999999999.9999").txnId("T3").cashAt("ATM-7")
        .at("2026-03-02T00:00:00.001Z").build());
    out.add(Transactions.credit("A1", "80").txnId("T4").channel(Channel.MONEY_TRANSFER)
        .from("EXT-9").counterpartyName("Ion").beneficiaryName("Ana P.").counterpartyCountry("MD")
        .deviceId("dev-2").purpose(Purpose.REMITTANCE).build());
    return out;
  }

  static List<CaseLabel> labels() {
    return List.of(
        new CaseLabel("K1", "LABOUR_PAYROLL_FUNNEL", false, List.of("A1", "B1"),
            Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-31T23:59:59.999Z")),
        new CaseLabel("K2", "SEASONAL_PAYROLL", true, List.of("B1"),
            Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z")));
  }

  static List<Alert> alerts() {
    return List.of(
        Alerts.about("A1").alertId("AL-1").typology("LABOUR").score(87.5).related("B1")
            .txnIds("T1").window("2026-03-01T00:00:00Z", "2026-03-03T00:00:00Z")
            .hit(Alerts.hit("LT-PAYROLL-FUNNEL", 3).severity(Severity.HIGH).source("FATF 2018")
                .firedAt("2026-03-02T08:00:00.5Z").txnIds("T1", "T2").related("B1")
                .feature("share", "0.93").feature("hours", "3").parameter("fwd.share", "0.60")
                .detail("93% of wages forwarded in 3 hours."))
            .hit(Alerts.hit("LT-SHARED-DEVICE", 1).severity(Severity.LOW))
            .proceeds("1162.50", "RON", "direct extraction", Severity.MEDIUM).build(),
        Alerts.about("B1").alertId("AL-2").revision(4).score(0.1).rulePackage("").build(),
        Alerts.about("B1").alertId("AL-3").score(100).build());
  }

  @Test
  void accountsTransactionsAndLabelsComeBackEqual() throws IOException {
    Path dir = tmp.resolve("set");
    writeDataSet(dir);
    CollectingRejects rejects = new CollectingRejects();
    InterchangeReader reader = InterchangeReader.open(dir, rejects);
    List<AccountEvent> readAccounts = new ArrayList<>();
    List<TransactionEvent> readTransactions = new ArrayList<>();
    reader.readAccounts(readAccounts::add);
    reader.readTransactions(readTransactions::add);
    List<CaseLabel> readLabels = reader.readLabels();
    assertTrue(rejects.isEmpty(), rejects.rejects().toString());
    assertEquals(accounts(), readAccounts);
    assertEquals(transactions(), readTransactions);
    assertEquals(labels(), readLabels);
  }

  @Test
  void alertsComeBackEqualThroughWriteAlertsAndAlertWriter() throws IOException {
    Path viaStatic = tmp.resolve("a/alerts.jsonl");
    InterchangeWriter.writeAlerts(viaStatic, alerts());
    Path viaWriter = tmp.resolve("b/alerts.jsonl");
    try (AlertWriter w = AlertWriter.open(viaWriter)) {
      alerts().forEach(w::alert);
      assertEquals(3, w.count());
    }
    CollectingRejects rejects = new CollectingRejects();
    assertEquals(alerts(), InterchangeReader.readAlerts(viaStatic, rejects));
    assertEquals(alerts(), InterchangeReader.readAlerts(viaWriter, rejects));
    assertTrue(rejects.isEmpty(), rejects.rejects().toString());
  }

  @Test
  void sameRecordsGiveTheSameBytes() throws IOException {
    writeDataSet(tmp.resolve("one"));
    writeDataSet(tmp.resolve("two"));
    for (String f : List.of("accounts.jsonl", "transactions.jsonl", "labels.jsonl")) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)),
          Files.readAllBytes(tmp.resolve("two").resolve(f)), f);
    }
    InterchangeWriter.writeAlerts(tmp.resolve("one/alerts.jsonl"), alerts());
    InterchangeWriter.writeAlerts(tmp.resolve("two/alerts.jsonl"), alerts());
    assertArrayEquals(Files.readAllBytes(tmp.resolve("one/alerts.jsonl")),
        Files.readAllBytes(tmp.resolve("two/alerts.jsonl")));
  }

  @Test
  void writesUtf8WithOneLfEndedLinePerRecord() throws IOException {
    Path dir = tmp.resolve("set");
    writeDataSet(dir);
    String text = Files.readString(dir.resolve("accounts.jsonl"), StandardCharsets.UTF_8);
    assertFalse(text.contains("\r"));
    assertTrue(text.endsWith("}\n"));
    assertEquals(accounts().size(), text.split("\n").length);
    assertEquals(transactions().size(),
        Files.readAllLines(dir.resolve("transactions.jsonl")).size());
  }

  @Test
  void createsAllFilesEvenWhenNothingIsWritten() throws IOException {
    Path dir = tmp.resolve("deep/empty");
    InterchangeWriter.open(dir).close();
    for (String f : List.of("accounts.jsonl", "transactions.jsonl", "labels.jsonl")) {
      assertEquals(0, Files.size(dir.resolve(f)), f);
    }
  }

  @Test
  void replacesAnExistingDataSet() throws IOException {
    Path dir = tmp.resolve("set");
    writeDataSet(dir);
    try (InterchangeWriter w = InterchangeWriter.open(dir)) {
      w.account(accounts().get(1));
    }
    assertEquals(1, Files.readAllLines(dir.resolve("accounts.jsonl")).size());
    assertEquals(0, Files.size(dir.resolve("transactions.jsonl")));
  }

  private static void writeDataSet(Path dir) throws IOException {
    try (InterchangeWriter w = InterchangeWriter.open(dir)) {
      accounts().forEach(w::account);
      transactions().forEach(w::transaction);
      labels().forEach(w::label);
    }
  }
}
