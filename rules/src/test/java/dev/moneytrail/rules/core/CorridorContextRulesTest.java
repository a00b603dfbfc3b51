package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.cycle;
import static dev.moneytrail.rules.testing.Facts.money;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.AccountProfile;
import dev.moneytrail.rules.facts.PayrollHistory;
import dev.moneytrail.rules.facts.Txn;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * remittance.drl: CTX-CORRIDOR, the high-risk corridor context modifier. A worker paid 2,000 on
 * 5 March sends money abroad by money transfer. XA is one of the placeholder corridors of the
 * shipped reference table (reference/high-risk-corridors.csv); GB is not a corridor.
 */
class CorridorContextRulesTest {
  private static final String RULE = "CTX-CORRIDOR";
  private static final String WORKER = "W1";
  private static final String HOLDER = "Ana Lopez";
  private static final Instant PAYDAY = Instant.parse("2026-03-05T06:00:00Z");

  private final RuleHarness rules = RuleHarness.core();

  private static PayrollHistory paidOnce() {
    return new PayrollHistory(WORKER, HOLDER, List.of(cycle("P1", PAYDAY, "2000")));
  }

  private static Txn remittance(String txnId, int hoursAfterPayday, String country, String beneficiary) {
    return new Txn(txnId, PAYDAY.plus(Duration.ofHours(hoursAfterPayday)), WORKER, "DEBIT", money("400"),
        "EUR", "MONEY_TRANSFER", "REMITTANCE", "WALLET-77", beneficiary, null, country, null, null, null, null);
  }

  /** The KYC profile of a holder resident in (or a national of) {@code country}. */
  private static AccountProfile holderFrom(String country) {
    return new AccountProfile(WORKER, "CUST-" + WORKER, "PERSON", HOLDER, country,
        PAYDAY.minus(Duration.ofDays(365)), null, null, null, null, null, null, null, null, null, null);
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void marksARemittanceToACorridorWithin72HoursOfPaydayAsContext() {
    Txn event = remittance("R1", 30, "XA", "Omar Haddad");

    List<Hit> hits = rules.evaluate(event, paidOnce(), holderFrom("GB"));

    assertEquals(Set.of(RULE), ids(hits));
    Hit hit = only(hits, RULE);
    assertTrue(hit.context(), "a context modifier, never an indicator of its own");
    assertEquals(Severity.LOW, hit.severity());
    assertEquals(WORKER, hit.subjectAccountId());
    assertEquals(List.of("P1", "R1"), hit.txnIds());
    assertEquals(List.of(), hit.relatedAccountIds(), "the beneficiary abroad must not decide the cluster");
    assertEquals("XA", hit.features().get("corridor.country"));
    assertEquals("30", hit.features().get("hours.after.payday"));
    assertEquals("Placeholder corridor", hit.features().get("corridor.source"));
    assertEquals(rules.rules().reference().table("high-risk-corridors").sha256(),
        hit.features().get("corridors.sha256"), "the snapshot of the corridor list screened with");
    assertTrue(hit.source().startsWith("indicators.md E CTX-CORRIDOR"), hit.source());
    assertTrue(hit.source().contains("FIN-2020-A008"), hit.source());
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietForARemittanceToTheCorridorMoreThan72HoursAfterPayday() {
    assertFalse(ids(rules.evaluate(remittance("R1", 73, "XA", "Omar Haddad"), paidOnce(), holderFrom("GB")))
        .contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietForARemittanceRightAfterPaydayToACountryOffTheList() {
    assertFalse(ids(rules.evaluate(remittance("R1", 5, "GB", "Omar Haddad"), paidOnce(), holderFrom("GB")))
        .contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void nationalityAloneNeverTriggersIt() {
    // The holder comes from a corridor country; the money goes elsewhere, or stays here.
    AccountProfile fromCorridor = holderFrom("XA");
    Txn home = new Txn("R1", PAYDAY.plus(Duration.ofHours(5)), WORKER, "DEBIT", money("400"), "EUR",
        "MONEY_TRANSFER", "REMITTANCE", "WALLET-77", "Omar Haddad", null, null, null, null, null, null);

    assertFalse(ids(rules.evaluate(remittance("R1", 5, "GB", "Omar Haddad"), paidOnce(), fromCorridor))
        .contains(RULE));
    assertFalse(ids(rules.evaluate(home, paidOnce(), fromCorridor)).contains(RULE),
        "no destination country: nothing to compare, and the holder's origin is not read");
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForMoneySentHomeToFamily() {
    // Beneficiary with the holder's surname: the ordinary remittance home (indicators.md 9.2).
    assertFalse(ids(rules.evaluate(remittance("R1", 5, "XA", "Maria Lopez"), paidOnce(), holderFrom("GB")))
        .contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheRemittanceIsNotAfterAWage() {
    Txn before = new Txn("R1", PAYDAY.minus(Duration.ofHours(2)), WORKER, "DEBIT", money("400"), "EUR",
        "MONEY_TRANSFER", "REMITTANCE", "WALLET-77", "Omar Haddad", null, "XA", null, null, null, null);

    assertFalse(ids(rules.evaluate(before, paidOnce(), holderFrom("GB"))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void readsTheCorridorListTheFiuLoads() {
    // Real countries, as an FIU's table holds them (a test list, not a risk assessment).
    RuleHarness withNra = RuleHarness.coreWithTable("high-risk-corridors", """
        # National risk assessment 2026 and TIP 2026 (test rows)
        country:country,source,as_of:date
        NP,NRA 2026 section 4.3,2026-05-01
        PH,NRA 2026 section 4.3,2026-05-01
        PH,TIP 2026 Tier 2 watch list,2026-06-24
        """);

    Hit hit = only(withNra.evaluate(remittance("R1", 5, "PH", "Omar Haddad"), paidOnce(), holderFrom("GB")), RULE);
    assertEquals("NRA 2026 section 4.3; TIP 2026 Tier 2 watch list", hit.features().get("corridor.source"));
    assertEquals(withNra.rules().reference().table("high-risk-corridors").sha256(), hit.features().get("corridors.sha256"));
    assertEquals(Set.of(RULE), ids(withNra.evaluate(remittance("R1", 5, "np", "Omar Haddad"), paidOnce(), holderFrom("GB"))));
    assertFalse(ids(withNra.evaluate(remittance("R1", 5, "XA", "Omar Haddad"), paidOnce(), holderFrom("GB")))
        .contains(RULE), "the placeholder codes are gone once the FIU's table is loaded");
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void aNationalOfALoadedCorridorCountrySendingElsewhereNeverTriggersIt() {
    RuleHarness withNra = RuleHarness.coreWithTable("high-risk-corridors", """
        country:country,source,as_of:date
        NP,NRA 2026 section 4.3,2026-05-01
        """);
    Txn noDestination = new Txn("R1", PAYDAY.plus(Duration.ofHours(5)), WORKER, "DEBIT", money("400"), "EUR",
        "MONEY_TRANSFER", "REMITTANCE", "WALLET-77", "Omar Haddad", null, null, null, null, null, null);

    assertFalse(ids(withNra.evaluate(remittance("R1", 5, "GB", "Omar Haddad"), paidOnce(), holderFrom("NP")))
        .contains(RULE));
    assertFalse(ids(withNra.evaluate(noDestination, paidOnce(), holderFrom("NP"))).contains(RULE));
  }
}
