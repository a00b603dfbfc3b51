package dev.moneytrail.stream.screening;

import java.util.List;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/**
 * Configuration keys of entity-cluster scoring; {@link ReferralSettings} is the validated value and
 * documents the defaults (catalogue section 10).
 */
public final class ReferralOptions {

  public static final ConfigOption<Double> MIN_POINTS = ConfigOptions.key("screening.referral.min-points")
      .doubleType()
      .defaultValue(ReferralSettings.DEFAULT.minPoints())
      .withDescription("Cluster points (high 3, medium 2, low 1, context 0.5 beside other indicators, each indicator once in the window)"
          + " at which a cluster is referred, given a high indicator of one of the high groups.");

  public static final ConfigOption<String> HIGH_GROUPS = ConfigOptions.key("screening.referral.high-groups")
      .stringType()
      .defaultValue(String.join(",", ReferralSettings.DEFAULT.highGroups()))
      .withDescription("Catalogue groups (letters, comma-separated) of which at least one high"
          + " indicator must be present for the points threshold to refer.");

  public static final ConfigOption<Boolean> C1_WITH_OTHER_HIGH = ConfigOptions.key("screening.referral.c1-with-other-high")
      .booleanType()
      .defaultValue(ReferralSettings.DEFAULT.c1WithOtherHigh())
      .withDescription("Refer any cluster with C1 (third party present) and another high indicator,"
          + " whatever its points.");

  public static final ConfigOption<Integer> WINDOW_DAYS = ConfigOptions.key("screening.referral.window-days")
      .intType()
      .defaultValue((int) ReferralSettings.DEFAULT.window().toDays())
      .withDescription("Days of event time within which a cluster's indicators count together.");

  public static final ConfigOption<String> TYPOLOGY_MIN_POINTS = ConfigOptions.key("screening.referral.typology-min-points")
      .stringType()
      .defaultValue("")
      .withDescription("Thresholds of their own for some typologies, e.g. sexual-exploitation=5,labour-broker=6: a cluster"
          + " holding an alert of such a typology is referred at the lowest threshold among its alerts' typologies"
          + " (with the same high-group condition); other typologies use min-points.");

  public static final ConfigOption<Boolean> REFER_COMPLETE_PATTERNS = ConfigOptions.key("screening.referral.complete-patterns")
      .booleanType()
      .defaultValue(ReferralSettings.DEFAULT.referCompletePatterns())
      .withDescription("Refer a cluster holding a complete typical combination of catalogue section 10 (controller,"
          + " exploitative employer, broker, domestic servitude, sexual exploitation) whatever its points. Off by"
          + " default: patterns are named in the cluster explanation and the referral rule is the points rule.");

  /** Every key of entity-cluster scoring, so a misspelt one can be refused rather than ignored. */
  public static final List<ConfigOption<?>> ALL =
      List.of(MIN_POINTS, HIGH_GROUPS, C1_WITH_OTHER_HIGH, WINDOW_DAYS, TYPOLOGY_MIN_POINTS, REFER_COMPLETE_PATTERNS);

  private ReferralOptions() {}
}
