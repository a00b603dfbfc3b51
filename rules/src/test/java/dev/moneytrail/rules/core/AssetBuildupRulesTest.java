package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.AssetMonth;
import dev.moneytrail.rules.facts.AssetOutflow;
import dev.moneytrail.rules.facts.AssetOutflows;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * network.drl: H3 LT-CONTROLLER-ASSET-BUILDUP. A suspected controller C1 pays a car dealer, a
 * notary and a crypto exchange in spring 2026. The rule reports the register; whether it counts
 * (only beside an H1, A4, B7 or G1 high of C1) is decided in alert consolidation, so every hit must
 * say which predicates it waits for.
 */
class AssetBuildupRulesTest {
  private static final String RULE = "LT-CONTROLLER-ASSET-BUILDUP";
  private static final String CONTROLLER = "C1";
  private static final Instant AS_OF = Instant.parse("2026-06-10T12:00:00Z");

  private final RuleHarness rules = RuleHarness.core();

  private static AssetOutflow car() {
    return new AssetOutflow("T-CAR", Instant.parse("2026-03-14T10:00:00Z"), new BigDecimal("38000"),
        "car dealer", "Autohaus Meyer", "DE");
  }

  private static AssetOutflow notary() {
    return new AssetOutflow("T-NOT", Instant.parse("2026-05-02T09:00:00Z"), new BigDecimal("25000"),
        "conveyancer/notary/escrow", "Notariat Dr. Weiss", "DE");
  }

  private static AssetOutflow crypto() {
    return new AssetOutflow("T-BTC", Instant.parse("2026-06-10T12:00:00Z"), new BigDecimal("4000"),
        "crypto on-ramp", "Kraken Exchange", "US");
  }

  private static AssetOutflows spring() {
    return new AssetOutflows(CONTROLLER, AS_OF, List.of(
        new AssetMonth(Instant.parse("2026-03-01T00:00:00Z"), new BigDecimal("38000"), 1),
        new AssetMonth(Instant.parse("2026-05-01T00:00:00Z"), new BigDecimal("25000"), 1),
        new AssetMonth(Instant.parse("2026-06-01T00:00:00Z"), new BigDecimal("4000"), 1)),
        List.of(car(), notary(), crypto()));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void listsTheAssetPurchasesOfTheLast180DaysAsARegisterThatWaitsForAPredicateHigh() {
    List<Hit> hits = rules.evaluate(spring());

    Hit hit = only(hits, RULE);
    assertEquals(Severity.HIGH, hit.severity());
    assertFalse(hit.context());
    assertEquals(List.of("LT-FANIN-CONTROLLER", "LT-WAGE-KICKBACK", "LT-BROKER-PASS-THROUGH",
        "LT-PAYROLL-HEADCOUNT-GAP"), hit.requires(), "conditional on H1, A4, B7 or G1 high");
    assertEquals(CONTROLLER, hit.subjectAccountId());
    assertEquals(List.of("T-CAR", "T-NOT", "T-BTC"), hit.txnIds(), "largest first");
    assertEquals(List.of(), hit.relatedAccountIds(), "payees abroad must not decide the cluster");
    assertEquals("67000", hit.features().get("asset.total"));
    assertEquals("3", hit.features().get("asset.count"));
    assertEquals("car dealer,conveyancer/notary/escrow,crypto on-ramp", hit.features().get("asset.categories"));
    assertEquals("T-CAR 2026-03-14 38000 car dealer to Autohaus Meyer (DE); T-NOT 2026-05-02 25000"
        + " conveyancer/notary/escrow to Notariat Dr. Weiss (DE); T-BTC 2026-06-10 4000 crypto on-ramp"
        + " to Kraken Exchange (US)", hit.features().get("asset.register"));
    assertEquals("50000", hit.parameters().get("LT-CONTROLLER-ASSET-BUILDUP.asset.min"));
    assertEquals("0.30", hit.parameters().get("LT-CONTROLLER-ASSET-BUILDUP.proceeds.ratio"));
    assertTrue(hit.detail().contains("T-CAR 2026-03-14 38000 car dealer"), hit.detail());
    assertTrue(hit.source().startsWith("indicators.md H3 LT-CONTROLLER-ASSET-BUILDUP"), hit.source());
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietBelowTheReportingFloor() {
    AssetOutflow ring = new AssetOutflow("T-RING", Instant.parse("2026-06-10T12:00:00Z"), new BigDecimal("1999.99"),
        "jeweller", "Juwelier Roth", "DE");
    assertFalse(ids(rules.evaluate(new AssetOutflows(CONTROLLER, AS_OF,
        List.of(new AssetMonth(Instant.parse("2026-06-01T00:00:00Z"), new BigDecimal("1999.99"), 1)),
        List.of(ring)))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietForPurchasesOlderThanTheMonitoredMonths() {
    // 10 June - 180 days is 12 December 2025; December still counts, November does not.
    AssetOutflow old = new AssetOutflow("T-OLD", Instant.parse("2025-11-20T10:00:00Z"), new BigDecimal("90000"),
        "car dealer", "Autohaus Meyer", "DE");
    assertFalse(ids(rules.evaluate(new AssetOutflows(CONTROLLER, AS_OF,
        List.of(new AssetMonth(Instant.parse("2025-11-01T00:00:00Z"), new BigDecimal("90000"), 1)),
        List.of(old)))).contains(RULE));
  }

  @Test
  void roundsTheWindowOutToTheWholeFirstMonth() {
    AssetOutflows december = new AssetOutflows(CONTROLLER, AS_OF,
        List.of(new AssetMonth(Instant.parse("2025-12-01T00:00:00Z"), new BigDecimal("90000"), 1)), List.of());
    assertEquals(Instant.parse("2025-12-01T00:00:00Z"), december.countedFrom(java.time.Duration.ofDays(180)));
    assertEquals(new BigDecimal("90000"), december.totalWithin(java.time.Duration.ofDays(180)));
  }
}
