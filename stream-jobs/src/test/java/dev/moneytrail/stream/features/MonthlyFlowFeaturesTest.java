package dev.moneytrail.stream.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.facts.FlowWindow;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import dev.moneytrail.stream.state.AccountState;
import dev.moneytrail.stream.state.MonthFlowState;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.flink.formats.avro.typeutils.AvroSerializer;
import org.junit.jupiter.api.Test;

class MonthlyFlowFeaturesTest {

  private static final String FIRM = "B1";

  private static AccountState firm() {
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyAccountEvent(s, Accounts.business(FIRM).name("Textil GmbH").sector("C14").build());
    return s;
  }

  private static FlowWindow window(AccountState s, String asOf) {
    return MonthlyFlowFeatures.fact(FIRM, s, Instant.parse(asOf)).over(Duration.ofDays(90));
  }

  @Test
  void sumsCashWagesTaxAndPayrollRunElsewhereApart() {
    AccountState s = firm();
    AccountFeatures.applyTransaction(s, Transactions.credit(FIRM, "1000.00").txnId("c1").cashAt("BR-1")
        .at("2026-01-10T12:00:00Z").build());
    AccountFeatures.applyTransaction(s, Transactions.credit(FIRM, "500.00").txnId("c2").cashAt("ATM-9")
        .at("2026-01-10T20:30:00Z").build());
    AccountFeatures.applyTransaction(s, Transactions.credit(FIRM, "3000.00").txnId("i1").channel(Channel.ACH)
        .purpose(Purpose.SERVICES).from("CLIENT-1").at("2026-01-12T09:00:00Z").build());
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "800.00").txnId("w1").channel(Channel.ACH)
        .purpose(Purpose.SALARY).to("WORKER-1").at("2026-01-30T06:00:00Z").build());
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "300.00").txnId("t1").channel(Channel.ACH)
        .purpose(Purpose.TAX).to("FINANZAMT").at("2026-01-30T06:10:00Z").build());
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "2000.00").txnId("b1").channel(Channel.ACH)
        .purpose(Purpose.SERVICES).to("BUREAU").counterpartyName("Becker Payroll Services Ltd")
        .reference("PAYROLL FUNDING 2026-01-30").at("2026-01-28T09:00:00Z").build());

    FlowWindow w = window(s, "2026-01-31T00:00:00Z");
    assertEquals(new BigDecimal("4500.0000"), w.getCredits());
    assertEquals(new BigDecimal("1500.0000"), w.getCashIn());
    assertEquals(new BigDecimal("500.0000"), w.getCashInEvening());
    assertEquals(new BigDecimal("800.0000"), w.getWagesOut());
    assertEquals(new BigDecimal("300.0000"), w.getTaxOut());
    assertEquals(new BigDecimal("2000.0000"), w.getPayrollProviderOut());
    assertEquals(1, w.getWagePayees());
    assertEquals(1, w.getDistinctPayers());
  }

  @Test
  void sumsProvisioningCardSpendAndTheWeeksItFellIn() {
    // F2 reads lodging, groceries, van rental, pharmacy and clothing against all spending; a
    // cash-and-carry purchase (5300, a shop's stock) and fuel are spending but not provisions.
    AccountState s = firm();
    String[][] card = {{"k1", "5411", "400.00", "2026-01-06T10:00:00Z"}, {"k2", "7011", "900.00", "2026-01-14T10:00:00Z"},
        {"k3", "7513", "300.00", "2026-01-14T11:00:00Z"}, {"k4", "5300", "1000.00", "2026-01-21T10:00:00Z"},
        {"k5", "5541", "100.00", "2026-01-22T10:00:00Z"}};
    for (String[] c : card) {
      AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, c[2]).txnId(c[0]).channel(Channel.CARD)
          .merchantCategoryCode(c[1]).at(c[3]).build());
    }
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "800.00").txnId("w1").channel(Channel.ACH)
        .purpose(Purpose.SALARY).to("WORKER-1").at("2026-01-30T06:00:00Z").build());

    FlowWindow w = window(s, "2026-01-31T00:00:00Z");
    assertEquals(new BigDecimal("1600.0000"), w.getSustenanceOut());
    assertEquals(new BigDecimal("3500.0000"), w.getSpendOut());
    assertEquals(2, w.getSustenanceWeeks());
    assertEquals(4, w.getWeeksObserved());
  }

  @Test
  void countsNightTransportAndTheCitiesOfCardPayments() {
    // F3: taxis, coaches, flights and van rental at night (22:00-06:00 UTC) and where cards were used.
    AccountState s = firm();
    String[][] card = {{"n1", "4121", "2026-01-06T23:10:00Z", "Berlin"}, {"n2", "4131", "2026-01-07T02:00:00Z", "Hamburg"},
        {"n3", "4121", "2026-01-07T12:00:00Z", "HAMBURG"}, {"n4", "5411", "2026-01-08T23:30:00Z", "Köln"},
        {"n5", "4511", "2026-01-09T05:59:00Z", null}};
    for (String[] c : card) {
      AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "30.00").txnId(c[0]).channel(Channel.CARD)
          .merchantCategoryCode(c[1]).location(c[3]).at(c[2]).build());
    }

    FlowWindow w = window(s, "2026-01-31T00:00:00Z");
    assertEquals(3, w.getNightTransport());
    assertEquals(3, w.getDistinctCities());
  }

  @Test
  void aSupplierCalledLohnbueroSellingGoodsIsNotPayroll() {
    // The reference decides, not the name: firms named "... Lohnbüro" also invoice other things.
    AccountState s = firm();
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "2800.00").txnId("g1").channel(Channel.ACH)
        .purpose(Purpose.GOODS).to("SUPPLIER").counterpartyName("Schwarz Lohnbüro e.K.").reference("INV 17002")
        .at("2026-01-20T09:00:00Z").build());

    FlowWindow w = window(s, "2026-01-31T00:00:00Z");
    assertEquals(new BigDecimal("0.0000"), w.getPayrollProviderOut());
    assertEquals(0, w.smallPayees(new BigDecimal("5000")).size());
  }

  @Test
  void countsUncodedTransfersToPeopleAsInformalPay() {
    AccountState s = firm();
    for (int i = 0; i < 3; i++) {
      AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "150.00").txnId("p" + i).channel(Channel.WIRE)
          .to("WORKER-" + i).reference("Lohn").at("2026-02-0" + (i + 2) + "T18:00:00Z").build());
    }
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "160.00").txnId("p9").channel(Channel.WIRE)
        .to("WORKER-0").at("2026-02-09T18:00:00Z").build());

    FlowWindow w = window(s, "2026-02-10T00:00:00Z");
    assertEquals(3, w.smallPayees(new BigDecimal("1000")).size());
    assertEquals(new BigDecimal("610.0000"), w.paidToSmallPayees(new BigDecimal("1000")));
    // B7 counts as a worker only someone paid again: WORKER-0 was paid twice, the others once.
    assertEquals(1, w.regularSmallPayees(new BigDecimal("1000"), 2).size());
    assertEquals(3, w.regularSmallPayees(new BigDecimal("1000"), 1).size());
  }

  @Test
  void aWorkerPaidOnceInEachOfTwoMonthsWasPaidTwiceInTheWindow() {
    AccountState s = firm();
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "300.00").txnId("m1").channel(Channel.WIRE)
        .to("WORKER-1").at("2026-01-30T18:00:00Z").build());
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "300.00").txnId("m2").channel(Channel.WIRE)
        .to("WORKER-1").at("2026-02-27T18:00:00Z").build());

    assertEquals(1, window(s, "2026-02-28T00:00:00Z").regularSmallPayees(new BigDecimal("1000"), 2).size());
  }

  @Test
  void statePaidBeforePaymentsWereCountedReadsAsOnePayment() {
    // A savepoint taken before other_payments existed restores it as 0.
    AccountState s = firm();
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "150.00").txnId("o1").channel(Channel.WIRE)
        .to("WORKER-1").at("2026-02-02T18:00:00Z").build());
    s.getMonths().get(0).getPayees().get(0).setOtherPayments(0);

    FlowWindow w = window(s, "2026-02-10T00:00:00Z");
    assertEquals(1, w.regularSmallPayees(new BigDecimal("1000"), 1).size());
    assertEquals(0, w.regularSmallPayees(new BigDecimal("1000"), 2).size());
  }

  @Test
  void countsThePeoplePaidByChequeEvenWhenTheChequeNamesOnlyThePayee() {
    // D3: a cheque often carries the payee's name and no account.
    AccountState s = firm();
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "640.00").txnId("q1").channel(Channel.CHEQUE)
        .counterpartyName("Jan Nowak").at("2026-02-02T10:00:00Z").build());
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "610.00").txnId("q2").channel(Channel.CHEQUE)
        .counterpartyName("NOWAK JAN").at("2026-02-09T10:00:00Z").build());
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "700.00").txnId("q3").channel(Channel.CHEQUE)
        .to("DE-ACC-7").counterpartyName("Piotr Zielinski").at("2026-02-09T10:05:00Z").build());
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "150.00").txnId("w1").channel(Channel.WIRE)
        .to("WORKER-1").at("2026-02-09T18:00:00Z").build());

    FlowWindow w = window(s, "2026-02-10T00:00:00Z");
    assertEquals(2, w.smallChequePayees(new BigDecimal("1000")).size());
    assertEquals(3, w.smallPayees(new BigDecimal("1000")).size());
  }

  @Test
  void keepsOwnNameTransfersOutOfTheCreditsAndApartOnTheDebitSide() {
    AccountState s = firm();
    AccountFeatures.applyTransaction(s, Transactions.credit(FIRM, "5000.00").txnId("o1").channel(Channel.WIRE)
        .from("DE-OTHER-BANK").counterpartyName("TEXTIL GMBH").at("2026-01-10T09:00:00Z").build());
    AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "4000.00").txnId("o2").channel(Channel.WIRE)
        .to("DE-OTHER-BANK").counterpartyName("Textil GmbH").at("2026-01-11T09:00:00Z").build());

    FlowWindow w = window(s, "2026-01-31T00:00:00Z");
    assertEquals(new BigDecimal("0.0000"), w.getCredits());
    assertEquals(new BigDecimal("4000.0000"), w.getOwnOut());
    assertEquals(0, w.getDistinctPayers());
  }

  @Test
  void aReDeliveredEntryIsCountedOnce() {
    AccountState s = firm();
    TransactionEvent deposit = Transactions.credit(FIRM, "1000.00").txnId("c1").cashAt("BR-1")
        .at("2026-01-10T12:00:00Z").build();
    AccountFeatures.applyTransaction(s, deposit);
    AccountFeatures.applyTransaction(s, deposit);

    assertEquals(new BigDecimal("1000.0000"), window(s, "2026-01-31T00:00:00Z").getCashIn());
  }

  @Test
  void keepsAQuarterOfMonthsAndStaysSmallForABusyEmployer() throws Exception {
    AvroSerializer<AccountState> serializer = new AvroSerializer<>(AccountState.class);
    AccountState s = firm();
    for (int m = 1; m <= 5; m++) {
      s = serializer.copy(s); // restored arrays must take index edits (see AccountFeaturesTest)
      for (int p = 0; p < 60; p++) {
        AccountFeatures.applyTransaction(s, Transactions.debit(FIRM, "1900.00").txnId("w" + m + "-" + p)
            .channel(Channel.ACH).purpose(Purpose.SALARY).to("DE8920050550" + (1_000_000_000L + p))
            .at("2026-0" + m + "-25T06:00:00Z").build());
      }
      for (int d = 1; d <= 20; d++) {
        AccountFeatures.applyTransaction(s, Transactions.credit(FIRM, "4000.00").txnId("i" + m + "-" + d)
            .channel(Channel.ACH).purpose(Purpose.SERVICES).from("CLIENT-" + d).at("2026-0" + m + "-" + (d + 1 < 10 ? "0" : "") + (d + 1) + "T09:00:00Z").build());
      }
    }
    assertEquals(MonthlyFlowFeatures.MONTHS_KEPT, s.getMonths().size());
    MonthFlowState latest = s.getMonths().get(s.getMonths().size() - 1);
    assertEquals(MonthlyFlowFeatures.PAYEES_PER_MONTH_KEPT, latest.getPayees().size());
    assertEquals(60 - MonthlyFlowFeatures.PAYEES_PER_MONTH_KEPT, latest.getPayeesNotKept());
    assertEquals(MonthlyFlowFeatures.PAYERS_PER_MONTH_KEPT, latest.getPayers().size());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
    AccountState monthsOnly = AccountFeatures.empty();
    monthsOnly.setMonths(s.getMonths());
    new SpecificDatumWriter<>(AccountState.class).write(monthsOnly, encoder);
    encoder.flush();
    assertTrue(bytes.size() < 1600, "monthly sums of a 60-person employer take " + bytes.size() + " bytes");
  }

  @Test
  void anEntryOlderThanEveryMonthKeptIsIgnored() {
    AccountState s = firm();
    for (int m = 1; m <= 3; m++) {
      AccountFeatures.applyTransaction(s, Transactions.credit(FIRM, "100.00").txnId("c" + m).cashAt("BR-1")
          .at("2026-0" + (m + 2) + "-10T12:00:00Z").build());
    }
    AccountFeatures.applyTransaction(s, Transactions.credit(FIRM, "100.00").txnId("late").cashAt("BR-1")
        .at("2026-01-10T12:00:00Z").build());

    assertEquals(3, s.getMonths().size());
    assertEquals(Instant.parse("2026-03-01T00:00:00Z").toEpochMilli(), s.getMonths().get(0).getMonthStart());
  }
}
