package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.FlowFacts.business;
import static dev.moneytrail.rules.testing.FlowFacts.flows;
import static dev.moneytrail.rules.testing.FlowFacts.month;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.AccountProfile;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.time.Duration;
import java.util.List;

/** travel-housing.drl: F3 LT-GROUP-TRANSPORT-MOBILITY, 4 cities and 6 night transport purchases, low. */
class GroupTransportRulesTest {
  private static final String RULE = "LT-GROUP-TRANSPORT-MOBILITY";
  private static final String ACCOUNT = "P1";

  private final RuleHarness rules = RuleHarness.core();

  private static AccountProfile person(String occupation) {
    return new AccountProfile(ACCOUNT, "CUST-" + ACCOUNT, "PERSON", "Mihai Ionescu", "DE",
        T0.minus(Duration.ofDays(200)), null, null, null, null, null, null, occupation, null, null, null);
  }

  @org.junit.jupiter.api.Test
  void countsCitiesOnTheFactAsTheWindowDoes() {
    // The rule's first test reads the city count without summing the window: it must be the same count.
    dev.moneytrail.rules.facts.MonthlyFlows f = flows(ACCOUNT, month(1).cities("Berlin"),
        month(2).cities("Berlin", "Hamburg"), month(3).cities("Köln", "München"));
    for (Duration window : List.of(Duration.ofDays(14), Duration.ofDays(35), Duration.ofDays(92))) {
      assertEquals(f.over(window).getDistinctCities(), f.distinctCitiesOver(window), window.toString());
    }
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void notesAWorkerMovedAcrossFourCitiesByNightTrips() {
    List<Hit> hits = rules.evaluate(person("farm worker"),
        flows(ACCOUNT, month(2).cities("Berlin", "Hamburg").nightTransport(4), month(3).cities("Köln", "München").nightTransport(2)));

    Hit hit = only(hits, RULE);
    assertEquals(Severity.LOW, hit.severity());
    assertEquals("4", hit.features().get("cities"));
    assertEquals("6", hit.features().get("night.transport.purchases"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietInThreeCities() {
    List<Hit> hits = rules.evaluate(person("farm worker"),
        flows(ACCOUNT, month(2).cities("Berlin", "Hamburg").nightTransport(4), month(3).cities("Hamburg", "München").nightTransport(2)));

    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWithFiveNightTrips() {
    List<Hit> hits = rules.evaluate(person("farm worker"),
        flows(ACCOUNT, month(2).cities("Berlin", "Hamburg").nightTransport(3), month(3).cities("Köln", "München").nightTransport(2)));

    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForADriverWhoTravelsForALiving() {
    // Catalogue trap: drivers and sales representatives move between cities, often at night.
    List<Hit> hits = rules.evaluate(person("HGV Driver"),
        flows(ACCOUNT, month(2).cities("Berlin", "Hamburg").nightTransport(4), month(3).cities("Köln", "München").nightTransport(2)));

    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForASalesRepresentative() {
    List<Hit> hits = rules.evaluate(person("sales representative"),
        flows(ACCOUNT, month(2).cities("Berlin", "Hamburg").nightTransport(4), month(3).cities("Köln", "München").nightTransport(2)));

    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAHaulageFirm() {
    List<Hit> hits = rules.evaluate(business(ACCOUNT, "Spedition Nord GmbH", "H49", 20),
        flows(ACCOUNT, month(2).cities("Berlin", "Hamburg").nightTransport(4), month(3).cities("Köln", "München").nightTransport(2)));

    assertFalse(ids(hits).contains(RULE));
  }
}
