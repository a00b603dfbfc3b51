package dev.moneytrail.rules.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit test as evidence for one rule: a {@link Kind#HIT} test shows the rule firing, a
 * {@link Kind#NEAR_MISS} test shows it staying quiet just below a threshold, a {@link Kind#TRAP}
 * test shows it staying quiet on a known false positive. {@code RuleCatalogueTest} requires a HIT
 * and a NEAR_MISS test for every rule of the bundled package.
 *
 * <p>The claim is checked when the test runs ({@link RuleTestVerifier}): a HIT test fails unless
 * one of its evaluations through {@link RuleHarness} produced the rule, a NEAR_MISS or TRAP test
 * fails unless one of its evaluations did not. So a test cannot count for a rule it never
 * exercised.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@ExtendWith(RuleTestVerifier.class)
public @interface RuleTest {
  /** The rule id this test is evidence for. */
  String ruleId();

  /** What the test shows. */
  Kind kind();

  /** What a rule test shows. */
  enum Kind {
    /** The rule fires on a case that meets every threshold. */
    HIT,
    /** The rule stays quiet on a case just below one threshold. */
    NEAR_MISS,
    /** The rule stays quiet on a known legitimate pattern (own-account sweep, one family...). */
    TRAP
  }
}
