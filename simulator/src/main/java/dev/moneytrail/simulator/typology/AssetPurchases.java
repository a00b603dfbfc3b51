package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.HomeCountry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One buyer's purchases of assets on dates fixed when the case is planted (indicators.md H3: car
 * dealers, conveyancers, notaries and escrow, crypto exchanges): a car deposit paid by card at a
 * dealer (MCC 5511 or 5521), a deposit on a flat sent to a notary or conveyancer, transfers to a
 * crypto exchange. Shared by the H3 case (a controller spending proceeds) and its look-alike (an
 * owner spending savings), so that the two differ in where the money came from, not in how it
 * is spent.
 */
public final class AssetPurchases implements Activity {

  private record Purchase(LocalDate date, int secondOfDay, long amount, Party payee, String merchant,
      String country, String mcc, String reference, boolean incoming) {}

  private final Party buyer;
  private final String device;
  private final String caseId;
  private final List<Purchase> purchases = new ArrayList<>();

  public AssetPurchases(Party buyer, String device, String caseId) {
    this.buyer = buyer;
    this.device = device;
    this.caseId = caseId;
  }

  /** Money moved in from the buyer's own savings elsewhere before a purchase (an ordinary buyer). */
  public AssetPurchases fromSavings(SplittableRandom rng, HomeCountry home, String holderName, LocalDate date, long amount) {
    Party savings = Party.external(home.otherBankIban(rng), holderName, home.code);
    purchases.add(new Purchase(date, secondOfDay(rng, 7, 9), amount, savings, null, null, null,
        home.language == HomeCountry.Language.DE ? "Umbuchung Tagesgeld" : "transfer from savings", true));
    return this;
  }

  /** A car deposit paid by card at a dealer in the home country. */
  public AssetPurchases car(SplittableRandom rng, HomeCountry home, LocalDate date, long amount) {
    String city = home.city(rng).name();
    String dealer = home.language == HomeCountry.Language.DE
        ? Draws.pick(rng, "Autohaus " + city, "Autozentrum " + city, "Autohaus " + Draws.pick(rng, "Krämer", "Seitz", "Brandt"))
        : Draws.pick(rng, city + " Motors", city + " Car Centre", Draws.pick(rng, "Arnold", "Hughes", "Marsh") + " Motor Group");
    purchases.add(new Purchase(date, secondOfDay(rng, 10, 18), amount, null, dealer, home.code,
        Draws.chance(rng, 0.7) ? "5511" : "5521", null, false));
    return this;
  }

  /** A deposit on a property sent to a notary (civil-law countries) or a conveyancer. */
  public AssetPurchases propertyDeposit(SplittableRandom rng, HomeCountry home, LocalDate date, long amount) {
    boolean de = home.language == HomeCountry.Language.DE;
    String name = de
        ? Draws.pick(rng, "Notariat ", "Notar Dr. ", "Notarkanzlei ") + Draws.pick(rng, "Weber", "Lindner", "Hofmann", "Vogt")
        : Draws.pick(rng, "Harper", "Whitfield", "Ellis", "Carter") + Draws.pick(rng, " Conveyancing Ltd", " & Co Conveyancers", " Escrow Services");
    Party payee = Party.external(home.otherBankIban(rng), name, home.code);
    String ref = de ? Draws.pick(rng, "Kaufpreis Anzahlung ETW", "Anderkonto Kaufvertrag", "Eigentumswohnung Anzahlung")
        : Draws.pick(rng, "deposit completion", "property deposit", "client account purchase");
    purchases.add(new Purchase(date, secondOfDay(rng, 9, 16), amount, payee, null, null, null, ref, false));
    return this;
  }

  /** A transfer to a crypto exchange (EU-licensed exchanges, as a buyer here would use). */
  public AssetPurchases crypto(SplittableRandom rng, HomeCountry home, LocalDate date, long amount) {
    String[] exchange = Draws.pick(rng, new String[] {"Bitpanda GmbH", "AT"},
        new String[] {"Coinbase Europe Ltd", "IE"}, new String[] {"Bitstamp Europe SA", "LU"},
        new String[] {"Kraken Payward Europe", "IE"});
    Party payee = Party.external("EX-" + Long.toHexString(rng.nextLong() >>> 20).toUpperCase(), exchange[0], exchange[1]);
    purchases.add(new Purchase(date, secondOfDay(rng, 7, 23), amount, payee, null, null, null,
        Draws.pick(rng, "deposit", "top up", null), false));
    return this;
  }

  private static int secondOfDay(SplittableRandom rng, int fromHour, int toHour) {
    return Draws.between(rng, fromHour * 3600, toHour * 3600 - 1);
  }

  @Override
  public String caseId() {
    return caseId;
  }

  @Override
  public void emit(DayContext ctx) {
    for (Purchase p : purchases) {
      if (!p.date.equals(ctx.day().date)) {
        continue;
      }
      long at = ctx.day().at(p.secondOfDay);
      if (p.payee == null) {
        ctx.pay(at, p.amount).purpose(Purpose.GOODS).mcc(p.mcc).device(device).card(buyer, p.merchant, p.country);
      } else if (p.incoming) {
        ctx.pay(at, p.amount).channel(Channel.ACH).purpose(Purpose.OTHER).reference(p.reference).move(p.payee, buyer);
      } else {
        ctx.pay(at, p.amount).channel(Channel.WIRE).purpose(Purpose.OTHER).reference(p.reference)
            .device(device).move(buyer, p.payee);
      }
    }
  }
}
