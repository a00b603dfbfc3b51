package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.Facts.cash;
import static dev.moneytrail.rules.testing.Facts.cashTxn;
import static dev.moneytrail.rules.testing.Facts.days;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.CashActivity;
import dev.moneytrail.rules.facts.CashEntry;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** cash.drl: D1 LT-STRUCTURED-CASH, threshold 10,000, band [8,000, 10,000), 3 in 7 days. */
class CashRulesTest {
  private static final String RULE = "LT-STRUCTURED-CASH";
  private static final String ACCOUNT = "K1";

  private final RuleHarness rules = RuleHarness.core();

  private static CashActivity activity(CashEntry... entries) {
    return new CashActivity(ACCOUNT, T0, List.of(entries));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsOnThreeDepositsJustUnderTenThousandInAWeek() {
    CashActivity a = activity(
        cash("C1", days(-5), "CREDIT", "9500", "BR-01"),
        cash("C2", days(-3), "CREDIT", "9000", "BR-02"),
        cash("C3", T0, "CREDIT", "8000.00", "BR-03"),
        cash("C4", days(-2), "CREDIT", "150", "BR-01"));

    List<Hit> hits = rules.evaluate(a, cashTxn("C3", T0, ACCOUNT, "CREDIT", "8000.00", "BR-03"));

    assertEquals(Set.of(RULE), ids(hits));
    Hit hit = only(hits, RULE);
    assertEquals(ACCOUNT, hit.subjectAccountId());
    assertEquals(List.of("C1", "C2", "C3"), hit.txnIds());
    assertEquals("3", hit.features().get("count.in.band"));
    assertEquals("26500.00", hit.features().get("total.in.band"));
    assertEquals("3", hit.features().get("locations.in.band"));
    assertEquals(Severity.MEDIUM, hit.severity());
    assertEquals(T0, hit.firedAt());
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void countsWithdrawalsAsWellAsDeposits() {
    CashActivity a = activity(
        cash("W1", days(-4), "DEBIT", "9900", "ATM-1"),
        cash("W2", days(-2), "DEBIT", "9800", "ATM-2"),
        cash("C3", days(-1), "CREDIT", "9700", "BR-01"));

    assertEquals(Set.of(RULE), ids(rules.evaluate(a)));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenOneAmountIsJustBelowTheBand() {
    CashActivity a = activity(
        cash("C1", days(-5), "CREDIT", "9500", "BR-01"),
        cash("C2", days(-3), "CREDIT", "9000", "BR-02"),
        cash("C3", T0, "CREDIT", "7999.99", "BR-03"));

    assertEquals(Set.of(), ids(rules.evaluate(a)));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenOneAmountReachesTheThreshold() {
    // 10,000 is reported anyway: it is not structuring.
    CashActivity a = activity(
        cash("C1", days(-5), "CREDIT", "9500", "BR-01"),
        cash("C2", days(-3), "CREDIT", "9000", "BR-02"),
        cash("C3", T0, "CREDIT", "10000.00", "BR-03"));

    assertEquals(Set.of(), ids(rules.evaluate(a)));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheFirstAmountIsJustOverAWeekOld() {
    CashActivity a = activity(
        cash("C1", T0.minus(Duration.ofDays(7)).minusSeconds(1), "CREDIT", "9500", "BR-01"),
        cash("C2", days(-3), "CREDIT", "9000", "BR-02"),
        cash("C3", T0, "CREDIT", "9900", "BR-03"));

    assertEquals(Set.of(), ids(rules.evaluate(a)));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void followsTheThresholdTheFiuTunes() {
    // An FIU with a 3,000 identification threshold for money transfers.
    RuleHarness tuned = RuleHarness.coreWith("LT-STRUCTURED-CASH.threshold", "3000");
    CashActivity a = activity(
        cash("C1", days(-5), "CREDIT", "2900", "AG-1"),
        cash("C2", days(-3), "CREDIT", "2500", "AG-2"),
        cash("C3", T0, "CREDIT", "2400", "AG-3"));

    Hit hit = only(tuned.evaluate(a), RULE);
    assertEquals("2400.00", hit.features().get("band.low"));
  }
}
