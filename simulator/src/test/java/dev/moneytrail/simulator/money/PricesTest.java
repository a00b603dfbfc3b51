package dev.moneytrail.simulator.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PricesTest {

  @Test
  void euroCentsBecomeExactAmountsOfScaleFour() {
    Prices eur = Prices.in("EUR");
    assertEquals(1234, eur.of(1234));
    assertEquals(new BigDecimal("12.3400"), eur.decimal(1234));
    assertEquals(4, eur.money(1).getAmount().scale());
  }

  @Test
  void otherCurrenciesAreScaledAndRoundedToTheirMinorUnit() {
    Prices jpy = Prices.in("JPY");
    assertEquals(1, jpy.minorPerMajor());
    assertEquals(1600, jpy.of(1000));
    assertEquals(new BigDecimal("1600.0000"), jpy.decimal(1600));
    Prices bhd = Prices.in("BHD");
    assertEquals(1000, bhd.minorPerMajor());
    assertEquals(new BigDecimal("1.2340"), bhd.decimal(1234));
  }

  @Test
  void chosenAmountsRoundToNiceSteps() {
    Prices gbp = Prices.in("GBP");
    assertEquals(0, gbp.rounded(85_000, 1_000) % 1_000);
    assertEquals(5, Prices.niceStep(4));
    assertEquals(20, Prices.niceStep(17));
  }
}
