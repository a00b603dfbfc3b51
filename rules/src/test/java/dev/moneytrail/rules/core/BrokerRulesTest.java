package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.FlowFacts.flows;
import static dev.moneytrail.rules.testing.FlowFacts.month;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * wage-control.drl: B7 LT-BROKER-PASS-THROUGH. At T0 (5 March) the 35-day window takes February
 * and March whole: 32.3 days, 1.06 months observed.
 */
class BrokerRulesTest {
  private static final String RULE = "LT-BROKER-PASS-THROUGH";
  private static final String BROKER = "G1";

  private final RuleHarness rules = RuleHarness.core();

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsOnAGangmasterWhoKeepsMostOfWhatClientsPay() {
    // 40,000 in from three farms; fifteen workers get 600 each in weekly sums; half goes out in cash.
    List<Hit> hits = rules.evaluate(flows(BROKER,
        month(2).transfersIn("36000", 3).paidInformally(15, "600", "160").cashOut("18000"),
        month(3).transfersIn("6000", 3)));

    Hit hit = only(hits, RULE);
    assertEquals(BROKER, hit.subjectAccountId());
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals("15", hit.features().get("small.payees"));
    assertEquals("3", hit.features().get("payers"));
    // indicators.md 6.3: fifteen minimum wages over the months observed less the 9,000 they got,
    // capped by what the broker kept (42,000 in, 9,000 passed on): the cap decides here.
    BigDecimal owed = new BigDecimal("36000").multiply(new BigDecimal(hit.features().get("months.observed")))
        .subtract(new BigDecimal("9000"));
    assertEquals(owed.min(new BigDecimal("33000")).setScale(2, RoundingMode.DOWN),
        new BigDecimal(hit.features().get("proceeds.wage.shortfall")));
    assertEquals("EUR", hit.features().get("currency"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietForAPayrollBureauThatPassesWagesAndTaxOn() {
    // The payroll-bureau decoy: clients fund wages + tax + a small fee; wages go out by name, then the tax.
    List<Hit> hits = rules.evaluate(flows(BROKER,
        month(2).transfersIn("36000", 4).wagesOut(20, "1200").tax("10000").paidInformally(12, "50", "50"),
        month(3).transfersIn("6000", 4)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void countsAWorkerPaidOnceInEachOfTwoMonths() {
    // Monthly pay: each of twelve workers has one payment of 300 in each month of the window.
    List<Hit> hits = rules.evaluate(flows(BROKER,
        month(2).transfersIn("36000", 3).paidInformally(12, "300", "300").cashOut("18000"),
        month(3).transfersIn("6000", 3).paidInformally(12, "300", "300")));

    assertEquals("12", only(hits, RULE).features().get("small.payees"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForABusyAccountThatPaysManyPeopleOnceEach() {
    // The AMLSim hub (docs/detection.md): sixteen payers, ten people paid one small sum each, the rest
    // kept. Version 1 alerted on 65 such accounts of a bank with no trafficking; a worker is paid again.
    List<Hit> hits = rules.evaluate(flows(BROKER,
        month(2).transfersIn("36000", 16).paidInformally(10, "285", "285"),
        month(3).transfersIn("6000", 16)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWithNineSmallPayees() {
    List<Hit> hits = rules.evaluate(flows(BROKER,
        month(2).transfersIn("36000", 3).paidInformally(9, "600", "160").cashOut("18000"),
        month(3).transfersIn("6000", 3)));

    assertEquals(Set.of(), ids(hits));
  }

  @org.junit.jupiter.api.Test
  void countsPayersOnTheFactAsTheWindowDoes() {
    // The rule's first test reads the payer count without summing the window: it must be the same count.
    for (java.time.Duration window : List.of(java.time.Duration.ofDays(14), java.time.Duration.ofDays(35),
        java.time.Duration.ofDays(92))) {
      dev.moneytrail.rules.facts.MonthlyFlows f = flows(BROKER,
          month(1).transfersIn("1000", 1), month(2).transfersIn("36000", 3), month(3).transfersIn("6000", 2));
      assertEquals(f.over(window).getDistinctPayers(), f.distinctPayersOver(window), window.toString());
    }
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenOnePayerPaysIn() {
    List<Hit> hits = rules.evaluate(flows(BROKER,
        month(2).transfersIn("36000", 1).paidInformally(15, "600", "160").cashOut("18000"),
        month(3).transfersIn("6000", 1)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenMostOfTheMoneyIsPassedOnToTheWorkers() {
    // 15 x 1,800 = 27,000 of 42,000 passed on: a margin of 36 %, under 40 %.
    List<Hit> hits = rules.evaluate(flows(BROKER,
        month(2).transfersIn("36000", 3).paidInformally(15, "1800", "450"),
        month(3).transfersIn("6000", 3)));

    assertEquals(Set.of(), ids(hits));
  }
}
