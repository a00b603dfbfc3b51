package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.Facts.days;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * remittance.drl: E1 LT-REMIT-FANIN-BENEFICIARY. Co-workers send 10-20 % of a wage, four days
 * after payday (too little and too late for H1), through a money-transfer operator to Simone
 * Gallo abroad.
 */
class RemittanceRulesTest {
  private static final String RULE = "LT-REMIT-FANIN-BENEFICIARY";
  private static final List<String> NAMES = List.of("Ana Lopez", "Bogdan Ionescu", "Chen Wei",
      "Dmytro Shevchenko", "Efua Mensah", "Farid Haddad");

  private final RuleHarness rules = RuleHarness.core();

  private static Inflow remittance(int i, Instant at, String name, String address, String employer,
      String channel) {
    return new Inflow("MT" + i, at, "S" + i, "CUST-S" + i, name, address, employer, channel,
        new BigDecimal("300"), Duration.ofDays(4), new BigDecimal("0.15"));
  }

  /** {@code n} senders with different surnames; the first {@code sharing} work for EMP-FARM. */
  private static List<Inflow> senders(int n, int sharing, String channel) {
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      in.add(remittance(i, days(-2 - i), NAMES.get(i), "Flat " + i, i < sharing ? "EMP-FARM" : "EMP-" + i,
          channel));
    }
    return in;
  }

  private static FanIn beneficiary(List<Inflow> in) {
    return new FanIn("IT81M0820604470268565923365", "Simone Gallo", "IT", T0, in);
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenFiveUnrelatedCoWorkersRemitToOneBeneficiary() {
    List<Hit> hits = rules.evaluate(beneficiary(senders(5, 2, "MONEY_TRANSFER")));

    Hit hit = only(hits, RULE);
    assertEquals("IT81M0820604470268565923365", hit.subjectAccountId());
    assertEquals(List.of("S0", "S1", "S2", "S3", "S4"), hit.relatedAccountIds());
    assertEquals("5", hit.features().get("senders"));
    assertEquals("2", hit.features().get("largest.group.sharing.address.or.employer"));
    assertEquals("1500", hit.features().get("total"));
    assertEquals(Severity.HIGH, hit.severity());
    assertFalse(ids(hits).contains("LT-FANIN-CONTROLLER"), "15 % four days after payday is not H1");
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void countsASharedHouseAsMuchAsASharedEmployer() {
    List<Inflow> in = senders(5, 0, "MONEY_TRANSFER");
    in.set(3, remittance(3, days(-5), "Dmytro Shevchenko", "Flat 0", "EMP-3", "MONEY_TRANSFER"));

    assertEquals(List.of(RULE), List.copyOf(ids(rules.evaluate(beneficiary(in)))));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWithFourSenders() {
    assertEquals(java.util.Set.of(), ids(rules.evaluate(beneficiary(senders(4, 4, "MONEY_TRANSFER")))));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietForWiresRatherThanMoneyTransfers() {
    assertEquals(java.util.Set.of(), ids(rules.evaluate(beneficiary(senders(5, 5, "WIRE")))));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenASenderIsOlderThanThirtyDays() {
    List<Inflow> in = senders(4, 2, "MONEY_TRANSFER");
    in.add(remittance(9, T0.minus(Duration.ofDays(30)).minusSeconds(1), "Efua Mensah", "Flat 9", "EMP-9",
        "MONEY_TRANSFER"));

    assertEquals(java.util.Set.of(), ids(rules.evaluate(beneficiary(in))));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAFamilySendingHome() {
    // Five siblings in one house send money to their mother: same surname as the beneficiary.
    List<Inflow> in = new ArrayList<>();
    String[] siblings = {"Marco Gallo", "Luca Gallo", "Anna Gallo", "Sara Gallo", "Paolo Gallo"};
    for (int i = 0; i < siblings.length; i++) {
      in.add(remittance(i, days(-2 - i), siblings[i], "Flat 1", "EMP-FARM", "MONEY_TRANSFER"));
    }

    assertEquals(java.util.Set.of(), ids(rules.evaluate(beneficiary(in))));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAHometownAssociationsCollectiveRemittance() {
    // Five unrelated members with their own homes and employers fund a village project.
    assertEquals(java.util.Set.of(), ids(rules.evaluate(beneficiary(senders(5, 0, "MONEY_TRANSFER")))));
  }
}
