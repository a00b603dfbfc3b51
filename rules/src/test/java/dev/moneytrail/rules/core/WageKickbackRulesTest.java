package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.Facts.days;
import static dev.moneytrail.rules.testing.Facts.money;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.FanIn;
import dev.moneytrail.rules.facts.Inflow;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * recruitment-debt.drl: A4 LT-WAGE-KICKBACK (employer-side mirror). Workers of the farm EMP-FARM
 * pay its director "rent" two days after payday and a "van" charge five days after it.
 */
class WageKickbackRulesTest {
  private static final String RULE = "LT-WAGE-KICKBACK";
  private static final String DIRECTOR = "DE12200505500000000001";
  private static final Instant PAYDAY = days(-6);

  private final RuleHarness rules = RuleHarness.core();

  /** Sender {@code i} pays {@code rent} and {@code van} (shares of the wage) after the same payday. */
  private static List<Inflow> charges(int i, String employer, String rent, String van) {
    Duration two = Duration.ofDays(2);
    Duration five = Duration.ofDays(5);
    return List.of(
        new Inflow("R" + i, PAYDAY.plus(two), "W" + i, "CUST-W" + i, "Worker Nr" + i, "Flat " + i, employer,
            "INTERNAL", money("400"), two, money(rent), null, null, "EUR"),
        new Inflow("V" + i, PAYDAY.plus(five), "W" + i, "CUST-W" + i, "Worker Nr" + i, "Flat " + i, employer,
            "INTERNAL", money("150"), five, money(van), null, null, "EUR"));
  }

  private static FanIn director(List<Inflow> in) {
    return new FanIn(DIRECTOR, "Jonas Bauer", "DE", T0, in);
  }

  private static List<Inflow> payees(int n, String rent, String van) {
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      in.addAll(charges(i, "EMP-FARM", rent, van));
    }
    return in;
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenFivePayeesOfOneEmployerPayBackAThirdOfTheirWageWithinAWeek() {
    // 22 % rent + 12 % van = 34 % of each wage.
    Hit hit = only(rules.evaluate(director(payees(5, "0.22", "0.12"))), RULE);

    assertEquals(DIRECTOR, hit.subjectAccountId());
    assertEquals(5, hit.relatedAccountIds().size());
    assertEquals("EMP-FARM", hit.features().get("employer"));
    assertEquals("0.34", hit.features().get("largest.share"));
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals("wage-recapture", hit.typology());
    // What came back is the proceeds figure, on the basis H1 would count the same transfers on.
    assertEquals(hit.features().get("total"), hit.features().get("proceeds.extracted"));
    assertEquals("EUR", hit.features().get("currency"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWithFourPayees() {
    assertFalse(ids(rules.evaluate(director(payees(4, "0.22", "0.12")))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheChargesComeToJustUnderThirtyPercent() {
    assertFalse(ids(rules.evaluate(director(payees(5, "0.20", "0.0999")))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForALandlordWhoseTenantsWorkForDifferentEmployers() {
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      in.addAll(charges(i, "EMP-" + i, "0.35", "0.0"));
    }

    assertFalse(ids(rules.evaluate(director(in))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAStaffPurchaseSchemeTakingASmallShare() {
    assertFalse(ids(rules.evaluate(director(payees(12, "0.05", "0.04")))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAMortgageLenderSomeColleaguesPayAfterPayday() {
    List<Inflow> in = new ArrayList<>(payees(5, "0.31", "0.0"));
    for (int i = 20; i < 40; i++) {
      in.add(new Inflow("M" + i, days(-i % 25 - 1), "B" + i, "CUST-B" + i, "Borrower Nr" + i, "House " + i,
          "EMP-" + i, "ACH", money("900"), Duration.ofDays(15), money("0.35")));
    }

    assertFalse(ids(rules.evaluate(new FanIn("LENDER", "DKB Baufinanzierung", "DE", T0, in))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void countsPayeesWhoseEmployerIsNotKnownYetWithTheEmployerOfTheOthers() {
    // A payment can overtake the payee's account details (two input topics): the outcome must not
    // depend on which arrived first.
    List<Inflow> in = new ArrayList<>(payees(3, "0.22", "0.12"));
    for (int i = 3; i < 5; i++) {
      in.addAll(charges(i, null, "0.22", "0.12"));
    }

    assertEquals("5", only(rules.evaluate(director(in)), RULE).features().get("payees"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietWhenNoPayeeHasAKnownEmployer() {
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      in.addAll(charges(i, null, "0.35", "0.0"));
    }

    assertFalse(ids(rules.evaluate(director(in))).contains(RULE));
  }
}
