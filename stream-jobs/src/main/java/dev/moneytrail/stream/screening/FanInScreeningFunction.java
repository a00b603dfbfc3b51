package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.stream.features.FanInFeatures;
import dev.moneytrail.stream.features.FeatureHorizons;
import dev.moneytrail.stream.state.CounterpartyFlow;
import dev.moneytrail.stream.state.FanInState;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.util.Collector;

/** Keyed by beneficiary: many payers into one account (controller fan-in, remittance fan-in). */
public final class FanInScreeningFunction extends WatermarkOrderedFunction<CounterpartyFlow> {

  private transient ValueState<FanInState> fanIns;

  public FanInScreeningFunction(RulePackage initialPackage) {
    super(initialPackage, ScreeningState.FAN_IN_PENDING);
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    super.open(openContext);
    fanIns = getRuntimeContext().getState(ScreeningState.FAN_IN);
  }

  @Override
  long timeOf(CounterpartyFlow flow) {
    return flow.getInflow().getAt();
  }

  @Override
  Comparator<CounterpartyFlow> tieBreak() {
    return Comparator.comparing((CounterpartyFlow f) -> f.getInflow().getSenderAccountId())
        .thenComparing(f -> f.getInflow().getTxnId());
  }

  @Override
  void screen(CounterpartyFlow flow, ReadOnlyContext ctx, Collector<ScoredHit> out) throws Exception {
    FanInState state = fanIns.value();
    if (state == null) {
      state = FanInFeatures.empty();
    }
    FanInFeatures.apply(state, flow);
    fanIns.update(state);
    Instant asOf = Instant.ofEpochMilli(flow.getInflow().getAt());
    evaluate(ctx, asOf.toEpochMilli(), List.of(FanInFeatures.fact(ctx.getCurrentKey(), state, asOf)), out);
    scheduleCleanup(ctx.timerService(), state.getLastEventAt(), FeatureHorizons.INFLOW_HORIZON);
  }

  @Override
  void clearIfIdle(long timestamp) throws Exception {
    FanInState state = fanIns.value();
    if (state == null || state.getLastEventAt() + FeatureHorizons.INFLOW_HORIZON.toMillis() <= timestamp) {
      fanIns.clear();
      cleanupDone();
    }
  }
}
