package dev.moneytrail.rules.testing;

import dev.moneytrail.rules.Hit;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds a {@link RuleTest} to its claim: after the test, its recorded evaluations must include one
 * where the rule fired (HIT) or one where it did not (NEAR_MISS, TRAP).
 */
public final class RuleTestVerifier implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    RuleHarness.takeLog();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<List<Hit>> log = RuleHarness.takeLog();
    if (context.getExecutionException().isPresent()) {
      return;
    }
    RuleTest claim = context.getRequiredTestMethod().getAnnotation(RuleTest.class);
    if (claim == null) {
      return;
    }
    if (log.isEmpty()) {
      throw new AssertionError(context.getDisplayName() + " claims to be a " + claim.kind()
          + " test of " + claim.ruleId() + " but evaluated nothing through RuleHarness");
    }
    boolean fired = log.stream().anyMatch(hits -> hits.stream()
        .anyMatch(h -> h.ruleId().equals(claim.ruleId())));
    boolean quiet = log.stream().anyMatch(hits -> hits.stream()
        .noneMatch(h -> h.ruleId().equals(claim.ruleId())));
    if (claim.kind() == RuleTest.Kind.HIT && !fired) {
      throw new AssertionError(context.getDisplayName() + " claims to be a HIT test of "
          + claim.ruleId() + " but no evaluation produced it: " + log);
    }
    if (claim.kind() != RuleTest.Kind.HIT && !quiet) {
      throw new AssertionError(context.getDisplayName() + " claims to be a " + claim.kind()
          + " test of " + claim.ruleId() + " but every evaluation produced it: " + log);
    }
  }
}
