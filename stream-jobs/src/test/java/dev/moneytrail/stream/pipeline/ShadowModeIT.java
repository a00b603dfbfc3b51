package dev.moneytrail.stream.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RuleAuditAction;
import dev.moneytrail.schemas.RuleAuditEvent;
import dev.moneytrail.schemas.RuleHit;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.RuleRole;
import dev.moneytrail.stream.screening.RulePackages;
import dev.moneytrail.stream.screening.ScreeningEvent;
import dev.moneytrail.stream.testing.CollectingSink;
import dev.moneytrail.stream.testing.ShadowTrial;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shadow mode: a challenger runs beside the champion on the same events and state, its alerts go
 * to the shadow output only and carry its version, the champion's alerts are exactly what they are
 * without it, a challenger that does not compile is refused with the champion untouched, and a
 * withdrawal stops the challenger from its effective time.
 */
class ShadowModeIT {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  private static final Instant WITHDRAWN_FROM = Instant.parse("2026-04-15T00:00:00Z");
  private static RulePackage core;
  private static List<Alert> championAlone;
  private static List<Alert> championBesideChallenger;
  private static List<Alert> shadowAlerts;
  private static List<Alert> shadowAlertsWithNoChallenger;
  private static List<RuleAuditEvent> audit;

  @BeforeAll
  static void run() throws Exception {
    core = RulePackages.load(null);
    RulePackage challenger = ShadowTrial.challenger(core, RuleRole.SHADOW, Instant.EPOCH,
        Instant.parse("2026-01-01T00:00:00Z"));
    RulePackage broken = ShadowTrial.brokenChallenger(core, Instant.parse("2026-01-02T00:00:00Z"));
    RulePackage withdrawal = RulePackage.newBuilder(ShadowTrial.challenger(core, RuleRole.WITHDRAW_SHADOW,
        WITHDRAWN_FROM, Instant.parse("2026-01-03T00:00:00Z"))).build();

    run("alone", List.of(core));
    championAlone = latest(CollectingSink.results("alone-alerts"));
    shadowAlertsWithNoChallenger = CollectingSink.results("alone-shadow");

    run("beside", List.of(core, challenger, broken, withdrawal));
    championBesideChallenger = latest(CollectingSink.results("beside-alerts"));
    shadowAlerts = latest(CollectingSink.results("beside-shadow"));
    audit = CollectingSink.results("beside-audit");
  }

  private static void run(String name, List<RulePackage> published) throws Exception {
    StreamExecutionEnvironment env = JobEnvironments.create(new Configuration());
    env.setParallelism(2);
    List<ScreeningEvent> events = ShadowTrial.events();
    DataStream<ScreeningEvent> source = env
        .fromData(TypeExtractor.getForClass(ScreeningEvent.class), events.toArray(new ScreeningEvent[0]))
        .setParallelism(1)
        .assignTimestampsAndWatermarks(WatermarkStrategy.<ScreeningEvent>forMonotonousTimestamps()
            .withTimestampAssigner((e, ts) -> e.eventTime().toEpochMilli()))
        .setParallelism(1);
    DataStream<RulePackage> rules = env.fromData(new AvroTypeInfo<>(RulePackage.class),
        published.toArray(new RulePackage[0]));
    ScreeningPipeline.Outputs out = ScreeningPipeline.build(new ScreeningPipeline.Inputs(source, rules), core);
    out.alerts().sinkTo(new CollectingSink<>(name + "-alerts"));
    out.shadowAlerts().sinkTo(new CollectingSink<>(name + "-shadow"));
    out.ruleAudit().sinkTo(new CollectingSink<>(name + "-audit"));
    env.execute("shadow mode " + name);
  }

  private static List<Alert> latest(List<Alert> revisions) {
    Map<String, Alert> latest = new HashMap<>();
    for (Alert a : revisions) {
      latest.merge(a.getAlertId(), a, (x, y) -> x.getRevision() >= y.getRevision() ? x : y);
    }
    List<Alert> list = new ArrayList<>(latest.values());
    list.sort(Comparator.comparing(Alert::getAlertId));
    return list;
  }

  private static List<RuleHit> hits(List<Alert> alerts, String ruleId) {
    return alerts.stream().flatMap(a -> a.getHits().stream()).filter(h -> h.getRuleId().equals(ruleId)).toList();
  }

  @Test
  void championAlertsAreIdenticalWithAndWithoutAChallengerBesideThem() {
    assertFalse(championAlone.isEmpty());
    assertEquals(championAlone, championBesideChallenger);
  }

  @Test
  void championAlertsNeverCarryTheChallengersVersion() {
    String champion = core.getPackageId() + "@" + core.getVersion();
    championBesideChallenger.forEach(a -> assertEquals(champion, a.getRulePackage(), a.getAlertId()));
  }

  @Test
  void shadowAlertsAreStampedWithTheChallengerAndFollowItsThreshold() {
    assertFalse(shadowAlerts.isEmpty(), "the challenger raised no shadow alert");
    shadowAlerts.forEach(a -> assertEquals("core@1.1.0", a.getRulePackage(), a.getAlertId()));
    assertFalse(hits(championBesideChallenger, ShadowTrial.FUNNEL).isEmpty(), "the champion's funnel fires");
    assertTrue(hits(shadowAlerts, ShadowTrial.FUNNEL).isEmpty(), "the challenger's raised share keeps the funnel quiet");
    assertFalse(hits(shadowAlerts, ShadowTrial.FAN_IN).isEmpty(), "the challenger's fan-in fires");
  }

  @Test
  void noShadowAlertsWithoutAChallenger() {
    assertTrue(shadowAlertsWithNoChallenger.isEmpty(), shadowAlertsWithNoChallenger.toString());
  }

  @Test
  void aWithdrawnChallengerStopsAtItsEffectiveTimeWhileTheChampionGoesOn() {
    for (Alert a : shadowAlerts) {
      for (RuleHit h : a.getHits()) {
        assertTrue(h.getFiredAt().isBefore(WITHDRAWN_FROM), "shadow hit after the withdrawal: " + h.getFiredAt());
      }
    }
    assertTrue(hits(championBesideChallenger, ShadowTrial.FAN_IN).stream()
        .anyMatch(h -> !h.getFiredAt().isBefore(WITHDRAWN_FROM)), "the champion kept screening");
  }

  @Test
  void auditSaysShadowForTheChallengerItsRefusalAndItsWithdrawal() {
    assertTrue(audit.stream().anyMatch(e -> e.getAction() == RuleAuditAction.ACTIVATED && e.getShadow()
        && e.getVersion().equals("1.1.0")), audit.toString());
    assertTrue(audit.stream().anyMatch(e -> e.getAction() == RuleAuditAction.REFUSED_BY_JOB && e.getShadow()
        && e.getVersion().equals("1.2.0") && e.getDetail().contains("broken.drl")), audit.toString());
    assertTrue(audit.stream().anyMatch(e -> e.getAction() == RuleAuditAction.WITHDRAWN && e.getShadow()
        && e.getVersion().equals("1.1.0")), audit.toString());
    assertTrue(audit.stream().noneMatch(e -> e.getAction() == RuleAuditAction.ACTIVATED && !e.getShadow()
        && !e.getVersion().equals(core.getVersion())), "no champion change: " + audit);
  }
}
