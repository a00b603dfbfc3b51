package dev.moneytrail.stream.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.engine.RulePackageSource;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RuleAuditAction;
import dev.moneytrail.schemas.RuleAuditEvent;
import dev.moneytrail.schemas.RuleHit;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.stream.screening.RulePackages;
import dev.moneytrail.stream.screening.ScreeningEvent;
import dev.moneytrail.stream.testing.ShadowTrial;
import dev.moneytrail.stream.testing.CollectingSink;
import java.time.Instant;
import java.util.ArrayList;
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
 * Hot rule deployment: a new package version published while the job runs takes effect from its
 * effective event time, every hit before it carries the old parameters and none after it does;
 * a package that does not compile is refused, reported, and screening goes on with the running one.
 */
class RulePackageSwitchIT {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  private static final Instant SWITCH = Instant.parse("2026-04-15T00:00:00Z");
  private static List<Alert> alerts;
  private static List<RuleAuditEvent> audit;

  @BeforeAll
  static void run() throws Exception {
    RulePackage core = RulePackages.load(null);
    // v1.1.0: the FIU raises the funnel's forwarded-share threshold above what these workers send.
    Map<String, String> params = new HashMap<>(core.getParameters());
    params.put("LT-PAYROLL-FUNNEL.fwd.share", "0.90");
    RulePackageSource tuned = RulePackages.toSource(core).withParameters(params);
    RulePackage v110 = RulePackage.newBuilder(RulePackages.toAvro(new RulePackageSource(
            tuned.packageId(), "1.1.0", tuned.files(), tuned.parameters()), "fiu-analyst", "fiu-supervisor",
            core.getVersion(), "raise fwd.share", Instant.parse("2026-04-10T00:00:00Z")))
        .setEffectiveFrom(SWITCH).build();
    // Correctly hashed, so it is refused for not compiling, not for a hash mismatch.
    RulePackage broken = RulePackage.newBuilder(RulePackages.toAvro(new RulePackageSource("core", "1.2.0",
            List.of(new dev.moneytrail.rules.engine.RuleFile("broken.drl", "package broken; rule \"x\" when then oops( end")),
            tuned.parameters()), "fiu-analyst", "fiu-supervisor", "1.1.0", "typo", Instant.parse("2026-04-20T00:00:00Z")))
        .setEffectiveFrom(Instant.parse("2026-05-01T00:00:00Z")).build();

    // Six workers forwarding most of six months of wages to one controller.
    List<ScreeningEvent> events = ShadowTrial.events();

    StreamExecutionEnvironment env = JobEnvironments.create(new Configuration());
    env.setParallelism(2);
    DataStream<ScreeningEvent> source = env
        .fromData(TypeExtractor.getForClass(ScreeningEvent.class), events.toArray(new ScreeningEvent[0]))
        .setParallelism(1)
        .assignTimestampsAndWatermarks(WatermarkStrategy.<ScreeningEvent>forMonotonousTimestamps()
            .withTimestampAssigner((e, ts) -> e.eventTime().toEpochMilli()))
        .setParallelism(1);
    DataStream<RulePackage> published = env.fromData(new AvroTypeInfo<>(RulePackage.class), core, v110, broken);
    ScreeningPipeline.Outputs out = ScreeningPipeline.build(new ScreeningPipeline.Inputs(source, published), core);
    out.alerts().sinkTo(new CollectingSink<>("switch-alerts"));
    out.ruleAudit().sinkTo(new CollectingSink<>("switch-audit"));
    env.execute("rule package switch");
    Map<String, Alert> latest = new HashMap<>();
    for (Alert a : CollectingSink.<Alert>results("switch-alerts")) {
      latest.merge(a.getAlertId(), a, (x, y) -> x.getRevision() >= y.getRevision() ? x : y);
    }
    alerts = new ArrayList<>(latest.values());
    audit = CollectingSink.results("switch-audit");
  }

  private static List<RuleHit> hits(String ruleId) {
    List<RuleHit> hits = new ArrayList<>();
    for (Alert a : alerts) {
      for (RuleHit h : a.getHits()) {
        if (h.getRuleId().equals(ruleId)) {
          hits.add(h);
        }
      }
    }
    return hits;
  }

  @Test
  void screensWithTheOldThresholdBeforeTheSwitchAndTheNewOneAfter() {
    List<RuleHit> funnel = hits("LT-PAYROLL-FUNNEL");
    assertFalse(funnel.isEmpty(), "the funnel fired before the switch");
    for (RuleHit h : funnel) {
      assertTrue(h.getFiredAt().isBefore(SWITCH), "funnel hit after the switch: " + h.getFiredAt());
      assertEquals("0.60", h.getParameters().get("LT-PAYROLL-FUNNEL.fwd.share"));
    }
  }

  @Test
  void stampsAlertsWithThePackageThatProducedTheirLatestEvidence() {
    List<RuleHit> fanIn = hits("LT-FANIN-CONTROLLER");
    assertTrue(fanIn.stream().anyMatch(h -> !h.getFiredAt().isBefore(SWITCH)), "fan-in kept firing after the switch");
    Alert controller = alerts.stream().filter(a -> a.getSubjectAccountId().equals("CTRL")).findFirst().orElseThrow();
    assertEquals("core@1.1.0", controller.getRulePackage());
  }

  @Test
  void refusesAPackageThatDoesNotCompileAndReportsIt() {
    assertTrue(audit.stream().anyMatch(e -> e.getAction() == RuleAuditAction.REFUSED_BY_JOB
        && e.getVersion().equals("1.2.0") && e.getDetail().contains("broken.drl")), audit.toString());
    assertTrue(audit.stream().anyMatch(e -> e.getAction() == RuleAuditAction.ACTIVATED
        && e.getVersion().equals("1.1.0")), audit.toString());
  }
}
