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
import dev.moneytrail.rules.facts.AccountProfile;
import dev.moneytrail.rules.facts.FanIn;
import dev.moneytrail.rules.facts.Inflow;
import dev.moneytrail.rules.facts.Outflow;
import dev.moneytrail.rules.facts.PayCycle;
import dev.moneytrail.rules.facts.PayrollHistory;
import dev.moneytrail.rules.facts.Txn;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * recruitment-debt.drl: A1 LT-RECRUIT-FEE-WORKER-PAID and A3 LT-DEBT-INSTALMENT-PAYDAY.
 *
 * <p>A1: a newly arrived worker paid 500 every Friday (about 2,174 a month) pays "Star Global
 * Recruitment Ltd" a placement fee in parts after her first paydays.
 *
 * <p>A3: workers of a building site each repay Kemal Aydin a fixed instalment the day after every
 * weekly payday.
 */
class RecruitmentDebtRulesTest {
  private static final String FEE = "LT-RECRUIT-FEE-WORKER-PAID";
  private static final String DEBT = "LT-DEBT-INSTALMENT-PAYDAY";
  private static final String WORKER = "W1";
  private static final String AGENCY = "AG1";
  private static final String AGENCY_NAME = "Star Global Recruitment Ltd";
  private static final Instant WEEK1 = Instant.parse("2026-02-13T05:00:00Z");

  private final RuleHarness rules = RuleHarness.core();

  // ---- A1 ---------------------------------------------------------------------------------

  private static Instant payday(int week) {
    return WEEK1.plus(Duration.ofDays(7L * (week - 1)));
  }

  private static Outflow feePart(String txnId, int week, String amount) {
    return new Outflow(txnId, payday(week).plus(Duration.ofHours(5)), AGENCY, AGENCY_NAME, "INTERNAL", money(amount));
  }

  private static Txn feeDebit(String txnId, int week, String amount, String purpose, String payee,
      String payeeName, String reference) {
    return new Txn(txnId, payday(week).plus(Duration.ofHours(5)), WORKER, "DEBIT", money(amount), "EUR",
        "INTERNAL", purpose, payee, payeeName, null, "DE", null, reference, null, null);
  }

  /** Weekly wages of 500 in weeks 1..n; {@code parts} are the fee debits after the paydays. */
  private static PayrollHistory weeklyHistory(int weeks, Outflow... parts) {
    List<PayCycle> cycles = new ArrayList<>();
    for (int w = 1; w <= weeks; w++) {
      List<Outflow> after = new ArrayList<>();
      for (Outflow o : parts) {
        if (!o.at().isBefore(payday(w)) && o.at().isBefore(payday(w + 1))) {
          after.add(o);
        }
      }
      cycles.add(new PayCycle("P" + w, payday(w), money("500"), "EMP-1", "Becker Bau GmbH", null, after));
    }
    return new PayrollHistory(WORKER, "Ana Lopez", cycles);
  }

  private static AccountProfile worker(String declaredMonthlyIncome) {
    return new AccountProfile(WORKER, "CUST-W1", "PERSON", "Ana Lopez", "DE", T0.minus(Duration.ofDays(40)),
        null, null, null, null, null, "EMP-1", "labourer", null, null,
        declaredMonthlyIncome == null ? null : money(declaredMonthlyIncome));
  }

  @RuleTest(ruleId = FEE, kind = Kind.HIT)
  void alertsWhenPlacementFeePartsReachAQuarterOfAMonthlyWage() {
    // 300 + 300 of about 2,174 a month (500 a week): 27.6 %.
    Txn second = feeDebit("F2", 2, "300", "FEE", AGENCY, AGENCY_NAME, "placement fee");
    PayrollHistory h = weeklyHistory(2, feePart("F1", 1, "300"), feePart("F2", 2, "300"));

    List<Hit> hits = rules.evaluate(second, h, worker(null));

    Hit hit = only(hits, FEE);
    assertEquals(WORKER, hit.subjectAccountId());
    assertEquals(List.of(AGENCY), hit.relatedAccountIds());
    assertEquals(List.of("F1", "F2"), hit.txnIds());
    assertEquals("PAYROLL", hit.features().get("wage.basis"));
    assertEquals("0.2760", hit.features().get("fee.ratio"));
    assertEquals("false", hit.features().get("high.branch"));
    assertEquals(Severity.MEDIUM, hit.severity());
    assertEquals("recruitment-debt", hit.typology());
  }

  @RuleTest(ruleId = FEE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheFeesStayJustUnderAQuarterOfAMonthlyWage() {
    // 270 + 270 = 540 of about 2,174: 24.8 %.
    Txn second = feeDebit("F2", 2, "270", "FEE", AGENCY, AGENCY_NAME, "placement fee");
    PayrollHistory h = weeklyHistory(2, feePart("F1", 1, "270"), feePart("F2", 2, "270"));

    assertFalse(ids(rules.evaluate(second, h, worker(null))).contains(FEE));
  }

  @RuleTest(ruleId = FEE, kind = Kind.HIT)
  void measuresTheFirstFeeAgainstTheDeclaredIncomeWhileOnlyOnePaydayIsKnown() {
    Txn first = feeDebit("F1", 1, "2200", null, "EXT-9", "Rahman Overseas Manpower", "job fee");
    PayrollHistory h = weeklyHistory(1, new Outflow("F1", payday(1).plus(Duration.ofHours(5)), "EXT-9",
        "Rahman Overseas Manpower", "MONEY_TRANSFER", money("2200")));

    Hit hit = only(rules.evaluate(first, h, worker("2000")), FEE);

    assertEquals("DECLARED", hit.features().get("wage.basis"));
    assertEquals("true", hit.features().get("high.branch"));
  }

  @RuleTest(ruleId = FEE, kind = Kind.NEAR_MISS)
  void staysQuietOnAPaymentToTheAgencyWithoutAFeeReference() {
    Txn second = feeDebit("F2", 2, "300", "OTHER", AGENCY, "Becker Holdings", "for february");
    PayrollHistory h = weeklyHistory(2, feePart("F1", 1, "300"), feePart("F2", 2, "300"));

    assertFalse(ids(rules.evaluate(second, h, worker(null))).contains(FEE));
  }

  @RuleTest(ruleId = FEE, kind = Kind.TRAP)
  void staysQuietOnAnOfficialVisaFeePaidToTheImmigrationOffice() {
    Txn visa = feeDebit("V1", 2, "900", "FEE", "GOV-1", "Ausländerbehörde", "visa processing");
    PayrollHistory h = weeklyHistory(2, new Outflow("V1", payday(2).plus(Duration.ofHours(5)), "GOV-1",
        "Ausländerbehörde", "WIRE", money("900")));

    assertFalse(ids(rules.evaluate(visa, h, worker("2000"))).contains(FEE));
  }

  @RuleTest(ruleId = FEE, kind = Kind.TRAP)
  void staysQuietWhenAnEmployerWithoutPayrollPaysTravelAndVisaFeesForRecruits() {
    // Employer-paid recruitment (ILO good practice): the business has no wages of its own, so
    // there is no worker paying anything.
    Txn visa = new Txn("V2", payday(1), "FARM-1", "DEBIT", money("150"), "EUR", "WIRE", "FEE",
        "AG1", AGENCY_NAME, null, "DE", null, "agency fee for 12 seasonal pickers", null, null);

    assertFalse(ids(rules.evaluate(visa, worker(null))).contains(FEE));
  }

  // ---- A3 ---------------------------------------------------------------------------------

  private static final String COLLECTOR = "DE07200505503504534440";
  private static final List<String> WORKERS = List.of("Fatma Yilmaz", "Ibrahim Kara", "Serkan Kilic",
      "Zeynep Celik", "Ahmet Demir");

  /** Two instalments of {@code amount} by sender {@code i}, a week apart, {@code lag} after payday. */
  private static List<Inflow> instalments(int i, String name, String amount, String share, Duration lag) {
    List<Inflow> in = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      in.add(new Inflow("I" + i + "-" + k, days(-7 * k - 1), "S" + i, "CUST-S" + i, name, "Street " + i,
          null, "INTERNAL", money(amount), lag, money(share)));
    }
    return in;
  }

  private static FanIn collector(String name, List<Inflow> in) {
    return new FanIn(COLLECTOR, name, "DE", T0, in);
  }

  private static List<Inflow> debtors(int n, String... amounts) {
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      in.addAll(instalments(i, WORKERS.get(i), amounts[i % amounts.length], "0.45", Duration.ofHours(20)));
    }
    return in;
  }

  @RuleTest(ruleId = DEBT, kind = Kind.HIT)
  void alertsWhenThreeWorkersRepayOneCollectorAFixedInstalmentAfterEachPayday() {
    List<Hit> hits = rules.evaluate(collector("Kemal Aydin", debtors(3, "310", "295", "190")));

    Hit hit = only(hits, DEBT);
    assertEquals(COLLECTOR, hit.subjectAccountId());
    assertEquals(List.of("S0", "S1", "S2"), hit.relatedAccountIds());
    assertEquals("3", hit.features().get("debtors"));
    assertEquals("0.45", hit.features().get("smallest.share"));
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals("recruitment-debt", hit.typology());
  }

  @RuleTest(ruleId = DEBT, kind = Kind.HIT)
  void alertsEvenWhenSomeDebtorsShareTheCollectorsSurname() {
    // Workers recruited from one region often share common surnames with the collector.
    List<Inflow> in = new ArrayList<>(debtors(2, "310", "295"));
    in.addAll(instalments(7, "Meryem Aydin", "280", "0.40", Duration.ofHours(22)));

    assertEquals(List.of(DEBT), List.copyOf(ids(rules.evaluate(collector("Kemal Aydin", in)))));
  }

  @RuleTest(ruleId = DEBT, kind = Kind.NEAR_MISS)
  void staysQuietWithTwoDebtors() {
    assertFalse(ids(rules.evaluate(collector("Kemal Aydin", debtors(2, "310", "295")))).contains(DEBT));
  }

  @RuleTest(ruleId = DEBT, kind = Kind.NEAR_MISS)
  void staysQuietWhenOneOfThreeInstalmentsLandsJustAfterSeventyTwoHours() {
    List<Inflow> in = new ArrayList<>(debtors(2, "310", "295"));
    in.addAll(instalments(2, WORKERS.get(2), "190", "0.45", Duration.ofHours(72).plusMinutes(1)));

    assertFalse(ids(rules.evaluate(collector("Kemal Aydin", in))).contains(DEBT));
  }

  @RuleTest(ruleId = DEBT, kind = Kind.NEAR_MISS)
  void staysQuietWhenOneDebtorsPaymentsVaryByMoreThanFifteenPercent() {
    List<Inflow> in = new ArrayList<>(debtors(2, "310", "295"));
    in.add(new Inflow("V1", days(-1), "S2", "CUST-S2", WORKERS.get(2), null, null, "INTERNAL",
        money("200"), Duration.ofHours(20), money("0.45")));
    in.add(new Inflow("V2", days(-8), "S2", "CUST-S2", WORKERS.get(2), null, null, "INTERNAL",
        money("231"), Duration.ofHours(20), money("0.52")));

    assertFalse(ids(rules.evaluate(collector("Kemal Aydin", in))).contains(DEBT));
  }

  @RuleTest(ruleId = DEBT, kind = Kind.TRAP)
  void staysQuietForOneWorkersFamilyRemittance() {
    // The family-remittance decoy: one sender, the same amount after every payday, to a parent.
    List<Inflow> in = instalments(0, "Rania Khalil", "400", "0.50", Duration.ofHours(10));

    assertFalse(ids(rules.evaluate(collector("Samira Khalil", in))).contains(DEBT));
  }

  @RuleTest(ruleId = DEBT, kind = Kind.TRAP)
  void staysQuietForSiblingsSupportingTheirMother() {
    List<Inflow> in = new ArrayList<>();
    in.addAll(instalments(0, "Rania Khalil", "400", "0.50", Duration.ofHours(10)));
    in.addAll(instalments(1, "Omar Khalil", "350", "0.40", Duration.ofHours(12)));
    in.addAll(instalments(2, "Yusuf Khalil", "300", "0.35", Duration.ofHours(30)));

    assertFalse(ids(rules.evaluate(collector("Samira Khalil", in))).contains(DEBT));
  }

  @RuleTest(ruleId = DEBT, kind = Kind.TRAP)
  void staysQuietForARotatingSavingsClubWhoseMembersPayOneContribution() {
    // ROSCA: every member pays the same 200, whatever they earn.
    assertFalse(ids(rules.evaluate(collector("Grace Mensah", debtors(5, "200")))).contains(DEBT));
  }

  @RuleTest(ruleId = DEBT, kind = Kind.TRAP)
  void staysQuietForALettingAgentPaidByABroadPublic() {
    // Four tenants happen to pay their fixed rent right after a month-end payday; thirty others
    // pay on the calendar.
    List<Inflow> in = new ArrayList<>(debtors(4, "700", "650", "820", "590"));
    for (int i = 10; i < 40; i++) {
      in.add(new Inflow("R" + i, days(-(i % 20) - 1), "S" + i, "CUST-S" + i, "Tenant " + i + "son", null, null,
          "ACH", money("650"), Duration.ofDays(12), money("0.30")));
    }

    assertFalse(ids(rules.evaluate(collector("LEG Immobilien", in))).contains(DEBT));
  }

  @RuleTest(ruleId = DEBT, kind = Kind.HIT)
  void followsTheDebtorCountTheFiuTunes() {
    RuleHarness tuned = RuleHarness.coreWith("LT-DEBT-INSTALMENT-PAYDAY.min.debtors", "2");

    Hit hit = only(tuned.evaluate(collector("Kemal Aydin", debtors(2, "310", "295"))), DEBT);

    assertEquals("2", hit.features().get("debtors"));
  }
}
