package dev.moneytrail.schemas.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

  @ParameterizedTest
  @CsvSource({
      "1250.00, 1250.0000",
      "0.125, 0.1250",
      "7, 7.0000",
      "0.0001, 0.0001",
      "1.500000, 1.5000",
      "-12.5, -12.5000",
      "000123.40, 123.4000",
      "999999999999999999.9999, 999999999999999999.9999"})
  void parsesPlainDecimalsToScaleFour(String text, String expected) {
    BigDecimal parsed = Amounts.parse(text);
    assertEquals(new BigDecimal(expected), parsed);
    assertEquals(4, parsed.scale());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e3", "1E3", "1.5e-2", "abc", "", " 12.00", "12.00 ", "+12", ".5", "5.",
      "1,000.00", "12.34.56", "NaN", "Infinity", "0x10", "１２"})
  void rejectsTextThatIsNotAPlainDecimal(String text) {
    assertThrows(IllegalArgumentException.class, () -> Amounts.parse(text));
  }

  @Test
  void rejectsExponentNotationSayingSo() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Amounts.parse("1e3"));
    assertTrue(e.getMessage().contains("exponent"), e.getMessage());
  }

  @Test
  void rejectsNull() {
    assertThrows(IllegalArgumentException.class, () -> Amounts.parse(null));
  }

  @Test
  void rejectsMoreThanFourSignificantDecimalsRatherThanRounding() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Amounts.parse("12.34567"));
    assertTrue(e.getMessage().contains("more than 4 decimals"), e.getMessage());
  }

  @Test
  void rejectsAmountsBeyondTheAvroDecimalPrecision() {
    assertThrows(IllegalArgumentException.class,
        () -> Amounts.parse("1000000000000000000.00"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-5", "-0.0001"})
  void positiveAmountsRefuseZeroAndNegatives(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Amounts.parsePositive(text));
    assertTrue(e.getMessage().contains("greater than 0"), e.getMessage());
  }

  @Test
  void nonNegativeAmountsAllowZeroButNotNegatives() {
    assertEquals(new BigDecimal("0.0000"), Amounts.parseNonNegative("0"));
    assertThrows(IllegalArgumentException.class, () -> Amounts.parseNonNegative("-0.01"));
  }

  @ParameterizedTest
  @CsvSource({
      "1250.0000, 1250.00",
      "0.1250, 0.125",
      "0.0001, 0.0001",
      "5, 5.00",
      "100, 100.00",
      "1E+3, 1000.00",
      "12.3, 12.30",
      "-7.5000, -7.50",
      "0.0000, 0.00"})
  void formatsWithTwoDecimalsAtLeastAndNoTrailingZerosBeyond(String value, String expected) {
    assertEquals(expected, Amounts.format(new BigDecimal(value)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.01", "1250.00", "0.125", "3.1415", "999999999999999999.9999"})
  void formatThenParseGivesTheSameAmount(String text) {
    BigDecimal value = Amounts.parse(text);
    assertEquals(value, Amounts.parse(Amounts.format(value)));
  }

  @Test
  void exactRefusesToRoundAndScalesWithoutLoss() {
    assertEquals(new BigDecimal("1.2000"), Amounts.exact(new BigDecimal("1.2")));
    assertThrows(IllegalArgumentException.class, () -> Amounts.exact(new BigDecimal("1.23456")));
  }

  @Test
  void buildsMoneyFromTextWithValidatedCurrency() {
    Money m = Amounts.money("1250.00", "EUR");
    assertEquals(new BigDecimal("1250.0000"), m.getAmount());
    assertEquals("EUR", m.getCurrency());
    assertEquals(new BigDecimal("0.0000"), Amounts.money("0", "USD").getAmount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"eur", "EURO", "XYZ", "", "E1R"})
  void moneyRefusesCodesThatAreNotIso4217(String currency) {
    assertThrows(IllegalArgumentException.class, () -> Amounts.money("1.00", currency));
  }

  @Test
  void moneyRefusesNegativeAmounts() {
    assertThrows(IllegalArgumentException.class, () -> Amounts.money("-1.00", "EUR"));
    assertThrows(IllegalArgumentException.class,
        () -> Amounts.money(new BigDecimal("-1"), "EUR"));
  }

  @Test
  void moneyFromBigDecimalNormalisesScale() {
    assertEquals(new BigDecimal("3.5000"),
        Amounts.money(new BigDecimal("3.5"), "GBP").getAmount());
  }
}
