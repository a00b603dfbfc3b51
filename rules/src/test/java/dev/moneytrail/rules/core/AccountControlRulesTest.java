package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.Facts.business;
import static dev.moneytrail.rules.testing.Facts.days;
import static dev.moneytrail.rules.testing.Facts.debit;
import static dev.moneytrail.rules.testing.Facts.employee;
import static dev.moneytrail.rules.testing.Facts.person;
import static dev.moneytrail.rules.testing.Facts.profile;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.Holder;
import dev.moneytrail.rules.facts.SharedAttribute;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** account-control.drl: C3 LT-SHARED-DEVICE-LOGIN and its employer variant. */
class AccountControlRulesTest {
  private static final String DEVICE = "LT-SHARED-DEVICE-LOGIN";
  private static final String EMPLOYER = "LT-SHARED-DEVICE-LOGIN-EMPLOYER";
  private static final List<String> UNRELATED = List.of("Ana Lopez", "Bogdan Ionescu",
      "Chen Wei", "Dmytro Shevchenko", "Efua Mensah", "Farid Haddad");

  private final RuleHarness rules = RuleHarness.core();

  private static List<Holder> persons(int n) {
    List<Holder> h = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      h.add(person("A" + i, UNRELATED.get(i), days(-1 - i)));
    }
    return h;
  }

  private static SharedAttribute device(List<Holder> holders) {
    return new SharedAttribute("DEVICE", "dev-7f3a", T0, holders);
  }

  @RuleTest(ruleId = DEVICE, kind = Kind.HIT)
  void alertsWhenOneDeviceLogsIntoFourUnrelatedPeoplesAccounts() {
    // The event: A2 pays from the shared device.
    List<Hit> hits = rules.evaluate(device(persons(4)),
        debit("T1", T0, "A2", "50.00", "X", "Someone"), profile("A2", "Chen Wei"));

    assertEquals(Set.of(DEVICE), ids(hits));
    Hit hit = only(hits, DEVICE);
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals("A2", hit.subjectAccountId(), "the account whose event triggered it");
    assertEquals(List.of("A0", "A1", "A3"), hit.relatedAccountIds());
    assertEquals("4", hit.features().get("persons"));
    assertEquals("4", hit.features().get("surnames"));
    assertEquals(T0, hit.firedAt());
  }

  @RuleTest(ruleId = DEVICE, kind = Kind.NEAR_MISS)
  void staysQuietWithThreePeopleOnOneDevice() {
    assertEquals(Set.of(), ids(rules.evaluate(device(persons(3)))));
  }

  @RuleTest(ruleId = DEVICE, kind = Kind.NEAR_MISS)
  void countsOnlyLoginsWithinThirtyDays() {
    List<Holder> h = persons(3);
    h.add(person("A9", "Zora Blum", T0.minus(Duration.ofDays(30)).minusSeconds(1)));

    assertEquals(Set.of(), ids(rules.evaluate(device(h))));
  }

  @RuleTest(ruleId = DEVICE, kind = Kind.TRAP)
  void staysQuietWhenRelativesShareATablet() {
    List<Holder> family = new ArrayList<>();
    for (String first : List.of("Mai", "Tuan", "Linh", "Bao", "Hoa")) {
      family.add(person("N-" + first, first + " Nguyen", days(-1)));
    }

    assertEquals(Set.of(), ids(rules.evaluate(device(family))));
  }

  @RuleTest(ruleId = EMPLOYER, kind = Kind.HIT)
  void alertsWhenAnEmployersDeviceIsUsedOnTwoOfItsWorkersAccounts() {
    List<Holder> h = List.of(
        business("FARM", "Agro Fields Ltd", days(-1)),
        employee("W1", "Ana Lopez", "CUST-FARM", days(-2)),
        employee("W2", "Bogdan Ionescu", "CUST-FARM", days(-3)));

    List<Hit> hits = rules.evaluate(device(h), profile("W2", "Bogdan Ionescu"));

    assertEquals(Set.of(EMPLOYER), ids(hits), "two persons are too few for the retail variant");
    Hit hit = only(hits, EMPLOYER);
    assertEquals("FARM", hit.subjectAccountId(), "the business is the subject, not the event's account");
    assertEquals(List.of("W1", "W2"), hit.relatedAccountIds());
    assertEquals("2", hit.features().get("payees"));
    assertEquals(Severity.HIGH, hit.severity());
  }

  @RuleTest(ruleId = EMPLOYER, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheEmployersDeviceReachesOneWorkerAndAStranger() {
    List<Holder> h = List.of(
        business("FARM", "Agro Fields Ltd", days(-1)),
        employee("W1", "Ana Lopez", "CUST-FARM", days(-2)),
        employee("W2", "Bogdan Ionescu", "CUST-OTHER", days(-3)));

    assertEquals(Set.of(), ids(rules.evaluate(device(h))));
  }

  @RuleTest(ruleId = EMPLOYER, kind = Kind.TRAP)
  void staysQuietForAFamilyBusinessOwnerHelpingRelatives() {
    // The shop's tablet on the owner's and his wife's personal accounts; they are not employees.
    List<Holder> h = List.of(
        business("SHOP", "Marek Groceries", days(-1)),
        person("P1", "Pavel Marek", days(-1)),
        person("P2", "Eva Marek", days(-2)));

    assertEquals(Set.of(), ids(rules.evaluate(device(h))));
  }

  @RuleTest(ruleId = DEVICE, kind = Kind.HIT)
  void namesTheBusinessWhenItsDeviceReachesFourPeople() {
    List<Holder> h = new ArrayList<>(persons(4));
    h.add(business("AGENT", "Quick Jobs Agency", days(-1)));

    List<Hit> hits = rules.evaluate(device(h), profile("A1", "Bogdan Ionescu"));

    assertEquals(Set.of(DEVICE), ids(hits), "none of them is the agency's employee");
    assertEquals("AGENT", only(hits, DEVICE).subjectAccountId());
  }

  // C2 LT-ONBOARD-BY-PROXY ----------------------------------------------------------------

  private static final String PROXY = "LT-ONBOARD-BY-PROXY";

  /** A person account opened with the introducer {@code daysAgo} days before T0. */
  private static Holder opened(String account, String name, String employer, double daysAgo) {
    Instant at = T0.minus(Duration.ofMinutes((long) (daysAgo * 24 * 60)));
    return new Holder(account, "CUST-" + account, "PERSON", name, employer, at, at);
  }

  /** {@code n} workers of EMP-FARM opened over {@code spanDays} days by introducer cu-broker. */
  private static List<Holder> batch(int n, double spanDays) {
    List<Holder> h = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      h.add(opened("N" + i, "Worker" + i + " Surname" + i, "CU-FARM", spanDays * i / Math.max(1, n - 1)));
    }
    return h;
  }

  private static SharedAttribute introducer(String value, List<Holder> holders) {
    return new SharedAttribute("INTRODUCER", value, T0, holders);
  }

  @RuleTest(ruleId = PROXY, kind = Kind.HIT)
  void alertsWhenAnIntroducerOpensFiveAccountsForOneEmployersWorkersWithinTwoWeeks() {
    List<Hit> hits = rules.evaluate(introducer("cu-broker", batch(5, 13.9)));

    Hit hit = only(hits, PROXY);
    assertEquals("cu-broker", hit.features().get("introducer"));
    assertEquals("5", hit.features().get("new.accounts.one.employer"));
    assertEquals("N0", hit.subjectAccountId(), "no triggering account: the holder seen last");
    assertEquals(List.of("N4", "N3", "N2", "N1"), hit.relatedAccountIds());
    assertEquals(Severity.MEDIUM, hit.severity());
  }

  @RuleTest(ruleId = PROXY, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheFifthAccountWasOpenedMoreThanFourteenDaysAgo() {
    List<Holder> h = batch(4, 3);
    h.add(opened("OLD", "Efua Mensah", "CU-FARM", 14.01));

    // Five people brought in by one introducer within 30 days is still an H2 cluster.
    assertEquals(Set.of("LT-SHARED-ATTRIBUTE-CLUSTER"), ids(rules.evaluate(introducer("cu-broker", h))));
  }

  @RuleTest(ruleId = PROXY, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheWorkersHaveDifferentEmployers() {
    List<Holder> h = new ArrayList<>(batch(4, 3));
    h.add(opened("X", "Efua Mensah", "CU-OTHER", 1));

    assertEquals(Set.of("LT-SHARED-ATTRIBUTE-CLUSTER"), ids(rules.evaluate(introducer("cu-broker", h))));
  }

  @RuleTest(ruleId = PROXY, kind = Kind.TRAP)
  void staysQuietForTheEmployersOwnPayrollAccountDrive() {
    // The farm itself introduces its seasonal workers (employer-paid recruitment).
    assertEquals(Set.of(), ids(rules.evaluate(introducer("cu-farm", batch(9, 3)))));
  }
}
