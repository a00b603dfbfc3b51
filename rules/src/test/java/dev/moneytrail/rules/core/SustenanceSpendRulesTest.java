package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.FlowFacts.business;
import static dev.moneytrail.rules.testing.FlowFacts.flows;
import static dev.moneytrail.rules.testing.FlowFacts.month;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.testing.FlowFacts.Month;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.util.List;

/**
 * travel-housing.drl: F2 LT-BIZ-SUSTENANCE-SPEND, a quarter of the spending on provisions every
 * week, more than the labour cost. Months observed from 5 January to 5 March 2026: nine weeks.
 */
class SustenanceSpendRulesTest {
  private static final String RULE = "LT-BIZ-SUSTENANCE-SPEND";
  private static final String FIRM = "B1";

  private final RuleHarness rules = RuleHarness.core();

  /** A construction firm of 12 that buys groceries, vans and rooms each Tuesday and pays 3 people a little. */
  private static Month[] provisionedCrew(String sustenancePerMonth) {
    return new Month[] {
        month(1).sustenance(sustenancePerMonth, 6, 13, 20, 27).wagesOut(3, "1000").otherSpend("8000"),
        month(2).sustenance(sustenancePerMonth, 3, 10, 17, 24).wagesOut(3, "1000").otherSpend("8000"),
        month(3).sustenance("600", 3)};
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsOnABuilderProvisioningItsCrewEveryWeekAndPayingLittle() {
    List<Hit> hits = rules.evaluate(business(FIRM, "Hochbau Nord GmbH", "F", 12),
        flows(FIRM, provisionedCrew("6000")));

    Hit hit = only(hits, RULE);
    assertEquals(FIRM, hit.subjectAccountId());
    assertEquals(Severity.MEDIUM, hit.severity());
    assertEquals("0.3642", hit.features().get("sustenance.share.of.spend"));
    assertEquals("9", hit.features().get("weeks.with.sustenance"));
    assertEquals("9", hit.features().get("weeks.observed"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenProvisionsAreJustUnderAQuarterOfTheSpending() {
    // 3,600 of 14,600 a month is 24.7 %.
    List<Hit> hits = rules.evaluate(business(FIRM, "Hochbau Nord GmbH", "F", 12),
        flows(FIRM,
            month(1).sustenance("3600", 6, 13, 20, 27).wagesOut(3, "1000").otherSpend("8000"),
            month(2).sustenance("3600", 3, 10, 17, 24).wagesOut(3, "1000").otherSpend("8000"),
            month(3)));

    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheBuyingIsNotWeekly() {
    // The same sums bought in two runs a month: 5 of 9 weeks.
    List<Hit> hits = rules.evaluate(business(FIRM, "Hochbau Nord GmbH", "F", 12),
        flows(FIRM,
            month(1).sustenance("6000", 6, 20).wagesOut(3, "1000").otherSpend("8000"),
            month(2).sustenance("6000", 3, 17).wagesOut(3, "1000").otherSpend("8000"),
            month(3).sustenance("600", 3)));

    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheProvisionsComeToLessThanAThousandAMonth() {
    // 1,890 over 1.94 months observed is 975 a month: weekly, the larger share, but not material.
    Object[] facts = {business(FIRM, "Hochbau Nord GmbH", "F", 12),
        flows(FIRM,
            month(1).sustenance("900", 6, 13, 20, 27).wagesOut(1, "300").otherSpend("500"),
            month(2).sustenance("900", 3, 10, 17, 24).wagesOut(1, "300").otherSpend("500"),
            month(3).sustenance("90", 3))};

    assertFalse(ids(rules.evaluate(facts)).contains(RULE));
    assertTrue(ids(RuleHarness.coreWith(RULE + ".min.monthly.spend", "900").evaluate(facts)).contains(RULE),
        "only the amount keeps it quiet");
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAConstructionCrewHousedInHotelsOnFullPay() {
    // Catalogue trap: crews on distant sites live in hotels; the firm pays them in full beside it.
    List<Hit> hits = rules.evaluate(business(FIRM, "Hochbau Nord GmbH", "F", 12),
        flows(FIRM,
            month(1).sustenance("12000", 6, 13, 20, 27).wagesOut(10, "2500").tax("6000").otherSpend("3000"),
            month(2).sustenance("12000", 3, 10, 17, 24).wagesOut(10, "2500").tax("6000").otherSpend("3000"),
            month(3).sustenance("1500", 3)));

    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAFarmWhoseWagesAreRunByAPayrollBureau() {
    // Catalogue trap: an agricultural camp with lawful board; wages leave through a payroll bureau.
    List<Hit> hits = rules.evaluate(business(FIRM, "Obsthof Elbtal KG", "A01", 6),
        flows(FIRM,
            month(1).sustenance("9000", 6, 13, 20, 27).payrollProvider("12000").otherSpend("2000"),
            month(2).sustenance("9000", 3, 10, 17, 24).payrollProvider("12000").otherSpend("2000"),
            month(3).sustenance("900", 3)));

    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAnEventCompanyBookingRoomsAndVans() {
    // Catalogue trap: event organisers (N82) book rooms and vans for crews and guests as their trade.
    List<Hit> hits = rules.evaluate(business(FIRM, "Messebau Events GmbH", "N8230", 12),
        flows(FIRM, provisionedCrew("6000")));

    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForARestaurantBuyingGroceries() {
    List<Hit> hits = rules.evaluate(business(FIRM, "Gastronomie Adler", "I56", 12),
        flows(FIRM, provisionedCrew("6000")));

    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietForASoleTraderBuyingHisOwnGroceries() {
    List<Hit> hits = rules.evaluate(business(FIRM, "Hausmeisterservice Kaya", "F", 1),
        flows(FIRM, provisionedCrew("6000")));

    assertFalse(ids(hits).contains(RULE));
  }
}
