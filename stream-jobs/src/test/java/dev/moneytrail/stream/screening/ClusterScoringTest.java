package dev.moneytrail.stream.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.Severity;
import dev.moneytrail.schemas.testdata.Alerts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Catalogue section 10 scoring of an entity cluster: points, thresholds, window, explanation. */
class ClusterScoringTest {

  static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  /** An alert about {@code subject} with one hit of {@code indicator} ({@code ruleId}) at {@code at}. */
  static Alert alert(String subject, String indicator, String ruleId, Severity severity, Instant at, String detail) {
    return Alerts.about(subject).alertId("AL-" + subject + "-" + ruleId).createdAt(at.toString())
        .hit(Alerts.hit(ruleId, 1).severity(severity).firedAt(at.toString())
            .source("indicators.md " + indicator + " " + ruleId + "; FIN-2020-A008 [X]").detail(detail))
        .build();
  }

  /** An alert about {@code subject} with its indicator hit and a CTX-CORRIDOR context hit at {@code at}. */
  static Alert withCorridorContext(Alert alert, Instant at) {
    alert.getHits().add(Alerts.hit("CTX-CORRIDOR", 1).severity(Severity.LOW).context().firedAt(at.toString())
        .source("indicators.md E CTX-CORRIDOR (context modifier, not an alert); FIN-2020-A008 summary [V]")
        .detail("400 sent to XA 30 h after payday.").build());
    return alert;
  }

  private static ClusterScoring.Verdict score(Instant at, Alert... members) {
    return ClusterScoring.score(List.of(members), at, ReferralSettings.DEFAULT);
  }

  @Test
  void anchorsAWorkersAlertOnTheOneAccountItNamesAndAHubsAlertOnItself() {
    assertEquals("CTRL", ClusterScoring.anchorOf("W1", List.of("CTRL")));
    assertEquals("CTRL", ClusterScoring.anchorOf("W1", List.of("W1", "CTRL")), "the subject itself does not count");
    assertEquals("CTRL", ClusterScoring.anchorOf("CTRL", List.of("W1", "W2", "W3")));
    assertEquals("W1", ClusterScoring.anchorOf("W1", List.of()));
  }

  @Test
  void weighsHighThreeMediumTwoLowOne() {
    ClusterScoring.Verdict v = score(T0,
        alert("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0, "80% forwarded"),
        alert("W2", "A1", "LT-RECRUIT-FEE-WORKER-PAID", Severity.MEDIUM, T0, "fee 3320"),
        alert("W3", "F2", "LT-SOMETHING-LOW", Severity.LOW, T0, "low"));
    assertEquals(6.0, v.points());
    assertEquals(3, v.accounts());
  }

  @Test
  void countsEachIndicatorOnceAtItsStrongestHitWhicheverRulesAndAccountsRaisedIt() {
    ClusterScoring.Verdict v = score(T0,
        alert("W1", "C3", "LT-SHARED-DEVICE-LOGIN", Severity.HIGH, T0, "device d1"),
        alert("W2", "C3", "LT-SHARED-DEVICE-LOGIN", Severity.HIGH, T0.minusSeconds(60), "device d1"),
        alert("E1", "C3", "LT-SHARED-DEVICE-LOGIN-EMPLOYER", Severity.MEDIUM, T0, "employer device"));
    assertEquals(3.0, v.points());
    assertEquals(1, v.contributions().size());
    assertEquals("W1", v.contributions().get(0).accountId(), "the strongest, then latest, hit speaks for C3");
  }

  @Test
  void refersAtSevenPointsWithAHighOfGroupsBCOrH() {
    Alert b1 = alert("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0, "80% forwarded");
    Alert a3 = alert("CTRL", "A3", "LT-DEBT-INSTALMENT-PAYDAY", Severity.HIGH, T0, "6 instalments");
    Alert a1 = alert("W2", "A1", "LT-RECRUIT-FEE-WORKER-PAID", Severity.MEDIUM, T0, "fee 3320");
    ClusterScoring.Verdict eight = score(T0, b1, a3, a1);
    assertEquals(8.0, eight.points());
    assertTrue(eight.referral(), eight.reason());

    ClusterScoring.Verdict six = score(T0, b1, a3);
    assertFalse(six.referral(), "6 points are one short");

    Alert g1 = alert("E1", "G1", "LT-PAYROLL-HEADCOUNT-GAP", Severity.HIGH, T0, "gap");
    ClusterScoring.Verdict noGroupHigh = score(T0, a3, g1, a1);
    assertEquals(8.0, noGroupHigh.points());
    assertFalse(noGroupHigh.referral(), "8 points but no high of B, C or H: " + noGroupHigh.reason());
    assertTrue(noGroupHigh.reason().contains("no high indicator of groups B, C, H"), noGroupHigh.reason());
  }

  @Test
  void refersC1WithAnotherHighWhateverThePointsButNotC1Alone() {
    Alert c1 = alert("W1", "C1", "LT-THIRD-PARTY-PRESENCE", Severity.HIGH, T0, "companion device");
    assertFalse(score(T0, c1).referral());
    ClusterScoring.Verdict withA3 = score(T0, c1,
        alert("CTRL", "A3", "LT-DEBT-INSTALMENT-PAYDAY", Severity.HIGH, T0, "instalments"));
    assertEquals(6.0, withA3.points());
    assertTrue(withA3.referral());
    assertEquals("referred: C1 (third party present) with high A3", withA3.reason());

    ReferralSettings off = new ReferralSettings(7, List.of("B", "C", "H"), false, Duration.ofDays(90));
    assertFalse(ClusterScoring.score(withA3Members(c1), T0, off).referral());
  }

  private static List<Alert> withA3Members(Alert c1) {
    return List.of(c1, alert("CTRL", "A3", "LT-DEBT-INSTALMENT-PAYDAY", Severity.HIGH, T0, "instalments"));
  }

  @Test
  void countsOnlyHitsWithinTheWindow() {
    Alert old = alert("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0, "80% forwarded");
    Alert recent = alert("CTRL", "H1", "LT-FANIN-CONTROLLER", Severity.HIGH, T0.plus(Duration.ofDays(80)), "5 senders");
    Alert a1 = alert("W2", "A1", "LT-RECRUIT-FEE-WORKER-PAID", Severity.MEDIUM, T0.plus(Duration.ofDays(85)), "fee");
    assertTrue(score(T0.plus(Duration.ofDays(89)), old, recent, a1).referral(), "B1 is 89 days old: 8 points");
    ClusterScoring.Verdict later = score(T0.plus(Duration.ofDays(90)), old, recent, a1);
    assertEquals(5.0, later.points(), "B1 is 90 days old: out");
    assertFalse(later.referral());
    assertEquals(2, later.alerts());
  }

  @Test
  void thresholdsAreSettings() {
    ReferralSettings strict = new ReferralSettings(9, List.of("H"), true, Duration.ofDays(90));
    List<Alert> members = List.of(
        alert("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0, "80%"),
        alert("CTRL", "H1", "LT-FANIN-CONTROLLER", Severity.HIGH, T0, "5 senders"),
        alert("W2", "A1", "LT-RECRUIT-FEE-WORKER-PAID", Severity.MEDIUM, T0, "fee"));
    assertTrue(ClusterScoring.score(members, T0, ReferralSettings.DEFAULT).referral());
    assertFalse(ClusterScoring.score(members, T0, strict).referral(), "8 points of 9");
  }

  @Test
  void aTypologyWithItsOwnThresholdIsReferredAtItWhereTheOthersAreNot() {
    // Section 10's sexual-exploitation combination I1 + I2 + I3 (+ C1): an FIU refers it earlier.
    Alert ads = alert("V1", "I1", "SE-AD-PLATFORM-PAYMENTS", Severity.MEDIUM, T0, "ads");
    ads.setTypology("sexual-exploitation");
    Alert cash = alert("V1", "I3", "SE-NIGHT-CASH-P2P-CONSOLIDATION", Severity.HIGH, T0, "night cash");
    cash.setTypology("sexual-exploitation");
    Alert proxy = alert("V1", "C3", "LT-SHARED-DEVICE-LOGIN", Severity.MEDIUM, T0, "device");
    proxy.setTypology("account-control");
    ReferralSettings earlier = new ReferralSettings(7, List.of("B", "C", "H", "I"), true, Duration.ofDays(90),
        java.util.Map.of("sexual-exploitation", 5.0));

    ClusterScoring.Verdict v = ClusterScoring.score(List.of(ads, cash), T0, earlier);
    assertTrue(v.referral(), v.reason());
    assertEquals("referred: 5 points reach the threshold of 5 (sexual-exploitation) with high I3", v.reason());
    assertFalse(ClusterScoring.score(List.of(ads, cash), T0,
        new ReferralSettings(7, List.of("B", "C", "H", "I"), true, Duration.ofDays(90))).referral(), "5 of 7");

    Alert wages = alert("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0, "80%");
    wages.setTypology("wage-control");
    ClusterScoring.Verdict other = ClusterScoring.score(List.of(wages, proxy), T0, earlier);
    assertFalse(other.referral(), "5 points, but no alert of the typology with the lower threshold");
    assertEquals("not referred: 5 of 7 points", other.reason());
  }

  @Test
  void readsTypologyThresholdsAndRefusesMalformedOnesByName() {
    assertEquals(java.util.Map.of("labour-broker", 6.0, "sexual-exploitation", 5.0),
        ReferralSettings.typologyThresholds(" sexual-exploitation=5, labour-broker = 6 ,"));
    for (String bad : List.of("sexual-exploitation", "Sexual=5", "sexual-exploitation=five",
        "sexual-exploitation=0", "a=5,a=6")) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> new ReferralSettings(7, List.of("B"), true, Duration.ofDays(90), ReferralSettings.typologyThresholds(bad)),
          bad);
      assertTrue(e.getMessage().contains("screening.referral.typology-min-points"), e.getMessage());
    }
  }

  @Test
  void explanationNamesEveryContributingIndicatorWithItsFigures() {
    ClusterScoring.Verdict v = score(T0,
        alert("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0, "79.2% of the wage went to CTRL within 2d"),
        alert("CTRL", "H1", "LT-FANIN-CONTROLLER", Severity.HIGH, T0, "5 customers sent 13900.0000"),
        alert("W2", "A1", "LT-RECRUIT-FEE-WORKER-PAID", Severity.MEDIUM, T0, "The worker paid 3320.0000 in fees"));
    String text = ClusterScoring.explain("CTRL", v, ReferralSettings.DEFAULT, T0);
    assertEquals("Cluster anchored on account CTRL: 3 alerts about 3 accounts within 90d up to"
        + " 2026-03-01T08:00:00Z, 8 points; referred: 8 points reach the threshold of 7 with high B1."
        + " Partial pattern: controller (B1/H1 + A1), 2 of 3 parts; missing C2/C3."
        + " A1 LT-RECRUIT-FEE-WORKER-PAID@1 (MEDIUM, 2 points) on W2 at 2026-03-01T08:00:00Z:"
        + " The worker paid 3320.0000 in fees."
        + " B1 LT-PAYROLL-FUNNEL@1 (HIGH, 3 points) on W1 at 2026-03-01T08:00:00Z:"
        + " 79.2% of the wage went to CTRL within 2d."
        + " H1 LT-FANIN-CONTROLLER@1 (HIGH, 3 points) on CTRL at 2026-03-01T08:00:00Z:"
        + " 5 customers sent 13900.0000.", text);
  }

  @Test
  void fallsBackToTheRuleIdWhenASourceCitesNoCatalogueEntry() {
    Alert a = Alerts.about("W1").hit(Alerts.hit("LOCAL-RULE", 1).severity(Severity.MEDIUM)
        .firedAt(T0.toString()).source("bank policy 12")).createdAt(T0.toString()).build();
    assertEquals("LOCAL-RULE", score(T0, a).contributions().get(0).indicator());
  }

  @Test
  void clusterIdIsStableForAnchorAndDay() {
    assertEquals(ClusterScoring.clusterId("CTRL", T0), ClusterScoring.clusterId("CTRL", T0.plusSeconds(3600)));
    assertFalse(ClusterScoring.clusterId("CTRL", T0).equals(ClusterScoring.clusterId("CTRL", T0.plus(Duration.ofDays(1)))));
  }

  @Test
  void addsHalfAPointForCorridorContextBesideOtherIndicatorsAndNamesIt() {
    Alert b1 = withCorridorContext(alert("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0, "80% forwarded"), T0);
    Alert a3 = alert("CTRL", "A3", "LT-DEBT-INSTALMENT-PAYDAY", Severity.HIGH, T0, "6 instalments");

    ClusterScoring.Verdict v = score(T0, b1, a3);

    assertEquals(6.5, v.points());
    String text = ClusterScoring.explain("CTRL", v, ReferralSettings.DEFAULT, T0);
    assertTrue(text.contains("6.5 points"), text);
    assertTrue(text.contains("context CTX-CORRIDOR@1 (context modifier, never a high, 0.5 points) on W1"), text);
    assertTrue(text.contains("400 sent to XA 30 h after payday."), text);
  }

  @Test
  void countsCorridorContextOnceHoweverManyAccountsShowIt() {
    ClusterScoring.Verdict v = score(T0,
        withCorridorContext(alert("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0, "80% forwarded"), T0),
        withCorridorContext(alert("W2", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0, "70% forwarded"), T0));
    assertEquals(3.5, v.points());
  }

  @Test
  void corridorContextAloneScoresNothing() {
    // An alert whose indicator hit left the window while its context hit stayed in it.
    Alert old = withCorridorContext(alert("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH,
        T0.minus(Duration.ofDays(100)), "80% forwarded"), T0);

    ClusterScoring.Verdict v = score(T0, old);

    assertEquals(0.0, v.points());
    assertEquals(List.of(), v.contributions());
    assertFalse(v.referral());
  }

  @Test
  void referralCountsTheHalfPointButNeverTakesContextForAHigh() {
    Alert b1 = alert("W1", "B1", "LT-PAYROLL-FUNNEL", Severity.HIGH, T0, "80% forwarded");
    Alert a3 = alert("CTRL", "A3", "LT-DEBT-INSTALMENT-PAYDAY", Severity.HIGH, T0, "6 instalments");
    ReferralSettings at6half = new ReferralSettings(6.5, List.of("B", "C", "H"), true, Duration.ofDays(90));

    // Indicator weights are whole, so at the default 7 the half point never decides alone: 6 + 0.5 < 7.
    assertFalse(ClusterScoring.score(List.of(withCorridorContext(alert("W1", "B1", "LT-PAYROLL-FUNNEL",
        Severity.HIGH, T0, "80% forwarded"), T0), a3), T0, ReferralSettings.DEFAULT).referral());
    // At a threshold an FIU sets between whole points, it does.
    assertFalse(ClusterScoring.score(List.of(b1, a3), T0, at6half).referral());
    ClusterScoring.Verdict withContext = ClusterScoring.score(List.of(withCorridorContext(alert("W1", "B1",
        "LT-PAYROLL-FUNNEL", Severity.HIGH, T0, "80% forwarded"), T0), a3), T0, at6half);
    assertTrue(withContext.referral(), withContext.reason());

    // Points without a high of B, C or H stay unreferred, context or not (it is not a high).
    Alert g1 = withCorridorContext(alert("E1", "G1", "LT-PAYROLL-HEADCOUNT-GAP", Severity.HIGH, T0, "gap"), T0);
    Alert a1 = alert("W2", "A1", "LT-RECRUIT-FEE-WORKER-PAID", Severity.MEDIUM, T0, "fee 3320");
    ClusterScoring.Verdict noGroupHigh = score(T0, a3, g1, a1);
    assertEquals(8.5, noGroupHigh.points());
    assertFalse(noGroupHigh.referral(), noGroupHigh.reason());

    // Nor is it C1's "other high".
    Alert c1 = withCorridorContext(alert("W3", "C1", "LT-THIRD-PARTY-PRESENCE", Severity.MEDIUM, T0, "companion"), T0);
    assertFalse(score(T0, c1).referral());
  }

  // ---- typical combinations (catalogue section 10) and the conditional H3 (ADR 0006) ----------

  private static Alert on(String subject, String indicator, Severity severity) {
    return alert(subject, indicator, "RULE-" + indicator, severity, T0, indicator + " figures");
  }

  private static String explained(ClusterScoring.Verdict v) {
    return ClusterScoring.explain("CTRL", v, ReferralSettings.DEFAULT, T0);
  }

  @Test
  void namesTheControllerPatternWithTheIndicatorsThatMetEachPart() {
    ClusterScoring.Verdict v = score(T0, on("W1", "B1", Severity.HIGH), on("W2", "C3", Severity.HIGH),
        on("CTRL", "A3", Severity.HIGH));
    assertTrue(explained(v).contains("Pattern: controller (B1 + C3 + A3), 3 of 3 parts."), explained(v));
  }

  @Test
  void namesTheExploitativeEmployerPatternAndByDefaultLeavesItsReferralToThePointsRule() {
    ClusterScoring.Verdict v = score(T0, on("EMP", "G1", Severity.HIGH), on("EMP", "A4", Severity.HIGH),
        on("EMP", "F1", Severity.HIGH), on("W1", "B5", Severity.MEDIUM));
    assertTrue(explained(v).contains("Pattern: exploitative employer (G1 + A4 + F1 + B5), 4 of 4 parts."), explained(v));
    assertEquals(11.0, v.points());
    assertFalse(v.referral(), "no high of groups B, C or H: the default rule does not refer it, pattern or not");
  }

  @Test
  void namesTheBrokerPatternAsPartialWithoutTheShellSubcontractor() {
    ClusterScoring.Verdict v = score(T0, on("BRK", "B7", Severity.HIGH), on("BRK", "D3", Severity.MEDIUM));
    assertTrue(explained(v).contains("Partial pattern: broker (B7 + D3), 2 of 3 parts; missing G3."), explained(v));
  }

  @Test
  void namesTheCompleteBrokerPatternWhenTheBrokerIsAYoungShellSubcontractor() {
    ClusterScoring.Verdict v = score(T0, on("BRK", "B7", Severity.HIGH), on("BRK", "D3", Severity.MEDIUM),
        on("BRK", "G3", Severity.HIGH));
    assertTrue(explained(v).contains("Pattern: broker (B7 + D3 + G3), 3 of 3 parts."), explained(v));
  }

  @Test
  void namesTheDomesticServitudePattern() {
    ClusterScoring.Verdict v = score(T0, on("HH", "G5", Severity.MEDIUM), on("W1", "C3", Severity.HIGH));
    assertTrue(explained(v).contains("Pattern: domestic servitude (G5 + C3), 2 of 2 parts."), explained(v));
  }

  @Test
  void namesTheSexualExploitationPatternWithItsOptionalC1() {
    ClusterScoring.Verdict without = score(T0, on("V1", "I1", Severity.MEDIUM), on("V1", "I2", Severity.MEDIUM),
        on("V1", "I3", Severity.MEDIUM));
    assertTrue(explained(without).contains("Pattern: sexual exploitation (I1 + I2 + I3), 3 of 3 parts."),
        explained(without));
    ClusterScoring.Verdict with = score(T0, on("V1", "I1", Severity.MEDIUM), on("V1", "I2", Severity.MEDIUM),
        on("V1", "I3", Severity.MEDIUM), on("V1", "C1", Severity.MEDIUM));
    assertTrue(explained(with).contains("Pattern: sexual exploitation (I1 + I2 + I3 + C1), 3 of 3 parts."),
        explained(with));
  }

  @Test
  void namesAPartialPatternWithWhatIsMissingAndNothingForOnePartAlone() {
    ClusterScoring.Verdict two = score(T0, on("W1", "H1", Severity.HIGH), on("W1", "A1", Severity.MEDIUM));
    assertTrue(explained(two).contains("Partial pattern: controller (H1 + A1), 2 of 3 parts; missing C2/C3."),
        explained(two));
    ClusterScoring.Verdict one = score(T0, on("W1", "B1", Severity.HIGH));
    assertFalse(explained(one).contains("attern"), "one indicator is no combination: " + explained(one));
  }

  @Test
  void namingAPatternNeverChangesPointsOrReferralByDefault() {
    // Same points, once as a complete employer pattern and once as four indicators of no pattern.
    ClusterScoring.Verdict pattern = score(T0, on("EMP", "G1", Severity.HIGH), on("EMP", "A4", Severity.HIGH),
        on("EMP", "F1", Severity.HIGH), on("W1", "B5", Severity.MEDIUM));
    ClusterScoring.Verdict none = score(T0, on("EMP", "G1", Severity.HIGH), on("EMP", "A3", Severity.HIGH),
        on("EMP", "F2", Severity.HIGH), on("W1", "D1", Severity.MEDIUM));
    assertTrue(pattern.patterns().stream().anyMatch(ClusterPatterns.Match::complete));
    assertEquals(none.points(), pattern.points());
    assertEquals(none.referral(), pattern.referral());
  }

  @Test
  void aCompletePatternRefersOnlyWhereTheSettingSaysSo() {
    ReferralSettings on = new ReferralSettings(7, List.of("B", "C", "H"), true, Duration.ofDays(90),
        java.util.Map.of(), true);
    List<Alert> servitude = List.of(on("HH", "G5", Severity.MEDIUM), on("W1", "C3", Severity.HIGH));
    assertFalse(ClusterScoring.score(servitude, T0, ReferralSettings.DEFAULT).referral(), "5 points of 7");
    ClusterScoring.Verdict v = ClusterScoring.score(servitude, T0, on);
    assertTrue(v.referral(), v.reason());
    assertEquals("referred: complete domestic servitude pattern (G5 + C3) with 5 points", v.reason());
    assertEquals(5.0, v.points(), "the setting decides referral, never points");
    List<Alert> partial = List.of(on("W1", "H1", Severity.HIGH), on("W1", "A1", Severity.MEDIUM));
    assertFalse(ClusterScoring.score(partial, T0, on).referral(), "a partial pattern never refers by itself");
  }

  /** C1's asset register (H3, conditional on H1, A4, B7 or G1 high of C1) in an alert of {@code subject}. */
  static Alert withAssets(Alert alert) {
    alert.getHits().add(Alerts.hit("LT-CONTROLLER-ASSET-BUILDUP", 1).severity(Severity.HIGH).firedAt(T0.toString())
        .source("indicators.md H3 LT-CONTROLLER-ASSET-BUILDUP; FIN-2023-Alert001 [X]")
        .requires("LT-FANIN-CONTROLLER", "LT-WAGE-KICKBACK", "LT-BROKER-PASS-THROUGH", "LT-PAYROLL-HEADCOUNT-GAP")
        .detail("Asset register: T-CAR 2026-02-20 67000 car dealer to Autohaus Meyer (DE).").build());
    return alert;
  }

  @Test
  void theAssetRegisterCountsAsAHighBesideItsPredicateHighAndIsShownInTheExplanation() {
    Alert h1 = withAssets(alert("CTRL", "H1", "LT-FANIN-CONTROLLER", Severity.HIGH, T0, "5 workers paid CTRL"));
    ClusterScoring.Verdict v = score(T0, h1, on("W1", "B1", Severity.HIGH));
    assertEquals(9.0, v.points(), "H1 3 + B1 3 + H3 3");
    assertTrue(v.referral(), v.reason());
    assertTrue(explained(v).contains("H3 LT-CONTROLLER-ASSET-BUILDUP@1 (HIGH, conditional on a HIGH hit of"
        + " LT-FANIN-CONTROLLER or LT-WAGE-KICKBACK or LT-BROKER-PASS-THROUGH or LT-PAYROLL-HEADCOUNT-GAP on CTRL,"
        + " 3 points) on CTRL"), explained(v));
    assertTrue(explained(v).contains("T-CAR 2026-02-20 67000 car dealer to Autohaus Meyer (DE)"), explained(v));
  }

  @Test
  void theAssetRegisterWithoutItsPredicateHighAddsNoPoints() {
    // Owner wealth: the register sits beside a medium on its account, or its predicate high is on
    // another account of the cluster, or left the window.
    Alert medium = withAssets(alert("CTRL", "H1", "LT-FANIN-CONTROLLER", Severity.MEDIUM, T0, "3 workers"));
    assertEquals(2.0, score(T0, medium).points());
    Alert otherAccount = withAssets(alert("OWNER", "B2", "LT-MULTI-PAYEE-WAGES", Severity.MEDIUM, T0, "wages"));
    ClusterScoring.Verdict v = score(T0, otherAccount, alert("CTRL", "H1", "LT-FANIN-CONTROLLER", Severity.HIGH, T0, "5"));
    assertEquals(5.0, v.points(), "B2 2 + H1 3: the high is CTRL's, not the owner's");
    Alert aged = withAssets(alert("CTRL", "H1", "LT-FANIN-CONTROLLER", Severity.HIGH, T0.minus(Duration.ofDays(91)), "5"));
    assertEquals(0.0, score(T0, aged).points(), "the predicate left the 90-day window, so does the register's weight");
  }
}
