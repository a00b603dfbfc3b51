package dev.moneytrail.stream.io;

import dev.moneytrail.stream.metrics.ScreeningMetrics;
import java.util.EnumMap;
import java.util.Map;

/**
 * Machine-readable reason codes of {@code DeadLetter.reason}. Operations dashboards and the
 * console group by these names, so a name never changes meaning; add new codes instead.
 */
public enum DeadLetterReason {
  /** The value is not one raw-Avro value of the topic's schema (garbage, wrong schema, truncated). */
  UNDECODABLE,
  /** The value decodes but a field breaks the contract (see {@link EventValidator}). */
  INVALID_FIELD,
  /** The record has no value at all: a tombstone or a producer bug. Event topics are not compacted. */
  NULL_VALUE;

  /** One {@code screening.deadletters{reason}} counter per reason. */
  static Map<DeadLetterReason, ScreeningMetrics.DualCounter> counters(ScreeningMetrics metrics) {
    Map<DeadLetterReason, ScreeningMetrics.DualCounter> counters = new EnumMap<>(DeadLetterReason.class);
    for (DeadLetterReason reason : values()) {
      counters.put(reason, metrics.counter("screening.deadletters", "reason", reason.name()));
    }
    return counters;
  }
}
