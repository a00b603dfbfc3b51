package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.EmployerPayroll;
import dev.moneytrail.rules.facts.PayeeHistory;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * wage-control.drl: B6 employer level, LT-WAGE-WITHHOLD-EMPLOYER. Shipped: at one pay run, at
 * least 30 % of the regular payees (three paydays or more) are paid again after at least two regular
 * of their own pay periods without pay while others were paid, each with at least 1.25 normal wages.
 */
class WageWithholdingEmployerRulesTest {
  private static final String RULE = "LT-WAGE-WITHHOLD-EMPLOYER";
  private static final String EMPLOYER = PayrollLedger.EMPLOYER;
  private static final Instant FIRST = PayrollLedger.FIRST;

  private final RuleHarness rules = RuleHarness.core();

  /** Ten staff on 900 a fortnight; W01..W{withheld} not paid on day 42, settled with {@code settlement} on day 56. */
  private static Object[] withheld(int withheld, String settlement) {
    PayrollLedger l = new PayrollLedger().staff(1, withheld, "900", 0, 14, 28).staff(withheld + 1, 10, "900", 0, 14, 28, 42, 56);
    for (int i = 1; i < withheld; i++) {
      l.pay(String.format("W%02d", i), settlement, 56);
    }
    return l.screen(String.format("W%02d", withheld), settlement, 56);
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsOnTheEmployerWhenFourOfTenAreSettledAfterAMissedPayday() {
    Hit hit = only(rules.evaluate(withheld(4, "1350")), RULE);

    assertEquals(EMPLOYER, hit.subjectAccountId());
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals(List.of("W01", "W02", "W03", "W04"), hit.relatedAccountIds());
    assertEquals("10", String.valueOf(hit.features().get("staff")));
    assertEquals("0.40", String.valueOf(hit.features().get("withheld.share")));
    assertEquals("14,14,14,14", String.valueOf(hit.features().get("pay.period.days")));
    assertEquals("28,28,28,28", String.valueOf(hit.features().get("gap.days")));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenOnlyTwoOfTenAreWithheld() {
    // 20 % of the staff: under the catalogue's employer-level 30 %.
    assertFalse(ids(rules.evaluate(withheld(2, "1350"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheSettlementIsJustUnderBackPay() {
    // 1,124.99 is under 1.25 x 900: a return at about the normal wage.
    assertFalse(ids(rules.evaluate(withheld(4, "1124.99"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenThePayeesHadOnlyTwoPaydaysBeforeTheGap() {
    PayrollLedger l = new PayrollLedger().staff(1, 4, "900", 14, 28).staff(5, 10, "900", 0, 14, 28, 42, 56);
    l.staff(1, 3, "1350", 56);

    assertFalse(ids(rules.evaluate(l.screen("W04", "1350", 56))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenTheWholeStaffIsLaidOffForTheSeason() {
    // Nobody paid on days 42 and 56: no run for others in the gap, even if the return pays more.
    PayrollLedger l = new PayrollLedger().staff(1, 10, "900", 0, 14, 28).staff(1, 9, "1400", 70);

    assertFalse(ids(rules.evaluate(l.screen("W10", "1400", 70))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenASeasonalSubsetReturnsAtTheNormalWage() {
    // 4 of 10 (40 %, above the share) laid off for days 42 and 56, back on day 70 at their wage:
    // the share cannot tell this from withholding; the missing back pay does.
    PayrollLedger l = new PayrollLedger().staff(1, 4, "900", 0, 14, 28).staff(5, 10, "900", 0, 14, 28, 42, 56, 70)
        .staff(1, 3, "910", 70);

    assertFalse(ids(rules.evaluate(l.screen("W04", "905", 70))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenPayeesLeaveForGood() {
    // 4 of 10 paid regularly, then never again while the others are paid: leavers until a settlement says otherwise.
    PayrollLedger l = new PayrollLedger().staff(1, 4, "900", 0, 14, 28).staff(5, 9, "900", 0, 14, 28, 42, 56, 70);

    assertFalse(ids(rules.evaluate(l.screen("W10", "900", 70))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenThePayrollMovesEveryoneToAMonthlyPayday() {
    // Fortnightly to monthly at once: a month's wage (more than twice a fortnight's) after a
    // six-week gap, but nobody was paid in between.
    PayrollLedger l = new PayrollLedger().staff(1, 10, "900", 0, 14, 28, 42).staff(1, 9, "1950", 84);

    assertFalse(ids(rules.evaluate(l.screen("W10", "1950", 84))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenMonthlyStaffOfAWeeklyEmployerGetAThirteenthMonth() {
    // Six weekly staff and four monthly ones (40 %); the monthly staff are paid every 28 days and
    // get a double salary on their own payday. Measured against the employer's weekly runs their
    // every payday is a gap of four periods; against their own month it is no gap at all.
    int[] weeks = {0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84};
    PayrollLedger l = new PayrollLedger().staff(1, 6, "600", weeks).staff(7, 10, "2600", 0, 28, 56).staff(7, 9, "5200", 84);

    assertFalse(ids(rules.evaluate(l.screen("W10", "5200", 84))).contains(RULE));
  }

  @Test
  void aPayeesPeriodIsTheMeanGapBetweenItsPaydaysBeforeTheLatest() {
    PayrollLedger l = new PayrollLedger().staff(1, 2, "900", 0, 14, 28, 42).pay("W01", "900", 70);
    EmployerPayroll e = l.payroll(FIRST.plus(Duration.ofDays(70)));

    assertEquals(14L, e.payees().get(0).periodDays());
    assertEquals(28L, e.payees().get(0).gapDaysBeforeLatest());
    assertNull(new PayrollLedger().pay("W01", "900", 0, 14).payroll(FIRST.plus(Duration.ofDays(14))).payees().get(0).periodDays());
  }

  @Test
  void aPayeeWithAGapIsWithheldOnlyIfOthersWerePaidInIt() {
    EmployerPayroll e = (EmployerPayroll) withheld(4, "1350")[1];
    PayeeHistory w01 = e.payees().get(0);

    assertEquals(List.of(FIRST.plus(Duration.ofDays(42)).truncatedTo(ChronoUnit.DAYS)), e.runsWithout(w01));
    assertEquals(new BigDecimal("1.50"), w01.wagesPaidAtOnce());
  }
}
