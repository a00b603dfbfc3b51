package dev.moneytrail.stream.screening;

import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.flink.configuration.ReadableConfig;

/**
 * Validated thresholds of entity-cluster scoring (keys in {@link ReferralOptions}).
 *
 * @param minPoints cluster points at which the cluster is referred, given a high indicator of one
 *     of {@code highGroups}
 * @param highGroups catalogue group letters (B wage control, C account control, H network, ...)
 * @param c1WithOtherHigh refer a cluster with C1 and any other high indicator, whatever its points
 * @param window event time within which a cluster's indicators count together
 */
public record ReferralSettings(double minPoints, List<String> highGroups, boolean c1WithOtherHigh,
    Duration window) implements Serializable {

  /**
   * Catalogue section 10: score at least 7 with at least one high from groups B, C or H, or any C1
   * with another high; each indicator counted once within 90 days.
   */
  public static final ReferralSettings DEFAULT =
      new ReferralSettings(7, List.of("B", "C", "H"), true, Duration.ofDays(90));

  public ReferralSettings {
    Objects.requireNonNull(highGroups, "highGroups");
    Objects.requireNonNull(window, "window");
    highGroups = List.copyOf(highGroups);
    if (!(minPoints > 0)) {
      throw new IllegalArgumentException(ReferralOptions.MIN_POINTS.key() + " must be positive, got " + minPoints);
    }
    for (String g : highGroups) {
      if (!g.matches("[A-Z]")) {
        throw new IllegalArgumentException(ReferralOptions.HIGH_GROUPS.key()
            + " must be catalogue group letters such as B,C,H, got '" + g + "'");
      }
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(ReferralOptions.WINDOW_DAYS.key() + " must be positive, got " + window);
    }
  }

  /** Reads and validates the settings; absent keys take their defaults. */
  public static ReferralSettings from(ReadableConfig config) {
    List<String> groups = Arrays.stream(config.get(ReferralOptions.HIGH_GROUPS).split(","))
        .map(String::trim).filter(g -> !g.isEmpty()).map(String::toUpperCase).toList();
    return new ReferralSettings(config.get(ReferralOptions.MIN_POINTS), groups,
        config.get(ReferralOptions.C1_WITH_OTHER_HIGH),
        Duration.ofDays(config.get(ReferralOptions.WINDOW_DAYS)));
  }
}
