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
public final class AttributeScreeningFunction extends WatermarkOrderedFunction<AttributeSighting> {

  private transient ValueState<AttributeState> attributes;

  public AttributeScreeningFunction(RulePackage initialPackage) {
    super(initialPackage, ScreeningState.ATTRIBUTE_PENDING);
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    super.open(openContext);
    attributes = getRuntimeContext().getState(ScreeningState.ATTRIBUTE);
  }

  @Override
  long timeOf(AttributeSighting s) {
    return s.getAt();
  }

  @Override
  Comparator<AttributeSighting> tieBreak() {
    return Comparator.comparing((AttributeSighting s) -> s.getHolder().getAccountId())
        .thenComparing(s -> String.valueOf(s.getHolder().getLastTxnId()));
  }

  @Override
  void screen(AttributeSighting s, ReadOnlyContext ctx, Collector<ScoredHit> out) throws Exception {
    AttributeState state = attributes.value();
    if (state == null) {
      state = AttributeFeatures.empty();
    }
    if (AttributeFeatures.ATM.equals(s.getKind())) {
      // An ATM is screened for card custody (C4) only, when its sessions change.
      boolean sessionsChanged = AttributeFeatures.applyAtm(state, s);
      attributes.update(state);
      if (sessionsChanged) {
        Instant asOf = Instant.ofEpochMilli(s.getAt());
        evaluate(ctx, s.getAt(), List.of(AttributeFeatures.atmFact(s.getValue(), state, asOf)), out);
      }
      scheduleCleanup(ctx.timerService(), state.getLastEventAt(), FeatureHorizons.HOLDER_HORIZON);
      return;
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
  void clearIfIdle(long timestamp) throws Exception {
    AttributeState state = attributes.value();
    if (state == null || state.getLastEventAt() + FeatureHorizons.HOLDER_HORIZON.toMillis() <= timestamp) {
      attributes.clear();
      cleanupDone();
    }
  }
}
