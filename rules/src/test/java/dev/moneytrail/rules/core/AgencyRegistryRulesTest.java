package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.money;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
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
 * recruitment-debt.drl: A2 LT-AGENCY-UNLICENSED against the shipped placeholder registry
 * (reference/licensed-agencies.csv) and licence jurisdictions (reference/licence-jurisdictions.csv:
 * XA and XB).
 *
 * <p>Ana Lopez, paid 1,800 monthly by a building firm, pays "Northern Star Staffing Ltd" in XA,
 * an agency the registry does not hold, 500 after each payday.
 */
class AgencyRegistryRulesTest {
  private static final String RULE = "LT-AGENCY-UNLICENSED";
  private static final String WORKER = "W1";
  private static final String AGENCY = "AG9";
  private static final String UNREGISTERED = "Northern Star Staffing Ltd";
  private static final Instant MONTH1 = Instant.parse("2026-02-02T05:00:00Z");

  private final RuleHarness rules = RuleHarness.core();

  private static Instant payday(int month) {
    return MONTH1.plus(Duration.ofDays(30L * (month - 1)));
  }

  private static Txn payment(String txnId, Instant at, String amount, String payeeName, String country) {
    return new Txn(txnId, at, WORKER, "DEBIT", money(amount), "EUR", "WIRE", "OTHER", AGENCY,
        payeeName, null, country, null, "invoice", null, null);
  }

  /** Monthly wages with one payment to the agency five hours after each payday (months 1..n). */
  private static PayrollHistory monthlyHistory(String payeeName, String... amounts) {
    List<PayCycle> cycles = new ArrayList<>();
    for (int m = 1; m <= amounts.length; m++) {
      cycles.add(new PayCycle("P" + m, payday(m), money("1800"), "EMP-1", "Becker Bau GmbH", null,
          List.of(new Outflow("A" + m, payday(m).plus(Duration.ofHours(5)), AGENCY, payeeName, "WIRE",
              money(amounts[m - 1])))));
    }
    return new PayrollHistory(WORKER, "Ana Lopez", cycles);
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenAWorkerPaysAnUnregisteredStaffingAgencyInALicensingJurisdictionAThousandWithinNinetyDays() {
    Txn second = payment("A2", payday(2).plus(Duration.ofHours(5)), "500", UNREGISTERED, "XA");

    Hit hit = only(rules.evaluate(second, monthlyHistory(UNREGISTERED, "500", "500")), RULE);

    assertEquals(WORKER, hit.subjectAccountId());
    assertEquals(List.of(AGENCY), hit.relatedAccountIds());
    assertEquals(List.of("A1", "A2"), hit.txnIds());
    assertEquals("UNLICENSED", hit.features().get("finding"));
    assertEquals("1000", hit.features().get("sum"));
    assertEquals(rules.rules().reference().table("licensed-agencies").sha256(),
        hit.features().get("registry.sha256"));
    assertEquals(Severity.MEDIUM, hit.severity());
    assertEquals("recruitment-debt", hit.typology());
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenThePaymentsToTheUnregisteredAgencyComeToJustUnderTheMinimumSum() {
    Txn second = payment("A2", payday(2).plus(Duration.ofHours(5)), "499.99", UNREGISTERED, "XA");

    assertFalse(ids(rules.evaluate(second, monthlyHistory(UNREGISTERED, "500", "499.99"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheEarlierPaymentIsOlderThanNinetyDays() {
    // Months 1 and 5 (120 days apart), nothing in between.
    PayrollHistory h = new PayrollHistory(WORKER, "Ana Lopez", List.of(
        new PayCycle("P1", payday(1), money("1800"), "EMP-1", "Becker Bau GmbH", null,
            List.of(new Outflow("A1", payday(1).plus(Duration.ofHours(5)), AGENCY, UNREGISTERED, "WIRE", money("500")))),
        new PayCycle("P5", payday(5), money("1800"), "EMP-1", "Becker Bau GmbH", null,
            List.of(new Outflow("A5", payday(5).plus(Duration.ofHours(5)), AGENCY, UNREGISTERED, "WIRE", money("500"))))));
    Txn later = payment("A5", payday(5).plus(Duration.ofHours(5)), "500", UNREGISTERED, "XA");

    assertFalse(ids(rules.evaluate(later, h)).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsOnOnePaymentToAnAgencyWhoseLicenceWasRevokedWhateverTheLegalFormAndCaseOfItsName() {
    // The registry row is "Placeholder Revoked Manpower Agency", revoked 2026-01-15 in XA; the
    // payment names it with a legal form and goes to a branch in a country the package does not
    // list: a revocation counts wherever the agency is paid.
    String name = "PLACEHOLDER REVOKED MANPOWER AGENCY GMBH";
    Txn t = payment("A2", payday(2).plus(Duration.ofHours(5)), "1500", name, "XC");

    Hit hit = only(rules.evaluate(t, monthlyHistory(name, "0.01", "1500")), RULE);

    assertEquals("REVOKED", hit.features().get("finding"));
    assertEquals("15", hit.features().get("registry.line"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietForAPaymentMadeBeforeTheAgencysLicenceWasRevoked() {
    String name = "Placeholder Revoked Manpower Agency";
    Txn t = payment("R0", Instant.parse("2026-01-14T10:00:00Z"), "1500", name, "XA");
    PayrollHistory h = new PayrollHistory(WORKER, "Ana Lopez", List.of(new PayCycle("P0",
        Instant.parse("2026-01-14T05:00:00Z"), money("1800"), "EMP-1", "Becker Bau GmbH", null,
        List.of(new Outflow("R0", Instant.parse("2026-01-14T10:00:00Z"), AGENCY, name, "WIRE", money("1500"))))));

    assertFalse(ids(rules.evaluate(t, h)).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAPaymentWhosePayeeNameSaysNothingOfLabourSupply() {
    // An unregistered payee in a licensing jurisdiction, but a builders' merchant, not an agency.
    Txn t = payment("A2", payday(2).plus(Duration.ofHours(5)), "1500", "Northern Star Building Supplies", "XA");

    assertFalse(ids(rules.evaluate(t, monthlyHistory("Northern Star Building Supplies", "0.01", "1500"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForALicensedAgencyPaidUnderItsTradingName() {
    String name = "Placeholder Licensed Staffing (Trading Name)";
    Txn t = payment("A2", payday(2).plus(Duration.ofHours(5)), "2000", name, "XA");

    assertFalse(ids(rules.evaluate(t, monthlyHistory(name, "0.01", "2000"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForALicensedAgencyPaidUnderItsLegalNameWrittenAnotherWay() {
    String name = "PLACEHOLDER LICENSED STAFFING LIMITED";
    Txn t = payment("A2", payday(2).plus(Duration.ofHours(5)), "2000", name, "XA");

    assertFalse(ids(rules.evaluate(t, monthlyHistory(name, "0.01", "2000"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAForeignAgencyInACountryWhoseRegisterThePackageDoesNotHold() {
    // Many countries keep no public register, and an origin-country agency is licensed at home.
    String name = "Kathmandu Overseas Manpower Agency";
    Txn t = payment("A2", payday(2).plus(Duration.ofHours(5)), "5000", name, "NP");

    assertFalse(ids(rules.evaluate(t, monthlyHistory(name, "0.01", "5000"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAnAgencyWhoseCountryIsUnknown() {
    Txn t = payment("A2", payday(2).plus(Duration.ofHours(5)), "5000", UNREGISTERED, null);

    assertFalse(ids(rules.evaluate(t, monthlyHistory(UNREGISTERED, "0.01", "5000"))).contains(RULE));
  }
}
