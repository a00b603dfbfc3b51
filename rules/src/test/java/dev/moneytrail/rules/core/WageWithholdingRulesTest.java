package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.money;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.AccountProfile;
import dev.moneytrail.rules.facts.PayCycle;
import dev.moneytrail.rules.facts.PayrollHistory;
import dev.moneytrail.rules.facts.Txn;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * wage-control.drl: B6 LT-WAGE-WITHHOLD-IRREGULAR. Shipped: after a gap of at least 2 regular pay
 * periods, a wage of at least 3 normal wages; or, on an account seen 60 days without any wage, a
 * first wage of at least 3 declared monthly incomes (else 3 x 2,400).
 */
class WageWithholdingRulesTest {
  private static final String RULE = "LT-WAGE-WITHHOLD-IRREGULAR";
  private static final String WORKER = "W1";
  private static final Instant FIRST = Instant.parse("2026-01-02T06:00:00Z");

  private final RuleHarness rules = RuleHarness.core();

  /** Wages of {@code amounts} paid {@code days} days after {@link #FIRST}. */
  private static PayrollHistory paid(int[] days, String... amounts) {
    List<PayCycle> cycles = new ArrayList<>();
    for (int i = 0; i < amounts.length; i++) {
      cycles.add(new PayCycle("P" + i, FIRST.plus(Duration.ofDays(days[i])), money(amounts[i]), "EMP-1",
          "Gemüsehof Brandt KG", null, List.of()));
    }
    return new PayrollHistory(WORKER, "Ana Lopez", cycles, FIRST.minus(Duration.ofDays(20)));
  }

  private static Txn payday(PayrollHistory h) {
    PayCycle last = h.getCycles().get(h.getCycleCount() - 1);
    return new Txn(last.payrollTxnId(), last.paidAt(), WORKER, "CREDIT", last.amount(), "EUR", "WIRE", "SALARY",
        "EMP-1", "Gemüsehof Brandt KG", null, "DE", null, null, null, null);
  }

  private static AccountProfile worker(String declaredMonthlyIncome) {
    return new AccountProfile(WORKER, "CUST-W1", "PERSON", "Ana Lopez", "DE", FIRST.minus(Duration.ofDays(400)),
        null, null, null, null, null, "EMP-1", "farm hand", null, null,
        declaredMonthlyIncome == null ? null : new BigDecimal(declaredMonthlyIncome));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenWeeksOfNoPayEndInOneLumpSum() {
    // Weekly 450, then nothing for five weeks, then 1,800 at once.
    PayrollHistory h = paid(new int[] {0, 7, 14, 49}, "450", "450", "440", "1800");

    Hit hit = only(rules.evaluate(payday(h), h, worker(null)), RULE);

    assertEquals(WORKER, hit.subjectAccountId());
    assertEquals(Severity.MEDIUM, hit.severity());
    assertEquals("lump-after-gap", hit.features().get("branch"));
    assertEquals("450", hit.features().get("normal.wage"));
    assertEquals("35", hit.features().get("gap.days"));
    assertEquals(List.of("P3"), hit.txnIds());
    assertEquals(List.of("EMP-1"), hit.relatedAccountIds());
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheLumpSumIsJustUnderThreeWages() {
    PayrollHistory h = paid(new int[] {0, 7, 14, 49}, "450", "450", "440", "1349.99");

    assertFalse(ids(rules.evaluate(payday(h), h, worker(null))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheGapIsUnderTwoPayPeriods() {
    PayrollHistory h = paid(new int[] {0, 7, 14, 27}, "450", "450", "440", "1800");

    assertFalse(ids(rules.evaluate(payday(h), h, worker(null))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenPayResumesAtTheNormalLevelAfterASeasonalLayOff() {
    // Catalogue trap (the seasonal-layoff decoy): six weeks without pay, then the usual wage.
    PayrollHistory h = paid(new int[] {0, 7, 14, 56}, "450", "450", "440", "450");

    assertFalse(ids(rules.evaluate(payday(h), h, worker(null))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForABonusPaidOnTheNormalSchedule() {
    // A thirteenth month or annual bonus: large, but no cycle was missed.
    PayrollHistory h = paid(new int[] {0, 28, 56, 84}, "2100", "2100", "2100", "6500");

    assertFalse(ids(rules.evaluate(payday(h), h, worker(null))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenAnotherEmployersMonthlyWageArrivesBetweenWeeklyWages() {
    // Seen on seed 7 (multi-payee-wages account): weekly wages of about 550 from one payer, several
    // credited within minutes of each other, then a monthly 2,017.48 from another payer four days
    // later. Judged across payers that read as "a gap of 4 days after a period of minutes, then
    // 3.6 wages"; judged per payer it is a first monthly wage next to the weekly ones.
    Instant friday = FIRST.plus(Duration.ofDays(84));
    List<PayCycle> cycles = List.of(
        new PayCycle("P0", friday, money("555.98"), "EMP-HS", "Hartmann Spedition GmbH", "JONAS WAGNER", List.of()),
        new PayCycle("P1", friday.plusSeconds(1), money("603.74"), "EMP-HS", "Hartmann Spedition GmbH", "Sandra Schäfer", List.of()),
        new PayCycle("P2", friday.plus(Duration.ofMinutes(39)), money("546.01"), "EMP-HB", "Hamburg Bauunternehmen GmbH", "Markus Becker", List.of()),
        new PayCycle("P3", friday.plus(Duration.ofDays(4)), money("2017.48"), "EMP-CP", "City Personalservice UG", "Tobias Fischer", List.of()));
    PayrollHistory h = new PayrollHistory(WORKER, "Ana Lopez", cycles, FIRST.minus(Duration.ofDays(20)));

    assertFalse(ids(rules.evaluate(payday(h), h, worker(null))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void aWageSplitIntoTwoCreditsOnOnePaydayIsNotAPayPeriod() {
    // Two credits of one payday minutes apart, then the usual weekly rhythm and a normal wage:
    // the minutes between the two credits are not the pay period.
    PayrollHistory h = new PayrollHistory(WORKER, "Ana Lopez", List.of(
        new PayCycle("P0", FIRST, money("300"), "EMP-1", "Gemüsehof Brandt KG", null, List.of()),
        new PayCycle("P1", FIRST.plus(Duration.ofMinutes(5)), money("150"), "EMP-1", "Gemüsehof Brandt KG", null, List.of()),
        new PayCycle("P2", FIRST.plus(Duration.ofDays(7)), money("450"), "EMP-1", "Gemüsehof Brandt KG", null, List.of()),
        new PayCycle("P3", FIRST.plus(Duration.ofDays(14)), money("900"), "EMP-1", "Gemüsehof Brandt KG", null, List.of())),
        FIRST.minus(Duration.ofDays(20)));

    assertFalse(ids(rules.evaluate(payday(h), h, worker(null))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenMonthsOfNothingEndInOneLargeFirstWage() {
    // Seen since 20 days before FIRST; first wage 70 days later: 7,500 against 3 x 2,400.
    PayrollHistory h = paid(new int[] {50}, "7500");

    Hit hit = only(rules.evaluate(payday(h), h, worker(null)), RULE);

    assertEquals("first-wage-after-silence", hit.features().get("branch"));
    assertEquals("70", hit.features().get("gap.days"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheFirstWageComesBeforeTwoMonthsOfSilence() {
    PayrollHistory h = paid(new int[] {39}, "7500");

    assertFalse(ids(rules.evaluate(payday(h), h, worker(null))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForTheFirstWageOfAWellPaidNewJob() {
    // A new job that pays what the holder declared: large, but one month's pay.
    PayrollHistory h = paid(new int[] {50}, "7500");

    assertFalse(ids(rules.evaluate(payday(h), h, worker("6800"))).contains(RULE));
  }
}
