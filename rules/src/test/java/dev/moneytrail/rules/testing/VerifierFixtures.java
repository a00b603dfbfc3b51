package dev.moneytrail.rules.testing;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.Facts.person;

import dev.moneytrail.rules.facts.SharedAttribute;
import java.util.List;

/**
 * Deliberately dishonest rule tests, run only by {@code RuleTestVerifierTest} (surefire runs
 * {@code *Test} classes, and the catalogue counts only those).
 */
public class VerifierFixtures {
  private final RuleHarness rules = RuleHarness.core();

  private static SharedAttribute device(int persons) {
    List<String> names = List.of("Ana Lopez", "Bo Chan", "Cy Diaz", "Dee Eke", "Ed Fox");
    return new SharedAttribute("DEVICE", "d", T0, names.subList(0, persons).stream()
        .map(n -> person(n.replace(' ', '-'), n, T0)).toList());
  }

  @RuleTest(ruleId = "LT-SHARED-DEVICE-LOGIN", kind = RuleTest.Kind.HIT)
  public void claimsAHitButEvaluatesANearMiss() {
    rules.evaluate(device(3));
  }

  @RuleTest(ruleId = "LT-SHARED-DEVICE-LOGIN", kind = RuleTest.Kind.NEAR_MISS)
  public void claimsANearMissButTheRuleFires() {
    rules.evaluate(device(4));
  }

  @RuleTest(ruleId = "LT-SHARED-DEVICE-LOGIN", kind = RuleTest.Kind.HIT)
  public void claimsAHitButEvaluatesNothing() {
  }

  @RuleTest(ruleId = "LT-SHARED-DEVICE-LOGIN", kind = RuleTest.Kind.HIT)
  public void honestHit() {
    rules.evaluate(device(4));
  }
}
