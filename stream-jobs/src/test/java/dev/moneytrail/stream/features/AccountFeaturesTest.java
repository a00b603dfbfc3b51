package dev.moneytrail.stream.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moneytrail.rules.facts.PayrollHistory;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import dev.moneytrail.stream.state.AccountState;
import dev.moneytrail.stream.state.CounterpartyFlow;
import dev.moneytrail.stream.state.FanInState;
import org.apache.flink.formats.avro.typeutils.AvroSerializer;
import dev.moneytrail.stream.state.InflowState;
import dev.moneytrail.stream.state.OutflowState;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountFeaturesTest {

  private static TransactionEvent pay(String id, String at) {
    return Transactions.credit("W", "2000.00").txnId(id).at(at).purpose(Purpose.SALARY)
        .channel(Channel.ACH).from("EMP").build();
  }

  private static TransactionEvent send(String id, String at, String amount) {
    return Transactions.debit("W", amount).txnId(id).at(at).channel(Channel.INTERNAL).to("CTRL").build();
  }

  @Test
  void holdsMoneyExactlyAsTenThousandths() {
    assertEquals(12_345_678L, MoneyUnits.toUnits(new BigDecimal("1234.5678")));
    assertEquals(new BigDecimal("0.0001"), MoneyUnits.fromUnits(1));
    assertEquals(7_500L, MoneyUnits.ratioUnits(1_500_0000L, 2_000_0000L));
    assertThrows(ArithmeticException.class, () -> MoneyUnits.toUnits(new BigDecimal("0.00001")));
  }

  @Test
  void attachesDebitsToThePaydayBeforeThem() {
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyTransaction(s, pay("p1", "2026-01-30T09:00:00Z"));
    AccountFeatures.applyTransaction(s, send("f1", "2026-01-30T15:00:00Z", "1500.00"));
    PayrollHistory h = AccountFeatures.payrollHistory("W", s);
    assertEquals(new BigDecimal("0.7500"), h.getCycles().get(0).shareForwardedTo("CTRL", Duration.ofHours(48)));
  }

  @Test
  void aDebitDeliveredBeforeItsPaydayIsClaimedWhenThePaydayArrives() {
    AccountState s = AccountFeatures.empty();
    assertEquals(List.of(), AccountFeatures.applyTransaction(s, send("f1", "2026-01-30T15:00:00Z", "1500.00")));
    List<OutflowState> claimed = AccountFeatures.applyTransaction(s, pay("p1", "2026-01-30T09:00:00Z"));
    assertEquals(List.of("f1"), claimed.stream().map(OutflowState::getTxnId).toList());
    assertEquals(1, AccountFeatures.payrollHistory("W", s).getCycles().get(0).outflows().size());
    assertEquals(List.of(), s.getUnattachedOutflows());
  }

  @Test
  void aLatePaydayTakesTheDebitsThatFollowedItFromThePreviousCycle() {
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyTransaction(s, pay("p1", "2026-01-02T09:00:00Z"));
    AccountFeatures.applyTransaction(s, send("f2", "2026-01-09T10:00:00Z", "100.00"));
    AccountFeatures.applyTransaction(s, pay("p2", "2026-01-09T09:00:00Z"));
    PayrollHistory h = AccountFeatures.payrollHistory("W", s);
    assertEquals(0, h.getCycles().get(0).outflows().size());
    assertEquals("f2", h.getCycles().get(1).outflows().get(0).txnId());
  }

  @Test
  void sumsEverydayCardSpendingAndCashIntoThePayCycleTheyFallIn() {
    // B4 compares a whole cycle's everyday spending with its wage; other card spending is not summed.
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyTransaction(s, pay("p1", "2026-01-02T09:00:00Z"));
    AccountFeatures.applyTransaction(s, Transactions.debit("W", "42.10").txnId("g1").channel(Channel.CARD)
        .merchantCategoryCode("5411").to("REWE").at("2026-01-05T17:00:00Z").build());
    AccountFeatures.applyTransaction(s, Transactions.debit("W", "300.00").txnId("e1").channel(Channel.CARD)
        .merchantCategoryCode("5732").to("MEDIAMARKT").at("2026-01-06T17:00:00Z").build());
    // Twenty days after payday: past the outflow horizon, still in the cycle.
    AccountFeatures.applyTransaction(s, Transactions.debit("W", "100.00").txnId("a1").cashAt("ATM-1")
        .at("2026-01-22T17:00:00Z").build());
    AccountFeatures.applyTransaction(s, pay("p2", "2026-01-30T09:00:00Z"));
    AccountFeatures.applyTransaction(s, Transactions.debit("W", "2.90").txnId("b1").channel(Channel.CARD)
        .merchantCategoryCode("4111").to("BVG").at("2026-01-31T07:00:00Z").build());

    PayrollHistory h = AccountFeatures.payrollHistory("W", s);
    assertEquals(new BigDecimal("42.1000"), h.getCycles().get(0).subsistenceSpent());
    assertEquals(new BigDecimal("100.0000"), h.getCycles().get(0).cashWithdrawn());
    assertEquals(new BigDecimal("2.9000"), h.getCycles().get(1).subsistenceSpent());
    assertEquals(new BigDecimal("0.0000"), h.getCycles().get(1).cashWithdrawn());
  }

  @Test
  void aReDeliveredCashWithdrawalIsSummedOnce() {
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyTransaction(s, pay("p1", "2026-01-02T09:00:00Z"));
    TransactionEvent atm = Transactions.debit("W", "100.00").txnId("a1").cashAt("ATM-1").at("2026-01-02T17:00:00Z").build();
    AccountFeatures.applyTransaction(s, atm);
    AccountFeatures.applyTransaction(s, atm);

    assertEquals(new BigDecimal("100.0000"), AccountFeatures.payrollHistory("W", s).getCycles().get(0).cashWithdrawn());
  }

  @Test
  void thePayrollHistoryKnowsHowLongTheAccountHasBeenSeen() {
    // B6's first-wage branch: months of activity without a wage, then one large payment.
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyTransaction(s, Transactions.debit("W", "20.00").txnId("g1").channel(Channel.CARD)
        .merchantCategoryCode("5411").to("REWE").at("2026-01-05T17:00:00Z").build());
    AccountFeatures.applyTransaction(s, pay("p1", "2026-03-20T09:00:00Z"));

    PayrollHistory h = AccountFeatures.payrollHistory("W", s);
    assertEquals(Duration.ofDays(73).plusHours(16), h.unpaidBeforeFirstWage());
  }

  @Test
  void keepsOnlyTheMostRecentPayCycles() {
    AccountState s = AccountFeatures.empty();
    for (int m = 1; m <= 9; m++) {
      AccountFeatures.applyTransaction(s, pay("p" + m, "2026-0" + m + "-01T09:00:00Z"));
    }
    assertEquals(FeatureHorizons.PAY_CYCLES_KEPT, s.getCycles().size());
    assertEquals("p9", s.getCycles().get(s.getCycles().size() - 1).getPayrollTxnId());
  }

  @Test
  void isIdempotentForARedeliveredPayday() {
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyTransaction(s, pay("p1", "2026-01-30T09:00:00Z"));
    AccountFeatures.applyTransaction(s, pay("p1", "2026-01-30T09:00:00Z"));
    assertEquals(1, s.getCycles().size());
  }

  @Test
  void dropsCashOlderThanItsHorizon() {
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyTransaction(s, Transactions.credit("W", "9000.00").txnId("c1").cashAt("BR-1")
        .at("2026-01-01T10:00:00Z").build());
    AccountFeatures.applyTransaction(s, Transactions.credit("W", "9000.00").txnId("c2").cashAt("BR-2")
        .at("2026-03-01T10:00:00Z").build());
    assertEquals(List.of("c2"), s.getCash().stream().map(c -> c.getTxnId()).toList());
  }

  /**
   * Regression: after Flink copies or restores an Avro state record its arrays are
   * GenericData.Array, whose iterators cannot remove; removeIf on them threw at the first debit
   * after the first checkpoint, and the job restarted forever.
   */
  @Test
  void keepsWorkingOnStateThatFlinkHasCopied() {
    AvroSerializer<AccountState> serializer = new AvroSerializer<>(AccountState.class);
    AccountState s = AccountFeatures.empty();
    for (int m = 1; m <= 6; m++) {
      s = serializer.copy(s);
      AccountFeatures.applyTransaction(s, send("early" + m, "2026-0" + m + "-01T08:00:00Z", "10.00"));
      s = serializer.copy(s);
      AccountFeatures.applyTransaction(s, pay("p" + m, "2026-0" + m + "-01T07:00:00Z"));
      s = serializer.copy(s);
      AccountFeatures.applyTransaction(s, Transactions.credit("W", "9000.00").txnId("c" + m).cashAt("BR-1")
          .at("2026-0" + m + "-02T10:00:00Z").build());
      for (int d = 0; d < 30; d++) {
        s = serializer.copy(s);
        AccountFeatures.applyTransaction(s, send("f" + m + "-" + d, "2026-0" + m + "-01T09:" + (10 + d) + ":00Z", "5.00"));
      }
    }
    assertEquals(FeatureHorizons.PAY_CYCLES_KEPT, s.getCycles().size());
    assertEquals(FeatureHorizons.OUTFLOWS_PER_CYCLE_KEPT, s.getCycles().get(3).getOutflows().size());

    FanInState fan = new AvroSerializer<>(FanInState.class).copy(FanInFeatures.empty());
    for (int i = 0; i < FeatureHorizons.INFLOWS_KEPT + 5; i++) {
      fan = new AvroSerializer<>(FanInState.class).copy(fan);
      FanInFeatures.apply(fan, CounterpartyFlow.newBuilder().setBeneficiaryId("CTRL")
          .setInflow(AccountFeatures.inflow(s, send("x" + i, "2026-06-20T10:00:00Z", "1.00"))).build());
    }
    assertEquals(FeatureHorizons.INFLOWS_KEPT, fan.getInflows().size());
  }

  @Test
  void givesABeneficiaryTheSendersWageContext() {
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyAccountEvent(s, Accounts.person("W").name("Ana Lopez").employerId("EMP").build());
    AccountFeatures.applyTransaction(s, pay("p1", "2026-01-30T09:00:00Z"));
    InflowState in = AccountFeatures.inflow(s, send("f1", "2026-01-30T15:00:00Z", "1500.00"));
    assertEquals(Duration.ofHours(6).toMillis(), in.getSinceSenderPaydayMs());
    assertEquals(7_500L, in.getShareOfWageUnits());
    assertEquals("EMP", in.getSenderEmployerId());
  }

  @Test
  void aPaymentWithNoRecentPaydayHasNoWageContext() {
    AccountState s = AccountFeatures.empty();
    InflowState in = AccountFeatures.inflow(s, send("f1", "2026-01-30T15:00:00Z", "1500.00"));
    assertNull(in.getShareOfWageUnits());
    assertNotNull(in.getSenderAccountId());
  }
}
