package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.FlowFacts.business;
import static dev.moneytrail.rules.testing.FlowFacts.flows;
import static dev.moneytrail.rules.testing.FlowFacts.flowsAt;
import static dev.moneytrail.rules.testing.FlowFacts.month;
import static dev.moneytrail.rules.testing.FlowFacts.worker;
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
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * employer.drl: G1 LT-PAYROLL-HEADCOUNT-GAP and G5 LT-DOMESTIC-SPONSOR-NOPAY, minimum wage 2,400
 * a month. At T0 (5 March) January to March is 1.95 months observed.
 */
class EmployerRulesTest {
  private static final String GAP = "LT-PAYROLL-HEADCOUNT-GAP";
  private static final String NOPAY = "LT-DOMESTIC-SPONSOR-NOPAY";
  private static final String FIRM = "B1";
  private static final String WORKER = "W1";

  private final RuleHarness rules = RuleHarness.core();

  // 40 declared staff cost 96,000 a month at minimum wage; the firm turns over 120,000.

  @RuleTest(ruleId = GAP, kind = Kind.HIT)
  void alertsWhenFortyDeclaredStaffArePaidAsIfTheyWereTwo() {
    List<Hit> hits = rules.evaluate(business(FIRM, "Textil GmbH", "C14", 40),
        flows(FIRM,
            month(1).transfersIn("110000", 2).wagesOut(2, "900").cashOut("40000"),
            month(2).transfersIn("120000", 2).wagesOut(2, "900").cashOut("40000"),
            month(3).transfersIn("4000", 1)));

    Hit hit = only(hits, GAP);
    assertEquals(FIRM, hit.subjectAccountId());
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals("40", hit.features().get("headcount"));
    assertEquals("96000", hit.features().get("expected.labour.cost.per.month"));
    assertEquals("2", hit.features().get("wage.payees"));
    // indicators.md 6.3: the wage bill over the months observed, less the 3,600 paid in wages.
    BigDecimal months = new BigDecimal(hit.features().get("months.observed"));
    assertEquals(new BigDecimal("96000").multiply(months).subtract(new BigDecimal("3600")).setScale(2, RoundingMode.DOWN),
        new BigDecimal(hit.features().get("proceeds.wage.shortfall")));
    assertEquals("EUR", hit.features().get("currency"));
  }

  @RuleTest(ruleId = GAP, kind = Kind.NEAR_MISS)
  void staysQuietWhenLabourCostReachesAQuarterOfTheWageBill() {
    // 24,000 a month is 25 % of 96,000: 46,800 over 1.95 months, here as wages and tax.
    List<Hit> hits = rules.evaluate(business(FIRM, "Textil GmbH", "C14", 40),
        flows(FIRM,
            month(1).transfersIn("110000", 2).wagesOut(2, "900").tax("21600"),
            month(2).transfersIn("120000", 2).wagesOut(2, "900").tax("21600"),
            month(3).transfersIn("4000", 1)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = GAP, kind = Kind.NEAR_MISS)
  void staysQuietWhenAPayrollBureauRunsThePayroll() {
    // Catalogue trap: outsourced payroll. The client funds each run ("PAYROLL FUNDING").
    List<Hit> hits = rules.evaluate(business(FIRM, "Textil GmbH", "C14", 40),
        flows(FIRM,
            month(1).transfersIn("110000", 2).payrollProvider("95000"),
            month(2).transfersIn("120000", 2).payrollProvider("95000"),
            month(3).transfersIn("4000", 1)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = GAP, kind = Kind.NEAR_MISS)
  void staysQuietWhenPayrollIsPaidFromTheFirmsOwnAccountElsewhere() {
    List<Hit> hits = rules.evaluate(business(FIRM, "Textil GmbH", "C14", 40),
        flows(FIRM,
            month(1).transfersIn("110000", 2).ownOut("100000"),
            month(2).transfersIn("120000", 2).ownOut("100000"),
            month(3).transfersIn("4000", 1)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = GAP, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheWorkforceWasPaidInFullBeforeASeasonalPause() {
    // Catalogue trap (seasonal closures): January's payroll reached all 40; February is a pause.
    // Over the two months labour cost is 21 % of the wage bill, but one month shows the workforce.
    List<Hit> hits = rules.evaluate(business(FIRM, "Kutterfisch UG", "A03", 40),
        flows(FIRM,
            month(1).transfersIn("110000", 2).wagesOut(40, "1000"),
            month(2).transfersIn("120000", 2),
            month(3).transfersIn("90000", 2)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = GAP, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheBusinessTurnsOverLessThanItsWageBill() {
    List<Hit> hits = rules.evaluate(business(FIRM, "Textil GmbH", "C14", 40),
        flows(FIRM,
            month(1).transfersIn("80000", 2).wagesOut(2, "900"),
            month(2).transfersIn("90000", 2).wagesOut(2, "900"),
            month(3).transfersIn("4000", 1)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = GAP, kind = Kind.NEAR_MISS)
  void staysQuietForAMicroBusiness() {
    List<Hit> hits = rules.evaluate(business(FIRM, "Kiosk", "G47", 4),
        flows(FIRM, month(1).transfersIn("20000", 2), month(2).transfersIn("20000", 2), month(3)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = GAP, kind = Kind.NEAR_MISS)
  void waitsUntilTheAccountHasBeenObservedLongEnough() {
    Instant early = Instant.parse("2026-02-17T08:00:00Z"); // 43 days after 5 January
    List<Hit> hits = rules.evaluate(business(FIRM, "Textil GmbH", "C14", 40),
        flowsAt(FIRM, early,
            month(1).transfersIn("110000", 2).wagesOut(2, "900"),
            month(2).transfersIn("60000", 2).wagesOut(2, "450")));

    assertEquals(Set.of(), ids(hits));
  }

  // G5: the worker's account, opened with the sponsor as introducer.

  @RuleTest(ruleId = NOPAY, kind = Kind.HIT)
  void alertsWhenASponsoredWorkerGetsATokenWage() {
    List<Hit> hits = rules.evaluate(worker(WORKER, "Meena Verma", "CU-SPONSOR", "CU-HOUSEHOLD"),
        flows(WORKER,
            month(1).wagesIn("77").transfersIn("400", 1),
            month(2).wagesIn("77").transfersIn("400", 1),
            month(3).transfersIn("400", 1)));

    Hit hit = only(hits, NOPAY);
    assertEquals(WORKER, hit.subjectAccountId());
    assertEquals(Severity.MEDIUM, hit.severity());
    assertEquals("CU-SPONSOR", hit.features().get("introducer"));
    assertEquals("79.01", hit.features().get("wage.per.month"));
  }

  @RuleTest(ruleId = NOPAY, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheRecruitingEmployerPaysAFullWage() {
    // The ILO-compliant decoy: employer-paid recruitment, accounts opened by the employer, full wages.
    List<Hit> hits = rules.evaluate(worker(WORKER, "Ravi Das", "CU-FARM", "CU-FARM"),
        flows(WORKER, month(1).wagesIn("1900"), month(2).wagesIn("1900"), month(3)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = NOPAY, kind = Kind.NEAR_MISS)
  void staysQuietWhenAMonthHoldsHalfTheMinimumWage() {
    List<Hit> hits = rules.evaluate(worker(WORKER, "Meena Verma", "CU-SPONSOR", "CU-HOUSEHOLD"),
        flows(WORKER, month(1).wagesIn("150"), month(2).wagesIn("1200"), month(3)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = NOPAY, kind = Kind.NEAR_MISS)
  void staysQuietForAMonthlyPaidWorkerWithOnePaydaySeenSoFar() {
    // Regression (employer-paid-travel decoy): opened in January, first wage at the end of
    // February, 1,950 in 1.95 months is 1,000 "a month"; February shows the wage whole.
    List<Hit> hits = rules.evaluate(worker(WORKER, "Ravi Das", "CU-FARM", "CU-FARM"),
        flows(WORKER, month(1).transfersIn("50", 1), month(2).wagesIn("1950"), month(3)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = NOPAY, kind = Kind.NEAR_MISS)
  void staysQuietForAWorkerNobodyIntroduced() {
    // Between jobs, laid off for a season, or paid elsewhere: no sponsor in the picture.
    List<Hit> hits = rules.evaluate(worker(WORKER, "Laura Weber", null, "CU-HOTEL"),
        flows(WORKER, month(1).wagesIn("300"), month(2), month(3)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = NOPAY, kind = Kind.NEAR_MISS)
  void waitsForFortyFiveDaysOfTheWorkersAccount() {
    Instant early = Instant.parse("2026-02-17T08:00:00Z");
    List<Hit> hits = rules.evaluate(worker(WORKER, "Meena Verma", "CU-SPONSOR", "CU-HOUSEHOLD"),
        flowsAt(WORKER, early, month(1).transfersIn("400", 1), month(2).transfersIn("400", 1)));

    assertEquals(Set.of(), ids(hits));
  }
}
