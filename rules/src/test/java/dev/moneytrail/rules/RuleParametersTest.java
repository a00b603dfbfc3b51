package dev.moneytrail.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed reads of tunable thresholds. */
class RuleParametersTest {
  private static final RuleParameters P = RuleParameters.of(Map.of(
      "LT-PAYROLL-FUNNEL.fwd.share", "0.60",
      "LT-PAYROLL-FUNNEL.fwd.window", "48h",
      "LT-PAYROLL-FUNNEL.min.cycles", "2",
      "LT-STRUCTURED-CASH.window", "7d"));

  @Test
  void readsDecimalsExactly() {
    assertEquals(new BigDecimal("0.60"), P.decimal("LT-PAYROLL-FUNNEL.fwd.share"));
  }

  @Test
  void readsIntegersAndDurations() {
    assertEquals(2, P.integer("LT-PAYROLL-FUNNEL.min.cycles"));
    assertEquals(Duration.ofHours(48), P.duration("LT-PAYROLL-FUNNEL.fwd.window"));
    assertEquals("48h", P.string("LT-PAYROLL-FUNNEL.fwd.window"));
  }

  @ParameterizedTest
  @CsvSource({"48h,PT48H", "7d,PT168H", "30m,PT30M", "90s,PT1M30S", "PT48H,PT48H", "P7D,PT168H",
      "pt2h,PT2H", " 12H ,PT12H"})
  void parsesShortAndIsoDurations(String text, String iso) {
    assertEquals(Duration.parse(iso), ParameterType.parseDuration(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"48", "h", "48x", "4 8h", "1.5h", "P", ""})
  void refusesWhatIsNotADuration(String text) {
    assertThrows(IllegalArgumentException.class, () -> ParameterType.parseDuration(text));
  }

  @Test
  void namesTheParameterAndTheRuleWhenAValueIsMissing() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> P.decimal("LT-FANIN-CONTROLLER.min.share"));
    assertTrue(e.getMessage().contains("LT-FANIN-CONTROLLER.min.share"), e.getMessage());
    assertTrue(e.getMessage().contains("rule LT-FANIN-CONTROLLER"), e.getMessage());
  }

  @Test
  void namesTheParameterAndTheRuleWhenTheTypeIsWrong() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> P.integer("LT-PAYROLL-FUNNEL.fwd.share"));
    assertTrue(e.getMessage().contains("rule LT-PAYROLL-FUNNEL reads parameter"
        + " LT-PAYROLL-FUNNEL.fwd.share as integer"), e.getMessage());
  }

  @Test
  void groupsValuesByRule() {
    assertEquals(Map.of("LT-STRUCTURED-CASH.window", "7d"), P.forRule("LT-STRUCTURED-CASH"));
    assertEquals(Map.of(), P.forRule("LT-NOTHING"));
  }

  @Test
  void checksDeclaredRanges() {
    ParameterSpec share = new ParameterSpec("R.share", ParameterType.DECIMAL, "0.60", "0.10", "1.00",
        "d", "r.drl", 3);
    assertEquals(java.util.Optional.empty(), share.valueProblem("1.00"));
    assertTrue(share.valueProblem("1.01").orElseThrow().contains("out of range [0.10, 1.00] declared at r.drl:3"));
    assertTrue(share.valueProblem("0.0999").isPresent());
    ParameterSpec window = new ParameterSpec("R.window", ParameterType.DURATION, "48h", "1h", "14d",
        "d", "r.drl", 4);
    assertEquals(java.util.Optional.empty(), window.valueProblem("PT336H"));
    assertTrue(window.valueProblem("15d").isPresent());
    assertTrue(window.valueProblem("59m").isPresent());
  }
}
