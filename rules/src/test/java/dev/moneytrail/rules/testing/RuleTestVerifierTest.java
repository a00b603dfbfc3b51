package dev.moneytrail.rules.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/** The {@link RuleTest} claim is checked: a test cannot count for a rule it did not exercise. */
class RuleTestVerifierTest {

  private static long failures(String method) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectMethod(VerifierFixtures.class, method)).build(), listener);
    assertEquals(1, listener.getSummary().getTestsStartedCount(), method + " did not run");
    return listener.getSummary().getTotalFailureCount();
  }

  @Test
  void failsAHitTestWhoseEvaluationsNeverProduceTheRule() {
    assertEquals(1, failures("claimsAHitButEvaluatesANearMiss"));
  }

  @Test
  void failsANearMissTestWhereTheRuleFires() {
    assertEquals(1, failures("claimsANearMissButTheRuleFires"));
  }

  @Test
  void failsARuleTestThatEvaluatesNothing() {
    assertEquals(1, failures("claimsAHitButEvaluatesNothing"));
  }

  @Test
  void passesAnHonestHitTest() {
    assertEquals(0, failures("honestHit"));
  }
}
