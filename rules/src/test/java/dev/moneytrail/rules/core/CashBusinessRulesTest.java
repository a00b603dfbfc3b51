package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.FlowFacts.business;
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
import java.util.List;
import java.util.Set;

/** cash.drl: D2 LT-CASH-BIZ-NO-PAYROLL, cash share 0.6, payroll below 0.3 x headcount x 2,400. */
class CashBusinessRulesTest {
  private static final String RULE = "LT-CASH-BIZ-NO-PAYROLL";
  private static final String SHOP = "S1";

  private final RuleHarness rules = RuleHarness.core();

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsOnANailBarBankingCashWithNoPayroll() {
    List<Hit> hits = rules.evaluate(business(SHOP, "Nail Studio GmbH", "S96", 20),
        flows(SHOP,
            month(1).cash("35000", "15000").otherCredits("15000"),
            month(2).cash("35000", "15000").otherCredits("15000"),
            month(3).cash("3000", "1000")));

    Hit hit = only(hits, RULE);
    assertEquals(SHOP, hit.subjectAccountId());
    assertEquals(Severity.MEDIUM, hit.severity());
    assertEquals("0.7087", hit.features().get("cash.share.of.credits"));
    assertEquals("0.4247", hit.features().get("evening.share.of.cash"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenCashIsJustUnderSixtyPercentOfCredits() {
    List<Hit> hits = rules.evaluate(business(SHOP, "Nail Studio GmbH", "S96", 20),
        flows(SHOP,
            month(1).cash("29500", "15000").otherCredits("20500"),
            month(2).cash("29500", "15000").otherCredits("20500"),
            month(3)));

    // A business of 20 without payroll is still a G1 headcount gap; D2 is about the cash.
    assertEquals(Set.of("LT-PAYROLL-HEADCOUNT-GAP"), ids(hits));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietForAFamilyRunMicroBusiness() {
    // Catalogue trap: the family works in the shop and draws its living, no payroll.
    List<Hit> hits = rules.evaluate(business(SHOP, "Imbiss Yilmaz", "I56", 2),
        flows(SHOP, month(1).cash("9000", "4000"), month(2).cash("9000", "4000"), month(3)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenAPayrollBureauPaysTheStaff() {
    // Catalogue trap (payroll paid elsewhere): the payroll-bureau decoy's clients fund each run.
    List<Hit> hits = rules.evaluate(business(SHOP, "Nail Studio GmbH", "S96", 20),
        flows(SHOP,
            month(1).cash("35000", "15000").otherCredits("15000").payrollProvider("15000"),
            month(2).cash("35000", "15000").otherCredits("15000").payrollProvider("15000"),
            month(3)));

    assertEquals(Set.of(), ids(hits));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietForACashBusinessRunningItsPayroll() {
    List<Hit> hits = rules.evaluate(business(SHOP, "Nail Studio GmbH", "S96", 20),
        flows(SHOP,
            month(1).cash("35000", "15000").otherCredits("15000").wagesOut(20, "1500").tax("9000"),
            month(2).cash("35000", "15000").otherCredits("15000").wagesOut(20, "1500").tax("9000"),
            month(3)));

    assertEquals(Set.of(), ids(hits));
  }
}
