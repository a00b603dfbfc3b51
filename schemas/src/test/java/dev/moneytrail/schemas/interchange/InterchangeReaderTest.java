package dev.moneytrail.schemas.interchange;

import static dev.moneytrail.schemas.interchange.InterchangeJsonTest.ACCOUNT;
import static dev.moneytrail.schemas.interchange.InterchangeJsonTest.TRANSACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.AccountEventKind;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.testdata.Alerts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InterchangeReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final CollectingRejects rejects = new CollectingRejects();
  private final List<AccountEvent> accounts = new ArrayList<>();
  private final List<TransactionEvent> transactions = new ArrayList<>();

  @Test
  void passesGoodLinesOnAndCountsThem() throws IOException {
    write("accounts.jsonl", ACCOUNT, ACCOUNT.replace("\"A1\"", "\"A2\""));
    write("transactions.jsonl", TRANSACTION, TRANSACTION.replace("CREDIT", "DEBIT"));
    InterchangeReader reader = readAll();
    assertEquals(2, accounts.size());
    assertEquals(2, transactions.size());
    assertTrue(rejects.isEmpty());
    assertEquals(List.of(new FileCounts("accounts.jsonl", 2, 2, 0),
        new FileCounts("transactions.jsonl", 2, 2, 0)), reader.counts());
    assertEquals(0, reader.rejected());
  }

  @ParameterizedTest
  @ValueSource(strings = {"account_id", "customer_id", "customer_type", "opened_at", "country",
      "currency"})
  void rejectsAccountLineMissingARequiredFieldNamingFileLineAndField(String field)
      throws IOException {
    String bad = without(ACCOUNT.replace("\"A1\"", "\"A2\""), field);
    write("accounts.jsonl", ACCOUNT, bad);
    write("transactions.jsonl", TRANSACTION);
    readAll();
    assertEquals(1, accounts.size(), "the good line still goes through");
    assertEquals(1, transactions.size());
    assertSingleReject("accounts.jsonl", 2, field, "missing", bad);
  }

  @ParameterizedTest
  @ValueSource(strings = {"txn_id", "timestamp", "account_id", "direction", "amount", "currency",
      "channel"})
  void rejectsTransactionLineMissingARequiredFieldNamingFileLineAndField(String field)
      throws IOException {
    String bad = without(TRANSACTION.replace("\"T1\"", "\"T2\""), field);
    write("accounts.jsonl", ACCOUNT);
    write("transactions.jsonl", TRANSACTION, bad, TRANSACTION.replace("\"T1\"", "\"T3\""));
    readAll();
    assertEquals(2, transactions.size(), "the good lines before and after still go through");
    assertSingleReject("transactions.jsonl", 2, field, "missing", bad);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"1e3\"|exponent",
      "\"12.34567\"|more than 4 decimals",
      "\"-5\"|greater than 0",
      "\"0\"|greater than 0",
      "\"0.00\"|greater than 0",
      "\"abc\"|not a plain decimal",
      "\"\"|empty amount",
      "100.00|must be a JSON string",
      "100|must be a JSON string"})
  void rejectsLineWithBadDecimalNamingFileLineAndField(String amount, String reason)
      throws IOException {
    String bad = TRANSACTION.replace("\"100.00\"", amount);
    write("accounts.jsonl", ACCOUNT);
    write("transactions.jsonl", bad);
    readAll();
    assertSingleReject("transactions.jsonl", 1, "amount", reason, bad);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"2026-03-01T08:15:00Z\"|\"2026-03-01T08:15:00\"|timestamp|no zone",
      "\"2026-03-01T08:15:00Z\"|\"yesterday\"|timestamp|not an ISO-8601 instant",
      "\"2026-03-01T08:15:00Z\"|\"2026-02-30T08:15:00Z\"|timestamp|not an ISO-8601 instant",
      "\"CREDIT\"|\"IN\"|direction|CREDIT, DEBIT",
      "\"WIRE\"|\"SWIFT\"|channel|WIRE, ACH, CARD",
      "\"EUR\"|\"XXY\"|currency|ISO 4217",
      "\"EUR\"|\"eur\"|currency|ISO 4217",
      "\"channel\"|\"counterparty_country\":\"UK\",\"channel\"|counterparty_country|ISO 3166-1"})
  void rejectsTransactionWithBadValueNamingField(String from, String to, String field,
      String reason) throws IOException {
    String bad = TRANSACTION.replace(from, to);
    write("accounts.jsonl", ACCOUNT);
    write("transactions.jsonl", bad);
    readAll();
    assertSingleReject("transactions.jsonl", 1, field, reason, bad);
  }

  @Test
  void rejectsAccountWithBadCountry() throws IOException {
    String bad = ACCOUNT.replace("\"DE\"", "\"Deutschland\"");
    write("accounts.jsonl", bad);
    write("transactions.jsonl");
    readAll();
    assertSingleReject("accounts.jsonl", 1, "country", "ISO 3166-1", bad);
  }

  @Test
  void rejectsTransactionOnAnAccountNotInTheAccountsFile() throws IOException {
    String bad = TRANSACTION.replace("\"A1\"", "\"NOPE\"");
    write("accounts.jsonl", ACCOUNT);
    write("transactions.jsonl", bad, TRANSACTION);
    readAll();
    assertEquals(1, transactions.size());
    assertSingleReject("transactions.jsonl", 1, "account_id", "unknown account_id NOPE", bad);
  }

  @Test
  void rejectsRepeatedLedgerEntryButAcceptsTheOtherLegOfATransfer() throws IOException {
    String credit = TRANSACTION;
    String debitOtherAccount = TRANSACTION.replace("CREDIT", "DEBIT").replace("\"A1\"", "\"A2\"");
    String sameIdOtherDirectionSameAccount = TRANSACTION.replace("CREDIT", "DEBIT");
    write("accounts.jsonl", ACCOUNT, ACCOUNT.replace("\"A1\"", "\"A2\""));
    write("transactions.jsonl", credit, debitOtherAccount, sameIdOtherDirectionSameAccount,
        credit.replace("100.00", "5.00"));
    readAll();
    assertEquals(3, transactions.size());
    assertSingleReject("transactions.jsonl", 4, "txn_id", "duplicate", credit.replace("100.00", "5.00"));
  }

  @Test
  void rejectsRepeatedAccountIdWithSameOrEarlierAsOf() throws IOException {
    String later = ACCOUNT.replace("{", "{\"as_of\":\"2026-02-01T00:00:00Z\",");
    String between = ACCOUNT.replace("{", "{\"as_of\":\"2025-06-01T00:00:00Z\",");
    write("accounts.jsonl", ACCOUNT, ACCOUNT, later, between);
    write("transactions.jsonl");
    readAll();
    assertEquals(2, accounts.size());
    assertEquals(2, rejects.size());
    assertEquals(2, rejects.rejects().get(0).line());
    assertTrue(rejects.rejects().get(0).reason().startsWith("duplicate account_id A1"));
    assertEquals(4, rejects.rejects().get(1).line());
    assertEquals("account_id", rejects.rejects().get(1).field());
  }

  @Test
  void passesALaterAsOfOnAKnownAccountAsDetailsChanged() throws IOException {
    write("accounts.jsonl", ACCOUNT,
        ACCOUNT.replace("{", "{\"as_of\":\"2026-02-01T00:00:00Z\",").replace("}",
            ",\"phone\":\"+40700000000\"}"));
    write("transactions.jsonl");
    readAll();
    assertEquals(List.of(AccountEventKind.OPENED, AccountEventKind.DETAILS_CHANGED),
        accounts.stream().map(AccountEvent::getKind).toList());
    assertEquals("+40700000000", accounts.get(1).getPhone());
  }

  @Test
  void rejectsMalformedJsonWithReasonAndKeepsReading() throws IOException {
    write("accounts.jsonl", ACCOUNT);
    write("transactions.jsonl", "{\"txn_id\": \"T9\", oops}", TRANSACTION, "not json at all");
    readAll();
    assertEquals(1, transactions.size());
    assertEquals(2, rejects.size());
    Reject first = rejects.rejects().get(0);
    assertEquals(1, first.line());
    assertNull(first.field());
    assertTrue(first.reason().startsWith("malformed JSON"), first.reason());
    assertEquals(3, rejects.rejects().get(1).line());
  }

  @Test
  void reportsEveryProblemOfALineInOneReject() throws IOException {
    String bad = TRANSACTION.replace("\"100.00\"", "\"1e3\"").replace("WIRE", "FAX");
    write("accounts.jsonl", ACCOUNT);
    write("transactions.jsonl", bad);
    readAll();
    Reject r = rejects.rejects().get(0);
    assertEquals("amount", r.field());
    assertTrue(r.reason().startsWith("amount: '1e3' uses exponent notation"), r.reason());
    assertTrue(r.reason().contains("; channel: 'FAX' is not one of"), r.reason());
  }

  @Test
  void skipsBlankLinesButKeepsPhysicalLineNumbers() throws IOException {
    write("accounts.jsonl", "", ACCOUNT, "   ", "");
    write("transactions.jsonl", "", "", "{");
    InterchangeReader reader = readAll();
    assertEquals(1, accounts.size());
    assertEquals(new FileCounts("accounts.jsonl", 1, 1, 0), reader.counts().get(0));
    assertEquals(new FileCounts("transactions.jsonl", 1, 0, 1), reader.counts().get(1));
    assertEquals(3, rejects.rejects().get(0).line());
  }

  @Test
  void acceptsCrLfLineEndsAndAByteOrderMark() throws IOException {
    Files.writeString(dir.resolve("accounts.jsonl"), "\uFEFF" + ACCOUNT + "\r\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("transactions.jsonl"), TRANSACTION + "\r\n" + TRANSACTION
        .replace("T1", "T2"), StandardCharsets.UTF_8);
    readAll();
    assertTrue(rejects.isEmpty(), rejects.rejects().toString());
    assertEquals(2, transactions.size());
  }

  @Test
  void readsGzippedFilesTransparentlyNamingTheGzFileInRejects() throws IOException {
    gzip("accounts.jsonl.gz", ACCOUNT);
    gzip("transactions.jsonl.gz", TRANSACTION, "{bad");
    gzip("labels.jsonl.gz", "{\"case_id\":\"K1\",\"typology\":\"X\",\"decoy\":false,"
        + "\"account_ids\":[\"A1\"],\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-01-02T00:00:00Z\"}");
    InterchangeReader reader = readAll();
    assertEquals(1, accounts.size());
    assertEquals(1, transactions.size());
    assertEquals(1, reader.readLabels().size());
    assertEquals("transactions.jsonl.gz", rejects.rejects().get(0).file());
  }

  @Test
  void failsClearlyWhenARequiredFileIsMissing() throws IOException {
    write("accounts.jsonl", ACCOUNT);
    NoSuchFileException e = assertThrows(NoSuchFileException.class,
        () -> InterchangeReader.open(dir, rejects));
    assertTrue(e.getMessage().contains("transactions.jsonl"), e.getMessage());
    assertTrue(e.getMessage().contains("required"), e.getMessage());
  }

  @Test
  void failsClearlyWhenTheDirectoryIsMissing() {
    NoSuchFileException e = assertThrows(NoSuchFileException.class,
        () -> InterchangeReader.open(dir.resolve("nope"), rejects));
    assertTrue(e.getMessage().contains("nope"), e.getMessage());
  }

  @Test
  void refusesAFilePresentBothPlainAndGzipped() throws IOException {
    write("accounts.jsonl", ACCOUNT);
    gzip("accounts.jsonl.gz", ACCOUNT);
    write("transactions.jsonl");
    IOException e = assertThrows(IOException.class, () -> InterchangeReader.open(dir, rejects));
    assertTrue(e.getMessage().contains("both accounts.jsonl and accounts.jsonl.gz"));
  }

  @Test
  void readingTransactionsBeforeAccountsIsAProgrammingError() throws IOException {
    write("accounts.jsonl", ACCOUNT);
    write("transactions.jsonl", TRANSACTION);
    InterchangeReader reader = InterchangeReader.open(dir, rejects);
    assertThrows(IllegalStateException.class, () -> reader.readTransactions(t -> { }));
  }

  @Test
  void labelsAreOptional() throws IOException {
    write("accounts.jsonl", ACCOUNT);
    write("transactions.jsonl");
    InterchangeReader reader = InterchangeReader.open(dir, rejects);
    assertTrue(reader.readLabels().isEmpty());
  }

  @Test
  void rejectsRepeatedCaseId() throws IOException {
    String label = "{\"case_id\":\"K1\",\"typology\":\"X\",\"decoy\":false,\"account_ids\":[\"A1\"],"
        + "\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-01-02T00:00:00Z\"}";
    write("accounts.jsonl", ACCOUNT);
    write("transactions.jsonl");
    write("labels.jsonl", label, label.replace("\"X\"", "\"Y\""));
    List<CaseLabel> labels = InterchangeReader.open(dir, rejects).readLabels();
    assertEquals(1, labels.size());
    assertSingleReject("labels.jsonl", 2, "case_id", "duplicate case_id K1",
        label.replace("\"X\"", "\"Y\""));
  }

  @Test
  void readsAlertsRejectingARepeatedRevisionButNotANewOne() throws IOException {
    Alert first = Alerts.about("A1").alertId("AL-1").build();
    Alert revised = Alerts.about("A1").alertId("AL-1").revision(2).build();
    Path file = dir.resolve("alerts.jsonl");
    InterchangeWriter.writeAlerts(file, List.of(first, revised, first));
    List<Alert> read = InterchangeReader.readAlerts(file, rejects);
    assertEquals(List.of(first, revised), read);
    assertSingleReject("alerts.jsonl", 3, "alert_id", "duplicate alert_id AL-1 at revision 1",
        InterchangeJson.alertLine(first));
  }

  @Test
  void failsClearlyWhenTheAlertsFileIsMissing() {
    assertThrows(NoSuchFileException.class,
        () -> InterchangeReader.readAlerts(dir.resolve("alerts.jsonl"), rejects));
  }

  private InterchangeReader readAll() throws IOException {
    InterchangeReader reader = InterchangeReader.open(dir, rejects);
    reader.readAccounts(accounts::add);
    reader.readTransactions(transactions::add);
    return reader;
  }

  private void assertSingleReject(String file, long line, String field, String reason,
      String raw) {
    assertEquals(1, rejects.size(), rejects.rejects().toString());
    Reject r = rejects.rejects().get(0);
    assertEquals(file, r.file());
    assertEquals(line, r.line());
    assertEquals(field, r.field(), r.describe());
    assertTrue(r.reason().contains(reason), "'" + r.reason() + "' should contain '" + reason + "'");
    assertEquals(raw, r.raw());
  }

  private static String without(String line, String field) throws IOException {
    ObjectNode node = (ObjectNode) JSON.readTree(line);
    assertTrue(node.has(field), field);
    node.remove(field);
    return JSON.writeValueAsString(node);
  }

  private void write(String name, String... lines) throws IOException {
    StringBuilder s = new StringBuilder();
    for (String l : lines) {
      s.append(l).append('\n');
    }
    Files.writeString(dir.resolve(name), s, StandardCharsets.UTF_8);
  }

  private void gzip(String name, String... lines) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
      for (String l : lines) {
        out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
