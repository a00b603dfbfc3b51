package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.Facts.days;
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
import java.time.Duration;
import java.util.List;

/**
 * account-control.drl: C1 LT-THIRD-PARTY-PRESENCE, approximated: the companion who introduced a
 * customer at onboarding operates the customer's account from the companion's own device.
 */
class ThirdPartyPresenceRulesTest {
  private static final String RULE = "LT-THIRD-PARTY-PRESENCE";

  private final RuleHarness rules = RuleHarness.core();

  private static Holder holder(String account, String name, String introducer) {
    return new Holder(account, "CUST-" + account, "PERSON", name, null, days(-40), days(-1), introducer);
  }

  private static SharedAttribute device(Holder... h) {
    return new SharedAttribute("DEVICE", "dev-sponsor-1", T0, List.of(h));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenTheOnboardingCompanionsOwnDeviceRunsTheCustomersAccount() {
    Hit hit = only(rules.evaluate(device(holder("SPONSOR", "Karin Hoffmann", null),
        holder("MAID", "Rosa Dela Cruz", "CUST-SPONSOR"))), RULE);
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals("MAID", hit.subjectAccountId());
    assertEquals(List.of("SPONSOR"), hit.relatedAccountIds());
    assertEquals("1", hit.features().get("customers.operated.by.companion"));
    assertEquals("CUST-SPONSOR", hit.features().get("companions"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheCompanionsOwnAccountIsNotOnTheDevice() {
    assertFalse(ids(rules.evaluate(device(holder("OTHER", "Jonas Becker", null),
        holder("MAID", "Rosa Dela Cruz", "CUST-SPONSOR")))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheCompanionUsedTheDeviceLongBeforeTheWindow() {
    Holder old = new Holder("SPONSOR", "CUST-SPONSOR", "PERSON", "Karin Hoffmann", null, days(-200),
        T0.minus(Duration.ofDays(91)), null);
    assertFalse(ids(rules.evaluate(device(old, holder("MAID", "Rosa Dela Cruz", "CUST-SPONSOR")))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void aParentHelpingTheirGrownUpChildIsFamilyNotAController() {
    assertFalse(ids(rules.evaluate(device(holder("MUM", "Maria Lopez", null),
        holder("SON", "Diego Lopez", "CUST-MUM")))).contains(RULE));
  }
}
