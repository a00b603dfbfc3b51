package dev.moneytrail.stream.io;

import java.time.Duration;
import java.util.Objects;
import org.apache.flink.configuration.ReadableConfig;

/**
 * Validated event-time settings of the inputs (keys in {@link EventTimeOptions}).
 *
 * @param maxOutOfOrderness how late, behind the newest event time seen on the same Kafka partition,
 *     an event may arrive and still be on time
 * @param idleness after how long without records a partition stops holding back the watermark
 */
public record EventTimeSettings(Duration maxOutOfOrderness, Duration idleness) {

  /**
   * Out-of-orderness 5 minutes, idleness 30 seconds.
   *
   * <p>5 minutes: watermarks are generated per Kafka partition (see {@link KafkaInputs}), and
   * partitions are keyed by account, so the bound only has to cover disorder inside one account's
   * feed: producer retries, batching and clock skew between a bank's systems, seconds to a few
   * minutes. Back-dated corrections arrive hours late and no sensible bound catches them; they are
   * late data whatever we choose. A bigger bound only delays every timer and alert by as much,
   * which costs little for analysts who work in hours but gains nothing either.
   *
   * <p>30 seconds: a partition with no traffic (the night, or a demo with fewer busy accounts than
   * partitions) would otherwise hold event time still for the whole job. 30 s is far above the
   * consumer's fetch cycle, so a partition is only declared idle when it truly has nothing.
   */
  public static final EventTimeSettings DEFAULT =
      new EventTimeSettings(Duration.ofMinutes(5), Duration.ofSeconds(30));

  public EventTimeSettings {
    Objects.requireNonNull(maxOutOfOrderness, "maxOutOfOrderness");
    Objects.requireNonNull(idleness, "idleness");
    if (maxOutOfOrderness.isNegative()) {
      throw new IllegalArgumentException(EventTimeOptions.MAX_OUT_OF_ORDERNESS.key()
          + " must not be negative, got " + maxOutOfOrderness);
    }
    if (idleness.isNegative() || idleness.isZero()) {
      throw new IllegalArgumentException(
          EventTimeOptions.IDLENESS.key() + " must be positive, got " + idleness);
    }
  }

  /** Reads and validates the settings; absent keys take their defaults. */
  public static EventTimeSettings from(ReadableConfig config) {
    return new EventTimeSettings(
        config.get(EventTimeOptions.MAX_OUT_OF_ORDERNESS), config.get(EventTimeOptions.IDLENESS));
  }
}
