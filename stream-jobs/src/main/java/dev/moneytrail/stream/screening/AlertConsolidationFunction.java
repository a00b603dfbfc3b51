package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.stream.metrics.ScreeningMetrics;
import java.util.Comparator;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by subject and typology: keeps the open alert, attaches later hits, and emits a new
 * revision whenever the evidence grows. The open alert is dropped once its episode can no longer
 * be extended (event-time timer), so state does not grow with history.
 *
 * <p>Hits of one key come from several operators and subtasks (an account's own rules, the
 * shared-attribute rules that name it), so they arrive in no fixed order. The first hit names the
 * alert (its day is in the id), so hits are taken in event-time order: each is held until the
 * watermark passes its minute. The upstream operators release a minute's hits just before they
 * forward that minute's watermark, so this adds no delay beyond theirs.
 */
public final class AlertConsolidationFunction extends KeyedProcessFunction<String, ScoredHit, Alert> {

  private final String alertCounter;
  private transient ValueState<Alert> openAlert;
  private transient EventTimeBuffer<ScoredHit> pending;
  private transient ScreeningMetrics metrics;

  /** Consolidates the champion's hits into the alerts analysts review. */
  public AlertConsolidationFunction() {
    this("screening.alerts");
  }

  /**
   * @param alertCounter metric counting emitted alerts; shadow alerts count apart so that a trial
   *     beside the champion does not change the live alert figures
   */
  public AlertConsolidationFunction(String alertCounter) {
    this.alertCounter = alertCounter;
  }

  @Override
  public void open(OpenContext openContext) {
    openAlert = getRuntimeContext().getState(ScreeningState.OPEN_ALERT);
    pending = new EventTimeBuffer<>(getRuntimeContext().getListState(ScreeningState.CONSOLIDATION_PENDING),
        h -> h.hit.getFiredAt().toEpochMilli(), SAME_TIME_ORDER);
    metrics = new ScreeningMetrics(getRuntimeContext().getMetricGroup());
  }

  /** Hits of the same millisecond: by rule, finding and package, never by arrival. */
  static final Comparator<ScoredHit> SAME_TIME_ORDER = Comparator
      .<ScoredHit, dev.moneytrail.schemas.RuleHit>comparing(h -> h.hit, AlertAssembler.HIT_ORDER)
      .thenComparing(h -> h.rulePackage, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(h -> h.description, Comparator.nullsFirst(Comparator.naturalOrder()));

  @Override
  public void processElement(ScoredHit hit, Context ctx, Collector<Alert> out) throws Exception {
    if (!pending.add(hit, ctx.timerService())) {
      consolidate(hit, ctx, out);
    }
  }

  private void consolidate(ScoredHit hit, Context ctx, Collector<Alert> out) throws Exception {
    Alert open = openAlert.value();
    Alert emitted;
    if (open == null || !AlertAssembler.sameEpisode(open, hit)) {
      emitted = AlertAssembler.open(hit);
    } else if (AlertAssembler.isContextOnly(open) && !hit.hit.getContext()) {
      // The first indicator opens the alert; the context held so far joins it.
      emitted = AlertAssembler.open(hit, open);
    } else {
      Optional<Alert> next = AlertAssembler.attach(open, hit);
      if (next.isEmpty()) {
        return;
      }
      emitted = next.get();
    }
    openAlert.update(emitted);
    if (AlertAssembler.isAlertable(emitted)) {
      metrics.counter(alertCounter, "typology", emitted.getTypology(),
          "severity", emitted.getSeverity().name()).increment();
      out.collect(emitted);
    }
    ctx.timerService().registerEventTimeTimer(
        emitted.getWindowEnd().plus(AlertAssembler.EPISODE_GAP).toEpochMilli() + 1);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
    for (ScoredHit hit : pending.takeUpTo(timestamp)) {
      consolidate(hit, ctx, out);
    }
    Alert open = openAlert.value();
    if (open != null && open.getWindowEnd().plus(AlertAssembler.EPISODE_GAP).toEpochMilli() < timestamp) {
      openAlert.clear();
    }
  }
}
