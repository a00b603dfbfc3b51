package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.Facts.days;
import static dev.moneytrail.rules.testing.Facts.money;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.FanIn;
import dev.moneytrail.rules.facts.Inflow;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * travel-housing.drl: F1 LT-HOUSING-OVERCROWD. Kitchen staff of "Hamburg Restaurant" (customer
 * EMP-REST) who all give Kantstraße 26 as their home pay "Miete Zimmer" to Marie Bauer, the
 * restaurant's director: 20-30 % of a wage, a day or two after payday.
 */
class TravelHousingRulesTest {
  private static final String RULE = "LT-HOUSING-OVERCROWD";
  private static final String LANDLORD = "DE45200505505806290697";
  private static final String HOUSE = "Kantstraße 26, 22464 Hamburg";
  private static final List<String> SURNAMES = List.of("Cetin", "Stoica", "Aslan", "Ribeiro", "Hartmann",
      "Polishchuk", "Schwarz", "Flores", "Daci", "Richter", "Tran", "Boyko");

  private final RuleHarness rules = RuleHarness.core();

  private static Inflow rent(int i, String name, String address, String employer) {
    return new Inflow("R" + i, days(-1 - i % 6), "T" + i, "CUST-T" + i, name, address, employer,
        "INTERNAL", money("110"), Duration.ofHours(30), money("0.27"));
  }

  /** {@code n} tenants at {@code address}; the first {@code atEmployer} work for EMP-REST. */
  private static List<Inflow> tenants(int n, int atEmployer, String address) {
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      in.add(rent(i, "Alex " + SURNAMES.get(i), address, i < atEmployer ? "EMP-REST" : "EMP-" + i));
    }
    return in;
  }

  private static FanIn landlord(List<Inflow> in) {
    return new FanIn(LANDLORD, "Marie Bauer", "DE", T0, in);
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenEightCoWorkersWhoShareAHousePayRentToOneLandlord() {
    List<Hit> hits = rules.evaluate(landlord(tenants(8, 6, HOUSE)));

    Hit hit = only(hits, RULE);
    assertEquals(LANDLORD, hit.subjectAccountId());
    assertEquals(8, hit.relatedAccountIds().size());
    assertEquals("8", hit.features().get("residents"));
    assertEquals("6", hit.features().get("largest.group.with.one.employer"));
    assertEquals("kantstraße 26 22464 hamburg", hit.features().get("address"));
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals("tied-housing", hit.typology());
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void readsOneHouseThroughSpellingDifferencesOfTheAddress() {
    List<Inflow> in = tenants(6, 6, HOUSE);
    in.add(rent(6, "Alex Flores", "kantstraße 26, 22464 hamburg", "EMP-REST"));
    in.add(rent(7, "Alex Daci", "Kantstraße  26; 22464 Hamburg", "EMP-REST"));

    assertEquals("8", only(rules.evaluate(landlord(in)), RULE).features().get("residents"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWithSevenResidents() {
    assertFalse(ids(rules.evaluate(landlord(tenants(7, 7, HOUSE)))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenJustUnderSixtyPercentShareAnEmployer() {
    // 5 of 9 is 55.6 %.
    assertFalse(ids(rules.evaluate(landlord(tenants(9, 5, HOUSE)))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheRentIsOlderThanTheWindow() {
    List<Inflow> in = tenants(7, 7, HOUSE);
    in.add(new Inflow("OLD", days(-36), "T7", "CUST-T7", "Alex Flores", HOUSE, "EMP-REST", "INTERNAL",
        money("110"), Duration.ofHours(30), money("0.27")));

    assertFalse(ids(rules.evaluate(landlord(in))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForALicensedHostelHousingWorkersOfSeveralEmployers() {
    // The hostel decoy: 12 residents of 4 employers pay the same capped weekly bed rate.
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      in.add(rent(i, "Alex " + SURNAMES.get(i), "Hafenweg 3, 20457 Hamburg", "EMP-" + (i % 4)));
    }

    assertFalse(ids(rules.evaluate(new FanIn("HOSTEL", "Hamburg Workers Hostel GmbH", "DE", T0, in))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForALandlordLettingSeparateFlatsToTenantsOfOneEmployer() {
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      in.add(rent(i, "Alex " + SURNAMES.get(i), "Flat " + (i / 2 + 1) + ", 12 Mill Road", "EMP-REST"));
    }

    assertFalse(ids(rules.evaluate(landlord(in))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForALargeFamilyPayingTheHouseholdHead() {
    // Nine adults of two surnames (married names) at one farmhouse, all working on the family farm.
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      in.add(rent(i, i % 3 == 0 ? "Anna Weber" : "Jonas Hoffmann", HOUSE, "EMP-FARM"));
    }

    assertFalse(ids(rules.evaluate(landlord(in))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForATelecomPaidByACrowdedHouseAmongManyHouseholds() {
    // The tenants of a crowded house pay their own phone bills, like forty other households.
    List<Inflow> in = new ArrayList<>(tenants(8, 8, HOUSE));
    for (int i = 20; i < 60; i++) {
      in.add(rent(i, "Chris Other" + i, "Street " + i, "EMP-" + i));
    }

    assertFalse(ids(rules.evaluate(new FanIn("TELEKOM", "Telekom Deutschland GmbH", "DE", T0, in))).contains(RULE));
  }
}
