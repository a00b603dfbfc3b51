package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.stream.metrics.ScreeningMetrics;
import dev.moneytrail.schemas.RuleAuditAction;
import dev.moneytrail.schemas.RuleRole;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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
  private transient Map<String, RuleRuntime> runtimes;
  private transient PackageSchedule schedule;
  private transient ShadowSchedule shadows;
  private transient ValueState<Long> cleanupAt;
  protected transient ScreeningMetrics metrics;

  RuleAwareFunction(RulePackage initialPackage) {
    this.initialPackage = initialPackage;
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    cleanupAt = getRuntimeContext().getState(ScreeningState.CLEANUP_AT);
    metrics = new ScreeningMetrics(getRuntimeContext().getMetricGroup());
    runtimes = new HashMap<>();
    runtimes.put(initialPackage.getContentHash(), RuleRuntime.of(initialPackage, userClassLoader()));
    schedule = null; // rebuilt from broadcast state (restored after a failure) at first use
  }

  private ClassLoader userClassLoader() {
    return getRuntimeContext().getUserCodeClassLoader();
  }

  /**
   * A published package: compiled here, off the event path, before it is accepted. One that does
   * not compile, fails validation or does not match its hash is refused and reported; the
   * packages in effect stay. A shadow package goes through the same checks; a shadow withdrawal
   * needs no compiling, only the second person's approval.
   */
  @Override
  public void processBroadcastElement(RulePackage pkg, Context ctx, Collector<ScoredHit> out) throws Exception {
    boolean startUpPackage = pkg.getRole() == RuleRole.CHAMPION
        && pkg.getContentHash().equals(initialPackage.getContentHash());
    if (!startUpPackage && !MakerChecker.isSecondPerson(pkg.getAuthor(), pkg.getApprovedBy())) {
      report(ctx, RuleAuditAction.REFUSED_BY_JOB, pkg, "not approved by a second person (author '"
          + pkg.getAuthor() + "', approver '" + pkg.getApprovedBy() + "')");
      return;
    }
    RuleRuntime compiled = null;
    if (pkg.getRole() != RuleRole.WITHDRAW_SHADOW) {
      try {
        compiled = RuleRuntime.of(pkg, userClassLoader());
      } catch (RuntimeException e) {
        report(ctx, RuleAuditAction.REFUSED_BY_JOB, pkg, e.getMessage());
        return;
      }
    }
    BroadcastState<String, RulePackage> rules = ctx.getBroadcastState(ScreeningState.RULES);
    String key = stateKey(pkg);
    boolean known = rules.contains(key);
    rules.put(key, pkg);
    for (String old : PackageSchedule.evictions(rules.entries())) {
      rules.remove(old);
    }
    if (compiled != null) {
      runtimes.put(pkg.getContentHash(), compiled);
    }
    schedule = null;
    if (!known) {
      switch (pkg.getRole()) {
        case SHADOW -> report(ctx, RuleAuditAction.ACTIVATED, pkg,
            "in shadow beside the champion for events from " + pkg.getEffectiveFrom() + "; alerts to the shadow topic only");
        case WITHDRAW_SHADOW -> report(ctx, RuleAuditAction.WITHDRAWN, pkg,
            "shadow run stopped for events from " + pkg.getEffectiveFrom());
        default -> report(ctx, RuleAuditAction.ACTIVATED, pkg, "in effect for events from " + pkg.getEffectiveFrom());
      }
    }
  }

  /**
   * Broadcast state key: champions keep their released form ({@code id@version#hash}, so state
   * from earlier savepoints still matches); shadow entries are prefixed with their role, so the
   * same package can be champion and challenger without one replacing the other.
   */
  static String stateKey(RulePackage pkg) {
    String key = pkg.getPackageId() + "@" + pkg.getVersion() + "#" + pkg.getContentHash();
    return pkg.getRole() == RuleRole.CHAMPION ? key : pkg.getRole() + ":" + key;
  }

  private void report(Context ctx, RuleAuditAction action, RulePackage pkg, String detail) {
    if (reportsForTheJob()) {
      ctx.output(ScreeningState.RULE_AUDIT, RuleAudit.event(action, pkg, "job", ctx.currentProcessingTime(), detail));
    }
  }

  /** One verdict per job, not one per parallel instance: the first subtask reports. */
  private boolean reportsForTheJob() {
    return getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0;
  }

  /**
   * Evaluates the package in effect at {@code eventTime} on one snapshot of facts, and, when a
   * challenger is running in shadow at that time, the challenger on the same facts with its hits
   * to {@link ScreeningState#SHADOW_HITS} only. The champion's hits are computed first and the same
   * way whether or not a challenger runs; with no challenger ever accepted the only extra work is
   * one check.
   */
  protected void evaluate(ReadOnlyContext ctx, long eventTime, List<Object> facts, Collector<ScoredHit> out)
      throws Exception {
    if (schedule == null) {
      ReadOnlyBroadcastState<String, RulePackage> rules = ctx.getBroadcastState(ScreeningState.RULES);
      schedule = PackageSchedule.of(initialPackage, rules.immutableEntries());
      shadows = ShadowSchedule.of(rules.immutableEntries());
    }
    runtime(schedule.at(eventTime)).evaluate(facts, out, metrics);
    if (shadows.isEmpty()) {
      return;
    }
    RulePackage challenger = shadows.at(eventTime);
    if (challenger != null) {
      runtime(challenger).evaluateInShadow(facts, hit -> ctx.output(ScreeningState.SHADOW_HITS, hit));
    }
  }

  private RuleRuntime runtime(RulePackage pkg) {
    RuleRuntime runtime = runtimes.get(pkg.getContentHash());
    if (runtime == null) {
      // Restored from a checkpoint: packages come back through broadcast state, not through
      // processBroadcastElement, so compile on first use (from the cache after the first task).
      runtime = RuleRuntime.of(pkg, userClassLoader());
      runtimes.put(pkg.getContentHash(), runtime);
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
