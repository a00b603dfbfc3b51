package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.Facts.cash;
import static dev.moneytrail.rules.testing.Facts.cashTxn;
import static dev.moneytrail.rules.testing.Facts.profile;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.AccountProfile;
import dev.moneytrail.rules.facts.CashActivity;
import dev.moneytrail.rules.facts.CashEntry;
import dev.moneytrail.rules.testing.FlowFacts;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * cash.drl: D4 LT-FUNNEL-ACCOUNT, 5 deposits in 3 areas within 30 days, 70 % of them withdrawn
 * within 48 hours in an area with no deposit. Areas are read from terminal ids (ATM-HAM-0001: HAM).
 */
class FunnelAccountRulesTest {
  private static final String RULE = "LT-FUNNEL-ACCOUNT";
  private static final String ACCOUNT = "F1";

  private final RuleHarness rules = RuleHarness.core();

  private static Instant at(int day, int hour) {
    return T0.minus(Duration.ofDays(10)).plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
  }

  /** Evaluates the last entry, a withdrawal, with every entry as the account's cash. */
  private List<Hit> screen(AccountProfile holder, CashEntry... entries) {
    CashEntry last = entries[entries.length - 1];
    return rules.evaluate(holder, new CashActivity(ACCOUNT, last.at(), List.of(entries)),
        cashTxn(last.txnId(), last.at(), ACCOUNT, last.direction(), last.amount().toPlainString(), last.location()));
  }

  private static AccountProfile person() {
    return profile(ACCOUNT, "Ion Popescu");
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsOnCashPaidInAcrossTheNorthAndTakenOutInBerlinNextDay() {
    List<Hit> hits = screen(person(),
        cash("D1", at(1, 10), "CREDIT", "400", "ATM-HAM-0001"),
        cash("D2", at(2, 9), "CREDIT", "500", "ATM-BRE-0003"),
        cash("W1", at(2, 20), "DEBIT", "800", "ATM-BER-0011"),
        cash("D3", at(4, 11), "CREDIT", "450", "BR-HAN-002"),
        cash("W2", at(5, 8), "DEBIT", "450", "ATM-BER-0011"),
        cash("D4", at(6, 12), "CREDIT", "300", "ATM-HAM-0007"),
        cash("W3", at(7, 9), "DEBIT", "300", "ATM-BER-0004"),
        cash("D5", at(8, 10), "CREDIT", "350", "ATM-KIE-0002"),
        cash("W4", at(9, 9), "DEBIT", "300", "ATM-BER-0011"));

    Hit hit = only(hits, RULE);
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals("5", hit.features().get("deposits"));
    assertEquals("BRE,HAM,HAN,KIE", hit.features().get("deposit.areas"));
    assertEquals("0.9250", hit.features().get("withdrawn.share"));
    assertEquals("BER", hit.features().get("withdrawal.areas"));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheDepositsComeFromOnlyTwoAreas() {
    List<Hit> hits = screen(person(),
        cash("D1", at(1, 10), "CREDIT", "400", "ATM-HAM-0001"),
        cash("D2", at(2, 9), "CREDIT", "500", "ATM-BRE-0003"),
        cash("W1", at(2, 20), "DEBIT", "800", "ATM-BER-0011"),
        cash("D3", at(4, 11), "CREDIT", "450", "BR-HAM-002"),
        cash("W2", at(5, 8), "DEBIT", "450", "ATM-BER-0011"),
        cash("D4", at(6, 12), "CREDIT", "300", "ATM-HAM-0007"),
        cash("W3", at(7, 9), "DEBIT", "300", "ATM-BER-0004"),
        cash("D5", at(8, 10), "CREDIT", "350", "ATM-BRE-0002"),
        cash("W4", at(9, 9), "DEBIT", "300", "ATM-BER-0011"));

    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheCashIsTakenOutMoreThanTwoDaysLater() {
    List<Hit> hits = screen(person(),
        cash("D1", at(1, 10), "CREDIT", "400", "ATM-HAM-0001"),
        cash("D2", at(2, 9), "CREDIT", "500", "ATM-BRE-0003"),
        cash("D3", at(4, 11), "CREDIT", "450", "BR-HAN-002"),
        cash("W1", at(4, 12), "DEBIT", "800", "ATM-BER-0011"),
        cash("D4", at(6, 12), "CREDIT", "300", "ATM-HAM-0007"),
        cash("D5", at(8, 10), "CREDIT", "350", "ATM-KIE-0002"),
        cash("W2", at(11, 9), "DEBIT", "1000", "ATM-BER-0011"));

    // Only D3 (450) was at most 48 hours old when W1 came: 22.5 % of the 2,000 paid in.
    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForATruckerPayingInAndDrawingOutAlongHisRoute() {
    // Catalogue trap: truckers and touring crews use the cash machines of the towns they pass.
    List<Hit> hits = screen(person(),
        cash("D1", at(1, 10), "CREDIT", "400", "ATM-HAM-0001"),
        cash("W1", at(1, 20), "DEBIT", "300", "ATM-HAM-0002"),
        cash("D2", at(2, 9), "CREDIT", "500", "ATM-BRE-0003"),
        cash("W2", at(2, 20), "DEBIT", "400", "ATM-BRE-0005"),
        cash("D3", at(4, 11), "CREDIT", "450", "BR-HAN-002"),
        cash("W3", at(5, 8), "DEBIT", "450", "ATM-HAN-0011"),
        cash("D4", at(6, 12), "CREDIT", "300", "ATM-KIE-0007"),
        cash("D5", at(8, 10), "CREDIT", "350", "ATM-MUC-0002"),
        cash("W4", at(9, 9), "DEBIT", "300", "ATM-MUC-0011"));

    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAParentFundingAStudentFromHome() {
    // Catalogue trap: the parent pays in at home, the student draws it out in the university town.
    List<Hit> hits = screen(person(),
        cash("D1", at(1, 10), "CREDIT", "400", "ATM-MUC-0001"),
        cash("W1", at(2, 8), "DEBIT", "400", "ATM-BER-0011"),
        cash("D2", at(3, 9), "CREDIT", "300", "BR-MUC-003"),
        cash("W2", at(4, 8), "DEBIT", "300", "ATM-BER-0011"),
        cash("D3", at(5, 11), "CREDIT", "450", "ATM-MUC-0001"),
        cash("W3", at(6, 8), "DEBIT", "450", "ATM-BER-0011"),
        cash("D4", at(7, 12), "CREDIT", "300", "ATM-MUC-0001"),
        cash("D5", at(8, 10), "CREDIT", "350", "ATM-MUC-0002"),
        cash("W4", at(9, 9), "DEBIT", "600", "ATM-BER-0011"));

    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void staysQuietForAMultiOutletBusinessBankingItsTakings() {
    // Catalogue trap: outlets bank takings at their branches; the owner draws the float at head office.
    List<Hit> hits = screen(FlowFacts.business(ACCOUNT, "Backstube Nord GmbH", "C10", 40),
        cash("D1", at(1, 10), "CREDIT", "400", "ATM-HAM-0001"),
        cash("D2", at(2, 9), "CREDIT", "500", "ATM-BRE-0003"),
        cash("W1", at(2, 20), "DEBIT", "800", "ATM-BER-0011"),
        cash("D3", at(4, 11), "CREDIT", "450", "BR-HAN-002"),
        cash("W2", at(5, 8), "DEBIT", "450", "ATM-BER-0011"),
        cash("D4", at(6, 12), "CREDIT", "300", "ATM-HAM-0007"),
        cash("W3", at(7, 9), "DEBIT", "300", "ATM-BER-0004"),
        cash("D5", at(8, 10), "CREDIT", "350", "ATM-KIE-0002"),
        cash("W4", at(9, 9), "DEBIT", "300", "ATM-BER-0011"));

    assertFalse(ids(hits).contains(RULE));
  }
}
