package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * wage-control.drl: B6 worker level with the cohort, LT-WAGE-WITHHOLD-COHORT. Shipped: a payee
 * with three paydays or more goes at least two of its own pay periods (whole days) without pay
 * while the employer pays others, then is paid at least 1.25 normal wages at once; the hit is on
 * the worker, with the employer related.
 */
class WageWithholdingCohortRulesTest {
  private static final String RULE = "LT-WAGE-WITHHOLD-COHORT";
  private static final int[] WEEKS = {0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84};

  private final RuleHarness rules = RuleHarness.core();

  /** Ten staff on 900 a fortnight; W01 not paid on day 42 while the others are, settled with {@code settlement} on day 56. */
  private static Object[] oneWithheld(String settlement) {
    PayrollLedger l = new PayrollLedger().pay("W01", "900", 0, 14, 28).staff(2, 10, "900", 0, 14, 28, 42, 56);
    return l.screen("W01", settlement, 56);
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void flagsTheWorkerSettledAfterAMissedPaydayWhileTheOthersWerePaid() {
    // One of ten (10 %, far under the employer level's 30 %), 1.5 wages after 28 days without pay.
    Hit hit = only(rules.evaluate(oneWithheld("1350")), RULE);

    assertEquals("W01", hit.subjectAccountId());
    assertEquals(Severity.MEDIUM, hit.severity());
    assertEquals(List.of(PayrollLedger.EMPLOYER), hit.relatedAccountIds());
    assertEquals("28", String.valueOf(hit.features().get("gap.days")));
    assertEquals("14", String.valueOf(hit.features().get("pay.period.days")));
    assertEquals("2026-02-13", String.valueOf(hit.features().get("runs.without.worker")));
    assertEquals("1.50", String.valueOf(hit.features().get("wages.paid.at.once")));
    assertFalse(ids(rules.evaluate(oneWithheld("1350"))).contains("LT-WAGE-WITHHOLD-EMPLOYER"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void flagsAWeeklyWorkerSettledWithPartOfFourWeeksOwed() {
    // Weekly staff; W01 unpaid for three paydays, then 1.6 wages: 40 % of the four weeks owed.
    PayrollLedger l = new PayrollLedger().pay("W01", "500", 0, 7, 14, 21).staff(2, 8, "500", 0, 7, 14, 21, 28, 35, 42, 49);

    assertEquals("W01", only(rules.evaluate(l.screen("W01", "800", 49)), RULE).subjectAccountId());
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void countsTheGapInWholeDaysWhenTheSettlementRunIsPostedEarlierInTheDay() {
    // Paid at 09:00 before the gap, settled at 04:40: 27 days and 20 hours by the clock, two fortnights by the calendar.
    PayrollLedger l = new PayrollLedger().pay("W01", "900", 0, 14, 28).staff(2, 10, "900", 0, 14, 28, 42, 56);

    Hit hit = only(rules.evaluate(l.screenAt("W01", "1350",
        PayrollLedger.FIRST.plus(Duration.ofDays(56)).minus(Duration.ofMinutes(260)))), RULE);
    assertEquals("28", String.valueOf(hit.features().get("gap.days")));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheSettlementIsJustUnderBackPay() {
    // 1,124.99 is under 1.25 x 900: a return at about the normal wage.
    assertFalse(ids(rules.evaluate(oneWithheld("1124.99"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheWageIsOnlyAWeekLate() {
    // Paid 21 days after the last payday (1.5 fortnights), with a run for the others in between.
    PayrollLedger l = new PayrollLedger().pay("W01", "900", 0, 14, 28).staff(2, 10, "900", 0, 14, 28, 42);

    assertFalse(ids(rules.evaluate(l.screen("W01", "1350", 49))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheWorkerHadOnlyTwoPaydaysBeforeTheGap() {
    PayrollLedger l = new PayrollLedger().pay("W01", "900", 14, 28).staff(2, 10, "900", 0, 14, 28, 42, 56);

    assertFalse(ids(rules.evaluate(l.screen("W01", "1350", 56))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenTheWholeStaffIsLaidOffForTheSeason() {
    // Nobody paid on days 42 and 56: no run for others in the gap, even if the return pays more.
    PayrollLedger l = new PayrollLedger().staff(1, 10, "900", 0, 14, 28).staff(2, 10, "1400", 70);

    assertFalse(ids(rules.evaluate(l.screen("W01", "1400", 70))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenAWorkerReturnsFromSickLeaveAtTheNormalWage() {
    PayrollLedger l = new PayrollLedger().pay("W01", "900", 0, 14, 28).staff(2, 10, "900", 0, 14, 28, 42, 56, 70);

    assertFalse(ids(rules.evaluate(l.screen("W01", "905", 70))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenAMonthlyPayeeOfAWeeklyEmployerGetsAThirteenthMonth() {
    // The employer runs payroll every week; W01 is salaried, paid every 28 days, and gets a double
    // salary on its own payday: a gap of four weekly runs, but no gap in its own month.
    PayrollLedger l = new PayrollLedger().pay("W01", "2600", 0, 28, 56).staff(2, 8, "600", WEEKS);

    assertFalse(ids(rules.evaluate(l.screen("W01", "5200", 84))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietOnAPayrollBureauPayingTwoClientsOnDifferentDays() {
    // Client A's staff weekly on Fridays, client B's on Thursdays: the bureau runs payroll twice a
    // week, but W01 is paid every Friday; a week of overtime (1.3 wages) is not back pay after a gap.
    PayrollLedger l = new PayrollLedger().staff(1, 5, "700", 0, 7, 14, 21).staff(6, 10, "650", 6, 13, 20, 27)
        .staff(2, 5, "700", 28);

    assertFalse(ids(rules.evaluate(l.screen("W01", "910", 28))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenThePayrollMovesEveryoneToAMonthlyPayday() {
    // Fortnightly to monthly at once: a month's wage after six weeks, but nobody paid in between.
    PayrollLedger l = new PayrollLedger().staff(1, 10, "900", 0, 14, 28, 42).staff(2, 10, "1950", 84);

    assertFalse(ids(rules.evaluate(l.screen("W01", "1950", 84))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietOnTheLeaversNeverPaidAgain() {
    // W01..W03 paid regularly, then never again while the others are paid; screened on another's wage.
    PayrollLedger l = new PayrollLedger().staff(1, 3, "900", 0, 14, 28).staff(4, 9, "900", 0, 14, 28, 42, 56);

    assertFalse(ids(rules.evaluate(l.screen("W10", "900", 56))).contains(RULE));
  }

  @Test
  void judgesOnlyThePayeeOfTheDebitBeingScreened() {
    // W01 is settled earlier the same day; the debit screened is W02's ordinary wage.
    PayrollLedger l = new PayrollLedger().pay("W01", "900", 0, 14, 28).staff(2, 10, "900", 0, 14, 28, 42)
        .pay("W01", "1350", 56).staff(3, 10, "900", 56);

    assertFalse(ids(rules.evaluate(l.screen("W02", "900", 56))).contains(RULE));
  }
}
