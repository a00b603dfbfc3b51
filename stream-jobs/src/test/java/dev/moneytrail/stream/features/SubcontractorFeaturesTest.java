package dev.moneytrail.stream.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.facts.SubcontractorFlows;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import dev.moneytrail.stream.state.AccountState;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

/**
 * The G3 aggregate at a subcontractor's account: which accounts keep one, what counts as a business
 * payment and as money forwarded, the seven-day matching and its bounds. S1 is a staff-supply firm
 * (N78) opened in November 2025; March 2026 starts on a Sunday, so 2 March is a Monday.
 */
class SubcontractorFeaturesTest {

  private static final Duration WINDOW = Duration.ofDays(90);

  private static AccountState firm(String sector, String opened) {
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyAccountEvent(s, Accounts.business("S1").name("Adler Personalservice UG").sector(sector)
        .openedAt(opened).build());
    return s;
  }

  private static AccountState young() {
    return firm("N78", "2025-11-20T09:00:00Z");
  }

  private static TransactionEvent invoicePaid(String id, String at, String amount) {
    return Transactions.credit("S1", amount).txnId(id).at(at).channel(Channel.ACH).from("IBAN-CONTRACTOR")
        .counterpartyName("Hochbau Krämer GmbH").purpose(Purpose.SERVICES).build();
  }

  private static TransactionEvent cashOut(String id, String at, String amount) {
    return Transactions.debit("S1", amount).txnId(id).at(at).cashAt("BR-BER-007").build();
  }

  private static TransactionEvent toPerson(String id, String at, String amount, String payee, Purpose purpose) {
    return Transactions.debit("S1", amount).txnId(id).at(at).channel(Channel.WIRE).to("IBAN-" + payee)
        .counterpartyName(payee).counterpartyCountry("DE").purpose(purpose).build();
  }

  private static SubcontractorFlows fact(AccountState s, String asOf) {
    return SubcontractorFeatures.fact("S1", s, Instant.parse(asOf));
  }

  @Test
  void onlyYoungBusinessesInLabourSupplySectorsKeepAnything() {
    for (AccountState s : List.of(firm("M69", "2025-11-20T09:00:00Z"), firm("N78", "2022-01-10T09:00:00Z"))) {
      AccountFeatures.applyTransaction(s, invoicePaid("in", "2026-03-02T09:00:00Z", "20000"));
      AccountFeatures.applyTransaction(s, cashOut("c", "2026-03-03T09:00:00Z", "15000"));
      assertNull(s.getSubcontractor(), "an accountancy, or a staff supplier four years at the bank, keeps nothing");
    }
    AccountState person = AccountFeatures.empty();
    AccountFeatures.applyAccountEvent(person, Accounts.person("S1").name("Jan Adler").openedAt("2025-11-20T09:00:00Z").build());
    AccountFeatures.applyTransaction(person, invoicePaid("in", "2026-03-02T09:00:00Z", "20000"));
    assertNull(person.getSubcontractor());
    AccountState f = young();
    AccountFeatures.applyTransaction(f, invoicePaid("in", "2026-03-02T09:00:00Z", "20000"));
    assertEquals(new BigDecimal("20000.0000"), fact(f, "2026-03-02T10:00:00Z").businessInWithin(WINDOW));
  }

  @Test
  void setsCashAndPaymentsToPeopleWithinSevenDaysAgainstTheContractorsPayments() {
    AccountState s = young();
    AccountFeatures.applyTransaction(s, invoicePaid("in1", "2026-03-02T09:00:00Z", "20000"));
    AccountFeatures.applyTransaction(s, cashOut("c1", "2026-03-03T09:00:00Z", "9000"));
    AccountFeatures.applyTransaction(s, toPerson("p1", "2026-03-04T18:00:00Z", "800", "Ion Popescu", null));
    AccountFeatures.applyTransaction(s, toPerson("p2", "2026-03-04T18:05:00Z", "700", "Vasile Rusu", Purpose.OTHER));
    AccountFeatures.applyTransaction(s, cashOut("late", "2026-03-10T09:00:00Z", "5000"));

    SubcontractorFlows f = fact(s, "2026-03-10T10:00:00Z");
    assertEquals(new BigDecimal("9000.0000"), f.forwardedAsCashWithin(WINDOW), "the cash eight days on matches nothing");
    assertEquals(new BigDecimal("1500.0000"), f.forwardedToIndividualsWithin(WINDOW));
    assertEquals(new BigDecimal("0.5250"), f.forwardedShareWithin(WINDOW));
    assertEquals(1, f.payersWithin(WINDOW));
    assertEquals(2, f.individualPayeesWithin(WINDOW));
    assertEquals(List.of("in1", "c1", "p1", "p2"), f.txnIdsWithin(WINDOW), "the unmatched cash is no evidence");
  }

  @Test
  void aPaymentIsForwardedOnceHoweverMuchLeaves() {
    AccountState s = young();
    AccountFeatures.applyTransaction(s, invoicePaid("in1", "2026-03-02T09:00:00Z", "10000"));
    AccountFeatures.applyTransaction(s, cashOut("c1", "2026-03-03T09:00:00Z", "8000"));
    AccountFeatures.applyTransaction(s, cashOut("c2", "2026-03-04T09:00:00Z", "8000"));
    assertEquals(new BigDecimal("1.0000"), fact(s, "2026-03-04T10:00:00Z").forwardedShareWithin(WINDOW));
  }

  @Test
  void wagesTaxSuppliersAndFirmsAreNotForwarding() {
    AccountState s = firm("F43", "2025-11-20T09:00:00Z");
    AccountFeatures.applyTransaction(s, invoicePaid("in1", "2026-03-02T09:00:00Z", "30000"));
    AccountFeatures.applyTransaction(s, toPerson("w1", "2026-03-03T09:00:00Z", "2600", "Tomasz Nowak", Purpose.SALARY));
    AccountFeatures.applyTransaction(s, toPerson("t1", "2026-03-03T09:00:00Z", "1900", "Finanzamt Berlin", Purpose.TAX));
    AccountFeatures.applyTransaction(s, toPerson("g1", "2026-03-03T09:00:00Z", "6000", "Würth Handel", Purpose.GOODS));
    AccountFeatures.applyTransaction(s, toPerson("r1", "2026-03-03T09:00:00Z", "1200", "Lager Meier", Purpose.RENT));
    AccountFeatures.applyTransaction(s, toPerson("s1", "2026-03-03T09:00:00Z", "3000", "Gerüstbau Ost GmbH", null));
    SubcontractorFlows f = fact(s, "2026-03-04T10:00:00Z");
    assertEquals(new BigDecimal("0.0000"), f.forwardedWithin(WINDOW).setScale(4));
    assertEquals(0, f.individualPayeesWithin(WINDOW));
  }

  @Test
  void transfersWithinTheGroupAreNeitherIncomeNorForwarding() {
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyAccountEvent(s, Accounts.business("S1").name("Meyer Personal GmbH").sector("N78")
        .openedAt("2025-11-20T09:00:00Z").build());
    AccountFeatures.applyTransaction(s, Transactions.credit("S1", "40000").txnId("g-in").at("2026-03-02T09:00:00Z")
        .channel(Channel.INTERNAL).from("MEYER-BAU").counterpartyName("Meyer Bau GmbH").build());
    assertNull(s.getSubcontractor(), "a restructuring's transfer from the parent is no business payment");
    AccountFeatures.applyTransaction(s, invoicePaid("in1", "2026-03-02T10:00:00Z", "10000"));
    AccountFeatures.applyTransaction(s, Transactions.debit("S1", "9000").txnId("g-out").at("2026-03-03T09:00:00Z")
        .channel(Channel.INTERNAL).to("MEYER-HOLD").counterpartyName("Meyer Holding GmbH & Co. KG").build());
    assertEquals(new BigDecimal("0.0000"), fact(s, "2026-03-04T10:00:00Z").forwardedShareWithin(WINDOW).setScale(4));
  }

  @Test
  void moneySentAbroadOrThroughAMoneyTransferServiceIsForwarded() {
    AccountState s = young();
    AccountFeatures.applyTransaction(s, invoicePaid("in1", "2026-03-02T09:00:00Z", "10000"));
    AccountFeatures.applyTransaction(s, Transactions.debit("S1", "4000").txnId("x1").at("2026-03-03T09:00:00Z")
        .channel(Channel.WIRE).to("RO49AAAA").counterpartyName("Carpathia Trading SRL").counterpartyCountry("RO")
        .purpose(Purpose.SERVICES).build());
    AccountFeatures.applyTransaction(s, Transactions.debit("S1", "1000").txnId("x2").at("2026-03-03T10:00:00Z")
        .channel(Channel.MONEY_TRANSFER).to("WU-123").counterpartyName("Maria Ionescu").build());
    assertEquals(new BigDecimal("5000.0000"), fact(s, "2026-03-04T10:00:00Z").forwardedAbroadWithin(WINDOW));
  }

  @Test
  void reDeliveredEntriesCountOnce() {
    AccountState s = young();
    AccountFeatures.applyTransaction(s, invoicePaid("in1", "2026-03-02T09:00:00Z", "10000"));
    AccountFeatures.applyTransaction(s, invoicePaid("in1", "2026-03-02T09:00:00Z", "10000"));
    assertEquals(new BigDecimal("10000.0000"), fact(s, "2026-03-02T10:00:00Z").businessInWithin(WINDOW));
  }

  @Test
  void onlyEntriesThatMoveTheAggregateAskForTheRule() {
    AccountState s = young();
    AccountFeatures.applyTransaction(s, invoicePaid("in1", "2026-03-02T09:00:00Z", "10000"));
    assertTrue(SubcontractorFeatures.counts(s, cashOut("c1", "2026-03-03T09:00:00Z", "100")));
    assertFalse(SubcontractorFeatures.counts(s, Transactions.debit("S1", "45").txnId("k").at("2026-03-03T09:00:00Z")
        .channel(Channel.CARD).merchantCategoryCode("5411").counterpartyName("REWE").build()));
  }

  @Test
  void theAggregateStaysSmallForADailyPaidSubcontractorWithManyPeople() throws Exception {
    AccountState s = young();
    Instant t = Instant.parse("2026-01-05T09:00:00Z");
    for (int d = 0; d < 150; d++) {
      Instant day = t.plus(Duration.ofDays(d));
      for (int payer = 0; payer < 3; payer++) {
        AccountFeatures.applyTransaction(s, Transactions.credit("S1", "3000").txnId("in" + d + "-" + payer).at(day)
            .channel(Channel.ACH).from("IBAN-C" + payer).counterpartyName("Kunde " + payer + " GmbH")
            .purpose(Purpose.SERVICES).build());
      }
      for (int p = 0; p < 5; p++) {
        AccountFeatures.applyTransaction(s, toPerson("p" + d + "-" + p, day.plus(Duration.ofHours(8)).toString(), "300",
            "Worker " + ((d * 5 + p) % 60), null));
      }
      AccountFeatures.applyTransaction(s, cashOut("c" + d, day.plus(Duration.ofHours(9)).toString(), "4000"));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
    new SpecificDatumWriter<>(dev.moneytrail.stream.state.SubcontractorState.class).write(s.getSubcontractor(), enc);
    enc.flush();
    assertEquals(FeatureHorizons.SHELL_WEEKS_KEPT, s.getSubcontractor().getWeeks().size());
    assertEquals(FeatureHorizons.SHELL_PAYEES_KEPT, s.getSubcontractor().getPayees().size());
    assertEquals(FeatureHorizons.SHELL_ENTRIES_KEPT, s.getSubcontractor().getEntries().size());
    assertTrue(s.getSubcontractor().getOpenCredits().size() <= FeatureHorizons.SHELL_OPEN_CREDITS_KEPT);
    // 1,133 bytes when written (2026-12-07): bounded by the counts above, well inside the 2 KB an account may use.
    assertTrue(out.size() < 1200, "G3 state of a busy subcontractor is " + out.size() + " bytes");
  }
}
