package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.AccountProfile;
import dev.moneytrail.rules.facts.PartySighting;
import dev.moneytrail.rules.facts.SubcontractorEntry;
import dev.moneytrail.rules.facts.SubcontractorFlows;
import dev.moneytrail.rules.facts.SubcontractorWeek;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * employer.drl: G3 LT-SHELL-SUBCONTRACTOR at the subcontractor's account S1, a staff-supply firm
 * (N78) whose account was opened in November 2025. As of Wednesday 10 June 2026 the 90-day window
 * reaches back to Monday 9 March; one contractor paid it 15,000 in each of four weeks.
 */
class ShellSubcontractorRulesTest {
  private static final String RULE = "LT-SHELL-SUBCONTRACTOR";
  private static final String SUB = "S1";
  private static final Instant AS_OF = Instant.parse("2026-06-10T12:00:00Z");
  private static final Instant OPENED = Instant.parse("2025-11-20T09:00:00Z");

  private final RuleHarness rules = RuleHarness.core();

  private static AccountProfile firm(String sector, Instant opened) {
    return new AccountProfile(SUB, "CUST-S1", "BUSINESS", "Adler Personalservice UG", "DE", opened, null, null,
        null, null, null, null, null, sector, 2, null);
  }

  private static SubcontractorWeek week(String monday, String in, String cash, String individuals, String abroad) {
    return new SubcontractorWeek(Instant.parse(monday + "T00:00:00Z"), new BigDecimal(in), new BigDecimal(cash),
        new BigDecimal(individuals), new BigDecimal(abroad));
  }

  private static List<PartySighting> parties(int n) {
    List<PartySighting> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new PartySighting(1000 + i, Instant.parse("2026-06-0" + (1 + i % 9) + "T10:00:00Z")));
    }
    return out;
  }

  /** Four weeks of 15,000 from {@code payers} contractors, of which {@code cash} each week left as cash within seven days. */
  private static SubcontractorFlows flows(String cash, int payers, int individuals) {
    return new SubcontractorFlows(SUB, AS_OF, List.of(
        week("2026-05-11", "15000", cash, "0", "0"),
        week("2026-05-18", "15000", cash, "0", "0"),
        week("2026-05-25", "15000", cash, "0", "0"),
        week("2026-06-01", "15000", cash, "0", "0")),
        parties(payers), parties(individuals), List.of(
            new SubcontractorEntry("T-IN1", Instant.parse("2026-05-12T09:00:00Z"), new BigDecimal("15000"),
                SubcontractorFlows.BUSINESS_PAYMENT, "Hochbau Krämer GmbH"),
            new SubcontractorEntry("T-CASH1", Instant.parse("2026-05-13T11:00:00Z"), new BigDecimal("5000"), "cash", null)));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenAYoungStaffSupplierCashesOutMostOfWhatOneContractorPays() {
    List<Hit> hits = rules.evaluate(firm("N78", OPENED), flows("9000", 1, 0));

    Hit hit = only(hits, RULE);
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals(SUB, hit.subjectAccountId());
    assertEquals("labour-broker", hit.typology());
    assertEquals(List.of("T-IN1", "T-CASH1"), hit.txnIds(), "business payments first, then money out");
    assertEquals("60000", hit.features().get("business.in"));
    assertEquals("1", hit.features().get("business.payers"));
    assertEquals("0.6000", hit.features().get("forwarded.share"));
    assertEquals("36000", hit.features().get("forwarded.cash"));
    assertEquals("2026-03-09T00:00:00Z", hit.features().get("counted.from"));
    assertTrue(hit.detail().contains("T-IN1 2026-05-12 15000 business payment from Hochbau Krämer GmbH"), hit.detail());
    assertTrue(hit.source().startsWith("indicators.md G3 LT-SHELL-SUBCONTRACTOR"), hit.source());
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenAYoungConstructionSubcontractorPaysTenIndividualsWhateverItKeeps() {
    List<Hit> hits = rules.evaluate(firm("F43", OPENED), flows("2000", 2, 10));

    Hit hit = only(hits, RULE);
    assertEquals("10", hit.features().get("individual.payees"));
    assertEquals("0.1333", hit.features().get("forwarded.share"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenJustUnderHalfLeavesAndNinePeopleArePaid() {
    assertFalse(ids(rules.evaluate(firm("N78", OPENED), flows("7490", 1, 9))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietBelowTheShellMinimum() {
    SubcontractorFlows small = new SubcontractorFlows(SUB, AS_OF, List.of(
        week("2026-05-11", "49999.99", "49999.99", "0", "0")), parties(1), parties(0), List.of());
    assertFalse(ids(rules.evaluate(firm("N78", OPENED), small)).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietForAnAccountOpenedTwentyFourMonthsAgo() {
    assertFalse(ids(rules.evaluate(firm("N78", Instant.parse("2024-06-10T12:00:00Z")), flows("9000", 1, 0))).contains(RULE));
    assertTrue(ids(rules.evaluate(firm("N78", Instant.parse("2024-06-10T12:00:01Z")), flows("9000", 1, 0))).contains(RULE),
        "a second younger is still under 24 months");
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenFourBusinessesPay() {
    assertFalse(ids(rules.evaluate(firm("N78", OPENED), flows("9000", 4, 0))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietForMoneyOlderThanTheWindow() {
    // 10 June - 90 days is 12 March, in the week of Monday 9 March; the week of 2 March is out.
    SubcontractorFlows old = new SubcontractorFlows(SUB, AS_OF, List.of(
        week("2026-03-02", "60000", "60000", "0", "0")), parties(1), parties(0), List.of());
    assertFalse(ids(rules.evaluate(firm("N78", OPENED), old)).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForASpecialistTradeStartUpThatRunsAPayrollAndKeepsItsMoney() {
    // Wages and suppliers are not forwarding: what is left is the owner's occasional drawing.
    assertFalse(ids(rules.evaluate(firm("F43", OPENED), flows("1500", 2, 1))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietOutsideTheLabourSupplySectors() {
    assertFalse(ids(rules.evaluate(firm("M69", OPENED), flows("9000", 1, 12))).contains(RULE));
  }

  @Test
  void roundsTheWindowOutToTheMondayOfItsFirstWeek() {
    SubcontractorFlows f = flows("9000", 1, 0);
    assertEquals(Instant.parse("2026-03-09T00:00:00Z"), f.countedFrom(Duration.ofDays(90)));
    assertEquals(Instant.parse("2026-06-08T00:00:00Z"), SubcontractorFlows.weekStart(AS_OF));
    assertEquals(new BigDecimal("0.6000"), f.forwardedShareWithin(Duration.ofDays(90)));
  }
}
