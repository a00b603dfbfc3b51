package dev.moneytrail.simulator.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IbanTest {

  @Test
  void knownIbanHasTheRightCheckDigits() {
    assertEquals("DE89370400440532013000", Iban.of("DE", "370400440532013000"));
    assertEquals("GB29NWBK60161331926819", Iban.of("GB", "NWBK60161331926819"));
    assertFalse(Iban.valid("DE88370400440532013000"));
  }

  @Test
  void everyHomeCountryMakesValidInternalAndExternalIbans() {
    SplittableRandom rng = new SplittableRandom(1);
    for (String code : HomeCountry.supported()) {
      HomeCountry c = HomeCountry.forCode(code);
      assertTrue(Iban.valid(c.ownIban(123)), code);
      for (int i = 0; i < 50; i++) {
        assertTrue(Iban.valid(c.otherBankIban(rng)), code);
        assertTrue(c.mobile(rng).matches("\\+[1-9][0-9]{9,13}"), code + " " + c.mobile(rng));
      }
    }
  }
}
