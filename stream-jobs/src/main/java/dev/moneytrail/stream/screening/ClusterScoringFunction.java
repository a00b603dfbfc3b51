package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.stream.state.ClusterState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by cluster anchor ({@link ClusterScoring#anchorOf(Alert)}): scores the alerts of one
 * entity cluster together and stamps each with the cluster's id, points, referral flag and
 * explanation. Every alert goes out; referral is a flag, never a gate. When the cluster's verdict
 * changes, the earlier members' alerts are sent again with the new verdict, as their next revision
 * (same alert id).
 *
 * <p>Alerts come from consolidation subtasks in any interleaving, so they are held until the
 * watermark passes them and scored in event-time order ({@link EventTimeBuffer}, as the
 * watermark-ordered rule operators do): the same input gives the same verdicts and revisions
 * before and after a restore and at any parallelism. Members whose evidence has left the window
 * are dropped (event-time clean-up timer), so state is bounded by the window.
 */
public final class ClusterScoringFunction extends KeyedProcessFunction<String, Alert, Alert> {

  /** Same event time: by alert id, then revision, so a later revision is never scored first. */
  static final Comparator<Alert> TIE_BREAK = Comparator.comparing(Alert::getAlertId)
      .thenComparingInt(Alert::getRevision);

  private final ReferralSettings settings;
  private transient EventTimeBuffer<Alert> buffer;
  private transient MapState<String, Alert> members;
  private transient ValueState<ClusterState> cluster;

  public ClusterScoringFunction(ReferralSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext openContext) {
    buffer = new EventTimeBuffer<>(getRuntimeContext().getListState(ScreeningState.CLUSTER_PENDING),
        a -> a.getCreatedAt().toEpochMilli(), TIE_BREAK);
    members = getRuntimeContext().getMapState(ScreeningState.CLUSTER_MEMBERS);
    cluster = getRuntimeContext().getState(ScreeningState.CLUSTER);
  }

  @Override
  public void processElement(Alert alert, Context ctx, Collector<Alert> out) throws Exception {
    if (!buffer.add(alert, ctx.timerService())) {
      score(alert, ctx.getCurrentKey(), ctx.timerService(), out);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
    for (Alert alert : buffer.takeUpTo(timestamp)) {
      score(alert, ctx.getCurrentKey(), ctx.timerService(), out);
    }
    ClusterState state = cluster.value();
    if (state != null && state.getCleanupAt() == timestamp) {
      state.setCleanupAt(0);
      dropExpired(Instant.ofEpochMilli(timestamp));
      if (members.isEmpty()) {
        cluster.clear();
      } else {
        cluster.update(state);
        scheduleCleanup(state, ctx.timerService());
      }
    }
  }

  private void score(Alert alert, String anchor, TimerService timers, Collector<Alert> out) throws Exception {
    Instant at = alert.getCreatedAt();
    dropExpired(at);
    ClusterState state = cluster.value();
    if (state == null || members.isEmpty()) {
      state = new ClusterState(ClusterScoring.clusterId(anchor, at), false, state == null ? 0L : state.getCleanupAt());
    }
    Alert previous = members.get(alert.getAlertId());
    // Re-sent revisions are this operator's own: number after whichever is higher, so that each
    // revision of an alert is unique and later ones supersede earlier ones.
    int revision = previous == null ? alert.getRevision() : Math.max(alert.getRevision(), previous.getRevision() + 1);
    members.put(alert.getAlertId(), alert);
    List<Alert> all = new ArrayList<>();
    for (Alert a : members.values()) {
      all.add(a);
    }
    ClusterScoring.Verdict verdict = ClusterScoring.score(all, at, settings);
    String explanation = ClusterScoring.explain(anchor, verdict, settings, at);
    Alert scored = stamp(alert, state.getClusterId(), anchor, verdict, explanation, revision);
    members.put(alert.getAlertId(), scored);
    out.collect(scored);
    if (verdict.referral() != state.getReferral()) {
      List<String> earlier = new ArrayList<>();
      for (Map.Entry<String, Alert> e : members.entries()) {
        if (!e.getKey().equals(alert.getAlertId())) {
          earlier.add(e.getKey());
        }
      }
      earlier.sort(null);
      for (String id : earlier) {
        Alert member = members.get(id);
        Alert resent = stamp(member, state.getClusterId(), anchor, verdict, explanation, member.getRevision() + 1);
        members.put(id, resent);
        out.collect(resent);
      }
      state.setReferral(verdict.referral());
    }
    scheduleCleanup(state, timers);
    cluster.update(state);
  }

  private static Alert stamp(Alert alert, String clusterId, String anchor, ClusterScoring.Verdict verdict,
      String explanation, int revision) {
    Alert a = Alert.newBuilder(alert).build();
    a.setRevision(revision);
    a.setClusterId(clusterId);
    a.setClusterAccountId(anchor);
    a.setClusterScore(verdict.points());
    a.setReferral(verdict.referral());
    a.setClusterExplanation(explanation);
    return a;
  }

  /** Members whose latest evidence is older than the window no longer count. */
  private void dropExpired(Instant at) throws Exception {
    Instant from = at.minus(settings.window());
    List<String> expired = new ArrayList<>();
    for (Map.Entry<String, Alert> e : members.entries()) {
      if (!e.getValue().getWindowEnd().isAfter(from)) {
        expired.add(e.getKey());
      }
    }
    for (String id : expired) {
      members.remove(id);
    }
  }

  /** One clean-up timer per cluster: when its newest member's evidence leaves the window. */
  private void scheduleCleanup(ClusterState state, TimerService timers) throws Exception {
    long newest = Long.MIN_VALUE;
    for (Alert a : members.values()) {
      newest = Math.max(newest, a.getWindowEnd().toEpochMilli());
    }
    long due = newest + settings.window().toMillis();
    if (state.getCleanupAt() != due) {
      if (state.getCleanupAt() != 0) {
        timers.deleteEventTimeTimer(state.getCleanupAt());
      }
      timers.registerEventTimeTimer(due);
      state.setCleanupAt(due);
    }
  }
}
