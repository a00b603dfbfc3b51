package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.stream.features.AttributeFeatures;
import dev.moneytrail.stream.features.FeatureHorizons;
import dev.moneytrail.stream.state.AttributeSighting;
import dev.moneytrail.stream.state.AttributeState;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.util.Collector;

/** Keyed by identifier value: accounts sharing a device, phone, address, e-mail or introducer. */
public final class AttributeScreeningFunction extends RuleAwareFunction<AttributeSighting> {

  private transient ValueState<AttributeState> attributes;
  private transient EventTimeBuffer<AttributeSighting> buffer;

  public AttributeScreeningFunction(RulePackage initialPackage) {
    super(initialPackage);
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    super.open(openContext);
    attributes = getRuntimeContext().getState(ScreeningState.ATTRIBUTE);
    buffer = new EventTimeBuffer<>(getRuntimeContext().getListState(ScreeningState.ATTRIBUTE_PENDING),
        AttributeSighting::getAt,
        Comparator.comparing((AttributeSighting s) -> s.getHolder().getAccountId())
            .thenComparing(s -> String.valueOf(s.getHolder().getLastTxnId())));
  }

  @Override
  public void processElement(AttributeSighting s, ReadOnlyContext ctx, Collector<ScoredHit> out) throws Exception {
    if (!buffer.add(s, ctx.timerService())) {
      screen(s, ctx, out);
    }
  }

  private void screen(AttributeSighting s, ReadOnlyContext ctx, Collector<ScoredHit> out) throws Exception {
    AttributeState state = attributes.value();
    if (state == null) {
      state = AttributeFeatures.empty();
    }
    boolean changed = AttributeFeatures.apply(state, s);
    attributes.update(state);
    if (changed) {
      Instant asOf = Instant.ofEpochMilli(s.getAt());
      evaluate(ctx, asOf.toEpochMilli(), List.of(AttributeFeatures.fact(s.getKind(), s.getValue(), state, asOf)), out);
    }
    scheduleCleanup(ctx.timerService(), state.getLastEventAt(), FeatureHorizons.HOLDER_HORIZON);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<ScoredHit> out) throws Exception {
    for (AttributeSighting s : buffer.takeUpTo(timestamp)) {
      screen(s, ctx, out);
    }
    if (isCleanupTimer(timestamp)) {
      AttributeState state = attributes.value();
      if (state == null || state.getLastEventAt() + FeatureHorizons.HOLDER_HORIZON.toMillis() <= timestamp) {
        attributes.clear();
        cleanupDone();
      }
    }
  }
}
