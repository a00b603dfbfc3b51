package dev.moneytrail.stream.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.AccountEventKind;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.CustomerType;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Money;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.interchange.FieldError;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventValidatorTest {

  private static TransactionEvent credit() {
    return Transactions.credit("acc-1", "250.00").from("acc-2").txnId("T-1")
        .counterpartyCountry("RO").merchantCategoryCode("5812").purpose(Purpose.OTHER).build();
  }

  private static Map<String, String> errors(List<FieldError> list) {
    return list.stream().collect(Collectors.toMap(FieldError::field, FieldError::reason));
  }

  @Test
  void acceptsAWellFormedLedgerEntry() {
    assertEquals(List.of(), EventValidator.validate(credit()));
  }

  @Test
  void acceptsTheSmallestAmountOfScaleFour() {
    TransactionEvent e = credit();
    e.setMoney(new Money(new BigDecimal("0.0001"), "BHD"));
    assertEquals(List.of(), EventValidator.validate(e));
  }

  @Test
  void refusesAZeroAmount() {
    TransactionEvent e = credit();
    e.setMoney(new Money(new BigDecimal("0.0000"), "EUR"));
    assertEquals(Map.of("money.amount", "0.00 must be greater than 0"),
        errors(EventValidator.validate(e)));
  }

  @Test
  void refusesANegativeAmount() {
    TransactionEvent e = credit();
    e.setMoney(new Money(new BigDecimal("-5.00"), "EUR"));
    assertEquals(Map.of("money.amount", "-5.00 must be greater than 0"),
        errors(EventValidator.validate(e)));
  }

  @Test
  void refusesAnAmountWithAFifthSignificantDecimal() {
    TransactionEvent e = credit();
    e.setMoney(new Money(new BigDecimal("1.00001"), "EUR"));
    assertTrue(errors(EventValidator.validate(e)).get("money.amount").contains("more than 4 decimals"));
  }

  @Test
  void acceptsTrailingZerosBeyondScaleFour() {
    TransactionEvent e = credit();
    e.setMoney(new Money(new BigDecimal("1.500000"), "EUR"));
    assertEquals(List.of(), EventValidator.validate(e));
  }

  @Test
  void refusesAnAmountBeyondTheDecimalPrecision() {
    TransactionEvent e = credit();
    e.setMoney(new Money(new BigDecimal("1234567890123456789.00"), "EUR"));
    assertTrue(errors(EventValidator.validate(e)).get("money.amount").contains("too large"));
  }

  @Test
  void refusesCurrencyCodesOutsideIso4217() {
    for (String code : List.of("XYZ", "eur", "EURO", "")) {
      TransactionEvent e = credit();
      e.setMoney(new Money(new BigDecimal("10.0000"), code));
      assertEquals(
          Map.of("money.currency", "'" + code + "' is not an ISO 4217 currency code (e.g. EUR)"),
          errors(EventValidator.validate(e)), code);
    }
  }

  @Test
  void refusesACounterpartyCountryOutsideIso3166() {
    TransactionEvent e = credit();
    e.setCounterpartyCountry("UK");
    assertEquals(Map.of("counterparty_country",
        "'UK' is not an ISO 3166-1 alpha-2 country code (e.g. DE)"), errors(EventValidator.validate(e)));
  }

  @Test
  void acceptsAnAbsentCounterpartyCountryAndKosovo() {
    TransactionEvent e = credit();
    e.setCounterpartyCountry(null);
    assertEquals(List.of(), EventValidator.validate(e));
    e.setCounterpartyCountry("XK");
    assertEquals(List.of(), EventValidator.validate(e));
  }

  @Test
  void refusesBlankIdsAndNamesEachField() {
    TransactionEvent e = credit();
    e.setTxnId(" ");
    e.setAccountId("");
    Map<String, String> errors = errors(EventValidator.validate(e));
    assertEquals("must not be empty", errors.get("txn_id"));
    assertEquals("must not be empty", errors.get("account_id"));
  }

  @Test
  void refusesTheUnknownDirectionFallback() {
    TransactionEvent e = credit();
    e.setDirection(Direction.UNKNOWN);
    e.setEventId("T-1:UNKNOWN:acc-1");
    assertEquals(Map.of("direction", "'UNKNOWN' is not one of CREDIT, DEBIT"),
        errors(EventValidator.validate(e)));
  }

  // Channel.OTHER is the schema's reader fallback, refused by the interchange reader too: a replay
  // must refuse exactly what the live job refuses.
  @Test
  void refusesTheOtherChannelFallbackLikeTheInterchangeReader() {
    TransactionEvent e = credit();
    e.setChannel(Channel.OTHER);
    assertTrue(errors(EventValidator.validate(e)).get("channel").startsWith("'OTHER' is not one of"));
  }

  @Test
  void refusesAMerchantCategoryCodeThatIsNotFourDigits() {
    TransactionEvent e = credit();
    e.setMerchantCategoryCode("58A2");
    assertEquals(Map.of("merchant_category_code", "'58A2' is not an ISO 18245 code of four digits"),
        errors(EventValidator.validate(e)));
  }

  @Test
  void refusesAnEventIdThatDoesNotMatchItsParts() {
    TransactionEvent e = credit();
    e.setEventId("T-1:DEBIT:acc-1");
    assertEquals(Map.of("event_id",
        "'T-1:DEBIT:acc-1' does not match txn_id:direction:account_id 'T-1:CREDIT:acc-1'"),
        errors(EventValidator.validate(e)));
  }

  @Test
  void reportsEveryProblemOfAnEventAtOnce() {
    TransactionEvent e = credit();
    e.setMoney(new Money(BigDecimal.ZERO, "XYZ"));
    e.setCounterpartyCountry("ZZ");
    assertEquals(3, EventValidator.validate(e).size());
    assertEquals(
        "money.amount: 0.00 must be greater than 0; money.currency: 'XYZ' is not an ISO 4217"
            + " currency code (e.g. EUR); counterparty_country: 'ZZ' is not an ISO 3166-1 alpha-2"
            + " country code (e.g. DE)",
        EventValidator.describe(EventValidator.validate(e)));
  }

  @Test
  void acceptsAnOpeningAndALaterChangeOfDetails() {
    assertEquals(List.of(), EventValidator.validate(Accounts.person("acc-1").nationality("VN")
        .declaredMonthlyIncome("0.00").build()));
    assertEquals(List.of(), EventValidator.validate(Accounts.business("acc-2").declaredEmployees(3)
        .changedAt("2026-04-01T00:00:00Z").build()));
  }

  @Test
  void refusesAnAccountEventIdThatDoesNotMatchAccountAndAsOf() {
    AccountEvent a = Accounts.person("acc-1").build();
    a.setEventId("acc-1@0");
    assertEquals(Map.of("event_id", "'acc-1@0' does not match account_id@as_of 'acc-1@"
        + Accounts.DEFAULT_OPENED.toEpochMilli() + "'"), errors(EventValidator.validate(a)));
  }

  @Test
  void refusesUnknownKindAndCustomerType() {
    AccountEvent a = Accounts.person("acc-1").build();
    a.setKind(AccountEventKind.UNKNOWN);
    a.setCustomerType(CustomerType.UNKNOWN);
    Map<String, String> errors = errors(EventValidator.validate(a));
    assertEquals("'UNKNOWN' is not one of OPENED, DETAILS_CHANGED", errors.get("kind"));
    assertEquals("'UNKNOWN' is not one of PERSON, BUSINESS", errors.get("customer_type"));
  }

  @Test
  void refusesAKindThatContradictsTheDates() {
    AccountEvent a = Accounts.person("acc-1").changedAt("2026-04-01T00:00:00Z").build();
    a.setKind(AccountEventKind.OPENED);
    assertTrue(errors(EventValidator.validate(a)).get("kind").startsWith("OPENED does not fit"));
  }

  @Test
  void refusesAsOfBeforeOpening() {
    AccountEvent a = Accounts.person("acc-1").build();
    Instant before = Accounts.DEFAULT_OPENED.minusSeconds(86_400);
    a.setAsOf(before);
    a.setKind(AccountEventKind.DETAILS_CHANGED);
    a.setEventId("acc-1@" + before.toEpochMilli());
    assertEquals(Map.of("as_of", "2024-12-31T09:00:00Z is before opened_at 2025-01-01T09:00:00Z"),
        errors(EventValidator.validate(a)));
  }

  @Test
  void refusesBadCodesNegativeFiguresAndAForeignIncomeCurrency() {
    AccountEvent a = Accounts.person("acc-1").build();
    a.setCountry("Germany");
    a.setNationality("vn");
    a.setCurrency("EUR");
    a.setDeclaredEmployees(-1);
    a.setDeclaredMonthlyIncome(new Money(new BigDecimal("-1.00"), "USD"));
    Map<String, String> errors = errors(EventValidator.validate(a));
    assertEquals(Map.of(
        "country", "'Germany' is not an ISO 3166-1 alpha-2 country code (e.g. DE)",
        "nationality", "'vn' is not an ISO 3166-1 alpha-2 country code (e.g. DE)",
        "declared_employees", "-1 is less than 0",
        "declared_monthly_income.amount", "-1.00 must not be negative",
        "declared_monthly_income.currency", "'USD' differs from the account currency 'EUR'"),
        errors);
  }
}
