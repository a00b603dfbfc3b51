package dev.moneytrail.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.simulator.world.Iban;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bookkeeping invariants of the generated ledger, on the shared small run. */
class LedgerIntegrityTest {

  private final SmallWorld w = SmallWorld.get();

  @Test
  void everyTransferBetweenTwoAccountsOfTheBankHasBothLegs() {
    Map<String, List<TransactionEvent>> byTxn = new HashMap<>();
    for (TransactionEvent t : w.transactions) {
      if (t.getCounterpartyAccountId() != null && w.opening.containsKey(t.getCounterpartyAccountId())) {
        byTxn.computeIfAbsent(t.getTxnId(), k -> new ArrayList<>()).add(t);
      }
    }
    assertTrue(byTxn.size() > 100, "internal transfers seen: " + byTxn.size());
    for (List<TransactionEvent> legs : byTxn.values()) {
      assertEquals(2, legs.size(), "legs of " + legs.get(0).getTxnId());
      TransactionEvent a = legs.get(0);
      TransactionEvent b = legs.get(1);
      assertFalse(a.getDirection() == b.getDirection());
      assertEquals(a.getMoney(), b.getMoney());
      assertEquals(a.getTimestamp(), b.getTimestamp());
      assertEquals(a.getAccountId(), b.getCounterpartyAccountId());
      assertEquals(b.getAccountId(), a.getCounterpartyAccountId());
    }
  }

  @Test
  void eventIdsAreUniqueAndFollowTheContract() {
    Set<String> ids = new HashSet<>();
    for (TransactionEvent t : w.transactions) {
      assertEquals(t.getTxnId() + ":" + t.getDirection() + ":" + t.getAccountId(), t.getEventId());
      assertTrue(ids.add(t.getEventId()), "duplicate " + t.getEventId());
    }
    Set<String> accountIds = new HashSet<>();
    for (AccountEvent a : w.accountLines) {
      assertEquals(a.getAccountId() + "@" + a.getAsOf().toEpochMilli(), a.getEventId());
      assertTrue(accountIds.add(a.getEventId()));
    }
  }

  @Test
  void nothingIsBookedBeforeTheAccountIsOpenedOrBeforeTheRunStarts() {
    for (TransactionEvent t : w.transactions) {
      AccountEvent a = w.account(t.getAccountId());
      assertTrue(a != null, "unknown account " + t.getAccountId());
      assertTrue(t.getTimestamp().isAfter(a.getOpenedAt()), t.getEventId() + " before opening");
      assertFalse(t.getTimestamp().isBefore(w.start));
      assertTrue(t.getTimestamp().isBefore(w.end));
    }
  }

  @Test
  void amountsArePositiveExactCentsInTheRunCurrency() {
    for (TransactionEvent t : w.transactions) {
      assertEquals(4, t.getMoney().getAmount().scale());
      assertTrue(t.getMoney().getAmount().signum() > 0);
      assertTrue(t.getMoney().getAmount().movePointRight(2).stripTrailingZeros().scale() <= 0, "whole cents");
      assertEquals("EUR", t.getMoney().getCurrency());
      assertEquals(0, t.getTimestamp().toEpochMilli() % 1000, "whole seconds");
    }
  }

  @Test
  void accountsAreValidIbansWithPlausibleKyc() {
    for (AccountEvent a : w.opening.values()) {
      assertTrue(Iban.valid(a.getAccountId()), a.getAccountId());
      assertTrue(a.getOpenedAt().isBefore(w.end));
      if (a.getPhone() != null) {
        assertTrue(a.getPhone().matches("\\+[1-9][0-9]{7,14}"), "E.164: " + a.getPhone());
      }
      if (a.getCustomerType().toString().equals("PERSON")) {
        assertTrue(a.getDateOfBirth() != null && a.getNationality() != null);
      } else {
        assertTrue(a.getSector() != null && a.getDeclaredEmployees() != null);
      }
    }
  }

  @Test
  void ordinaryLifeCoversPayrollRentCardsCashRemittancesAndTax() {
    Map<String, Long> byPurpose = new HashMap<>();
    Set<String> mccs = new HashSet<>();
    for (TransactionEvent t : w.transactions) {
      byPurpose.merge(String.valueOf(t.getPurpose()), 1L, Long::sum);
      if (t.getMerchantCategoryCode() != null) {
        mccs.add(t.getMerchantCategoryCode());
      }
    }
    for (String p : List.of("SALARY", "RENT", "GOODS", "REMITTANCE", "TAX", "SERVICES", "LOAN_REPAYMENT")) {
      assertTrue(byPurpose.getOrDefault(p, 0L) > 10, p + ": " + byPurpose.get(p));
    }
    assertTrue(mccs.containsAll(Set.of("5411", "5499", "5814", "4111", "4814", "5912", "5541", "5311", "5651")), "MCCs " + mccs);
    long cashOut = w.transactions.stream().filter(t -> SmallWorld.isCash(t) && t.getDirection() == Direction.DEBIT).count();
    assertTrue(cashOut > 100);
  }
}
