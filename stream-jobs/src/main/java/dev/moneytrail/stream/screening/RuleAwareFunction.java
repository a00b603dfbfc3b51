package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.stream.metrics.ScreeningMetrics;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A keyed screening function that evaluates the active rule package. Packages arrive on the
 * broadcast side; each is compiled (once per JVM, cached by content hash) before it is accepted,
 * so a package that does not compile is refused and the running one stays. The KieBase never
 * enters Flink state: only the package text does.
 */
abstract class RuleAwareFunction<I> extends KeyedBroadcastProcessFunction<String, I, RulePackage, ScoredHit> {

  private final RulePackage initialPackage;
  private transient RuleRuntime runtime;
  private transient ValueState<Long> cleanupAt;
  protected transient ScreeningMetrics metrics;

  RuleAwareFunction(RulePackage initialPackage) {
    this.initialPackage = initialPackage;
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    cleanupAt = getRuntimeContext().getState(ScreeningState.CLEANUP_AT);
    metrics = new ScreeningMetrics(getRuntimeContext().getMetricGroup());
    runtime = RuleRuntime.of(initialPackage, userClassLoader());
  }

  private ClassLoader userClassLoader() {
    return getRuntimeContext().getUserCodeClassLoader();
  }

  @Override
  public void processBroadcastElement(RulePackage pkg, Context ctx, Collector<ScoredHit> out) throws Exception {
    try {
      RuleRuntime.of(pkg, userClassLoader());
    } catch (RuntimeException e) {
      ctx.output(ScreeningState.REFUSED_PACKAGES, pkg.getPackageId() + "@" + pkg.getVersion()
          + " (" + pkg.getContentHash() + ") refused: " + e.getMessage());
      return;
    }
    BroadcastState<String, RulePackage> rules = ctx.getBroadcastState(ScreeningState.RULES);
    rules.put(ScreeningState.ACTIVE_PACKAGE, pkg);
  }

  /** Evaluates the active package on one snapshot of facts, counting hits per rule. */
  protected void evaluate(ReadOnlyContext ctx, List<Object> facts, Collector<ScoredHit> out) throws Exception {
    rules(ctx).evaluate(facts, out, metrics);
  }

  /** The runtime of the active package: the last accepted broadcast one, else the initial one. */
  protected RuleRuntime rules(ReadOnlyContext ctx) throws Exception {
    ReadOnlyBroadcastState<String, RulePackage> rules = ctx.getBroadcastState(ScreeningState.RULES);
    RulePackage active = rules.get(ScreeningState.ACTIVE_PACKAGE);
    if (active == null) {
      active = initialPackage;
    }
    if (!runtime.contentHash().equals(active.getContentHash())) {
      runtime = RuleRuntime.of(active, userClassLoader());
    }
    return runtime;
  }

  /**
   * Keeps one clean-up timer per key, at the end of the week in which the key will have been idle
   * for {@code retention} in event time. Rounding to weeks means an active key moves its timer
   * about once a week rather than on every event (timer deletes are a heap operation).
   */
  protected void scheduleCleanup(TimerService timers, long lastEventAt, Duration retention) throws Exception {
    long week = Duration.ofDays(7).toMillis();
    long due = Math.floorDiv(lastEventAt + retention.toMillis(), week) * week + week;
    Long pending = cleanupAt.value();
    if (pending == null || pending != due) {
      if (pending != null) {
        timers.deleteEventTimeTimer(pending);
      }
      timers.registerEventTimeTimer(due);
      cleanupAt.update(due);
    }
  }

  /** Whether a timer firing at {@code timestamp} is this key's clean-up timer. */
  protected boolean isCleanupTimer(long timestamp) throws Exception {
    Long due = cleanupAt.value();
    return due != null && due == timestamp;
  }

  /** Called by onTimer implementations once the key's own state has been cleared. */
  protected void cleanupDone() {
    cleanupAt.clear();
  }
}
