package dev.moneytrail.stream.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.stream.screening.ReferralSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The referral thresholds an FIU tries on a replay: read as the job reads its options. */
class ReplayCommandTest {

  @Test
  void replaysWithTheCatalogueThresholdsWhenNoneIsSet() {
    assertEquals(ReferralSettings.DEFAULT, ReplayCommand.referral(Map.of()));
  }

  @Test
  void takesTheThresholdsByTheJobsOwnKeys() {
    ReferralSettings s = ReplayCommand.referral(Map.of("screening.referral.min-points", "9",
        "screening.referral.high-groups", "B,H", "screening.referral.window-days", "60"));
    assertEquals(9, s.minPoints());
    assertEquals(List.of("B", "H"), s.highGroups());
    assertEquals(Duration.ofDays(60), s.window());
  }

  @Test
  void refusesAKeyThatIsNotAReferralThreshold() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReplayCommand.referral(Map.of("event-time.idleness", "1s")));
    assertTrue(e.getMessage().contains("event-time.idleness"), e.getMessage());
  }

  @Test
  void refusesAMisspeltReferralKeyInsteadOfIgnoringIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReplayCommand.referral(Map.of("screening.referral.min-point", "9")));
    assertTrue(e.getMessage().contains("unknown key screening.referral.min-point"), e.getMessage());
    assertTrue(e.getMessage().contains("screening.referral.min-points"), "names the keys it knows: " + e.getMessage());
  }

  @Test
  void takesThresholdsPerTypology() {
    ReferralSettings s = ReplayCommand.referral(Map.of("screening.referral.typology-min-points",
        "sexual-exploitation=5,labour-broker=6"));
    assertEquals(Map.of("labour-broker", 6.0, "sexual-exploitation", 5.0), s.typologyMinPoints());
    assertEquals(5.0, s.minPointsFor(List.of("wage-control", "sexual-exploitation")));
    assertEquals(7.0, s.minPointsFor(List.of("wage-control")));
  }

  @Test
  void refusesAThresholdTheJobWouldRefuse() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReplayCommand.referral(Map.of("screening.referral.min-points", "0")));
    assertTrue(e.getMessage().contains("screening.referral.min-points"), e.getMessage());
  }
}
