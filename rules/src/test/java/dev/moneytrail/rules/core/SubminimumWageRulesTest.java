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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * wage-control.drl: B5 LT-SUBMINIMUM-WAGE. The shipped minimum is 13.90 an hour for 160 hours,
 * 2,224 a month; the rule alerts below half of it, 1,112.
 */
class SubminimumWageRulesTest {
  private static final String RULE = "LT-SUBMINIMUM-WAGE";
  private static final String WORKER = "W1";
  private static final Instant FIRST = Instant.parse("2026-01-30T05:00:00Z");

  private final RuleHarness rules = RuleHarness.core();

  /** Wages of {@code amounts}, {@code gapDays} apart. */
  private static PayrollHistory paid(int gapDays, String... amounts) {
    List<PayCycle> cycles = new ArrayList<>();
    for (int i = 0; i < amounts.length; i++) {
      cycles.add(new PayCycle("P" + i, FIRST.plus(Duration.ofDays((long) gapDays * i)), money(amounts[i]),
          "EMP-1", "Becker Bau GmbH", null, List.of()));
    }
    return new PayrollHistory(WORKER, "Ana Lopez", cycles);
  }

  private static Txn payday(PayrollHistory h) {
    PayCycle last = h.getCycles().get(h.getCycleCount() - 1);
    return new Txn(last.payrollTxnId(), last.paidAt(), WORKER, "CREDIT", last.amount(), "EUR", "TRANSFER",
        "SALARY", "EMP-1", "Becker Bau GmbH", null, "DE", null, null, null, null);
  }

  private static AccountProfile worker(String occupation) {
    return new AccountProfile(WORKER, "CUST-W1", "PERSON", "Ana Lopez", "DE", FIRST.minus(Duration.ofDays(400)),
        null, null, null, null, null, "EMP-1", occupation, null, null, null);
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenTwoMonthlyWagesStayBelowHalfTheMinimum() {
    PayrollHistory h = paid(28, "1100", "1000");

    Hit hit = only(rules.evaluate(payday(h), h, worker("carpenter")), RULE);

    assertEquals(WORKER, hit.subjectAccountId());
    assertEquals(List.of("EMP-1"), hit.relatedAccountIds());
    assertEquals("MONTHLY", hit.features().get("period"));
    assertEquals("0.4946", hit.features().get("share.of.minimum"));
    assertEquals("false", hit.features().get("high.branch"));
    assertEquals(Severity.MEDIUM, hit.severity());
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void scalesWeeklyWagesToAMonth() {
    // the largest, 210 a week, is about 913 a month, 41 % of the minimum.
    PayrollHistory h = paid(7, "200", "190", "200", "210");

    Hit hit = only(rules.evaluate(payday(h), h, worker("room attendant")), RULE);

    assertEquals("WEEKLY", hit.features().get("period"));
    assertEquals("913.12", hit.features().get("largest.monthly.wage"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenOneOfTheWagesReachesHalfTheMinimum() {
    PayrollHistory h = paid(28, "1000", "1112");

    assertFalse(ids(rules.evaluate(payday(h), h, worker("carpenter"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietOnASingleLowFirstWage() {
    PayrollHistory h = paid(28, "400");

    assertFalse(ids(rules.evaluate(payday(h), h, worker("carpenter"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenASeasonalPauseMakesTheCyclesIrregular() {
    // Fortnightly wages of 800 with a five-week pause between them: not a month's pay of 800.
    List<PayCycle> cycles = new ArrayList<>(paid(14, "800", "800").getCycles());
    cycles.add(new PayCycle("P9", FIRST.plus(Duration.ofDays(14 + 35)), money("800"), "EMP-1", "Becker Bau GmbH",
        null, List.of()));
    PayrollHistory h = new PayrollHistory(WORKER, "Ana Lopez", cycles);

    assertFalse(ids(rules.evaluate(payday(h), h, worker("room attendant"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAStudentJob() {
    PayrollHistory h = paid(28, "520", "520");

    assertFalse(ids(rules.evaluate(payday(h), h, worker("Student"))).contains(RULE));
  }
}
