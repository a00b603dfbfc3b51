package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.cycle;
import static dev.moneytrail.rules.testing.Facts.debit;
import static dev.moneytrail.rules.testing.Facts.out;
import static dev.moneytrail.rules.testing.Facts.profile;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * wage-control.drl: B1 LT-PAYROLL-FUNNEL. A worker paid 2,000 on the 5th of each month; the
 * controller "Ivan Petrov" (account C1) takes a share of each wage.
 */
class WageControlRulesTest {
  private static final String RULE = "LT-PAYROLL-FUNNEL";
  private static final String WORKER = "W1";
  private static final String HOLDER = "Ana Lopez";
  private static final String CONTROLLER = "C1";
  private static final Instant JAN = Instant.parse("2026-01-05T06:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-05T06:00:00Z");
  private static final Instant MAR = Instant.parse("2026-03-05T06:00:00Z");

  private final RuleHarness rules = RuleHarness.core();

  private static Instant after(Instant payday, int hours) {
    return payday.plus(Duration.ofHours(hours));
  }

  private static PayrollHistory history(PayCycle... cycles) {
    return new PayrollHistory(WORKER, HOLDER, List.of(cycles));
  }

  private static Outflow toController(String txnId, Instant at, String amount) {
    return out(txnId, at, CONTROLLER, "Ivan Petrov", amount);
  }

  /** The event: this month's transfer to the controller, 3 hours after payday. */
  private static Txn marchTransfer(String amount) {
    return debit("D3", after(MAR, 3), WORKER, amount, CONTROLLER, "Ivan Petrov");
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenWagesAreForwardedWithin48HoursInTwoOfThreeCycles() {
    PayrollHistory h = history(
        cycle("P1", JAN, "2000", toController("D1", after(JAN, 20), "1300")),
        cycle("P2", FEB, "2000", toController("D2", after(FEB, 30), "1250")),
        cycle("P3", MAR, "2000", toController("D3", after(MAR, 3), "300")));
    Txn event = marchTransfer("300");

    List<Hit> hits = rules.evaluate(event, h, profile(WORKER, HOLDER));

    assertEquals(Set.of(RULE), ids(hits));
    Hit hit = only(hits, RULE);
    assertEquals(WORKER, hit.subjectAccountId());
    assertEquals(List.of(CONTROLLER), hit.relatedAccountIds());
    assertEquals(List.of("P1", "D1", "P2", "D2", "P3", "D3"), hit.txnIds());
    assertEquals("2", hit.features().get("cycles.met"));
    assertEquals("3", hit.features().get("cycles.considered"));
    assertEquals("0.6500,0.6250,0.1500", hit.features().get("share.per.cycle"));
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals("wage-control", hit.typology());
    assertEquals(1, hit.ruleVersion());
    assertEquals(event.getTimestamp(), hit.firedAt());
    assertEquals(Map.of("LT-PAYROLL-FUNNEL.cycles", "3", "LT-PAYROLL-FUNNEL.fwd.share", "0.60",
        "LT-PAYROLL-FUNNEL.fwd.window", "48h", "LT-PAYROLL-FUNNEL.min.cycles", "2"),
        hit.parameters());
    assertTrue(hit.source().startsWith("indicators.md B1"), hit.source());
    assertTrue(hit.detail().contains("2 of the last 3 pay cycles"), hit.detail());
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenExactlySixtyPercentIsForwardedAtExactlyFortyEightHours() {
    PayrollHistory h = history(
        cycle("P1", JAN, "2000", toController("D1", after(JAN, 48), "1200")),
        cycle("P2", FEB, "2000", toController("D2", after(FEB, 48), "1200")),
        cycle("P3", MAR, "2000", toController("D3", after(MAR, 3), "300")));

    assertEquals(Set.of(RULE), ids(rules.evaluate(marchTransfer("300"), h)));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheForwardedShareIsJustBelowSixtyPercent() {
    // Regression: 1,199.99 of 2,000 is 0.599995, which the 4-decimal share rounded up to 0.6000.
    PayrollHistory h = history(
        cycle("P1", JAN, "2000", toController("D1", after(JAN, 20), "1199.99")),
        cycle("P2", FEB, "2000", toController("D2", after(FEB, 30), "1199.99")),
        cycle("P3", MAR, "2000", toController("D3", after(MAR, 3), "300")));

    assertEquals(Set.of(), ids(rules.evaluate(marchTransfer("300"), h)));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheMoneyLeavesJustAfterFortyEightHours() {
    PayrollHistory h = history(
        cycle("P1", JAN, "2000", toController("D1", after(JAN, 48).plusSeconds(1), "1500")),
        cycle("P2", FEB, "2000", toController("D2", after(FEB, 48).plusSeconds(1), "1500")),
        cycle("P3", MAR, "2000", toController("D3", after(MAR, 3), "300")));

    assertEquals(Set.of(), ids(rules.evaluate(marchTransfer("300"), h)));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenOnlyOneOfThreeCyclesIsForwarded() {
    PayrollHistory h = history(
        cycle("P1", JAN, "2000", toController("D1", after(JAN, 20), "1500")),
        cycle("P2", FEB, "2000", toController("D2", after(FEB, 30), "500")),
        cycle("P3", MAR, "2000", toController("D3", after(MAR, 3), "300")));

    assertEquals(Set.of(), ids(rules.evaluate(marchTransfer("300"), h)));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void looksOnlyAtTheLastThreeCycles() {
    // Two old forwarded cycles, then three clean ones: the pattern has stopped.
    Instant oct = Instant.parse("2025-10-05T06:00:00Z");
    Instant nov = Instant.parse("2025-11-05T06:00:00Z");
    Instant dec = Instant.parse("2025-12-05T06:00:00Z");
    PayrollHistory h = history(
        cycle("P0", oct, "2000", toController("D0", after(oct, 5), "1500")),
        cycle("Q0", nov, "2000", toController("E0", after(nov, 5), "1500")),
        cycle("R0", dec, "2000", toController("F0", after(dec, 5), "1500")),
        cycle("P1", JAN, "2000"),
        cycle("P2", FEB, "2000"),
        cycle("P3", MAR, "2000", toController("D3", after(MAR, 3), "300")));

    assertEquals(Set.of(), ids(rules.evaluate(marchTransfer("300"), h)));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForOwnAccountSweep() {
    // Salary swept to the holder's own account at a neobank, name written surname first.
    PayrollHistory h = history(
        cycle("P1", JAN, "2000", out("D1", after(JAN, 2), "NEO-9", "LOPEZ, Ana", "1900")),
        cycle("P2", FEB, "2000", out("D2", after(FEB, 2), "NEO-9", "LOPEZ, Ana", "1900")),
        cycle("P3", MAR, "2000", out("D3", after(MAR, 2), "NEO-9", "LOPEZ, Ana", "1900")));
    Txn sweep = debit("D3", after(MAR, 2), WORKER, "1900", "NEO-9", "LOPEZ, Ana");

    assertEquals(Set.of(), ids(rules.evaluate(sweep, h, profile(WORKER, HOLDER))));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenTheWageIsSplitBetweenSeveralPayees() {
    // Rent to a landlord and money home to family, each under the share: no single funnel.
    PayrollHistory h = history(
        cycle("P1", JAN, "2000", out("R1", after(JAN, 5), "LL", "Landlord Ltd", "700"),
            out("H1", after(JAN, 6), "MUM", "Maria Lopez", "700")),
        cycle("P2", FEB, "2000", out("R2", after(FEB, 5), "LL", "Landlord Ltd", "700"),
            out("H2", after(FEB, 6), "MUM", "Maria Lopez", "700")),
        cycle("P3", MAR, "2000", out("R3", after(MAR, 5), "LL", "Landlord Ltd", "700")));
    Txn rent = debit("R3", after(MAR, 5), WORKER, "700", "LL", "Landlord Ltd");

    assertEquals(Set.of(), ids(rules.evaluate(rent, h)));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietOnCreditsAndOnDebitsToOtherPayees() {
    PayrollHistory h = history(
        cycle("P1", JAN, "2000", toController("D1", after(JAN, 20), "1300")),
        cycle("P2", FEB, "2000", toController("D2", after(FEB, 30), "1250")),
        cycle("P3", MAR, "2000"));
    Txn groceries = debit("G1", after(MAR, 4), WORKER, "42.10", "SHOP-1", "Corner Shop");

    assertEquals(Set.of(), ids(rules.evaluate(groceries, h)));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void followsTheShareTheFiuTunes() {
    PayrollHistory h = history(
        cycle("P1", JAN, "2000", toController("D1", after(JAN, 20), "1199.99")),
        cycle("P2", FEB, "2000", toController("D2", after(FEB, 30), "1199.99")),
        cycle("P3", MAR, "2000", toController("D3", after(MAR, 3), "300")));
    RuleHarness tuned = RuleHarness.coreWith("LT-PAYROLL-FUNNEL.fwd.share", "0.55");

    Hit hit = only(tuned.evaluate(marchTransfer("300"), h), RULE);
    assertEquals("0.55", hit.parameters().get("LT-PAYROLL-FUNNEL.fwd.share"));
  }

  // B2 LT-MULTI-PAYEE-WAGES ------------------------------------------------------------------

  private static final String MULTI = "LT-MULTI-PAYEE-WAGES";

  private static PayCycle wageFor(String txnId, Instant at, String payer, String beneficiary) {
    return new PayCycle(txnId, at, new java.math.BigDecimal("1400"), "EMP-" + payer, payer,
        beneficiary, List.of());
  }

  private static Txn cashOut() {
    return debit("W9", after(MAR, 5), WORKER, "2500", null, null);
  }

  @RuleTest(ruleId = MULTI, kind = Kind.HIT)
  void alertsWhenWagesOfThreeDifferentlyNamedWorkersLandInOneAccount() {
    PayrollHistory h = history(
        wageFor("P1", MAR.minus(Duration.ofDays(20)), "Agro Fields Ltd", "BOGDAN IONESCU"),
        wageFor("P2", MAR.minus(Duration.ofDays(6)), "Agro Fields Ltd", "Chen Wei"),
        wageFor("P3", MAR, "Bau GmbH", "Dmytro Shevchenko"));

    Hit hit = only(rules.evaluate(cashOut(), h), MULTI);
    assertEquals(WORKER, hit.subjectAccountId());
    assertEquals(List.of("P1", "P2", "P3"), hit.txnIds());
    assertEquals("BOGDAN IONESCU,Chen Wei,Dmytro Shevchenko", hit.features().get("beneficiary.names"));
    assertEquals("3", hit.features().get("names.not.holder"));
    assertEquals(Severity.HIGH, hit.severity());
  }

  @RuleTest(ruleId = MULTI, kind = Kind.HIT)
  void countsTheHoldersOwnWageAsOneOfTheNames() {
    PayrollHistory h = history(
        wageFor("P1", MAR.minus(Duration.ofDays(20)), "Agro Fields Ltd", "LOPEZ ANA"),
        wageFor("P2", MAR.minus(Duration.ofDays(6)), "Agro Fields Ltd", "Chen Wei"),
        wageFor("P3", MAR, "Bau GmbH", "Dmytro Shevchenko"));

    assertEquals(Set.of(MULTI), ids(rules.evaluate(cashOut(), h)));
  }

  @RuleTest(ruleId = MULTI, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheThirdNameIsOlderThanThirtyFiveDays() {
    PayrollHistory h = history(
        wageFor("P1", MAR.minus(Duration.ofDays(35)).minusSeconds(1), "Agro Fields Ltd", "Bogdan Ionescu"),
        wageFor("P2", MAR.minus(Duration.ofDays(6)), "Agro Fields Ltd", "Chen Wei"),
        wageFor("P3", MAR, "Bau GmbH", "Dmytro Shevchenko"));

    assertEquals(Set.of(), ids(rules.evaluate(cashOut(), h)));
  }

  @RuleTest(ruleId = MULTI, kind = Kind.NEAR_MISS)
  void staysQuietWhenOnlyOneOfThreeNamesIsNotTheHolder() {
    // The holder's wage written two ways and one other name: two distinct names.
    PayrollHistory h = history(
        wageFor("P1", MAR.minus(Duration.ofDays(20)), "Agro Fields Ltd", "ANA LOPEZ"),
        wageFor("P2", MAR.minus(Duration.ofDays(6)), "Agro Fields Ltd", "Lopez, Ana"),
        wageFor("P3", MAR, "Bau GmbH", "Dmytro Shevchenko"));

    assertEquals(Set.of(), ids(rules.evaluate(cashOut(), h)));
  }

  @RuleTest(ruleId = MULTI, kind = Kind.TRAP)
  void staysQuietForSpousesPaidIntoAJointAccount() {
    PayrollHistory h = history(
        wageFor("P1", MAR.minus(Duration.ofDays(20)), "Agro Fields Ltd", "Ana Lopez"),
        wageFor("P2", MAR.minus(Duration.ofDays(14)), "Bau GmbH", "Pedro Lopez"),
        wageFor("P3", MAR.minus(Duration.ofDays(6)), "Agro Fields Ltd", "Ana Lopez"),
        wageFor("P4", MAR, "Bau GmbH", "PEDRO LOPEZ"));

    assertEquals(Set.of(), ids(rules.evaluate(cashOut(), h)));
  }

  @RuleTest(ruleId = MULTI, kind = Kind.TRAP)
  void staysQuietWhenAPayrollBureauWritesItsOwnNameAsBeneficiary() {
    PayrollHistory h = history(
        wageFor("P1", MAR.minus(Duration.ofDays(20)), "Payroll Partners Ltd", "Payroll Partners Ltd"),
        wageFor("P2", MAR.minus(Duration.ofDays(6)), "Bau GmbH", "Pedro Lopez"),
        wageFor("P3", MAR, "Bau GmbH", "Ana Lopez"));

    assertEquals(Set.of(), ids(rules.evaluate(cashOut(), h)));
  }
}
