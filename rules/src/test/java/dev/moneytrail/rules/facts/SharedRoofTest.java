package dev.moneytrail.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedRoofTest {

  private static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");

  private static Inflow rent(String txn, String sender, String name, String address) {
    return new Inflow(txn, NOW.minus(Duration.ofDays(3)), sender, "CUST-" + sender, name, address, "EMP-1",
        "WIRE", new BigDecimal("150.00"), null, null);
  }

  private static SharedRoof largest(Inflow... inflows) {
    return SharedRoof.largest(new FanIn("LANDLORD", "L", null, NOW, List.of(inflows)), Duration.ofDays(35));
  }

  @Test
  void theHouseIsTheAddressWithTheMostDistinctPayersNotTheMostPayments() {
    SharedRoof roof = largest(
        rent("T1", "A1", "Ana Pop", "1 Mill Lane"), rent("T2", "A1", "Ana Pop", "1 Mill Lane"),
        rent("T3", "A1", "Ana Pop", "1 Mill Lane"),
        rent("T4", "B1", "Ion Rus", "9 Dock St"), rent("T5", "B2", "Vlad Lup", "9 Dock St."));

    assertEquals("9 dock st", roof.address());
    assertEquals(2, roof.persons());
    assertEquals(2, roof.surnames());
    assertEquals(List.of("T4", "T5"), roof.txnIds());
    assertEquals(3, roof.allSenders()); // the payer at the other address too
    assertEquals(new BigDecimal("300.00"), roof.total());
  }

  @Test
  void aTieGoesToTheSmallestAddressWhateverTheOrderOfPayments() {
    Inflow b = rent("T1", "B1", "Ion Rus", "9 Dock St");
    Inflow a = rent("T2", "A1", "Ana Pop", "1 Mill Lane");

    assertEquals("1 mill lane", largest(b, a).address());
    assertEquals("1 mill lane", largest(a, b).address());
  }

  @Test
  void payersWithoutAnAddressCountAmongAllPayersButMakeNoHouse() {
    SharedRoof roof = largest(rent("T1", "A1", "Ana Pop", null), rent("T2", "A2", "Ion Rus", " "));

    assertEquals(SharedRoof.NONE, roof);
  }
}
