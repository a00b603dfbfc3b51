package dev.moneytrail.stream.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.facts.EmployerPayroll;
import dev.moneytrail.rules.facts.PayeeHistory;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.testdata.Transactions;
import dev.moneytrail.stream.state.EmployerPayrollState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmployerPayrollFeaturesTest {

  private static final Instant FIRST = Instant.parse("2026-01-02T09:00:00Z");

  private static TransactionEvent wage(String payee, String amount, Instant at) {
    return Transactions.debit("EMP", amount).txnId("sal-" + payee + "-" + at).at(at)
        .purpose(Purpose.SALARY).channel(Channel.ACH).to(payee).counterpartyName("Worker " + payee).build();
  }

  private static Instant day(int n) {
    return FIRST.plus(Duration.ofDays(n));
  }

  private static PayeeHistory payee(EmployerPayroll e, String id) {
    return e.payees().stream().filter(p -> p.accountId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void onlySalaryDebitsToAnIdentifiedPayeeAreWages() {
    assertTrue(EmployerPayrollFeatures.isSalaryDebit(wage("W1", "900.00", FIRST)));
    assertFalse(EmployerPayrollFeatures.isSalaryDebit(Transactions.credit("EMP", "900.00").at(FIRST)
        .purpose(Purpose.SALARY).channel(Channel.ACH).from("W1").build()));
    assertFalse(EmployerPayrollFeatures.isSalaryDebit(Transactions.debit("EMP", "900.00").at(FIRST)
        .purpose(Purpose.RENT).channel(Channel.ACH).to("W1").build()));
  }

  @Test
  void aWageAndASettlementOnOneDayAreOnePaydayAndTheNormalWageIsTheMeanOfTheEarlierOnes() {
    EmployerPayrollState s = EmployerPayrollFeatures.empty();
    EmployerPayrollFeatures.apply(s, wage("W1", "900.00", day(0)));
    EmployerPayrollFeatures.apply(s, wage("W1", "800.00", day(14)));
    TransactionEvent last = wage("W1", "600.00", day(42).plusSeconds(60));
    EmployerPayrollFeatures.apply(s, wage("W1", "700.00", day(42)));
    EmployerPayrollFeatures.apply(s, last);

    PayeeHistory w1 = payee(EmployerPayrollFeatures.fact("EMP", s, last), "W1");
    assertEquals(3, w1.payments());
    assertEquals(new BigDecimal("1300.0000"), w1.lastAmount());
    assertEquals(new BigDecimal("850.00"), w1.normalWage());
    assertEquals(day(14), w1.previousPaidAt());
    assertEquals(day(0), w1.firstPaidAt());
    assertEquals(14L, w1.periodDays(), "its own period: the gaps before the latest payday");
    assertEquals(28L, w1.gapDaysBeforeLatest(), "whole days, though the settlement came a minute later");
    assertEquals(3, s.getRuns().size(), "one run per day with salary debits");
  }

  @Test
  void aFirstWageHasNoNormalWageYet() {
    EmployerPayrollState s = EmployerPayrollFeatures.empty();
    TransactionEvent t = wage("W1", "900.00", FIRST);
    EmployerPayrollFeatures.apply(s, t);

    PayeeHistory w1 = payee(EmployerPayrollFeatures.fact("EMP", s, t), "W1");
    assertNull(w1.normalWage());
    assertNull(w1.previousPaidAt());
  }

  @Test
  void keepsTheMostRecentRunsAndPayeesAndDropsPayeesUnpaidForTheHorizon() {
    EmployerPayrollState s = EmployerPayrollFeatures.empty();
    for (int i = 0; i < EmployerPayrollFeatures.MAX_PAYEES + 5; i++) {
      EmployerPayrollFeatures.apply(s, wage("P" + i, "100.00", FIRST.plusSeconds(i)));
    }
    assertEquals(EmployerPayrollFeatures.MAX_PAYEES, s.getPayees().size());
    assertEquals("P5", s.getPayees().get(0).getAccountId(), "the payee paid longest ago goes first");

    for (int d = 1; d <= EmployerPayrollFeatures.MAX_RUNS + 3; d++) {
      EmployerPayrollFeatures.apply(s, wage("P0", "100.00", day(7 * d)));
    }
    assertEquals(EmployerPayrollFeatures.MAX_RUNS, s.getRuns().size());
    // 133 days later only P0 (paid every week) is still on the payroll.
    assertEquals(List.of("P0"), s.getPayees().stream().map(p -> p.getAccountId()).toList());
  }
}
