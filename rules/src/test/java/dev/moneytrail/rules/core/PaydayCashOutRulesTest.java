package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.money;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.Outflow;
import dev.moneytrail.rules.facts.PayCycle;
import dev.moneytrail.rules.facts.PayrollHistory;
import dev.moneytrail.rules.facts.Txn;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * wage-control.drl: B3 LT-PAYDAY-CASHOUT. Shipped: at least 80 % of the wage in cash within 24 h
 * of payday, in each of the last 3 pay cycles.
 */
class PaydayCashOutRulesTest {
  private static final String RULE = "LT-PAYDAY-CASHOUT";
  private static final String WORKER = "W1";
  private static final Instant FIRST = Instant.parse("2026-01-02T06:00:00Z");

  private final RuleHarness rules = RuleHarness.core();

  /**
   * Weekly wages of 500; after payday {@code i}, {@code cash[i]} is withdrawn at the ATM
   * {@code hoursAfter} hours later.
   */
  private static PayrollHistory paid(long hoursAfter, String... cash) {
    List<PayCycle> cycles = new ArrayList<>();
    for (int i = 0; i < cash.length; i++) {
      Instant payday = FIRST.plus(Duration.ofDays(7L * i));
      List<Outflow> out = cash[i] == null ? List.of()
          : List.of(new Outflow("C" + i, payday.plus(Duration.ofHours(hoursAfter)), null, null, "CASH", money(cash[i])));
      cycles.add(new PayCycle("P" + i, payday, money("500"), "EMP-1", "Agro Fields Ltd", null, out));
    }
    return new PayrollHistory(WORKER, "Ana Lopez", cycles);
  }

  /** The most recent withdrawal, as the event under evaluation. */
  private static Txn lastWithdrawal(PayrollHistory h) {
    Outflow o = h.getCycles().get(h.getCycleCount() - 1).outflows().get(0);
    return new Txn(o.txnId(), o.at(), WORKER, "DEBIT", o.amount(), "EUR", "CASH", null, null, null, null, null,
        null, null, null, "ATM-BERLIN-0042");
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenEveryWageOfTheLastThreeIsTakenOutInCashWithinADay() {
    PayrollHistory h = paid(10, "450", "400", "480");

    Hit hit = only(rules.evaluate(lastWithdrawal(h), h), RULE);

    assertEquals(WORKER, hit.subjectAccountId());
    assertEquals(Severity.MEDIUM, hit.severity());
    assertEquals("3", hit.features().get("cycles.met"));
    assertEquals(List.of("P0", "C0", "P1", "C1", "P2", "C2"), hit.txnIds());
    assertEquals(List.of("EMP-1"), hit.relatedAccountIds());
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenOneWageIsJustUnderEightyPercentInCash() {
    PayrollHistory h = paid(10, "450", "399.99", "480");

    assertFalse(ids(rules.evaluate(lastWithdrawal(h), h)).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheCashIsTakenMoreThanADayAfterPayday() {
    PayrollHistory h = paid(25, "450", "400", "480");

    assertFalse(ids(rules.evaluate(lastWithdrawal(h), h)).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAWorkerWhoTakesTheWholeWageInCashOnlySometimes() {
    // Catalogue trap: cash-preferring workers. Two of three cycles would satisfy the catalogue's
    // "2 of 3"; the shipped pack requires every cycle.
    PayrollHistory h = paid(10, "450", "120", "480");

    assertFalse(ids(rules.evaluate(lastWithdrawal(h), h)).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietBeforeThreeWagesHaveBeenSeen() {
    PayrollHistory h = paid(10, "450", "480");

    assertFalse(ids(rules.evaluate(lastWithdrawal(h), h)).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsOnTwoOfThreeCyclesWhenTheFiuTunesToTheCatalogueDefault() {
    PayrollHistory h = paid(10, "450", "120", "480");

    assertEquals(Severity.MEDIUM,
        only(RuleHarness.coreWith("LT-PAYDAY-CASHOUT.min.cycles", "2").evaluate(lastWithdrawal(h), h), RULE).severity());
  }
}
