package dev.moneytrail.stream.metrics;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.flink.metrics.MetricGroup;

/**
 * The job's own metrics, recorded twice on purpose: in Micrometer's global registry (the demo and
 * any embedding process export it for Prometheus at /metrics) and in Flink's metric group of the
 * operator (a Flink cluster exports those through its configured reporter). Names follow
 * Micrometer's dotted convention; tags carry the dimension (docs/operations.md lists them).
 *
 * <ul>
 *   <li>{@code screening.events.in{type=transaction|account}}</li>
 *   <li>{@code screening.deadletters{reason=...}}</li>
 *   <li>{@code screening.rule.hits{rule=...}}</li>
 *   <li>{@code screening.alerts{typology=...,severity=...}} (every emitted revision)</li>
 *   <li>{@code screening.rule.evaluation} timer (one Drools evaluation of one snapshot)</li>
 * </ul>
 */
public final class ScreeningMetrics {

  /** A counter kept in both registries. */
  public static final class DualCounter {
    private final io.micrometer.core.instrument.Counter micrometer;
    private final org.apache.flink.metrics.Counter flink;

    DualCounter(io.micrometer.core.instrument.Counter micrometer, org.apache.flink.metrics.Counter flink) {
      this.micrometer = micrometer;
      this.flink = flink;
    }

    public void increment() {
      micrometer.increment();
      flink.inc();
    }
  }

  private final MetricGroup group;
  private final ConcurrentMap<String, DualCounter> counters = new ConcurrentHashMap<>();
  private final Map<String, DualCounter> ruleHits = new HashMap<>();

  public ScreeningMetrics(MetricGroup group) {
    this.group = group;
  }

  /**
   * A counter for {@code name} with one tag; created once per operator instance and tag value.
   * Callers on the per-event path keep the returned counter in a field: building the lookup key
   * for every event cost more than the counting.
   */
  public DualCounter counter(String name, String tag, String value) {
    return counters.computeIfAbsent(name + "|" + tag + "|" + value, k -> new DualCounter(
        Metrics.counter(name, tag, value),
        group.addGroup(tag, value).counter(name)));
  }

  /** The counter of hits of one rule; looked up by rule id alone, as hits are few. */
  public DualCounter ruleHits(String ruleId) {
    DualCounter c = ruleHits.get(ruleId);
    if (c == null) {
      c = counter("screening.rule.hits", "rule", ruleId);
      ruleHits.put(ruleId, c);
    }
    return c;
  }

  /** A counter for {@code name} with two tags. */
  public DualCounter counter(String name, String tag1, String value1, String tag2, String value2) {
    return counters.computeIfAbsent(name + "|" + tag1 + "|" + value1 + "|" + tag2 + "|" + value2,
        k -> new DualCounter(Metrics.counter(name, tag1, value1, tag2, value2),
            group.addGroup(tag1, value1).addGroup(tag2, value2).counter(name)));
  }

  /** The evaluation-latency timer (Micrometer only: Flink has no timer type). */
  public static Timer evaluationTimer() {
    return Timer.builder("screening.rule.evaluation")
        .description("One rule evaluation of one fact snapshot")
        .publishPercentiles(0.5, 0.99)
        .register(Metrics.globalRegistry);
  }
}
