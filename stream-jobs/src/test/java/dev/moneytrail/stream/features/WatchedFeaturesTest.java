package dev.moneytrail.stream.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.facts.AtmSession;
import dev.moneytrail.rules.facts.AtmSessions;
import dev.moneytrail.rules.facts.CardActivity;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import dev.moneytrail.stream.state.AccountState;
import dev.moneytrail.stream.state.AttributeSighting;
import dev.moneytrail.stream.state.AttributeState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state behind I1/I2 (watched card payments), C4 (ATM sessions) and E2 (remittance devices). */
class WatchedFeaturesTest {

  private static AccountState holder(String accountId, String name) {
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyAccountEvent(s, Accounts.person(accountId).name(name).build());
    return s;
  }

  private static TransactionEvent card(String id, String at, String mcc) {
    return Transactions.debit("V1", "80.00").txnId(id).at(at).channel(Channel.CARD)
        .merchantCategoryCode(mcc).counterpartyName("IBIS HOTEL HAMBURG").location("Hamburg").build();
  }

  @Test
  void keepsOnlyAdDatingAndLodgingCardPayments() {
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyTransaction(s, card("c1", "2026-02-01T20:00:00Z", "5411"));
    AccountFeatures.applyTransaction(s, card("c2", "2026-02-02T23:30:00Z", "7011"));
    AccountFeatures.applyTransaction(s, card("c3", "2026-02-03T10:00:00Z", "7311"));
    AccountFeatures.applyTransaction(s, card("c2", "2026-02-02T23:30:00Z", "7011")); // redelivered
    CardActivity a = AccountFeatures.cardActivity("V1", s, Instant.parse("2026-02-04T00:00:00Z"));
    assertEquals(List.of("c2", "c3"), a.getEntries().stream().map(e -> e.txnId()).toList());
    assertEquals("Hamburg", a.getEntries().get(0).location());
  }

  @Test
  void dropsWatchedPaymentsOlderThanTheHorizon() {
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyTransaction(s, card("old", "2026-01-01T20:00:00Z", "7011"));
    AccountFeatures.applyTransaction(s, card("new", "2026-02-20T20:00:00Z", "7011"));
    assertEquals(1, s.getCard().size());
  }

  private static AttributeSighting atmUse(String accountId, String name, String at) {
    TransactionEvent t = Transactions.debit(accountId, "200.00").txnId("w-" + accountId + at).at(at)
        .cashAt("ATM-HAM-0042").build();
    List<AttributeSighting> s = AttributeFeatures.sightings(t, holder(accountId, name));
    return s.stream().filter(x -> x.getKind().equals(AttributeFeatures.ATM)).findFirst().orElseThrow();
  }

  @Test
  void sessionizesCardsUsedBackToBackAtOneAtm() {
    AttributeState atm = AttributeFeatures.empty();
    assertFalse(AttributeFeatures.applyAtm(atm, atmUse("W1", "Ana Lopez", "2026-02-06T18:00:00Z")));
    assertTrue(AttributeFeatures.applyAtm(atm, atmUse("W2", "Chen Wei", "2026-02-06T18:01:30Z")));
    assertTrue(AttributeFeatures.applyAtm(atm, atmUse("W3", "Efua Mensah", "2026-02-06T18:03:10Z")));
    // Ten minutes later: a stranger, a new chain of one.
    assertFalse(AttributeFeatures.applyAtm(atm, atmUse("X9", "Jonas Becker", "2026-02-06T18:13:10Z")));

    AtmSessions f = AttributeFeatures.atmFact("atm-ham-0042", atm, Instant.parse("2026-02-06T18:03:10Z"));
    assertEquals(1, f.getSessions().size(), "the session grew from two to three cards and was replaced");
    AtmSession s = f.getSessions().get(0);
    assertEquals(List.of("W1", "W2", "W3"), s.cards().stream().map(h -> h.accountId()).toList());
    assertEquals("Chen Wei", s.cards().get(1).name());
    assertEquals(Instant.parse("2026-02-06T18:00:00Z"), s.start());
  }

  @Test
  void aWithdrawalFourMinutesAfterTheLastStartsANewSession() {
    AttributeState atm = AttributeFeatures.empty();
    AttributeFeatures.applyAtm(atm, atmUse("W1", "Ana Lopez", "2026-02-06T18:00:00Z"));
    assertFalse(AttributeFeatures.applyAtm(atm, atmUse("W2", "Chen Wei", "2026-02-06T18:04:00Z")));
    assertEquals(0, atm.getSessions().size());
  }

  @Test
  void aRemittanceOutsideTheSendersFamilyIsSightedAsARemittanceDevice() {
    AccountState sender = holder("S1", "Ana Lopez");
    TransactionEvent abroad = Transactions.debit("S1", "300.00").txnId("m1").at("2026-02-06T18:00:00Z")
        .channel(Channel.MONEY_TRANSFER).to("PH-WALLET-77").beneficiaryName("Ramon Cruz").deviceId("dev-9").build();
    TransactionEvent home = Transactions.debit("S1", "300.00").txnId("m2").at("2026-02-06T18:00:00Z")
        .channel(Channel.MONEY_TRANSFER).to("MX-WALLET-12").beneficiaryName("Maria Lopez").deviceId("dev-9").build();
    assertEquals(List.of("DEVICE", "REMIT_DEVICE"),
        AttributeFeatures.sightings(abroad, sender).stream().map(AttributeSighting::getKind).toList());
    assertEquals(List.of("DEVICE"),
        AttributeFeatures.sightings(home, sender).stream().map(AttributeSighting::getKind).toList(),
        "money home to the sender's own family is the helper trap");
    assertEquals(Direction.DEBIT, abroad.getDirection());
  }

  @Test
  void anInflowCarriesThePaymentsPurposeReferenceAndCurrency() {
    AccountState sender = holder("S1", "Ana Lopez");
    TransactionEvent fee = Transactions.debit("S1", "450.00").txnId("f1").at("2026-02-06T18:00:00Z")
        .channel(Channel.INTERNAL).to("AGENT").purpose(dev.moneytrail.schemas.Purpose.FEE)
        .reference("visa processing").build();
    dev.moneytrail.rules.facts.Inflow in = AccountFeatures.inflowFact(AccountFeatures.inflow(sender, fee));
    assertEquals("FEE", in.purpose());
    assertEquals("visa processing", in.reference());
    assertEquals(fee.getMoney().getCurrency(), in.currency());
  }

  /**
   * Regression: a debit delivered before its payday is sent to the fan-in again once the payday
   * arrives, rebuilt from state without currency, purpose or reference; the replacement dropped
   * them, so every H1 and E1 figure came out in currency XXX and J1 lost the visa references.
   */
  @Test
  void aDebitResentAfterALatePaydayKeepsTheCurrencyPurposeAndReferenceOfTheFirstDelivery() {
    AccountState sender = holder("S1", "Ana Lopez");
    TransactionEvent fee = Transactions.debit("S1", "450.00").txnId("f1").at("2026-02-06T18:00:00Z")
        .channel(Channel.INTERNAL).to("AGENT").purpose(dev.moneytrail.schemas.Purpose.FEE)
        .reference("visa processing").build();
    dev.moneytrail.stream.state.FanInState agent = FanInFeatures.empty();
    AccountFeatures.applyTransaction(sender, fee);
    FanInFeatures.apply(agent, flow(AccountFeatures.inflow(sender, fee)));
    // The payday (earlier) arrives late; the debit comes back from state with the wage context.
    AccountFeatures.applyTransaction(sender, Transactions.credit("S1", "1800.00").txnId("p1")
        .at("2026-02-06T08:00:00Z").purpose(dev.moneytrail.schemas.Purpose.SALARY).channel(Channel.ACH)
        .from("EMP").build());
    dev.moneytrail.stream.state.OutflowState held = sender.getCycles().get(0).getOutflows().get(0);
    FanInFeatures.apply(agent, flow(AccountFeatures.inflow(sender, "S1", held)));

    dev.moneytrail.rules.facts.Inflow in = AccountFeatures.inflowFact(agent.getInflows().get(0));
    assertEquals(1, agent.getInflows().size());
    assertEquals(new java.math.BigDecimal("0.2500"), in.shareOfSenderWage());
    assertEquals(fee.getMoney().getCurrency(), in.currency());
    assertEquals("visa processing", in.reference());
    assertEquals("FEE", in.purpose());
  }

  private static dev.moneytrail.stream.state.CounterpartyFlow flow(dev.moneytrail.stream.state.InflowState in) {
    return dev.moneytrail.stream.state.CounterpartyFlow.newBuilder().setBeneficiaryId("AGENT")
        .setBeneficiaryName("Agent").setBeneficiaryCountry(null).setInflow(in).build();
  }
}
