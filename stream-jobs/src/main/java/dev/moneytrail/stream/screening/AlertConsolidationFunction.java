package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.stream.metrics.ScreeningMetrics;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by subject and typology: keeps the open alert, attaches later hits, and emits a new
 * revision whenever the evidence grows. The open alert is dropped once its episode can no longer
 * be extended (event-time timer), so state does not grow with history.
 */
public final class AlertConsolidationFunction extends KeyedProcessFunction<String, ScoredHit, Alert> {

  private final String alertCounter;
  private transient ValueState<Alert> openAlert;
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
    metrics = new ScreeningMetrics(getRuntimeContext().getMetricGroup());
  }

  @Override
  public void processElement(ScoredHit hit, Context ctx, Collector<Alert> out) throws Exception {
    Alert open = openAlert.value();
    Alert emitted;
    if (open == null || !AlertAssembler.sameEpisode(open, hit)) {
      emitted = AlertAssembler.open(hit);
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
    Alert open = openAlert.value();
    if (open != null && open.getWindowEnd().plus(AlertAssembler.EPISODE_GAP).toEpochMilli() < timestamp) {
      openAlert.clear();
    }
  }
}
