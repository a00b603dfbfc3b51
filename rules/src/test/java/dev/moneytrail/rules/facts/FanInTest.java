package dev.moneytrail.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FanInTest {

  private static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");

  private static Inflow payment(String txn, String account, String customer, int daysAgo) {
    return new Inflow(txn, NOW.minus(Duration.ofDays(daysAgo)), account, customer, "Ana Pop", null, null,
        "WIRE", new BigDecimal("100.00"), null, null);
  }

  private static FanIn fanIn(Inflow... inflows) {
    return new FanIn("B", "Beneficiary", null, NOW, List.of(inflows));
  }

  @Test
  void oneCustomerWithTwoAccountsIsTwoSendersByAccount() {
    assertEquals(2, fanIn(payment("T1", "A1", "C1", 1), payment("T2", "A2", "C1", 1)).getSenderCount());
  }

  @Test
  void oneAccountSeenBeforeAndAfterItsCustomerIdIsTwoSendersByCustomer() {
    // The customer id travels with the sender's account details, which a payment can overtake.
    assertEquals(2, fanIn(payment("T1", "A1", null, 2), payment("T2", "A1", "C1", 1)).getSenderCount());
  }

  @Test
  void theSenderCountBoundsEveryWindowedCountTheRulesTake() {
    FanIn f = fanIn(payment("T1", "A1", "C1", 40), payment("T2", "A2", "C2", 20), payment("T3", "A3", null, 3),
        payment("T4", "A3", "C3", 2), payment("T5", "A1", "C1", 1));
    for (int days : new int[] {1, 7, 35, 90}) {
      assertTrue(f.distinctSenders(Duration.ofDays(days)) <= f.getSenderCount(), "window of " + days + " days");
    }
    assertEquals(5, f.getPayments());
  }
}
