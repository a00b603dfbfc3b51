package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.stream.metrics.ScreeningMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
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
  private transient ListState<ScoredHit> held;
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
    held = getRuntimeContext().getListState(ScreeningState.CONSOLIDATION_HELD);
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
    if (AlertAssembler.isConditional(hit.hit)) {
      // Counts only beside its predicate high on this subject; until then held, never sent.
      if (open == null || !AlertAssembler.sameEpisode(open, hit) || !AlertAssembler.joins(open, hit.hit)) {
        hold(hit, ctx);
        return;
      }
      Optional<Alert> next = AlertAssembler.attach(open, hit);
      if (next.isEmpty()) {
        return;
      }
      emitted = next.get();
    } else if (open == null || !AlertAssembler.sameEpisode(open, hit)) {
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
    joinHeld(emitted);
    openAlert.update(emitted);
    if (AlertAssembler.isAlertable(emitted)) {
      metrics.counter(alertCounter, "typology", emitted.getTypology(),
          "severity", emitted.getSeverity().name()).increment();
      out.collect(emitted);
    }
    ctx.timerService().registerEventTimeTimer(
        emitted.getWindowEnd().plus(AlertAssembler.EPISODE_GAP).toEpochMilli() + 1);
  }

  /** Keeps the latest conditional hit per rule until its window has passed. */
  private void hold(ScoredHit hit, Context ctx) throws Exception {
    List<ScoredHit> kept = new ArrayList<>();
    boolean newer = true;
    for (ScoredHit h : held.get()) {
      if (!h.hit.getRuleId().equals(hit.hit.getRuleId())) {
        kept.add(h);
      } else if (AlertAssembler.HIT_ORDER.compare(h.hit, hit.hit) > 0) {
        kept.add(h);
        newer = false;
      }
    }
    if (newer) {
      kept.add(hit);
      ctx.timerService().registerEventTimeTimer(heldUntil(hit) + 1);
    }
    held.update(kept);
  }

  /** A held hit waits as long as its rule looks back (H3: 180 days), else one episode gap. */
  private static long heldUntil(ScoredHit h) {
    java.time.Duration window = ProceedsEstimator.window(h.hit);
    return h.hit.getFiredAt().plus(window.isZero() ? AlertAssembler.EPISODE_GAP : window).toEpochMilli();
  }

  /** Held conditional hits whose predicate this revision brings join it, in the same revision. */
  private void joinHeld(Alert emitted) throws Exception {
    List<ScoredHit> waiting = new ArrayList<>();
    for (ScoredHit h : held.get()) {
      waiting.add(h);
    }
    if (waiting.isEmpty()) {
      return;
    }
    waiting.sort(SAME_TIME_ORDER);
    List<ScoredHit> still = new ArrayList<>();
    for (ScoredHit h : waiting) {
      if (AlertAssembler.joins(emitted, h.hit)) {
        AlertAssembler.join(emitted, h);
      } else {
        still.add(h);
      }
    }
    if (still.size() != waiting.size()) {
      held.update(still);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
    for (ScoredHit hit : pending.takeUpTo(timestamp)) {
      consolidate(hit, ctx, out);
    }
    List<ScoredHit> still = new ArrayList<>();
    boolean expired = false;
    for (ScoredHit h : held.get()) {
      if (heldUntil(h) < timestamp) {
        expired = true;
      } else {
        still.add(h);
      }
    }
    if (expired) {
      held.update(still);
    }
    Alert open = openAlert.value();
    if (open != null && open.getWindowEnd().plus(AlertAssembler.EPISODE_GAP).toEpochMilli() < timestamp) {
      openAlert.clear();
    }
  }
}
