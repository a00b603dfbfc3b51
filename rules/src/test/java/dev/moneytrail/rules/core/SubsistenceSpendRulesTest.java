package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.money;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.AccountProfile;
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
 * wage-control.drl: B4 LT-NO-SUBSISTENCE-SPEND. Shipped: over the last 3 complete pay cycles,
 * everyday-needs card spending plus cash below 5 % of the wages, and in at least 2 of them less
 * than 5 % of the wage left 3 days after payday; account open 60 days or more.
 */
class SubsistenceSpendRulesTest {
  private static final String RULE = "LT-NO-SUBSISTENCE-SPEND";
  private static final String WORKER = "W1";
  private static final Instant FIRST = Instant.parse("2026-01-30T05:00:00Z");

  private final RuleHarness rules = RuleHarness.core();

  /** One monthly cycle of 1,800: {@code moved} sent to {@code to} the next day; the spending until the next payday. */
  private static PayCycle cycle(int i, String moved, String toName, String subsistence, String cash) {
    Instant payday = FIRST.plus(Duration.ofDays(28L * i));
    List<Outflow> out = moved == null ? List.of()
        : List.of(new Outflow("T" + i, payday.plus(Duration.ofHours(20)), "DE89-CTRL", toName, "WIRE", money(moved)));
    return new PayCycle("P" + i, payday, money("1800"), "EMP-1", "Agro Fields Ltd", null, out,
        money(subsistence), money(cash));
  }

  /** Three complete cycles as given, and the payday that completes the last of them. */
  private static PayrollHistory history(PayCycle... complete) {
    List<PayCycle> cycles = new ArrayList<>(List.of(complete));
    cycles.add(new PayCycle("P9", FIRST.plus(Duration.ofDays(28L * complete.length)), money("1800"), "EMP-1",
        "Agro Fields Ltd", null, List.of()));
    return new PayrollHistory(WORKER, "Ana Lopez", cycles);
  }

  private static Txn payday(PayrollHistory h) {
    PayCycle last = h.getCycles().get(h.getCycleCount() - 1);
    return new Txn(last.payrollTxnId(), last.paidAt(), WORKER, "CREDIT", last.amount(), "EUR", "WIRE", "SALARY",
        "EMP-1", "Agro Fields Ltd", null, "DE", null, null, null, null);
  }

  /** The worker, whose account was opened {@code daysOpen} days before the latest payday of {@code h}. */
  private static AccountProfile worker(PayrollHistory h, String occupation, int daysOpen) {
    return new AccountProfile(WORKER, "CUST-W1", "PERSON", "Ana Lopez", "DE",
        payday(h).getTimestamp().minus(Duration.ofDays(daysOpen)), null, null, null, null, null, "EMP-1",
        occupation, null, null, null);
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenTheWageIsGoneWithinDaysAndAlmostNothingIsSpentOnEverydayNeeds() {
    PayrollHistory h = history(
        cycle(0, "1750", "Ion Petrescu", "40", "0"),
        cycle(1, "1720", "Ion Petrescu", "60", "20"),
        cycle(2, "1780", "Ion Petrescu", "30", "0"));

    Hit hit = only(rules.evaluate(payday(h), h, worker(h, "farm hand", 400)), RULE);

    assertEquals(WORKER, hit.subjectAccountId());
    assertEquals(Severity.MEDIUM, hit.severity());
    assertEquals("0.0278", hit.features().get("subsistence.share"));
    assertEquals("3", hit.features().get("cycles.emptied"));
    assertEquals(List.of("P0", "P1", "P2"), hit.txnIds());
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenEverydaySpendingReachesFivePercentOfTheWages() {
    // 270 of 5,400 is exactly 5 %.
    PayrollHistory h = history(
        cycle(0, "1750", "Ion Petrescu", "90", "0"),
        cycle(1, "1720", "Ion Petrescu", "90", "0"),
        cycle(2, "1780", "Ion Petrescu", "90", "0"));

    assertFalse(ids(rules.evaluate(payday(h), h, worker(h, "farm hand", 400))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenFivePercentOfTheWageIsLeftAfterThreeDaysInTwoCycles() {
    PayrollHistory h = history(
        cycle(0, "1710", "Ion Petrescu", "40", "0"),
        cycle(1, "1710", "Ion Petrescu", "40", "0"),
        cycle(2, "1780", "Ion Petrescu", "30", "0"));

    assertFalse(ids(rules.evaluate(payday(h), h, worker(h, "farm hand", 400))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAPersonWhoLivesOnCash() {
    // Catalogue trap: cash-only spenders. The wage is drawn in cash, not moved on.
    PayrollHistory h = history(
        cycle(0, null, null, "0", "1700"),
        cycle(1, null, null, "0", "1750"),
        cycle(2, null, null, "0", "1700"));

    assertFalse(ids(rules.evaluate(payday(h), h, worker(h, "farm hand", 400))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForASecondarySalaryAccountSweptToTheHoldersOwnAccount() {
    // Catalogue trap: the main account is elsewhere, in the holder's own name.
    PayrollHistory h = history(
        cycle(0, "1790", "LOPEZ ANA", "0", "0"),
        cycle(1, "1790", "Lopez, Ana", "0", "0"),
        cycle(2, "1790", "ANA LOPEZ", "0", "0"));

    assertFalse(ids(rules.evaluate(payday(h), h, worker(h, "farm hand", 400))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAStudent() {
    PayrollHistory h = history(
        cycle(0, "1750", "Maria Lopez", "40", "0"),
        cycle(1, "1720", "Maria Lopez", "60", "20"),
        cycle(2, "1780", "Maria Lopez", "30", "0"));

    assertFalse(ids(rules.evaluate(payday(h), h, worker(h, "Student", 400))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietOnAnAccountOpenedLessThanSixtyDaysAgo() {
    PayrollHistory h = history(
        cycle(0, "1750", "Ion Petrescu", "40", "0"),
        cycle(1, "1720", "Ion Petrescu", "60", "20"));

    assertFalse(ids(rules.evaluate(payday(h), h, worker(h, "farm hand", 59))).contains(RULE));
    assertEquals(Severity.MEDIUM, only(rules.evaluate(payday(h), h, worker(h, "farm hand", 60)), RULE).severity());
  }
}
