package dev.moneytrail.stream.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.stream.features.FeatureHorizons;
import dev.moneytrail.stream.state.CounterpartyFlow;
import dev.moneytrail.stream.state.InflowState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fan-in operator: inputs held until the watermark, then screened in event-time order. */
class FanInScreeningFunctionTest {

  private static final Instant PAYDAY = Instant.parse("2026-02-27T09:00:00Z");
  private KeyedBroadcastOperatorTestHarness<String, CounterpartyFlow, RulePackage, ScoredHit> harness;

  @BeforeEach
  void open() throws Exception {
    harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
        new FanInScreeningFunction(RulePackages.load(null)), CounterpartyFlow::getBeneficiaryId, Types.STRING,
        ScreeningState.RULES);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  /** Worker {@code w} sends 70% of a wage to CTRL {@code hours} after payday. */
  private void flow(int w, int hours) throws Exception {
    Instant at = PAYDAY.plus(Duration.ofHours(hours));
    InflowState in = InflowState.newBuilder().setTxnId("fwd-" + w).setAt(at.toEpochMilli())
        .setSenderAccountId("W" + w).setSenderCustomerId("C" + w).setSenderName("Worker Family" + w)
        .setSenderAddress("Street " + w).setSenderEmployerId("EMP" + w).setChannel("INTERNAL")
        .setAmountUnits(1_120_0000L).setSinceSenderPaydayMs(Duration.ofHours(hours).toMillis())
        .setShareOfWageUnits(7_000L).build();
    harness.processElement(CounterpartyFlow.newBuilder().setBeneficiaryId("CTRL")
        .setBeneficiaryName("Viktor Petrov").setInflow(in).build(), at.toEpochMilli());
  }

  private List<ScoredHit> hits() {
    return harness.extractOutputValues();
  }

  @Test
  void holdsFlowsUntilTheWatermarkThenScreensThemInEventTimeOrder() throws Exception {
    // The fifth sender's transfer (hour 10) arrives before the other four (hours 2-8).
    flow(5, 10);
    for (int w = 1; w <= 4; w++) {
      flow(w, 2 * w);
    }
    assertEquals(List.of(), hits(), "nothing is screened before the watermark");
    harness.watermark(PAYDAY.plus(Duration.ofHours(12)).toEpochMilli());
    List<ScoredHit> hits = hits();
    assertEquals(1, hits.size(), hits.toString());
    assertEquals("LT-FANIN-CONTROLLER", hits.get(0).hit.getRuleId());
    assertEquals(PAYDAY.plus(Duration.ofHours(10)), hits.get(0).hit.getFiredAt(),
        "fires on the fifth sender's transfer, as an in-order run would");
  }

  @Test
  void screensALateFlowAtOnce() throws Exception {
    harness.watermark(PAYDAY.plus(Duration.ofDays(1)).toEpochMilli());
    for (int w = 1; w <= 5; w++) {
      flow(w, w);
    }
    assertEquals(1, hits().size());
  }

  @Test
  void holdsAFlowWhoseMinuteIsStillOpenThoughTheWatermarkPassedIt() throws Exception {
    // An upstream operator releases a minute's inputs just before it forwards that minute's
    // watermark, so they can arrive with the watermark already inside their minute: they are
    // screened in order with the rest of that minute, not as late arrivals ahead of it.
    Instant minute = PAYDAY.plus(Duration.ofHours(10));
    for (int w = 1; w <= 4; w++) {
      flow(w, 2 * w - 1);
    }
    harness.watermark(PAYDAY.plus(Duration.ofHours(9)).toEpochMilli());
    harness.watermark(minute.plusSeconds(30).toEpochMilli());
    flow(5, 10);
    assertEquals(List.of(), hits(), "the fifth flow's minute has not been flushed");
    harness.watermark(minute.plusSeconds(60).toEpochMilli());
    assertEquals(1, hits().size());
  }

  @Test
  void clearsAQuietBeneficiaryAfterItsHorizon() throws Exception {
    flow(1, 1);
    harness.watermark(PAYDAY.plus(Duration.ofHours(2)).toEpochMilli());
    assertEquals(1, harness.numEventTimeTimers(), "only the clean-up timer is left");
    harness.watermark(PAYDAY.plus(FeatureHorizons.INFLOW_HORIZON).plus(Duration.ofDays(8)).toEpochMilli());
    assertEquals(0, harness.numEventTimeTimers(), "the clean-up timer fired");
  }
}
