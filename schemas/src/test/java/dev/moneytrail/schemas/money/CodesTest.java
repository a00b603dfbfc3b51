package dev.moneytrail.schemas.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {

  @ParameterizedTest
  @ValueSource(strings = {"DE", "US", "GB", "RO", "NG", "TH", "XK"})
  void acceptsIsoAlpha2Countries(String code) {
    assertTrue(Codes.isCountry(code));
    assertEquals(code, Codes.country(code));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"de", "DEU", "D", "", "ZZ", "UK", "12"})
  void rejectsCountriesThatAreNotUpperCaseAlpha2(String code) {
    assertFalse(Codes.isCountry(code));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Codes.country(code));
    assertTrue(e.getMessage().contains("ISO 3166-1"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"EUR", "USD", "GBP", "BHD", "KWD", "JPY", "RON"})
  void acceptsIso4217Currencies(String code) {
    assertTrue(Codes.isCurrency(code));
    assertEquals(code, Codes.currency(code));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"eur", "EU", "EURO", "ABC", "", "12€"})
  void rejectsCurrenciesThatAreNotUpperCaseIso4217(String code) {
    assertFalse(Codes.isCurrency(code));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Codes.currency(code));
    assertTrue(e.getMessage().contains("ISO 4217"), e.getMessage());
  }
}
