package dev.moneytrail.stream.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.facts.AssetOutflows;
import dev.moneytrail.schemas.Channel;
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

/** The compact asset-outflow aggregate behind H3: what counts as an asset payment, and its bounds. */
class AssetFeaturesTest {

  private static AccountState holderIn(String country) {
    AccountState s = AccountFeatures.empty();
    AccountFeatures.applyAccountEvent(s, Accounts.person("C1").name("Ivan Petrov").country(country).build());
    return s;
  }

  private static TransactionEvent card(String id, String at, String amount, String mcc, String merchant) {
    return Transactions.debit("C1", amount).txnId(id).at(at).channel(Channel.CARD)
        .merchantCategoryCode(mcc).counterpartyName(merchant).build();
  }

  private static TransactionEvent wire(String id, String at, String amount, String payee, String country) {
    return Transactions.debit("C1", amount).txnId(id).at(at).channel(Channel.WIRE).to("IBAN-" + id)
        .counterpartyName(payee).counterpartyCountry(country).build();
  }

  @Test
  void countsCarDealersJewellersCryptoNotariesAndWiresAbroad() {
    AccountState s = holderIn("DE");
    assertEquals("car dealer", AssetFeatures.category(s, card("a", "2026-03-01T10:00:00Z", "38000", "5511", "AUTOHAUS NORD")));
    assertEquals("jeweller", AssetFeatures.category(s, card("b", "2026-03-01T10:00:00Z", "900", "5944", "GOLDHAUS")));
    assertEquals("crypto on-ramp", AssetFeatures.category(s, card("c", "2026-03-01T10:00:00Z", "500", "6051", "KRAKEN")));
    assertEquals("conveyancer/notary/escrow", AssetFeatures.category(s, wire("d", "2026-03-01T10:00:00Z", "25000", "Notariat Dr. Weiss", "DE")));
    assertEquals("crypto on-ramp", AssetFeatures.category(s, wire("e", "2026-03-01T10:00:00Z", "4000", "Bitpanda GmbH", "AT")),
        "the exchange's name says more than its country");
    assertEquals("wire abroad", AssetFeatures.category(s, wire("f", "2026-03-01T10:00:00Z", "9000", "Petrov Holding", "AE")));
  }

  @Test
  void ordinarySpendingRentAndDomesticWiresAreNoAssets() {
    AccountState s = holderIn("DE");
    assertNull(AssetFeatures.category(s, card("a", "2026-03-01T10:00:00Z", "80", "5411", "REWE")));
    assertNull(AssetFeatures.category(s, wire("b", "2026-03-01T10:00:00Z", "900", "Wohnbau Hamburg", "DE")));
    assertNull(AssetFeatures.category(AccountFeatures.empty(), wire("c", "2026-03-01T10:00:00Z", "900", "Petrov Holding", "AE")),
        "no KYC profile yet, so no home country: a wire is not called foreign");
    AccountFeatures.applyTransaction(s, card("a", "2026-03-01T10:00:00Z", "80", "5411", "REWE"));
    assertNull(s.getAssets(), "accounts without asset payments keep nothing");
  }

  @Test
  void keepsMonthSumsAndTheLargestPaymentsAsTheRegister() {
    AccountState s = holderIn("DE");
    AccountFeatures.applyTransaction(s, card("car", "2026-03-14T10:00:00Z", "38000", "5511", "AUTOHAUS NORD"));
    for (int i = 1; i <= 8; i++) {
      AccountFeatures.applyTransaction(s, card("ring" + i, "2026-04-0" + i + "T10:00:00Z", i + "00", "5944", "GOLDHAUS"));
    }
    AccountFeatures.applyTransaction(s, card("car", "2026-03-14T10:00:00Z", "38000", "5511", "AUTOHAUS NORD")); // redelivered
    AssetOutflows f = AssetFeatures.fact("C1", s, Instant.parse("2026-04-30T00:00:00Z"));
    assertEquals(new BigDecimal("41600.0000"), f.totalWithin(Duration.ofDays(180)), "38,000 + 100 + ... + 800, once");
    assertEquals(9, f.countWithin(Duration.ofDays(180)));
    assertEquals(List.of("car", "ring8", "ring7", "ring6", "ring5", "ring4"), f.txnIdsWithin(Duration.ofDays(180)),
        "the six largest; the smaller ones are in the sums only");
  }

  @Test
  void forgetsAssetPaymentsOnceSevenMonthsHavePassed() {
    AccountState s = holderIn("DE");
    AccountFeatures.applyTransaction(s, card("car", "2026-01-10T10:00:00Z", "38000", "5511", "AUTOHAUS NORD"));
    AccountFeatures.applyTransaction(s, card("ring", "2026-08-20T10:00:00Z", "900", "5944", "GOLDHAUS"));
    assertEquals(1, s.getAssets().getMonths().size(), "January is more than 186 days before 20 August");
    assertEquals(List.of("ring"), s.getAssets().getLargest().stream().map(o -> o.getTxnId()).toList());
  }

  @Test
  void theAggregateStaysSmallForABusyBuyer() throws Exception {
    AccountState s = holderIn("DE");
    for (int m = 1; m <= 9; m++) {
      for (int d = 1; d <= 20; d++) {
        AccountFeatures.applyTransaction(s, card("t" + m + "-" + d, String.format("2026-%02d-%02dT10:00:00Z", m, d),
            "1234.56", "5944", "JUWELIER CHRIST HAMBURG"));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
    new SpecificDatumWriter<>(dev.moneytrail.stream.state.AssetState.class).write(s.getAssets(), enc);
    enc.flush();
    assertTrue(s.getAssets().getMonths().size() <= FeatureHorizons.ASSET_MONTHS_KEPT);
    assertEquals(FeatureHorizons.ASSET_OUTFLOWS_KEPT, s.getAssets().getLargest().size());
    assertTrue(out.size() < 400, "asset state of a busy buyer is " + out.size() + " bytes");
  }
}
