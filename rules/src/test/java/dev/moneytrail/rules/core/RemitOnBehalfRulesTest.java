package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.Facts.days;
import static dev.moneytrail.rules.testing.Facts.person;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.Holder;
import dev.moneytrail.rules.facts.SharedAttribute;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * remittance.drl: E2 LT-REMIT-ON-BEHALF. The facts are the senders whose remittances to
 * beneficiaries outside their own families left from one device (the feature layer leaves out a
 * remittance to a beneficiary with the sender's surname).
 */
class RemitOnBehalfRulesTest {
  private static final String RULE = "LT-REMIT-ON-BEHALF";

  private final RuleHarness rules = RuleHarness.core();

  private static SharedAttribute device(String... names) {
    List<Holder> h = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      h.add(person("S" + i, names[i], days(-1 - i)));
    }
    return new SharedAttribute("REMIT_DEVICE", "dev-agent-9", T0, h);
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenOneDeviceSendsRemittancesForThreeUnrelatedWorkers() {
    Hit hit = only(rules.evaluate(device("Ana Lopez", "Bogdan Ionescu", "Chen Wei")), RULE);
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals("3", hit.features().get("senders"));
    assertEquals(3, hit.relatedAccountIds().size() + 1);
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietOnTwoSenders() {
    assertFalse(ids(rules.evaluate(device("Ana Lopez", "Bogdan Ionescu"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void oneFamilySendingFromTheirSharedPhoneIsNotAConductor() {
    assertFalse(ids(rules.evaluate(device("Ana Lopez", "Maria Lopez", "Jose Lopez"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void theSameDeviceUsedForOrdinaryPaymentsDoesNotCount() {
    // A DEVICE sighting (logins, card-not-present) is C3's business, not a remittance conductor.
    SharedAttribute login = new SharedAttribute("DEVICE", "dev-agent-9", T0,
        device("Ana Lopez", "Bogdan Ionescu", "Chen Wei").getHolders());
    assertFalse(ids(rules.evaluate(login)).contains(RULE));
  }
}
