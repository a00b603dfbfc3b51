package dev.moneytrail.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedAttributeTest {

  private static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");

  private static Holder holder(String account, String customer, String type, int lastSeenDaysAgo) {
    Instant seen = NOW.minus(Duration.ofDays(lastSeenDaysAgo));
    return new Holder(account, customer, type, "Ana Pop", null, seen, seen);
  }

  private static SharedAttribute device(Holder... holders) {
    return new SharedAttribute("DEVICE", "dev-1", NOW, List.of(holders));
  }

  @Test
  void aDeviceOfOneAccountHasOneHolder() {
    assertEquals(1, device(holder("A1", "C1", "PERSON", 1)).getHolderCount());
  }

  @Test
  void holdersAreCountedByAccountOrByCustomerWhicheverIsMore() {
    assertEquals(2, device(holder("A1", "C1", "PERSON", 1), holder("A2", "C1", "PERSON", 1)).getHolderCount());
    assertEquals(2, device(holder("A1", null, "PERSON", 2), holder("A1", "C1", "PERSON", 1)).getHolderCount());
  }

  @Test
  void theHolderCountBoundsEveryWindowedCountTheDeviceRulesTake() {
    SharedAttribute d = device(holder("A1", "C1", "PERSON", 80), holder("A2", "C2", "PERSON", 10),
        holder("A3", null, "PERSON", 1), holder("B1", "CB", "BUSINESS", 1));
    for (int days : new int[] {1, 30, 90}) {
      Duration w = Duration.ofDays(days);
      assertTrue(d.distinctPersons(w) <= d.getHolderCount(), "persons in " + days + " days");
      assertTrue(d.distinctCustomers(w) <= d.getHolderCount(), "customers in " + days + " days");
    }
    assertEquals(4, d.getHolderCount());
  }
}
