package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.FlowFacts.business;
import static dev.moneytrail.rules.testing.FlowFacts.flows;
import static dev.moneytrail.rules.testing.FlowFacts.month;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;

/**
 * cash.drl: D3 LT-CASH-PAYROLL-CHECKS. Shipped: 20 or more individuals paid by cheques under 1,000
 * within the window (rounded out to February and March at 5 March); or net cash withdrawn per month
 * of at least 2 x declared headcount x 2,400. February and March observed at T0: 32 days 8 hours, 1.0622
 * months.
 */
class CashPayrollRulesTest {
  private static final String RULE = "LT-CASH-PAYROLL-CHECKS";
  private static final String FIRM = "B1";

  private final RuleHarness rules = RuleHarness.core();

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenTwentyWorkersArePaidBySmallCheques() {
    Hit hit = only(rules.evaluate(business(FIRM, "Trockenbau Nord GmbH", "F", 4),
        flows(FIRM, month(2).paidByCheque(20, "850"), month(3))), RULE);

    assertEquals(FIRM, hit.subjectAccountId());
    assertEquals(Severity.MEDIUM, hit.severity());
    assertEquals("cheques", hit.features().get("branch"));
    assertEquals("20", hit.features().get("small.cheque.payees"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWithNineteenChequePayees() {
    assertFalse(ids(rules.evaluate(business(FIRM, "Trockenbau Nord GmbH", "F", 4),
        flows(FIRM, month(2).paidByCheque(19, "850"), month(3)))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheChequesAreNotSmall() {
    assertFalse(ids(rules.evaluate(business(FIRM, "Trockenbau Nord GmbH", "F", 4),
        flows(FIRM, month(2).paidByCheque(25, "1000"), month(3)))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenCashWithdrawnWouldPayTwiceTheDeclaredStaff() {
    // 4 declared; 20,394.24 over 1.0622 months is 19,200.00 a month, 8.00 minimum wages.
    Hit hit = only(rules.evaluate(business(FIRM, "Trockenbau Nord GmbH", "F", 4),
        flows(FIRM, month(2).cashOut("20394.24"), month(3))), RULE);

    assertEquals("cash", hit.features().get("branch"));
    assertEquals("8.00", hit.features().get("implied.headcount"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenCashWouldPayJustUnderTwiceTheDeclaredStaff() {
    assertFalse(ids(rules.evaluate(business(FIRM, "Trockenbau Nord GmbH", "F", 4),
        flows(FIRM, month(2).cashOut("20000"), month(3)))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForARestaurantThatDrawsATillFloatAndBanksItsTakings() {
    // Cash out and back in again nets to nothing.
    assertFalse(ids(rules.evaluate(business(FIRM, "Trattoria Roma", "I56", 4),
        flows(FIRM, month(2).cashOut("30000").cash("34000", "12000"), month(3)))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAFirmPayingItsDeclaredDayLabourersInCash() {
    // Catalogue trap: day-labour-intensive firms; 12 declared, cash for about 8 of them.
    assertFalse(ids(rules.evaluate(business(FIRM, "Erntehilfe Weber", "A01", 12),
        flows(FIRM, month(2).cashOut("20394.24"), month(3)))).contains(RULE));
  }
}
