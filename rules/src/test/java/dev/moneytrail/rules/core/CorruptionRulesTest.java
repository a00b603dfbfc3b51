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
import java.util.ArrayList;
import java.util.List;

/** corruption.drl: J1 PC-OFFICIAL-PAYMENTS, three visa- or permit-labelled payments to a private payee. */
class CorruptionRulesTest {
  private static final String RULE = "PC-OFFICIAL-PAYMENTS";
  private static final List<String> NAMES = List.of("Ana Lopez", "Bogdan Ionescu", "Chen Wei", "Dmytro Shevchenko");

  private final RuleHarness rules = RuleHarness.core();

  private static List<Inflow> fees(int n, String purpose, String reference) {
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      in.add(new Inflow("F" + i, days(-3 - i), "S" + i, "CUST-S" + i, NAMES.get(i), null, null, "WIRE",
          new BigDecimal("450.00"), null, null, purpose, reference, "EUR"));
    }
    return in;
  }

  private static FanIn payee(String name, List<Inflow> in) {
    return new FanIn("DE00PAYEE", name, "DE", T0, in);
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsOnThreeVisaFeesPaidToAPrivatePerson() {
    Hit hit = only(rules.evaluate(payee("Markus Roth", fees(3, "FEE", "Visa Bearbeitung"))), RULE);
    assertEquals(Severity.MEDIUM, hit.severity());
    assertEquals("DE00PAYEE", hit.subjectAccountId());
    assertEquals("3", hit.features().get("permit.payments"));
    assertEquals("1350.00", hit.features().get("total.permit.fees"));
    assertEquals("EUR", hit.features().get("currency"));
    assertEquals(List.of("S0", "S1", "S2"), hit.relatedAccountIds());
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietOnTwoPermitFees() {
    assertFalse(ids(rules.evaluate(payee("Markus Roth", fees(2, "FEE", "work permit")))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void visaFeesToTheImmigrationAuthorityAreOfficial() {
    assertFalse(ids(rules.evaluate(payee("Ausländerbehörde", fees(4, "FEE", "visa Ana Lopez")))).contains(RULE));
    assertFalse(ids(rules.evaluate(payee("UK Visas and Immigration", fees(4, "FEE", "visa")))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void aLicensedImmigrationLawyerCollectingClientsVisaFeesIsLeftOut() {
    assertFalse(ids(rules.evaluate(payee("Kanzlei Roth Rechtsanwälte", fees(4, "FEE", "visa application"))))
        .contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void cardBillsReferencedVisaAreNotPermitFees() {
    assertFalse(ids(rules.evaluate(payee("Markus Roth", fees(4, "LOAN_REPAYMENT", "VISA card 4711")))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void relativesPayingAnOfficialPrivatelyAreFamily() {
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      in.add(new Inflow("F" + i, days(-3 - i), "S" + i, "CUST-S" + i, "Ana Roth", null, null, "WIRE",
          new BigDecimal("450.00"), null, null, "OTHER", "visa help", "EUR"));
    }
    assertFalse(ids(rules.evaluate(payee("Markus Roth", in))).contains(RULE));
  }
}
