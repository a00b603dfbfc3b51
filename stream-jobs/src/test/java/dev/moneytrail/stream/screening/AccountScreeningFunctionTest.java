package dev.moneytrail.stream.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.RuleMetadata;
import dev.moneytrail.rules.engine.RuleCompiler;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.RuleAuditAction;
import dev.moneytrail.schemas.RuleFile;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import dev.moneytrail.stream.features.FeatureHorizons;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The account operator with its state and timers, through Flink's operator test harness. */
class AccountScreeningFunctionTest {

  private static final RulePackage CORE = load();
  private KeyedBroadcastOperatorTestHarness<String, ScreeningEvent, RulePackage, ScoredHit> harness;

  private static RulePackage load() {
    try {
      return RulePackages.load(null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void open() throws Exception {
    harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
        new AccountScreeningFunction(CORE), ScreeningEvent::accountId, Types.STRING, ScreeningState.RULES);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private void feed(ScreeningEvent e) throws Exception {
    harness.processElement(e, e.eventTime().toEpochMilli());
  }

  /** Moves the watermark past {@code t}'s minute: everything fed up to {@code t} is screened. */
  private void passWatermark(Instant t) throws Exception {
    harness.watermark(EventTimeBuffer.flushTime(t.toEpochMilli()));
  }

  /** Three monthly paydays from {@code first}, each followed within hours by most of the wage leaving to {@code to}. */
  private void forwardWages(Instant first, String to, String toName) throws Exception {
    for (int m = 0; m < 3; m++) {
      Instant payday = first.plus(Duration.ofDays(30L * m));
      feed(ScreeningEvent.of(Transactions.credit("W", "2000.00").txnId("pay-" + payday).at(payday)
          .purpose(Purpose.SALARY).channel(Channel.ACH).from("EMP").build()));
      feed(ScreeningEvent.of(Transactions.debit("W", "1700.00").txnId("fwd-" + payday).at(payday.plus(Duration.ofHours(4)))
          .channel(Channel.WIRE).to(to).counterpartyName(toName).build()));
    }
  }

  private List<String> ruleHits() {
    List<String> ids = new ArrayList<>();
    for (ScoredHit h : harness.extractOutputValues()) {
      ids.add(h.hit.getRuleId());
    }
    return ids;
  }

  @Test
  void keepsTheHolderProfileThroughADormantSpellSoAnOwnAccountSweepStaysQuiet() throws Exception {
    ScreeningEvent opened = ScreeningEvent.of(Accounts.person("W").name("Natalia Kravchenko").openedAt("2020-06-28T14:56:24Z").build());
    feed(opened);
    passWatermark(opened.eventTime());
    assertEquals(1, harness.numEventTimeTimers(), "one clean-up timer per key");
    // Years pass: the idle-state timer fires long before the account moves money again.
    harness.watermark(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
    assertEquals(0, harness.numEventTimeTimers(), "the idle-state timer fired");
    forwardWages(Instant.parse("2026-01-30T09:00:00Z"), "DE85100100104237207245", "Natalia Kravchenko");
    passWatermark(Instant.parse("2026-04-30T09:00:00Z"));
    assertEquals(List.of(), ruleHits());
  }

  private void payday(String account, String amount, Instant at) throws Exception {
    feed(ScreeningEvent.of(Transactions.credit(account, amount).txnId("pay-" + at).at(at)
        .purpose(Purpose.SALARY).channel(Channel.ACH).from("EMP").build()));
  }

  @Test
  void carriesACorridorContextHitToEveryIndicatorTypologyOfThePackage() throws Exception {
    // CTX-CORRIDOR (XA is a placeholder corridor of the shipped list): the hit must reach the
    // subject's alerts whatever their typology, so it is sent once per indicator typology.
    feed(ScreeningEvent.of(Accounts.person("W").name("Ana Lopez").build()));
    Instant at = Instant.parse("2026-01-02T06:00:00Z");
    payday("W", "2000.00", at);
    feed(ScreeningEvent.of(Transactions.debit("W", "400.00").txnId("remit-1").at(at.plus(Duration.ofHours(30)))
        .channel(Channel.MONEY_TRANSFER).purpose(Purpose.REMITTANCE).to("WALLET-77")
        .counterpartyName("Omar Haddad").counterpartyCountry("XA").build()));
    passWatermark(at.plus(Duration.ofDays(2)));

    List<ScoredHit> context = harness.extractOutputValues().stream()
        .filter(h -> h.hit.getRuleId().equals("CTX-CORRIDOR")).toList();
    Set<String> indicatorTypologies = new TreeSet<>();
    for (RuleMetadata m : RuleCompiler.compile(RulePackages.toSource(CORE), getClass().getClassLoader()).rules()) {
      if (!m.context()) {
        indicatorTypologies.add(m.typology());
      }
    }
    assertEquals(indicatorTypologies, new TreeSet<>(context.stream().map(h -> h.typology).toList()));
    assertEquals(indicatorTypologies.size(), context.size(), "once per typology");
    assertTrue(context.stream().allMatch(h -> h.hit.getContext() && h.subjectAccountId.equals("W")));
  }

  @Test
  void reportsAnAccountsAssetPurchasesAsAConditionalHitToItsPredicatesTypologies() throws Exception {
    // H3: a car and a notary's deposit within 180 days. The hit must wait where an H1, A4, B7 or G1
    // alert of the same account opens, and say so.
    feed(ScreeningEvent.of(Accounts.person("C").name("Ivan Petrov").country("DE").build()));
    Instant at = Instant.parse("2026-03-14T10:00:00Z");
    feed(ScreeningEvent.of(Transactions.debit("C", "38000.00").txnId("car").at(at).channel(Channel.CARD)
        .merchantCategoryCode("5511").counterpartyName("AUTOHAUS NORD").build()));
    feed(ScreeningEvent.of(Transactions.debit("C", "25000.00").txnId("notary").at(at.plus(Duration.ofDays(40)))
        .channel(Channel.WIRE).to("DE-NOTAR-1").counterpartyName("Notariat Dr. Weiss").counterpartyCountry("DE").build()));
    feed(ScreeningEvent.of(Transactions.debit("C", "80.00").txnId("groceries").at(at.plus(Duration.ofDays(41)))
        .channel(Channel.CARD).merchantCategoryCode("5411").counterpartyName("REWE").build()));
    passWatermark(at.plus(Duration.ofDays(42)));

    List<ScoredHit> h3 = harness.extractOutputValues().stream()
        .filter(h -> h.hit.getRuleId().equals("LT-CONTROLLER-ASSET-BUILDUP")).toList();
    java.util.Map<String, String> typologyOf = new java.util.HashMap<>();
    for (dev.moneytrail.rules.RuleMetadata m : dev.moneytrail.rules.engine.RuleCompiler.compile(RulePackages.toSource(CORE), getClass().getClassLoader()).rules()) {
      typologyOf.put(m.ruleId(), m.typology());
    }
    List<String> predicates = List.of("LT-FANIN-CONTROLLER", "LT-WAGE-KICKBACK", "LT-BROKER-PASS-THROUGH",
        "LT-PAYROLL-HEADCOUNT-GAP");
    java.util.Set<String> expected = new java.util.TreeSet<>(predicates.stream().map(typologyOf::get).toList());
    java.util.Set<String> last = new java.util.TreeSet<>();
    for (ScoredHit h : h3) {
      assertEquals(predicates, h.hit.getRequires());
      assertEquals("C", h.subjectAccountId);
      if (h.hit.getFiredAt().equals(at.plus(Duration.ofDays(40)))) {
        last.add(h.typology);
        assertEquals(List.of("car", "notary"), h.hit.getTxnIds());
        assertEquals("63000.0000", h.hit.getFeatures().get("asset.total"));
      }
    }
    assertEquals(expected, last, "one copy per predicate typology");
    assertEquals(2 * expected.size(), h3.size(), "on the two asset payments only, not on groceries");
  }

  @Test
  void screensAWageTakenOutInCashAfterEveryPayday() throws Exception {
    // B3 reads the cash withdrawals the account operator attaches to each payday.
    feed(ScreeningEvent.of(Accounts.person("W").name("Ana Lopez").build()));
    Instant first = Instant.parse("2026-01-02T06:00:00Z");
    for (int w = 0; w < 3; w++) {
      Instant at = first.plus(Duration.ofDays(7L * w));
      payday("W", "500.00", at);
      feed(ScreeningEvent.of(Transactions.debit("W", "450.00").txnId("atm-" + w).cashAt("ATM-7")
          .at(at.plus(Duration.ofHours(9))).build()));
    }
    passWatermark(first.plus(Duration.ofDays(15)));
    assertTrue(ruleHits().contains("LT-PAYDAY-CASHOUT"), ruleHits().toString());
  }

  @Test
  void screensWagesThatLeaveWithinDaysWhileNothingIsSpentOnEverydayNeeds() throws Exception {
    // B4 reads the per-cycle everyday spending the account operator sums, on the next payday.
    feed(ScreeningEvent.of(Accounts.person("W").name("Ana Lopez").build()));
    Instant first = Instant.parse("2026-01-30T06:00:00Z");
    for (int m = 0; m < 3; m++) {
      Instant at = first.plus(Duration.ofDays(30L * m));
      payday("W", "1800.00", at);
      feed(ScreeningEvent.of(Transactions.debit("W", "1760.00").txnId("fwd-" + m).at(at.plus(Duration.ofHours(20)))
          .channel(Channel.WIRE).to("CTRL").counterpartyName("Viktor Petrov").build()));
      feed(ScreeningEvent.of(Transactions.debit("W", "12.40").txnId("shop-" + m).at(at.plus(Duration.ofDays(5)))
          .channel(Channel.CARD).merchantCategoryCode("5411").to("LIDL").build()));
    }
    passWatermark(first.plus(Duration.ofDays(61)));
    assertTrue(ruleHits().contains("LT-NO-SUBSISTENCE-SPEND"), ruleHits().toString());
  }

  @Test
  void screensWeeksWithoutPayEndingInALumpSum() throws Exception {
    feed(ScreeningEvent.of(Accounts.person("W").name("Ana Lopez").build()));
    Instant first = Instant.parse("2026-01-02T06:00:00Z");
    for (int w = 0; w < 3; w++) {
      payday("W", "450.00", first.plus(Duration.ofDays(7L * w)));
    }
    payday("W", "1800.00", first.plus(Duration.ofDays(49)));
    passWatermark(first.plus(Duration.ofDays(49)));
    assertTrue(ruleHits().contains("LT-WAGE-WITHHOLD-IRREGULAR"), ruleHits().toString());
  }

  @Test
  void screensABusinessDrawingCashForFarMoreStaffThanItDeclares() throws Exception {
    // D3's cash branch on the monthly sums, evaluated on the first entry of a day.
    feed(ScreeningEvent.of(Accounts.business("B").name("Trockenbau Nord GmbH").sector("F").declaredEmployees(2).build()));
    Instant first = Instant.parse("2026-02-02T10:00:00Z");
    for (int d = 0; d < 26; d++) {
      feed(ScreeningEvent.of(Transactions.debit("B", "900.00").txnId("cash-" + d).cashAt("BR-1")
          .at(first.plus(Duration.ofDays(d))).build()));
    }
    passWatermark(first.plus(Duration.ofDays(25)));
    assertTrue(ruleHits().contains("LT-CASH-PAYROLL-CHECKS"), ruleHits().toString());
  }

  @Test
  void namesTheAccountsCurrencyBesideTheWageShortfallOfABusinessPayingTwoOfItsFortyStaff() throws Exception {
    // G1 on the monthly sums; the shortfall is a proceeds figure (indicators.md 6.3), and the
    // figure is in the currency the account event names, which the sums do not carry.
    feed(ScreeningEvent.of(Accounts.business("B").name("Textil Sp. z o.o.").sector("C14").declaredEmployees(40)
        .currency("PLN").build()));
    Instant first = Instant.parse("2026-01-05T09:00:00Z");
    for (int d = 0; d < 60; d++) {
      Instant day = first.plus(Duration.ofDays(d));
      feed(ScreeningEvent.of(Transactions.credit("B", "4000.00").txnId("in-" + d).channel(Channel.WIRE)
          .from(d % 2 == 0 ? "CLIENT-1" : "CLIENT-2").currency("PLN").at(day).build()));
      if (d % 30 == 25) {
        for (String w : List.of("W1", "W2")) {
          feed(ScreeningEvent.of(Transactions.debit("B", "900.00").txnId("wage-" + w + d).channel(Channel.WIRE)
              .purpose(Purpose.SALARY).to(w).currency("PLN").at(day.plus(Duration.ofHours(1))).build()));
        }
      }
    }
    passWatermark(first.plus(Duration.ofDays(60)));

    ScoredHit gap = harness.extractOutputValues().stream()
        .filter(h -> h.hit.getRuleId().equals("LT-PAYROLL-HEADCOUNT-GAP")).reduce((a, b) -> b).orElseThrow();
    assertEquals("PLN", gap.hit.getFeatures().get("currency"));
    assertTrue(new BigDecimal(gap.hit.getFeatures().get("proceeds.wage.shortfall")).compareTo(new BigDecimal("100000")) > 0,
        gap.hit.getFeatures().toString());
  }

  @Test
  void screensABusinessProvisioningItsCrewEveryWeekFromTheMonthlySums() throws Exception {
    // F2 reads the sustenance card spending the monthly sums keep, once a day.
    feed(ScreeningEvent.of(Accounts.business("B").name("Hochbau Nord GmbH").sector("F").declaredEmployees(12).build()));
    Instant first = Instant.parse("2026-01-06T10:00:00Z");
    for (int w = 0; w < 9; w++) {
      Instant at = first.plus(Duration.ofDays(7L * w));
      feed(ScreeningEvent.of(Transactions.debit("B", "1500.00").txnId("food-" + w).at(at)
          .channel(Channel.CARD).merchantCategoryCode(w % 2 == 0 ? "5411" : "7011").to("MERCHANT").build()));
      feed(ScreeningEvent.of(Transactions.debit("B", "500.00").txnId("fuel-" + w).at(at.plus(Duration.ofHours(2)))
          .channel(Channel.CARD).merchantCategoryCode("5541").to("ARAL").build()));
    }
    for (int m = 0; m < 2; m++) {
      feed(ScreeningEvent.of(Transactions.debit("B", "3000.00").txnId("wages-" + m)
          .at(Instant.parse("2026-01-28T08:00:00Z").plus(Duration.ofDays(30L * m)))
          .channel(Channel.ACH).purpose(Purpose.SALARY).to("W-" + m).build()));
    }
    passWatermark(first.plus(Duration.ofDays(57)));
    assertTrue(ruleHits().contains("LT-BIZ-SUSTENANCE-SPEND"), ruleHits().toString());
  }

  @Test
  void screensAYoungStaffSupplierThatCashesOutWhatItsContractorPays() throws Exception {
    // G3 reads the subcontractor aggregate, evaluated on the entries that move it.
    feed(ScreeningEvent.of(Accounts.business("S").name("Adler Personalservice UG").sector("N78")
        .openedAt("2025-10-01T09:00:00Z").build()));
    Instant first = Instant.parse("2026-02-02T09:00:00Z");
    for (int w = 0; w < 5; w++) {
      Instant at = first.plus(Duration.ofDays(7L * w));
      feed(ScreeningEvent.of(Transactions.credit("S", "12000.00").txnId("inv-" + w).at(at).channel(Channel.ACH)
          .purpose(Purpose.SERVICES).from("IBAN-KRAEMER").counterpartyName("Hochbau Krämer GmbH").build()));
      feed(ScreeningEvent.of(Transactions.debit("S", "7000.00").txnId("cash-" + w).cashAt("BR-BER-007")
          .at(at.plus(Duration.ofDays(1))).build()));
    }
    passWatermark(first.plus(Duration.ofDays(30)));
    assertTrue(ruleHits().contains("LT-SHELL-SUBCONTRACTOR"), ruleHits().toString());
  }

  @Test
  void screensCashPaidInAcrossAreasAndTakenOutElsewhereOnTheWithdrawal() throws Exception {
    // D4 reads the cash entries D1 keeps, evaluated on each cash withdrawal.
    feed(ScreeningEvent.of(Accounts.person("P").name("Ion Popescu").build()));
    Instant day0 = Instant.parse("2026-02-01T00:00:00Z");
    String[][] cash = {{"d1", "C", "400.00", "ATM-HAM-0001", "34"}, {"d2", "C", "500.00", "ATM-BRE-0003", "57"},
        {"w1", "D", "800.00", "ATM-BER-0011", "68"}, {"d3", "C", "450.00", "BR-HAN-002", "107"},
        {"w2", "D", "450.00", "ATM-BER-0011", "128"}, {"d4", "C", "300.00", "ATM-HAM-0007", "156"},
        {"w3", "D", "300.00", "ATM-BER-0004", "177"}, {"d5", "C", "350.00", "ATM-KIE-0002", "202"},
        {"w4", "D", "300.00", "ATM-BER-0011", "225"}};
    for (String[] c : cash) {
      Instant at = day0.plus(Duration.ofHours(Long.parseLong(c[4])));
      feed(ScreeningEvent.of((c[1].equals("C") ? Transactions.credit("P", c[2]) : Transactions.debit("P", c[2]))
          .txnId(c[0]).cashAt(c[3]).at(at).build()));
    }
    passWatermark(day0.plus(Duration.ofHours(226)));
    assertTrue(ruleHits().contains("LT-FUNNEL-ACCOUNT"), ruleHits().toString());
  }

  @Test
  void screensNightTripsAcrossCitiesFromTheMonthlyCounts() throws Exception {
    // F3 (low, context only) reads the night transport count and card cities of the monthly sums.
    feed(ScreeningEvent.of(Accounts.person("P").name("Mihai Ionescu").occupation("farm worker").build()));
    Instant first = Instant.parse("2026-02-02T23:00:00Z");
    String[] cities = {"Berlin", "Hamburg", "Köln", "München", "Bremen", "Hannover"};
    for (int d = 0; d < cities.length; d++) {
      feed(ScreeningEvent.of(Transactions.debit("P", "45.00").txnId("taxi-" + d).at(first.plus(Duration.ofDays(2L * d)))
          .channel(Channel.CARD).merchantCategoryCode("4121").location(cities[d]).to("TAXI").build()));
    }
    feed(ScreeningEvent.of(Transactions.debit("P", "3.20").txnId("bread").at(first.plus(Duration.ofDays(12)).plus(Duration.ofHours(10)))
        .channel(Channel.CARD).merchantCategoryCode("5411").location("Hannover").to("BAECKER").build()));
    passWatermark(first.plus(Duration.ofDays(13)));
    assertTrue(ruleHits().contains("LT-GROUP-TRANSPORT-MOBILITY"), ruleHits().toString());
  }

  @Test
  void forgetsPayCyclesOfAnAccountIdleBeyondTheRetention() throws Exception {
    feed(ScreeningEvent.of(Accounts.person("W").name("Ana Lopez").build()));
    forwardWages(Instant.parse("2026-01-30T09:00:00Z"), "CTRL", "Viktor Petrov");
    passWatermark(Instant.parse("2026-03-31T13:00:00Z"));
    assertTrue(ruleHits().contains("LT-PAYROLL-FUNNEL"));
    harness.getOutput().clear();
    harness.watermark(Instant.parse("2026-03-31T09:00:00Z")
        .plus(FeatureHorizons.IDLE_STATE_RETENTION).plus(Duration.ofDays(8)).toEpochMilli());
    assertEquals(0, harness.numEventTimeTimers(), "the idle-state timer fired");
    // One more forwarded wage after the idle spell: alone it is not a pattern.
    Instant later = Instant.parse("2026-08-30T09:00:00Z");
    feed(ScreeningEvent.of(Transactions.credit("W", "2000.00").txnId("pay-late").at(later)
        .purpose(Purpose.SALARY).channel(Channel.ACH).from("EMP").build()));
    feed(ScreeningEvent.of(Transactions.debit("W", "1700.00").txnId("fwd-late").at(later.plus(Duration.ofHours(4)))
        .channel(Channel.WIRE).to("CTRL").counterpartyName("Viktor Petrov").build()));
    passWatermark(later.plus(Duration.ofHours(4)));
    assertEquals(List.of(), ruleHits());
  }

  @Test
  void refusesAPackageThatDoesNotCompileAndKeepsScreeningWithTheRunningOne() throws Exception {
    RulePackage broken = RulePackage.newBuilder(CORE)
        .setVersion("1.0.1")
        .setFiles(List.of(new RuleFile("broken.drl", "package broken; rule \"x\" when then nonsense( end")))
        .setContentHash("will-not-match")
        .build();
    harness.processBroadcastElement(broken, 0L);
    assertEquals(1, harness.getSideOutput(ScreeningState.RULE_AUDIT).size());
    assertEquals(RuleAuditAction.REFUSED_BY_JOB,
        harness.getSideOutput(ScreeningState.RULE_AUDIT).peek().getValue().getAction());
    feed(ScreeningEvent.of(Accounts.person("W").name("Ana Lopez").build()));
    forwardWages(Instant.parse("2026-01-30T09:00:00Z"), "CTRL", "Viktor Petrov");
    passWatermark(Instant.parse("2026-03-31T13:00:00Z"));
    assertTrue(ruleHits().contains("LT-PAYROLL-FUNNEL"));
  }

  @Test
  void refusesAnApprovedPackageWithAMalformedReferenceTableAndKeepsScreeningWithTheRunningOne() throws Exception {
    // A new registry snapshot whose line 13 lost its status and date columns: the hash is right and a second
    // person approved it, so only the reference check stands between it and the screening.
    dev.moneytrail.rules.engine.RulePackageSource core = RulePackages.toSource(CORE);
    List<dev.moneytrail.rules.engine.RuleFile> files = new ArrayList<>();
    for (dev.moneytrail.rules.engine.RuleFile f : core.files()) {
      files.add(!f.path().equals("reference/licensed-agencies.csv") ? f
          : new dev.moneytrail.rules.engine.RuleFile(f.path(),
              f.text().replace("Placeholder Licensed Staffing Ltd,XA-0001,XA,LICENSED,", "Acme Staffing,XA-0009,XA")));
    }
    dev.moneytrail.rules.engine.RulePackageSource bad = new dev.moneytrail.rules.engine.RulePackageSource(
        "core", "1.0.1", files, core.parameters());
    RulePackage snapshot = RulePackages.toAvro(bad, "maker", "checker", "1.0.0", "new registry snapshot",
        Instant.parse("2026-01-01T00:00:00Z"));

    harness.processBroadcastElement(snapshot, 0L);

    assertEquals(1, harness.getSideOutput(ScreeningState.RULE_AUDIT).size());
    var audit = harness.getSideOutput(ScreeningState.RULE_AUDIT).peek().getValue();
    assertEquals(RuleAuditAction.REFUSED_BY_JOB, audit.getAction());
    assertTrue(audit.getDetail().contains("reference/licensed-agencies.csv:13: reference table licensed-agencies: 3 fields, the header has 5"),
        audit.getDetail());
    feed(ScreeningEvent.of(Accounts.person("W").name("Ana Lopez").build()));
    forwardWages(Instant.parse("2026-01-30T09:00:00Z"), "CTRL", "Viktor Petrov");
    passWatermark(Instant.parse("2026-03-31T13:00:00Z"));
    assertTrue(ruleHits().contains("LT-PAYROLL-FUNNEL"));
  }

  @Test
  void routesTransfersOutToTheBeneficiaryAndIdentifiersToTheirKeys() throws Exception {
    feed(ScreeningEvent.of(Accounts.person("W").name("Ana Lopez").phone("+491701234567").deviceId("dev-1").build()));
    TransactionEvent fwd = Transactions.debit("W", "100.00").txnId("t1").at("2026-02-01T10:00:00Z")
        .channel(Channel.INTERNAL).to("CTRL").deviceId("dev-1").build();
    feed(ScreeningEvent.of(fwd));
    feed(ScreeningEvent.of(Transactions.debit("W", "9.99").txnId("t2").at("2026-02-01T11:00:00Z")
        .channel(Channel.CARD).merchantCategoryCode("5411").to("SHOP").build()));
    passWatermark(Instant.parse("2026-02-01T11:00:00Z"));
    assertEquals(1, harness.getSideOutput(ScreeningState.COUNTERPARTY_FLOWS).size(), "card payments are not fan-in");
    assertEquals("CTRL", harness.getSideOutput(ScreeningState.COUNTERPARTY_FLOWS).peek().getValue().getBeneficiaryId());
    // device and phone from the KYC event, device again from the payment
    assertEquals(3, harness.getSideOutput(ScreeningState.ATTRIBUTE_SIGHTINGS).size());
  }

  @Test
  void screensInEventTimeOrderHowEverTheTwoTopicsInterleave() throws Exception {
    // The wages reach the operator before the account event that names the holder (a restored job
    // reads the two topics' backlogs at different speeds). Screened in arrival order the forwards
    // to the holder's own account elsewhere would look like a payroll funnel; in event-time order
    // the name is known first and the own-account sweep stays quiet, as in a replay.
    forwardWages(Instant.parse("2026-01-30T09:00:00Z"), "DE85100100104237207245", "Natalia Kravchenko");
    feed(ScreeningEvent.of(Accounts.person("W").name("Natalia Kravchenko").openedAt("2026-01-02T10:00:00Z").build()));
    assertEquals(List.of(), ruleHits(), "nothing is screened before the watermark passes it");
    passWatermark(Instant.parse("2026-03-31T13:00:00Z"));
    assertEquals(List.of(), ruleHits());
  }

  @Test
  void screensAnInputAtOnceWhenItsMinuteHasBeenFlushedAlready() throws Exception {
    feed(ScreeningEvent.of(Accounts.person("W").name("Ana Lopez").build()));
    passWatermark(Instant.parse("2026-04-01T00:00:00Z"));
    forwardWages(Instant.parse("2026-01-30T09:00:00Z"), "CTRL", "Viktor Petrov");
    assertTrue(ruleHits().contains("LT-PAYROLL-FUNNEL"), "late inputs are screened, not dropped");
  }

  private void wage(String payee, String amount, Instant at) throws Exception {
    feed(ScreeningEvent.of(Transactions.debit("EMP", amount).txnId("sal-" + payee + "-" + at).at(at)
        .purpose(Purpose.SALARY).channel(Channel.ACH).to(payee).counterpartyName("Worker " + payee).build()));
  }

  @Test
  void flagsTheEmployerWhoSettlesWithFourOfItsTenPayeesAfterSkippingThemOnAPayday() throws Exception {
    // B6 employer level, on the employer's key: fortnightly 900; W1..W4 not paid on day 42, then
    // paid 1,350 each on day 56 while W5..W10 were paid throughout.
    feed(ScreeningEvent.of(Accounts.business("EMP").name("Becker Pizzeria").build()));
    Instant first = Instant.parse("2026-01-02T09:00:00Z");
    for (int d = 0; d <= 56; d += 14) {
      Instant run = first.plus(Duration.ofDays(d));
      for (int w = 1; w <= 10; w++) {
        boolean withheld = w <= 4;
        if (!withheld || d < 42) {
          wage("W" + w, "900.00", run.plusSeconds(w));
        } else if (d == 56) {
          wage("W" + w, "1350.00", run.plusSeconds(60 + w));
        }
      }
    }
    passWatermark(first.plus(Duration.ofDays(57)));

    List<ScoredHit> hits = harness.extractOutputValues().stream()
        .filter(h -> h.hit.getRuleId().equals("LT-WAGE-WITHHOLD-EMPLOYER")).toList();
    assertTrue(!hits.isEmpty(), ruleHits().toString());
    assertTrue(hits.stream().allMatch(h -> h.subjectAccountId.equals("EMP")));
    // The share reaches 30 % with the third settlement of the run; the fourth names all four.
    assertEquals(List.of("W1", "W2", "W3", "W4"), hits.get(hits.size() - 1).hit.getRelatedAccountIds());
    assertTrue(hits.stream().allMatch(h -> h.hit.getTxnIds().get(0).startsWith("sal-W")));
    // The worker level on the same key: each settled worker is the subject of its own medium hit.
    List<String> workers = harness.extractOutputValues().stream()
        .filter(h -> h.hit.getRuleId().equals("LT-WAGE-WITHHOLD-COHORT")).map(h -> h.subjectAccountId).sorted().toList();
    assertEquals(List.of("W1", "W2", "W3", "W4"), workers);
  }

  @Test
  void staysQuietWhenTheWholeStaffIsLaidOffAndComesBack() throws Exception {
    feed(ScreeningEvent.of(Accounts.business("EMP").name("Obsthof Weber").build()));
    Instant first = Instant.parse("2026-01-02T09:00:00Z");
    for (int d : new int[] {0, 14, 28, 70, 84}) {
      for (int w = 1; w <= 10; w++) {
        wage("W" + w, d == 70 ? "1400.00" : "900.00", first.plus(Duration.ofDays(d)).plusSeconds(w));
      }
    }
    passWatermark(first.plus(Duration.ofDays(85)));

    assertTrue(!ruleHits().contains("LT-WAGE-WITHHOLD-EMPLOYER"), ruleHits().toString());
    assertTrue(!ruleHits().contains("LT-WAGE-WITHHOLD-COHORT"), ruleHits().toString());
  }
}
