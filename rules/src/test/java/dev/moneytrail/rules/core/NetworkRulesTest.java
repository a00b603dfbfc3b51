package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.Facts.business;
import static dev.moneytrail.rules.testing.Facts.days;
import static dev.moneytrail.rules.testing.Facts.employee;
import static dev.moneytrail.rules.testing.Facts.inflow;
import static dev.moneytrail.rules.testing.Facts.inflowFrom;
import static dev.moneytrail.rules.testing.Facts.person;
import static dev.moneytrail.rules.testing.Facts.profile;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.FanIn;
import dev.moneytrail.rules.facts.Holder;
import dev.moneytrail.rules.facts.Inflow;
import dev.moneytrail.rules.facts.SharedAttribute;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** network.drl: H1 LT-FANIN-CONTROLLER and H2 LT-SHARED-ATTRIBUTE-CLUSTER. */
class NetworkRulesTest {
  private static final String FANIN = "LT-FANIN-CONTROLLER";
  private static final String CLUSTER = "LT-SHARED-ATTRIBUTE-CLUSTER";
  private static final String CONTROLLER = "CTRL";
  private static final List<String> UNRELATED = List.of("Ana Lopez", "Bogdan Ionescu",
      "Chen Wei", "Dmytro Shevchenko", "Efua Mensah", "Farid Haddad", "Goran Petrovic",
      "Hana Novak", "Ivo Kral", "Jana Horvat", "Kofi Owusu", "Lina Said");
  private static final Duration DAY_AFTER_PAYDAY = Duration.ofHours(20);

  private final RuleHarness rules = RuleHarness.core();

  /** {@code n} workers with different surnames, each sending 70% of a wage the day after payday. */
  private static List<Inflow> workersPaying(int n) {
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      in.add(inflow("IN" + i, days(-2 - i), "S" + i, UNRELATED.get(i), "1120", DAY_AFTER_PAYDAY,
          "0.70"));
    }
    return in;
  }

  /** {@code n} tenants of different employers and flats, each paying {@code share} as rent. */
  private static List<Inflow> tenantsPaying(int n, String share, String employer) {
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      in.add(inflowFrom("RENT" + i, days(-2 - i), "S" + i, UNRELATED.get(i),
          "Flat " + (i + 1) + ", 12 Mill Road", employer != null ? employer : "EMP-" + i, "600",
          DAY_AFTER_PAYDAY, share));
    }
    return in;
  }

  private static FanIn controller(List<Inflow> inflows) {
    return new FanIn(CONTROLLER, "Viktor Marek", "GB", T0, inflows);
  }

  @RuleTest(ruleId = FANIN, kind = Kind.HIT)
  void alertsWhenFiveWorkersEachSendAThirdOfTheirWageWithinThreeDaysOfPayday() {
    List<Hit> hits = rules.evaluate(controller(workersPaying(5)));

    assertEquals(Set.of(FANIN), ids(hits));
    Hit hit = only(hits, FANIN);
    assertEquals(CONTROLLER, hit.subjectAccountId());
    assertEquals(List.of("S0", "S1", "S2", "S3", "S4"), hit.relatedAccountIds());
    assertEquals(List.of("IN0", "IN1", "IN2", "IN3", "IN4"), hit.txnIds());
    assertEquals("5", hit.features().get("senders.after.payday"));
    assertEquals("5600", hit.features().get("total.after.payday"));
    assertEquals("0.70", hit.features().get("largest.share"));
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals(T0, hit.firedAt(), "event time is the fan-in's asOf");
  }

  @RuleTest(ruleId = FANIN, kind = Kind.NEAR_MISS)
  void staysQuietWithFourSenders() {
    assertEquals(Set.of(), ids(rules.evaluate(controller(workersPaying(4)))));
  }

  @RuleTest(ruleId = FANIN, kind = Kind.NEAR_MISS)
  void staysQuietWhenOneOfFiveSendsJustUnderThirtyPercent() {
    List<Inflow> in = workersPaying(4);
    in.add(inflow("IN4", days(-6), "S4", "Efua Mensah", "479", DAY_AFTER_PAYDAY, "0.2999"));

    assertEquals(Set.of(), ids(rules.evaluate(controller(in))));
  }

  @RuleTest(ruleId = FANIN, kind = Kind.NEAR_MISS)
  void staysQuietWhenOneOfFiveSendsJustAfterSeventyTwoHours() {
    List<Inflow> in = workersPaying(4);
    in.add(inflow("IN4", days(-6), "S4", "Efua Mensah", "1120",
        Duration.ofHours(72).plusSeconds(1), "0.70"));

    assertEquals(Set.of(), ids(rules.evaluate(controller(in))));
  }

  @RuleTest(ruleId = FANIN, kind = Kind.NEAR_MISS)
  void staysQuietWhenOneOfFiveIsOlderThanThirtyFiveDays() {
    List<Inflow> in = workersPaying(4);
    in.add(inflow("IN4", T0.minus(Duration.ofDays(35)).minusSeconds(1), "S4", "Efua Mensah", "1120",
        DAY_AFTER_PAYDAY, "0.70"));

    assertEquals(Set.of(), ids(rules.evaluate(controller(in))));
  }

  @RuleTest(ruleId = FANIN, kind = Kind.NEAR_MISS)
  void countsACustomerWithTwoAccountsOnce() {
    List<Inflow> in = workersPaying(4);
    // S3's customer pays again from a second account.
    in.add(new Inflow("IN9", days(-1), "S3-SAVINGS", "CUST-S3", "Dmytro Shevchenko", null, null,
        "WIRE", new java.math.BigDecimal("1120"), DAY_AFTER_PAYDAY, new java.math.BigDecimal("0.70")));

    assertEquals(Set.of(), ids(rules.evaluate(controller(in))));
  }

  @RuleTest(ruleId = FANIN, kind = Kind.TRAP)
  void staysQuietForFamilyRemittanceToASameSurnameBeneficiary() {
    // Five siblings send part of each wage home to their mother.
    List<Inflow> in = new ArrayList<>();
    String[] siblings = {"Pavel Marek", "Jan Marek", "Eva Marek", "Petr Marek", "Lucie Marek"};
    for (int i = 0; i < siblings.length; i++) {
      in.add(inflow("IN" + i, days(-2 - i), "S" + i, siblings[i], "1120", DAY_AFTER_PAYDAY, "0.70"));
    }
    FanIn mother = new FanIn("MUM", "Alena Marek", "CZ", T0, in);

    assertEquals(Set.of(), ids(rules.evaluate(mother)));
  }

  @RuleTest(ruleId = FANIN, kind = Kind.TRAP)
  void staysQuietForALandlordCollectingRentFromUnrelatedTenants() {
    // Six tenants with different employers and flats each pay 25-40% of their wage after payday.
    List<Inflow> rents = tenantsPaying(6, "0.40", null);

    assertEquals(Set.of(), ids(rules.evaluate(new FanIn("LANDLORD", "Harold Price", "GB", T0, rents))));
  }

  @RuleTest(ruleId = FANIN, kind = Kind.HIT)
  void alertsOnRentSizedTransfersFromWorkersOfOneEmployer() {
    // The same shares, but the "tenants" all work for one employer: tied housing, not a landlord.
    List<Inflow> rents = tenantsPaying(6, "0.40", "EMP-FARM");

    Hit hit = only(rules.evaluate(new FanIn("LANDLORD", "Harold Price", "GB", T0, rents)), FANIN);
    assertEquals("6", hit.features().get("largest.group.sharing.address.or.employer"));
  }

  @RuleTest(ruleId = FANIN, kind = Kind.HIT)
  void alertsWhenOneUnrelatedSenderPaysMoreThanRent() {
    List<Inflow> in = tenantsPaying(5, "0.40", null);
    in.set(4, inflowFrom("RENT4", days(-6), "S4", "Efua Mensah", "Flat 5, 12 Mill Road", "EMP-4",
        "660", DAY_AFTER_PAYDAY, "0.4001"));

    assertEquals(Set.of(FANIN), ids(rules.evaluate(new FanIn("C", "Harold Price", "GB", T0, in))));
  }

  /**
   * A letting agent or mortgage lender: {@code tied} payers pay more than rent-sized shares right
   * after their payday (fortnightly wages make a monthly rent look large), {@code calendar} others
   * pay on the first of the month long after theirs; all have different employers and flats.
   */
  private static List<Inflow> broadPublic(int tied, int calendar) {
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < tied + calendar; i++) {
      boolean afterPayday = i < tied;
      in.add(inflowFrom("AG" + i, days(-2 - (i % 20)), "P" + i, "Payer" + i + " Surname" + i,
          "Flat " + i + ", " + (i / 2) + " Long Street", "EMP-" + i, "900",
          afterPayday ? DAY_AFTER_PAYDAY : Duration.ofDays(12), "1.20"));
    }
    return in;
  }

  @RuleTest(ruleId = FANIN, kind = Kind.TRAP)
  void staysQuietForALettingAgentPaidByABroadPublicOnTheCalendar() {
    // 6 of 40 payers happen to pay right after payday: a letting agent, not a controller.
    FanIn agent = new FanIn("AGENT", "Hausverwaltung Krause", "DE", T0, broadPublic(6, 34));

    assertEquals(Set.of(), ids(rules.evaluate(agent)));
  }

  @RuleTest(ruleId = FANIN, kind = Kind.HIT)
  void alertsWhenMostPayersOfTheBeneficiaryPayRightAfterPayday() {
    // 6 of 11 payers right after payday: no longer a broad public.
    FanIn agent = new FanIn("AGENT", "Hausverwaltung Krause", "DE", T0, broadPublic(6, 5));

    assertEquals(Set.of(FANIN), ids(rules.evaluate(agent)));
  }

  @RuleTest(ruleId = FANIN, kind = Kind.HIT)
  void alertsOnManyPayersWhenHalfOfThemShareAnEmployer() {
    // 5 of 12 payers pay right after payday, but 6 of the 12 work for one farm: half share an
    // employer, so the broad-public trap does not apply.
    List<Inflow> in = broadPublic(5, 7);
    for (int i = 0; i < 6; i++) {
      Inflow x = in.get(i);
      in.set(i, new Inflow(x.txnId(), x.at(), x.senderAccountId(), x.senderCustomerId(),
          x.senderName(), x.senderAddress(), "EMP-FARM", x.channel(), x.amount(),
          x.sinceSenderPayday(), x.shareOfSenderWage()));
    }

    assertEquals(Set.of(FANIN), ids(rules.evaluate(new FanIn("C", "Viktor Marek", "GB", T0, in))));
  }

  @RuleTest(ruleId = FANIN, kind = Kind.HIT)
  void followsTheSenderCountTheFiuTunes() {
    RuleHarness tuned = RuleHarness.coreWith("LT-FANIN-CONTROLLER.fanin.min.senders", "4");

    assertEquals(Set.of(FANIN), ids(tuned.evaluate(controller(workersPaying(4)))));
  }

  // H2 --------------------------------------------------------------------------------------

  private static List<Holder> persons(int n) {
    List<Holder> h = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      h.add(person("A" + i, UNRELATED.get(i), days(-1 - i)));
    }
    return h;
  }

  private static SharedAttribute shared(String kind, List<Holder> holders) {
    return new SharedAttribute(kind, "value-1", T0, holders);
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.HIT)
  void alertsWhenFiveUnrelatedPeopleShareOnePhone() {
    List<Hit> hits = rules.evaluate(shared("PHONE", persons(5)), profile("A2", "Chen Wei"));

    assertEquals(Set.of(CLUSTER), ids(hits));
    Hit hit = only(hits, CLUSTER);
    assertEquals("A2", hit.subjectAccountId(), "the account whose event triggered it");
    assertEquals(List.of("A0", "A1", "A3", "A4"), hit.relatedAccountIds());
    assertEquals("PHONE", hit.features().get("kind"));
    assertEquals("5", hit.features().get("persons"));
    assertEquals(Severity.MEDIUM, hit.severity());
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.NEAR_MISS)
  void staysQuietWhenFourPeopleShareOnePhone() {
    assertEquals(Set.of(), ids(rules.evaluate(shared("PHONE", persons(4)))));
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.HIT)
  void alertsWhenFiveUnrelatedPeopleShareAnEmailOrAnIntroducer() {
    assertEquals(Set.of(CLUSTER), ids(rules.evaluate(shared("EMAIL", persons(5)))));
    assertEquals(Set.of(CLUSTER), ids(rules.evaluate(shared("INTRODUCER", persons(5)))));
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.NEAR_MISS)
  void staysQuietWhenFourPeopleShareAnEmailOrAnIntroducer() {
    assertEquals(Set.of(), ids(rules.evaluate(shared("EMAIL", persons(4)))));
    assertEquals(Set.of(), ids(rules.evaluate(shared("INTRODUCER", persons(4)))));
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.HIT)
  void alertsWhenEightUnrelatedPeopleGiveOneAddress() {
    Hit hit = only(rules.evaluate(shared("ADDRESS", persons(8))), CLUSTER);
    assertEquals("A0", hit.subjectAccountId(), "no triggering account: the holder seen last");
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.NEAR_MISS)
  void staysQuietWhenSevenPeopleGiveOneAddress() {
    assertEquals(Set.of(), ids(rules.evaluate(shared("ADDRESS", persons(7)))));
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.NEAR_MISS)
  void countsOnlyPeopleSeenWithinThirtyDays() {
    List<Holder> h = persons(4);
    h.add(person("A9", "Zora Blum", T0.minus(Duration.ofDays(30)).minusSeconds(1)));

    assertEquals(Set.of(), ids(rules.evaluate(shared("PHONE", h))));
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.TRAP)
  void staysQuietForOneFamilyAtOneAddress() {
    List<Holder> family = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      family.add(person("N" + i, "Member" + i + " Nguyen", days(-1)));
    }

    assertEquals(Set.of(), ids(rules.evaluate(shared("ADDRESS", family))));
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.TRAP)
  void staysQuietForALicensedHostelThatBanksWithUs() {
    // Twelve unrelated guests give the hostel's address; the hostel itself is a business customer.
    List<Holder> guests = persons(12);
    guests.add(business("HOSTEL", "Riverside Hostel Ltd", days(-3)));

    assertEquals(Set.of(), ids(rules.evaluate(shared("ADDRESS", guests))));
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.HIT)
  void stillAlertsOnAPhoneSharedWithABusiness() {
    // The hostel exemption is for addresses only: a business phone on twelve personal accounts is
    // a cluster.
    List<Holder> holders = persons(12);
    holders.add(business("HOSTEL", "Riverside Hostel Ltd", days(-3)));

    Hit hit = only(rules.evaluate(shared("PHONE", holders)), CLUSTER);
    assertEquals("HOSTEL", hit.subjectAccountId(), "a business holder is the subject");
  }

  private static List<Holder> staffOf(String employer, int n) {
    List<Holder> h = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      h.add(employee("W" + i, UNRELATED.get(i), employer, days(-1 - i)));
    }
    return h;
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.TRAP)
  void staysQuietForAnEmployersPayrollAccountDrive() {
    // A farm introduces the twelve seasonal workers it recruited and employs (employer-paid
    // recruitment, each with their own phone and address): not a proxy cluster.
    SharedAttribute drive = new SharedAttribute("INTRODUCER", "cu123456789", T0,
        staffOf("CU123456789", 12));

    assertEquals(Set.of(), ids(rules.evaluate(drive, profile("W3", "Dmytro Shevchenko"))));
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.HIT)
  void alertsWhenTheIntroducerIsNotTheEmployerOfEveryone() {
    // The same drive, but one newcomer works elsewhere: the introducer brings in others' staff.
    List<Holder> h = staffOf("CU123456789", 11);
    h.add(employee("X1", "Lina Said", "CU999", days(-2)));

    assertEquals(Set.of(CLUSTER), ids(rules.evaluate(new SharedAttribute("INTRODUCER", "cu123456789", T0, h))));
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.HIT)
  void alertsWhenAnIntroducerBringsInAnotherEmployersStaff() {
    // A labour broker introduces five workers of a farm he does not own.
    SharedAttribute proxy = new SharedAttribute("INTRODUCER", "cu555", T0, staffOf("CU123456789", 5));

    assertEquals(Set.of(CLUSTER), ids(rules.evaluate(proxy)));
  }

  @RuleTest(ruleId = CLUSTER, kind = Kind.NEAR_MISS)
  void leavesSharedDevicesToTheDeviceRule() {
    List<Hit> hits = rules.evaluate(shared("DEVICE", persons(6)));

    assertEquals(Set.of("LT-SHARED-DEVICE-LOGIN"), ids(hits));
  }
}
