package dev.moneytrail.schemas.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.AccountEventKind;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.Severity;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.money.Amounts;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Alerts;
import dev.moneytrail.schemas.testdata.Transactions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Line-level mapping; file-level behaviour (line numbers, duplicates) is in the reader test. */
class InterchangeJsonTest {

  static final String ACCOUNT = "{\"account_id\":\"A1\",\"customer_id\":\"C1\","
      + "\"customer_type\":\"PERSON\",\"opened_at\":\"2025-01-01T09:00:00Z\",\"country\":\"DE\","
      + "\"currency\":\"EUR\"}";
  static final String TRANSACTION = "{\"txn_id\":\"T1\",\"timestamp\":\"2026-03-01T08:15:00Z\","
      + "\"account_id\":\"A1\",\"direction\":\"CREDIT\",\"amount\":\"100.00\",\"currency\":\"EUR\","
      + "\"channel\":\"WIRE\"}";

  // --- writing -------------------------------------------------------------------------------

  @Test
  void writesAccountLineInContractOrderOmittingAbsentFields() {
    AccountEvent a = Accounts.person("A1").name("Ana Pop").country("RO").nationality("RO")
        .dateOfBirth("1999-04-02").phone("+40712345678").declaredMonthlyIncome("1250")
        .currency("RON").build();
    assertEquals("{\"account_id\":\"A1\",\"customer_id\":\"C-A1\",\"customer_type\":\"PERSON\","
        + "\"opened_at\":\"2025-01-01T09:00:00Z\",\"name\":\"Ana Pop\",\"country\":\"RO\","
        + "\"nationality\":\"RO\",\"date_of_birth\":\"1999-04-02\",\"phone\":\"+40712345678\","
        + "\"declared_monthly_income\":\"1250.00\",\"currency\":\"RON\"}",
        InterchangeJson.accountLine(a));
  }

  @Test
  void writesEveryAccountFieldWhenPresent() {
    AccountEvent a = Accounts.business("B1").name("Clean Co").address("1 Main St")
        .email("x@example.com").deviceId("dev-1").introducerId("I-9").employerId("C-E")
        .occupation("none").sector("N81").declaredEmployees(12).build();
    assertEquals("{\"account_id\":\"B1\",\"customer_id\":\"C-B1\",\"customer_type\":\"BUSINESS\","
        + "\"opened_at\":\"2025-01-01T09:00:00Z\",\"name\":\"Clean Co\",\"country\":\"DE\","
        + "\"address\":\"1 Main St\",\"email\":\"x@example.com\",\"device_id\":\"dev-1\","
        + "\"introducer_id\":\"I-9\",\"employer_id\":\"C-E\",\"occupation\":\"none\","
        + "\"sector\":\"N81\",\"declared_employees\":12,\"currency\":\"EUR\"}",
        InterchangeJson.accountLine(a));
  }

  @Test
  void writesAsOfOnlyForChangesAndKeepsMillisWhenNonZero() {
    AccountEvent change = Accounts.person("A1").changedAt("2026-02-01T10:00:00.250Z").build();
    String line = InterchangeJson.accountLine(change);
    assertTrue(line.startsWith("{\"account_id\":\"A1\",\"as_of\":\"2026-02-01T10:00:00.250Z\","),
        line);
    assertFalse(InterchangeJson.accountLine(Accounts.person("A1").build()).contains("as_of"));
  }

  @Test
  void writesTransactionLineInContractOrder() {
    TransactionEvent t = Transactions.credit("A1", "100").txnId("T1").from("B2")
        .purpose(Purpose.SALARY).counterpartyName("Farm Ltd").beneficiaryName("Ana")
        .counterpartyCountry("ES").reference("wages").deviceId("d").build();
    assertEquals("{\"txn_id\":\"T1\",\"timestamp\":\"2026-03-01T08:15:00Z\",\"account_id\":\"A1\","
        + "\"direction\":\"CREDIT\",\"amount\":\"100.00\",\"currency\":\"EUR\",\"channel\":\"WIRE\","
        + "\"purpose\":\"SALARY\",\"counterparty_account_id\":\"B2\","
        + "\"counterparty_name\":\"Farm Ltd\",\"beneficiary_name\":\"Ana\","
        + "\"counterparty_country\":\"ES\",\"reference\":\"wages\",\"device_id\":\"d\"}",
        InterchangeJson.transactionLine(t));
  }

  @Test
  void writesCardAndCashDetails() {
    TransactionEvent card = Transactions.debit("A1", "0.125").txnId("T2")
        .channel(Channel.CARD).merchantCategoryCode("7011").build();
    assertTrue(InterchangeJson.transactionLine(card)
        .contains("\"amount\":\"0.125\",\"currency\":\"EUR\",\"channel\":\"CARD\","
            + "\"merchant_category_code\":\"7011\"}"));
    TransactionEvent cash = Transactions.debit("A1", "500").txnId("T3").cashAt("ATM-17").build();
    assertTrue(InterchangeJson.transactionLine(cash)
        .endsWith("\"channel\":\"CASH\",\"location\":\"ATM-17\"}"));
  }

  @Test
  void writesLabelLine() {
    CaseLabel label = new CaseLabel("K1", "LABOUR_PAYROLL_FUNNEL", false, List.of("A1", "A2"),
        Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T12:30:00Z"));
    assertEquals("{\"case_id\":\"K1\",\"typology\":\"LABOUR_PAYROLL_FUNNEL\",\"decoy\":false,"
        + "\"account_ids\":[\"A1\",\"A2\"],\"start\":\"2026-03-01T00:00:00Z\","
        + "\"end\":\"2026-04-01T12:30:00Z\"}", InterchangeJson.labelLine(label));
  }

  @Test
  void writesAlertLineWithInterchangeFieldsFirstThenExtras() {
    Alert alert = Alerts.about("A1").alertId("AL-1").typology("LABOUR").score(87.5)
        .related("A2").txnIds("T1", "T2").window("2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z")
        .explanation("Wages forwarded within 48 hours.")
        .hit(Alerts.hit("LT-PAYROLL-FUNNEL", 3).severity(Severity.HIGH).source("FATF 2018 #4")
            .txnIds("T1").related("A2").feature("share", "0.93").parameter("fwd.share", "0.60")
            .detail("93% forwarded."))
        .proceeds("1250.00", "EUR", "direct extraction", Severity.MEDIUM)
        .build();
    assertEquals("{\"alert_id\":\"AL-1\",\"created_at\":\"2026-03-01T08:15:00Z\","
        + "\"subject_account_id\":\"A1\",\"related_account_ids\":[\"A2\"],\"typology\":\"LABOUR\","
        + "\"rule_ids\":[\"LT-PAYROLL-FUNNEL@3\"],\"severity\":\"HIGH\",\"score\":87.5,"
        + "\"txn_ids\":[\"T1\",\"T2\"],\"window_start\":\"2026-03-01T00:00:00Z\","
        + "\"window_end\":\"2026-03-02T00:00:00Z\",\"explanation\":\"Wages forwarded within 48 hours.\","
        + "\"revision\":1,\"rule_package\":\"core@1.0.0\",\"hits\":[{\"rule_id\":\"LT-PAYROLL-FUNNEL\","
        + "\"rule_version\":3,\"severity\":\"HIGH\",\"source\":\"FATF 2018 #4\","
        + "\"fired_at\":\"2026-03-01T08:15:00Z\",\"txn_ids\":[\"T1\"],\"related_account_ids\":[\"A2\"],"
        + "\"features\":{\"share\":\"0.93\"},\"parameters\":{\"fwd.share\":\"0.60\"},"
        + "\"detail\":\"93% forwarded.\"}],\"proceeds_estimate\":{\"amount\":\"1250.00\","
        + "\"currency\":\"EUR\",\"method\":\"direct extraction\",\"confidence\":\"MEDIUM\"}}",
        InterchangeJson.alertLine(alert));
  }

  @Test
  void marksAContextHitAndReadsItBack() {
    Alert alert = Alerts.about("A1").alertId("AL-1")
        .hit(Alerts.hit("LT-PAYROLL-FUNNEL", 1).severity(Severity.HIGH))
        .hit(Alerts.hit("CTX-CORRIDOR", 1).severity(Severity.LOW).context())
        .build();
    String line = InterchangeJson.alertLine(alert);

    assertTrue(line.contains("\"rule_id\":\"CTX-CORRIDOR\""), line);
    assertEquals(1, line.split("\"context\":true", -1).length - 1, "only the context hit says so: " + line);
    assertEquals(alert, InterchangeJson.parseAlert(line).value());
  }

  @Test
  void namesTheRulesAConditionalHitRequiresAndReadsThemBack() {
    Alert alert = Alerts.about("A1").alertId("AL-1")
        .hit(Alerts.hit("LT-FANIN-CONTROLLER", 1).severity(Severity.HIGH))
        .hit(Alerts.hit("LT-CONTROLLER-ASSET-BUILDUP", 1).severity(Severity.HIGH)
            .requires("LT-FANIN-CONTROLLER", "LT-WAGE-KICKBACK"))
        .build();
    String line = InterchangeJson.alertLine(alert);

    assertEquals(1, line.split("\"requires\":\\[\"LT-FANIN-CONTROLLER\",\"LT-WAGE-KICKBACK\"\\]", -1).length - 1,
        "only the conditional hit names its predicates: " + line);
    assertEquals(alert, InterchangeJson.parseAlert(line).value());
  }

  @Test
  void writesClusterFieldsLastAndOnlyWhenTheAlertWasScoredInACluster() {
    Alert alert = Alerts.about("A1").alertId("AL-1").build();
    assertFalse(InterchangeJson.alertLine(alert).contains("cluster"));

    alert.setClusterId("CL-1");
    alert.setClusterAccountId("C9");
    alert.setClusterScore(8.5);
    alert.setReferral(true);
    alert.setClusterExplanation("B1 and H1.");
    assertTrue(InterchangeJson.alertLine(alert).endsWith("\"hits\":[],\"cluster_id\":\"CL-1\","
        + "\"cluster_account_id\":\"C9\",\"cluster_score\":8.5,\"referral\":true,"
        + "\"cluster_explanation\":\"B1 and H1.\"}"), InterchangeJson.alertLine(alert));
    assertEquals(alert, InterchangeJson.parseAlert(InterchangeJson.alertLine(alert)).value());
  }

  @Test
  void sortsHitMapsSoBytesDoNotDependOnInsertionOrder() {
    Alert ab = Alerts.about("A1").hit(Alerts.hit("R", 1).feature("b", "2").feature("a", "1"))
        .build();
    Alert ba = Alerts.about("A1").hit(Alerts.hit("R", 1).feature("a", "1").feature("b", "2"))
        .build();
    assertEquals(InterchangeJson.alertLine(ab), InterchangeJson.alertLine(ba));
    assertTrue(InterchangeJson.alertLine(ab).contains("\"features\":{\"a\":\"1\",\"b\":\"2\"}"));
  }

  @Test
  void refusesToWriteValuesTheContractCannotCarry() {
    TransactionEvent unknownDirection = Transactions.credit("A1", "1").build();
    unknownDirection.setDirection(Direction.UNKNOWN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InterchangeJson.transactionLine(unknownDirection));
    assertTrue(e.getMessage().contains("CREDIT, DEBIT"), e.getMessage());

    TransactionEvent otherChannel = Transactions.credit("A1", "1").channel(Channel.OTHER).build();
    assertThrows(IllegalArgumentException.class,
        () -> InterchangeJson.transactionLine(otherChannel));

    AccountEvent incomeInOtherCurrency = Accounts.person("A1").declaredMonthlyIncome("10").build();
    incomeInOtherCurrency.setCurrency("USD");
    assertThrows(IllegalArgumentException.class,
        () -> InterchangeJson.accountLine(incomeInOtherCurrency));

    Alert nanScore = Alerts.about("A1").score(Double.NaN).build();
    assertThrows(IllegalArgumentException.class, () -> InterchangeJson.alertLine(nanScore));
  }

  @Test
  void escapesQuotesAndControlCharactersAndKeepsUnicodeReadable() {
    TransactionEvent t = Transactions.credit("A1", "1").txnId("T1")
        .reference("rent \"May\"\nline2\tж € 中").build();
    String line = InterchangeJson.transactionLine(t);
    assertTrue(line.contains("\"reference\":\"rent \\\"May\\\"\\nline2\\tж € 中\""), line);
    assertFalse(line.contains("\n"));
    assertEquals(t, InterchangeJson.parseTransaction(line).value());
  }

  @ParameterizedTest
  @CsvSource({
      "2026-03-01T08:15:00Z, 2026-03-01T08:15:00Z",
      "2026-03-01T08:15:00.250Z, 2026-03-01T08:15:00.250Z",
      "2026-03-01T08:15:00.000Z, 2026-03-01T08:15:00Z",
      "2026-03-01T08:15:00.123456789Z, 2026-03-01T08:15:00.123Z"})
  void formatsInstantsInUtcWithSecondsAndMillisOnlyWhenNonZero(String in, String out) {
    assertEquals(out, InterchangeJson.formatInstant(Instant.parse(in)));
  }

  // --- parsing -------------------------------------------------------------------------------

  @Test
  void parsesAccountDerivingEventIdAndKindOpened() {
    AccountEvent a = InterchangeJson.parseAccount(ACCOUNT).value();
    assertEquals("A1@" + Instant.parse("2025-01-01T09:00:00Z").toEpochMilli(), a.getEventId());
    assertEquals(AccountEventKind.OPENED, a.getKind());
    assertEquals(a.getOpenedAt(), a.getAsOf());
  }

  @Test
  void parsesAccountWithLaterAsOfAsDetailsChanged() {
    AccountEvent a = InterchangeJson.parseAccount(
        ACCOUNT.replace("{", "{\"as_of\":\"2026-02-01T00:00:00Z\",")).value();
    assertEquals(AccountEventKind.DETAILS_CHANGED, a.getKind());
    assertEquals(Instant.parse("2026-02-01T00:00:00Z"), a.getAsOf());
    assertEquals("A1@" + Instant.parse("2026-02-01T00:00:00Z").toEpochMilli(), a.getEventId());
  }

  @Test
  void parsesAsOfEqualToOpenedAtAsOpening() {
    AccountEvent a = InterchangeJson.parseAccount(
        ACCOUNT.replace("{", "{\"as_of\":\"2025-01-01T09:00:00Z\",")).value();
    assertEquals(AccountEventKind.OPENED, a.getKind());
  }

  @Test
  void rejectsAsOfBeforeOpenedAt() {
    assertOnlyError(InterchangeJson.parseAccount(
        ACCOUNT.replace("{", "{\"as_of\":\"2024-01-01T00:00:00Z\",")), "as_of", "before opened_at");
  }

  @Test
  void parsesOptionalAccountFields() {
    AccountEvent a = InterchangeJson.parseAccount(ACCOUNT.replace("}",
        ",\"date_of_birth\":\"1990-02-28\",\"declared_monthly_income\":\"900.5\","
            + "\"declared_employees\":0,\"nationality\":\"UA\"}")).value();
    assertEquals(LocalDate.of(1990, 2, 28), a.getDateOfBirth());
    assertEquals(Amounts.money("900.50", "EUR"), a.getDeclaredMonthlyIncome());
    assertEquals(0, a.getDeclaredEmployees());
    assertEquals("UA", a.getNationality());
  }

  @Test
  void parsesTransactionDerivingEventId() {
    TransactionEvent t = InterchangeJson.parseTransaction(TRANSACTION).value();
    assertEquals("T1:CREDIT:A1", t.getEventId());
    assertEquals(new BigDecimal("100.0000"), t.getMoney().getAmount());
    assertEquals(Channel.WIRE, t.getChannel());
    assertNull(t.getPurpose());
  }

  @Test
  void ignoresUnknownFields() {
    Parsed<TransactionEvent> p = InterchangeJson.parseTransaction(
        TRANSACTION.replace("}", ",\"bank_internal\":{\"x\":[1,2]},\"score\":3.5}"));
    assertTrue(p.isValid(), p.toString());
  }

  @Test
  void treatsJsonNullAsAbsent() {
    assertTrue(InterchangeJson.parseTransaction(
        TRANSACTION.replace("}", ",\"purpose\":null,\"reference\":null}")).isValid());
    assertOnlyError(InterchangeJson.parseTransaction(
        TRANSACTION.replace("\"amount\":\"100.00\"", "\"amount\":null")), "amount", "missing");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"channel\":\"WIRE\"|\"channel\":\"OTHER\"|channel|WIRE, ACH, CARD, CASH, MONEY_TRANSFER, INTERNAL, CHEQUE",
      "\"channel\":\"WIRE\"|\"channel\":\"wire\"|channel|WIRE, ACH",
      "\"direction\":\"CREDIT\"|\"direction\":\"UNKNOWN\"|direction|CREDIT, DEBIT",
      "\"channel\":\"WIRE\"|\"channel\":\"WIRE\",\"purpose\":\"BRIBE\"|purpose|SALARY, RENT"})
  void rejectsEnumValuesOutsideTheContractListingTheAllowedOnes(
      String from, String to, String field, String allowed) {
    assertOnlyError(InterchangeJson.parseTransaction(TRANSACTION.replace(from, to)), field, allowed);
  }

  @Test
  void rejectsCustomerTypeOutsideTheContract() {
    assertOnlyError(InterchangeJson.parseAccount(ACCOUNT.replace("PERSON", "UNKNOWN")),
        "customer_type", "PERSON, BUSINESS");
  }

  @Test
  void rejectsAmountGivenAsJsonNumber() {
    assertOnlyError(InterchangeJson.parseTransaction(
        TRANSACTION.replace("\"100.00\"", "100.00")), "amount", "must be a JSON string");
  }

  @Test
  void collectsEveryErrorOfALine() {
    Parsed<TransactionEvent> p = InterchangeJson.parseTransaction(TRANSACTION
        .replace("\"100.00\"", "\"-5\"").replace("\"EUR\"", "\"eur\"").replace("WIRE", "FAX"));
    assertEquals(List.of("amount", "currency", "channel"),
        p.errors().stream().map(FieldError::field).collect(Collectors.toList()));
    assertTrue(p.describeErrors().startsWith("amount: '-5' must be greater than 0; currency:"),
        p.describeErrors());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"txn_id\":\"T1\",\"txn_id\":\"T2\"}",
      "{\"txn_id\":\"T1\"} {\"txn_id\":\"T2\"}",
      "{\"txn_id\":\"T1\"",
      "txn_id=T1",
      "[1,2]",
      "\"just a string\""})
  void rejectsLinesThatAreNotExactlyOneJsonObjectAsWholeLineErrors(String line) {
    Parsed<TransactionEvent> p = InterchangeJson.parseTransaction(line);
    assertFalse(p.isValid());
    assertEquals(1, p.errors().size(), p.toString());
    assertNull(p.errors().get(0).field());
  }

  @Test
  void acceptsOffsetInstantsConvertingToUtc() {
    TransactionEvent t = InterchangeJson.parseTransaction(
        TRANSACTION.replace("2026-03-01T08:15:00Z", "2026-03-01T10:15:00+02:00")).value();
    assertEquals(Instant.parse("2026-03-01T08:15:00Z"), t.getTimestamp());
  }

  @Test
  void rejectsInstantWithoutZoneSayingSo() {
    assertOnlyError(InterchangeJson.parseTransaction(
        TRANSACTION.replace("2026-03-01T08:15:00Z", "2026-03-01T08:15:00")), "timestamp", "no zone");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-01", "2026-13-01T08:15:00Z", "01/03/2026 08:15", "1772352900000",
      "2026-03-01 08:15:00Z", ""})
  void rejectsInstantsThatAreNotIso8601(String bad) {
    assertFalse(InterchangeJson.parseTransaction(
        TRANSACTION.replace("\"2026-03-01T08:15:00Z\"", "\"" + bad + "\"")).isValid());
  }

  @Test
  void rejectsInstantGivenAsEpochNumber() {
    assertOnlyError(InterchangeJson.parseTransaction(
        TRANSACTION.replace("\"2026-03-01T08:15:00Z\"", "1772352900000")), "timestamp",
        "must be a JSON string");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"country\":\"DE\"|\"country\":\"Germany\"|country",
      "\"country\":\"DE\"|\"country\":\"DE\",\"nationality\":\"de\"|nationality",
      "\"currency\":\"EUR\"|\"currency\":\"EURO\"|currency",
      "\"currency\":\"EUR\"|\"currency\":\"EUR\",\"date_of_birth\":\"1990-02-30\"|date_of_birth",
      "\"currency\":\"EUR\"|\"currency\":\"EUR\",\"declared_employees\":2.5|declared_employees",
      "\"currency\":\"EUR\"|\"currency\":\"EUR\",\"declared_employees\":-1|declared_employees",
      "\"currency\":\"EUR\"|\"currency\":\"EUR\",\"declared_monthly_income\":\"-100\"|declared_monthly_income",
      "\"currency\":\"EUR\"|\"currency\":\"EUR\",\"name\":42|name",
      "\"account_id\":\"A1\"|\"account_id\":\"  \"|account_id"})
  void rejectsBadAccountFieldValuesNamingTheField(String from, String to, String field) {
    Parsed<AccountEvent> p = InterchangeJson.parseAccount(ACCOUNT.replace(from, to));
    assertFalse(p.isValid());
    assertEquals(field, p.errors().get(0).field(), p.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"channel\":\"WIRE\"|\"channel\":\"CARD\",\"merchant_category_code\":\"70111\"|merchant_category_code",
      "\"channel\":\"WIRE\"|\"channel\":\"WIRE\",\"counterparty_country\":\"XX\"|counterparty_country"})
  void rejectsBadOptionalTransactionFields(String from, String to, String field) {
    assertOnlyError(InterchangeJson.parseTransaction(TRANSACTION.replace(from, to)), field, "");
  }

  @Test
  void parsesLabel() {
    CaseLabel label = InterchangeJson.parseLabel("{\"case_id\":\"K1\",\"typology\":\"X\","
        + "\"decoy\":true,\"account_ids\":[\"A1\"],\"start\":\"2026-01-01T00:00:00Z\","
        + "\"end\":\"2026-01-01T00:00:00Z\",\"amlsim_is_sar\":true}").value();
    assertEquals(new CaseLabel("K1", "X", true, List.of("A1"),
        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")), label);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"decoy\":false|\"decoy\":\"false\"|decoy",
      "\"decoy\":false|\"decoy\":0|decoy",
      "\"account_ids\":[\"A1\"]|\"account_ids\":[]|account_ids",
      "\"account_ids\":[\"A1\"]|\"account_ids\":\"A1\"|account_ids",
      "\"account_ids\":[\"A1\"]|\"account_ids\":[\"A1\",7]|account_ids[1]",
      "\"end\":\"2026-02-01T00:00:00Z\"|\"end\":\"2025-12-01T00:00:00Z\"|end",
      "\"case_id\":\"K1\",|''|case_id"})
  void rejectsBadLabelFields(String from, String to, String field) {
    String line = "{\"case_id\":\"K1\",\"typology\":\"X\",\"decoy\":false,\"account_ids\":[\"A1\"],"
        + "\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-02-01T00:00:00Z\"}";
    assertOnlyError(InterchangeJson.parseLabel(line.replace(from, to)), field, "");
  }

  @Test
  void parsesAlertWithOnlyInterchangeFieldsUsingDefaultsForExtras() {
    Alert a = InterchangeJson.parseAlert(minimalAlert()).value();
    assertEquals(1, a.getRevision());
    assertEquals("", a.getRulePackage());
    assertTrue(a.getHits().isEmpty());
    assertNull(a.getProceedsEstimate());
    assertNull(a.getClusterId());
    assertNull(a.getReferral());
    assertEquals(42.0, a.getScore());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"LT-PAYROLL-FUNNEL@3\"|\"LT PAYROLL FUNNEL\"|rule_ids[0]",
      "\"score\":42|\"score\":101|score",
      "\"score\":42|\"score\":\"42\"|score",
      "\"severity\":\"HIGH\"|\"severity\":\"CRITICAL\"|severity",
      "\"window_end\":\"2026-03-02T00:00:00Z\"|\"window_end\":\"2026-02-01T00:00:00Z\"|window_end",
      "\"explanation\":\"x\"}|\"explanation\":\"x\",\"revision\":0}|revision",
      "\"explanation\":\"x\"}|\"explanation\":\"x\",\"referral\":\"yes\"}|referral",
      "\"explanation\":\"x\"}|\"explanation\":\"x\",\"cluster_score\":-1}|cluster_score",
      "\"explanation\":\"x\"}|\"explanation\":\"x\",\"hits\":[{\"rule_version\":1,\"severity\":\"LOW\",\"fired_at\":\"2026-03-01T00:00:00Z\"}]}|hits[0].rule_id",
      "\"explanation\":\"x\"}|\"explanation\":\"x\",\"hits\":[{\"rule_id\":\"R\",\"rule_version\":1,\"severity\":\"LOW\",\"fired_at\":\"2026-03-01T00:00:00Z\",\"features\":{\"n\":3}}]}|hits[0].features.n",
      "\"explanation\":\"x\"}|\"explanation\":\"x\",\"proceeds_estimate\":{\"amount\":\"1e3\",\"currency\":\"EUR\",\"method\":\"m\",\"confidence\":\"LOW\"}}|proceeds_estimate.amount"})
  void rejectsBadAlertFieldsNamingNestedPaths(String from, String to, String field) {
    assertOnlyError(InterchangeJson.parseAlert(minimalAlert().replace(from, to)), field, "");
  }

  private static String minimalAlert() {
    return "{\"alert_id\":\"AL-1\",\"created_at\":\"2026-03-01T08:15:00Z\","
        + "\"subject_account_id\":\"A1\",\"related_account_ids\":[],\"typology\":\"LABOUR\","
        + "\"rule_ids\":[\"LT-PAYROLL-FUNNEL@3\"],\"severity\":\"HIGH\",\"score\":42,"
        + "\"txn_ids\":[\"T1\"],\"window_start\":\"2026-03-01T00:00:00Z\","
        + "\"window_end\":\"2026-03-02T00:00:00Z\",\"explanation\":\"x\"}";
  }

  static void assertOnlyError(Parsed<?> parsed, String field, String reasonContains) {
    assertFalse(parsed.isValid(), "expected a rejection");
    assertEquals(1, parsed.errors().size(), parsed.describeErrors());
    FieldError e = parsed.errors().get(0);
    assertEquals(field, e.field(), parsed.describeErrors());
    assertTrue(e.reason().contains(reasonContains),
        "reason '" + e.reason() + "' should contain '" + reasonContains + "'");
  }
}
