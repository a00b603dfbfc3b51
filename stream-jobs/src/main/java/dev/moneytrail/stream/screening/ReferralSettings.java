package dev.moneytrail.stream.screening;

import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.flink.configuration.ReadableConfig;

/**
 * Validated thresholds of entity-cluster scoring (keys in {@link ReferralOptions}).
 *
 * @param minPoints cluster points at which the cluster is referred, given a high indicator of one
 *     of {@code highGroups}
 * @param highGroups catalogue group letters (B wage control, C account control, H network, ...)
 * @param c1WithOtherHigh refer a cluster with C1 and any other high indicator, whatever its points
 * @param window event time within which a cluster's indicators count together
 * @param typologyMinPoints thresholds of their own for some typologies (e.g. sexual-exploitation
 *     at 5): a cluster holding an alert of such a typology is referred at the lowest threshold
 *     among its alerts' typologies; typologies not named use {@code minPoints}
 * @param referCompletePatterns refer a cluster that holds a complete typical combination of the
 *     catalogue (section 10: controller, exploitative employer, broker, domestic servitude, sexual
 *     exploitation), whatever its points; off by default, so patterns are only named (ADR 0006)
 */
public record ReferralSettings(double minPoints, List<String> highGroups, boolean c1WithOtherHigh,
    Duration window, Map<String, Double> typologyMinPoints, boolean referCompletePatterns) implements Serializable {

  /**
   * Catalogue section 10: score at least 7 with at least one high from groups B, C or H, or any C1
   * with another high; each indicator counted once within 90 days.
   */
  public static final ReferralSettings DEFAULT =
      new ReferralSettings(7, List.of("B", "C", "H"), true, Duration.ofDays(90));

  /** One threshold for every typology. */
  public ReferralSettings(double minPoints, List<String> highGroups, boolean c1WithOtherHigh, Duration window) {
    this(minPoints, highGroups, c1WithOtherHigh, window, Map.of());
  }

  /** Patterns named, never deciding referral. */
  public ReferralSettings(double minPoints, List<String> highGroups, boolean c1WithOtherHigh, Duration window,
      Map<String, Double> typologyMinPoints) {
    this(minPoints, highGroups, c1WithOtherHigh, window, typologyMinPoints, false);
  }

  public ReferralSettings {
    Objects.requireNonNull(highGroups, "highGroups");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(typologyMinPoints, "typologyMinPoints");
    highGroups = List.copyOf(highGroups);
    typologyMinPoints = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(typologyMinPoints));
    typologyMinPoints.forEach((typology, points) -> {
      if (points == null || !(points > 0)) {
        throw new IllegalArgumentException(ReferralOptions.TYPOLOGY_MIN_POINTS.key() + ": the threshold of "
            + typology + " must be positive, got " + points);
      }
    });
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

  /**
   * The points at which a cluster holding alerts of {@code typologies} is referred: the lowest
   * threshold among them, as a typology's own threshold is met whenever the cluster reaches it.
   */
  public double minPointsFor(java.util.Collection<String> typologies) {
    return typologies.stream().mapToDouble(t -> typologyMinPoints.getOrDefault(t, minPoints)).min().orElse(minPoints);
  }

  /** Reads and validates the settings; absent keys take their defaults. */
  public static ReferralSettings from(ReadableConfig config) {
    List<String> groups = Arrays.stream(config.get(ReferralOptions.HIGH_GROUPS).split(","))
        .map(String::trim).filter(g -> !g.isEmpty()).map(String::toUpperCase).toList();
    return new ReferralSettings(config.get(ReferralOptions.MIN_POINTS), groups,
        config.get(ReferralOptions.C1_WITH_OTHER_HIGH),
        Duration.ofDays(config.get(ReferralOptions.WINDOW_DAYS)),
        typologyThresholds(config.get(ReferralOptions.TYPOLOGY_MIN_POINTS)),
        config.get(ReferralOptions.REFER_COMPLETE_PATTERNS));
  }

  /** "sexual-exploitation=5, labour-broker=6" as a map; a malformed entry is refused by name. */
  static Map<String, Double> typologyThresholds(String text) {
    Map<String, Double> out = new TreeMap<>();
    for (String entry : text.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] kv = entry.split("=", -1);
      String typology = kv[0].trim();
      if (kv.length != 2 || !typology.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        throw new IllegalArgumentException(ReferralOptions.TYPOLOGY_MIN_POINTS.key()
            + " takes typology=points pairs such as sexual-exploitation=5, got '" + entry.trim() + "'");
      }
      try {
        if (out.put(typology, Double.parseDouble(kv[1].trim())) != null) {
          throw new IllegalArgumentException(ReferralOptions.TYPOLOGY_MIN_POINTS.key() + " names "
              + typology + " twice");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(ReferralOptions.TYPOLOGY_MIN_POINTS.key() + ": the threshold of "
            + typology + " must be a number, got '" + kv[1].trim() + "'");
      }
    }
    return out;
  }
}
