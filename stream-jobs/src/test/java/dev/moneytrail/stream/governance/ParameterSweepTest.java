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
  void refusesMalformedRangesWithAMessage() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterSweep.parse("x=1:2")).getMessage().contains("LO:HI:STEP"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterSweep.parse("x=1:2:0")).getMessage().contains("positive"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterSweep.parse("x=2:1:1")).getMessage().contains("below"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterSweep.parse("x=48h:72h:1h")).getMessage().contains("plain numbers"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterSweep.parse("x=0:1000:1")).getMessage().contains("more than"));
  }
}
