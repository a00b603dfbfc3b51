package dev.moneytrail.stream.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterSweepTest {

  @Test
  void stepsExactlyFromLowToHighInclusive() {
    ParameterSweep s = ParameterSweep.parse("LT-PAYROLL-FUNNEL.fwd.share=0.50:0.90:0.10");
    assertEquals("LT-PAYROLL-FUNNEL.fwd.share", s.parameter());
    assertEquals(List.of("0.50", "0.60", "0.70", "0.80", "0.90"), s.values());
  }

  @Test
  void sweepsIntegerParametersAsIntegers() {
    assertEquals(List.of("3", "4", "5"), ParameterSweep.parse("LT-FANIN-CONTROLLER.fanin.min.senders=3:5:1").values());
  }

  @Test
  void sweepsDurationsInTheNotationOfTheParametersFile() {
    ParameterSweep s = ParameterSweep.parse("LT-PAYROLL-FUNNEL.fwd.window=24h:96h:24h");
    assertEquals("LT-PAYROLL-FUNNEL.fwd.window", s.parameter());
    assertEquals(List.of("24h", "48h", "72h", "96h"), s.values());
  }

  @Test
  void sweepsMixedUnitsInTheSmallestOneUsed() {
    assertEquals(List.of("24h", "36h", "48h", "60h", "72h"), ParameterSweep.parse("x=1d:3d:12h").values());
    assertEquals(List.of("7d", "14d", "21d", "28d", "35d"), ParameterSweep.parse("x=7d:35d:7d").values());
  }

  @Test
  void sweepsIsoDurationsAsIso() {
    assertEquals(List.of("PT24H", "PT48H", "PT72H"), ParameterSweep.parse("x=PT24H:PT72H:PT24H").values());
  }

  @Test
  void sweptDurationsAreValuesTheRuleEngineReads() {
    for (String v : ParameterSweep.parse("x=12h:3d:12h").values()) {
      assertEquals(0, dev.moneytrail.rules.ParameterType.parseDuration(v).toMinutes() % 720, v);
    }
  }

  @Test
  void refusesMalformedRangesWithAMessage() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterSweep.parse("x=1:2")).getMessage().contains("LO:HI:STEP"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterSweep.parse("x=1:2:0")).getMessage().contains("positive"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterSweep.parse("x=2:1:1")).getMessage().contains("below"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterSweep.parse("x=48h:72h:soon")).getMessage().contains("plain numbers or durations"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterSweep.parse("x=72h:48h:1h")).getMessage().contains("below"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterSweep.parse("x=48h:72h:0h")).getMessage().contains("positive"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterSweep.parse("x=0:1000:1")).getMessage().contains("more than"));
  }
}
