package dev.moneytrail.stream.testing;

import dev.moneytrail.rules.engine.RuleFile;
import dev.moneytrail.rules.engine.RulePackageSource;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.RuleRole;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import dev.moneytrail.stream.screening.RulePackages;
import dev.moneytrail.stream.screening.ScreeningEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shadow trial to test with: six workers paid monthly who forward most of each wage to one
 * controller (the champion's payroll funnel and controller fan-in fire), and a challenger that
 * raises the funnel's forwarded-share threshold above what they send (so only the fan-in fires
 * for it).
 */
public final class ShadowTrial {

  public static final String FUNNEL = "LT-PAYROLL-FUNNEL";
  public static final String FAN_IN = "LT-FANIN-CONTROLLER";

  /** Six months of wages and forwards, in event-time order. */
  public static List<ScreeningEvent> events() {
    List<ScreeningEvent> events = new ArrayList<>();
    events.add(ScreeningEvent.of(Accounts.person("CTRL").name("Viktor Petrov").build()));
    for (int w = 0; w < 6; w++) {
      String acc = "W" + w;
      events.add(ScreeningEvent.of(Accounts.person(acc).name("Worker Family" + w).build()));
      for (int m = 0; m < 6; m++) {
        Instant payday = Instant.parse("2026-01-30T09:00:00Z").plus(Duration.ofDays(30L * m)).plus(Duration.ofMinutes(w));
        events.add(ScreeningEvent.of(Transactions.credit(acc, "2000.00").txnId("pay-" + acc + "-" + m).at(payday)
            .purpose(Purpose.SALARY).channel(Channel.ACH).from("EMP").build()));
        events.add(ScreeningEvent.of(Transactions.debit(acc, "1500.00").txnId("fwd-" + acc + "-" + m)
            .at(payday.plus(Duration.ofHours(5))).channel(Channel.INTERNAL).to("CTRL").counterpartyName("Viktor Petrov").build()));
      }
    }
    events.sort((a, b) -> a.eventTime().compareTo(b.eventTime()));
    return events;
  }

  /** The core package 1.1.0 with the funnel's forwarded share raised to 0.90, in the given role. */
  public static RulePackage challenger(RulePackage core, RuleRole role, Instant effectiveFrom, Instant createdAt) {
    Map<String, String> params = new HashMap<>(core.getParameters());
    params.put(FUNNEL + ".fwd.share", "0.90");
    RulePackageSource tuned = RulePackages.toSource(core).withParameters(params);
    return RulePackage.newBuilder(RulePackages.toAvro(new RulePackageSource(
            tuned.packageId(), "1.1.0", tuned.files(), tuned.parameters()), "fiu-analyst", "fiu-supervisor",
            core.getVersion(), "raise fwd.share", createdAt))
        .setEffectiveFrom(effectiveFrom).setRole(role).build();
  }

  /** A correctly hashed shadow package that does not compile. */
  public static RulePackage brokenChallenger(RulePackage core, Instant createdAt) {
    return RulePackage.newBuilder(RulePackages.toAvro(new RulePackageSource("core", "1.2.0",
            List.of(new RuleFile("broken.drl", "package broken; rule \"x\" when then oops( end")),
            core.getParameters()), "fiu-analyst", "fiu-supervisor", "1.1.0", "typo", createdAt))
        .setEffectiveFrom(Instant.EPOCH).setRole(RuleRole.SHADOW).build();
  }

  private ShadowTrial() {}
}
