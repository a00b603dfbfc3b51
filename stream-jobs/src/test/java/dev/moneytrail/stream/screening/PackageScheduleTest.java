package dev.moneytrail.stream.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moneytrail.schemas.RulePackage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which champion screens an event after start-ups, upgrades and publications. */
class PackageScheduleTest {

  private static final RulePackage CORE = load();

  private static RulePackage load() {
    try {
      return RulePackages.load(null);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RulePackage version(String version, String hash) {
    return RulePackage.newBuilder(CORE).setVersion(version).setContentHash(hash).build();
  }

  private static Map.Entry<String, RulePackage> accepted(RulePackage p) {
    return Map.entry(RuleAwareFunction.stateKey(p), p);
  }

  @Test
  void afterAnUpgradeTheBuildStartedWithScreensWhicheverHashIsLarger() {
    // Both start-up packages are stamped 0: only the content hashes differ, in either order.
    for (String[] hashes : List.of(new String[] {"aaaa", "ffff"}, new String[] {"ffff", "aaaa"})) {
      RulePackage previous = version("1.0.0", hashes[0]);
      RulePackage upgraded = version("1.0.1", hashes[1]);
      PackageSchedule s = PackageSchedule.of(upgraded, List.of(accepted(previous), accepted(upgraded)));
      assertEquals("1.0.1", s.at(Instant.parse("2026-03-01T00:00:00Z").toEpochMilli()).getVersion(),
          "hashes " + hashes[0] + " / " + hashes[1]);
    }
  }

  @Test
  void aPublishedPackageTakesOverFromItsEffectiveTime() {
    RulePackage startup = version("1.0.0", "ffff");
    Instant from = Instant.parse("2026-03-01T00:00:00Z");
    RulePackage published = RulePackage.newBuilder(version("1.1.0", "0000"))
        .setEffectiveFrom(from).setCreatedAt(from.minusSeconds(3600)).build();
    PackageSchedule s = PackageSchedule.of(startup, List.of(accepted(startup), accepted(published)));
    assertEquals("1.0.0", s.at(from.toEpochMilli() - 1).getVersion());
    assertEquals("1.1.0", s.at(from.toEpochMilli()).getVersion());
  }
}
