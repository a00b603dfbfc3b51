package dev.moneytrail.stream.pipeline;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RuleAuditEvent;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.stream.features.AttributeFeatures;
import dev.moneytrail.stream.screening.AccountScreeningFunction;
import dev.moneytrail.stream.screening.AlertConsolidationFunction;
import dev.moneytrail.stream.screening.AttributeScreeningFunction;
import dev.moneytrail.stream.screening.ClusterScoring;
import dev.moneytrail.stream.screening.ClusterScoringFunction;
import dev.moneytrail.stream.screening.FanInScreeningFunction;
import dev.moneytrail.stream.screening.OperatorUids;
import dev.moneytrail.stream.screening.ReferralSettings;
import dev.moneytrail.stream.screening.ScoredHit;
import dev.moneytrail.stream.screening.ScreeningEvent;
import dev.moneytrail.stream.screening.ScreeningState;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The screening topology as a pure function: events and rule packages in, alerts out. The live
 * job, replay, backtest and every pipeline test build exactly this; only sources and sinks differ.
 *
 * <pre>
 * events --keyBy(account)--> account features + account rules --hits----------------------+
 *            |-- transfers out --keyBy(beneficiary)--> fan-in features + rules --hits------+
 *            '-- identifiers  --keyBy(kind:value)---> shared-attribute features + rules ---+
 *                                                             keyBy(subject|typology) <----+
 *                                                             alert consolidation
 *                                                             keyBy(cluster anchor)
 *                                                             cluster scoring --> alerts
 * rule packages --broadcast--> all three rule-evaluating operators
 * challenger in shadow: the same three operators --shadow hits--> shadow consolidation
 *                       --> shadow cluster scoring --> shadow alerts
 * </pre>
 */
public final class ScreeningPipeline {

  /**
   * @param events ledger entries and account events with event-time timestamps and watermarks,
   *     in event-time order per account (Kafka partition order, or the sorted replay file)
   * @param ruleUpdates rule packages published after start; may be empty but not null
   */
  public record Inputs(DataStream<ScreeningEvent> events, DataStream<RulePackage> ruleUpdates) {}

  /**
   * Alerts (every revision), the job's rule governance verdicts (packages refused, activated,
   * withdrawn), and the alerts of a challenger running in shadow (every revision, stamped with the
   * challenger's version; empty when none runs). Shadow alerts must never reach the alerts topic.
   */
  public record Outputs(DataStream<Alert> alerts, DataStream<RuleAuditEvent> ruleAudit,
      DataStream<Alert> shadowAlerts) {}

  /**
   * Hits are sparse: with Flink's default 100 ms buffer timeout a hit waits in a half-empty
   * network buffer for up to 100 ms at each hop to consolidation. The rule operators flush their
   * outputs this often instead; their dense outputs (transfers, identifiers) fill buffers faster.
   */
  static final long HIT_FLUSH_MILLIS = 5;

  /** As below, with the catalogue's referral thresholds. */
  public static Outputs build(Inputs in, RulePackage initialPackage) {
    return build(in, initialPackage, ReferralSettings.DEFAULT);
  }

  /** @param referral thresholds of entity-cluster scoring (the job's {@code screening.referral.*} options) */
  public static Outputs build(Inputs in, RulePackage initialPackage, ReferralSettings referral) {
    BroadcastStream<RulePackage> rules = in.ruleUpdates()
        .assignTimestampsAndWatermarks(rulesNeverHoldBackTime())
        .name("rule packages").uid(OperatorUids.RULE_SOURCE + "-time")
        .broadcast(ScreeningState.RULES);

    SingleOutputStreamOperator<ScoredHit> accountHits = in.events()
        .keyBy(ScreeningEvent::accountId)
        .connect(rules)
        .process(new AccountScreeningFunction(initialPackage))
        .name("account features + rules").uid(OperatorUids.ACCOUNT_SCREENING)
        .setBufferTimeout(HIT_FLUSH_MILLIS);

    SingleOutputStreamOperator<ScoredHit> fanInHits = accountHits.getSideOutput(ScreeningState.COUNTERPARTY_FLOWS)
        .keyBy(flow -> flow.getBeneficiaryId())
        .connect(rules)
        .process(new FanInScreeningFunction(initialPackage))
        .name("fan-in features + rules").uid(OperatorUids.FAN_IN_SCREENING)
        .setBufferTimeout(HIT_FLUSH_MILLIS);

    SingleOutputStreamOperator<ScoredHit> attributeHits = accountHits.getSideOutput(ScreeningState.ATTRIBUTE_SIGHTINGS)
        .keyBy(s -> AttributeFeatures.key(s.getKind(), s.getValue()))
        .connect(rules)
        .process(new AttributeScreeningFunction(initialPackage))
        .name("shared-attribute features + rules").uid(OperatorUids.ATTRIBUTE_SCREENING)
        .setBufferTimeout(HIT_FLUSH_MILLIS);

    DataStream<Alert> alerts = consolidateAndScore(accountHits.union(fanInHits, attributeHits),
        new AlertConsolidationFunction(), "", OperatorUids.ALERT_CONSOLIDATION, OperatorUids.CLUSTER_SCORING, referral);

    // A challenger's hits come from the same operators, features and state as the champion's, and
    // are consolidated by an operator of their own, so the champion's open alerts never see them.
    DataStream<Alert> shadowAlerts = consolidateAndScore(accountHits.getSideOutput(ScreeningState.SHADOW_HITS)
        .union(fanInHits.getSideOutput(ScreeningState.SHADOW_HITS),
            attributeHits.getSideOutput(ScreeningState.SHADOW_HITS)),
        new AlertConsolidationFunction("screening.shadow.alerts"), "shadow ",
        OperatorUids.SHADOW_ALERT_CONSOLIDATION, OperatorUids.SHADOW_CLUSTER_SCORING, referral);

    // Every rule-evaluating operator checks a package; the account operator's verdict is reported.
    return new Outputs(alerts, accountHits.getSideOutput(ScreeningState.RULE_AUDIT), shadowAlerts);
  }

  /** Hits to alerts: consolidation per subject and typology, then scoring per entity cluster. */
  private static DataStream<Alert> consolidateAndScore(DataStream<ScoredHit> hits,
      AlertConsolidationFunction consolidation, String namePrefix, String consolidationUid, String scoringUid,
      ReferralSettings referral) {
    return hits
        .keyBy(ScoredHit::consolidationKey)
        .process(consolidation)
        .returns(new AvroTypeInfo<>(Alert.class))
        .name(namePrefix + "alert consolidation").uid(consolidationUid)
        .keyBy(ClusterScoring::anchorOf)
        .process(new ClusterScoringFunction(referral))
        .returns(new AvroTypeInfo<>(Alert.class))
        .name(namePrefix + "cluster scoring").uid(scoringUid);
  }

  /**
   * Rule packages are not event-time data: their side must never hold back the watermark of the
   * operators it is connected to for long, or no event-time timer would fire while the rules topic
   * is quiet. It does hold time back at start, until the packages already published have been read
   * (none arrived for {@link #RULES_SETTLE} after the last one) or {@link #RULES_START_GRACE} has
   * passed: the operators screen in event-time order when the watermark passes, and the packages
   * already published must be in place before the first event is screened, or a start on a backlog
   * would screen it with the job's built-in package, or with an earlier package than the one in
   * effect. (Releasing time on the first package read let a later one, read a moment after, miss
   * the events it was meant for: RulePackageSwitchIT failed so on a loaded machine.)
   */
  static WatermarkStrategy<RulePackage> rulesNeverHoldBackTime() {
    return WatermarkStrategy.<RulePackage>forGenerator(ctx -> new RulesWatermarks(System::nanoTime))
        .withTimestampAssigner((pkg, ts) -> pkg.getCreatedAt().toEpochMilli());
  }

  /** The rules side's watermark: none at start, then {@code Long.MAX_VALUE} for good. */
  static final class RulesWatermarks implements WatermarkGenerator<RulePackage> {
    private final LongSupplier nanoClock;
    private final long graceEndsAt;
    private long lastPackageAt;
    private boolean seenPackage;
    private boolean released;

    RulesWatermarks(LongSupplier nanoClock) {
      this.nanoClock = nanoClock;
      this.graceEndsAt = nanoClock.getAsLong() + RULES_START_GRACE.toNanos();
    }

    @Override
    public void onEvent(RulePackage event, long eventTimestamp, WatermarkOutput output) {
      seenPackage = true;
      lastPackageAt = nanoClock.getAsLong();
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
      long now = nanoClock.getAsLong();
      released |= (seenPackage && now - lastPackageAt - RULES_SETTLE.toNanos() >= 0) || now - graceEndsAt >= 0;
      if (released) {
        output.emitWatermark(new Watermark(Long.MAX_VALUE));
      }
    }
  }

  /** How long the rules side may hold back time at start when the rules topic has no package. */
  static final Duration RULES_START_GRACE = Duration.ofSeconds(5);

  /** How long after the last package read at start the published ones count as all read. */
  static final Duration RULES_SETTLE = Duration.ofSeconds(1);

  private ScreeningPipeline() {}
}
