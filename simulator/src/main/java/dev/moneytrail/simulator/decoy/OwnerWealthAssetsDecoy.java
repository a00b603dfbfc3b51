package dev.moneytrail.simulator.decoy;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.RecurringPayment;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.typology.AssetPurchases;
import dev.moneytrail.simulator.typology.CaseContext;
import dev.moneytrail.simulator.typology.CaseKit;
import dev.moneytrail.simulator.typology.Typology;
import dev.moneytrail.simulator.typology.TypologyName;
import dev.moneytrail.simulator.world.Address;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Sector;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Decoy for H3 LT-CONTROLLER-ASSET-BUILDUP, the catalogue's trap "legitimate owner wealth": two
 * buyers whose asset purchases exceed asset.min (50,000) with no predicate indicator.
 * <ul>
 *   <li>A well-paid professional (5,000-9,000 a month from an employer banking elsewhere) moves
 *       savings in from their own account at another bank, then pays a car deposit by card at a
 *       dealer, a deposit on a flat to a notary or conveyancer and a little crypto.</li>
 *   <li>A private landlord whose 6-10 tenants pay ordinary rents (25-40 % of their wages, different
 *       employers, separate flats) by standing order, the look-alike of a controller's fan-in,
 *       buys another flat through a notary from savings.</li>
 * </ul>
 * Neither carries an H1, A4, B7 or G1 high, so H3 must stay held and add nothing.
 */
public final class OwnerWealthAssetsDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.OWNER_WEALTH_ASSETS;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    int last = Math.max(22, ctx.days() - 5);
    LocalDate first = ctx.firstDay();
    long step = ctx.world().prices().of(10_000);

    Sector sector = Draws.pick(rng, Sector.J62, Sector.M69, Sector.Q86);
    Person buyer = ctx.person(new PersonSpec().works(sector).age(35, 60));
    long salary = ctx.world().prices().of(Draws.between(rng, 500_000, 900_000));
    ctx.employElsewhere(ctx.factory().externalCompany(rng, sector), ctx.factory().schedule(rng, sector), buyer, salary, null);
    ctx.lifestyles().person(buyer, new Lifestyles.PersonLife().spend(1.1));
    long car = round(ctx.world().prices().of(Draws.between(rng, 2_500_000, 4_500_000)), step);
    long flat = round(ctx.world().prices().of(Draws.between(rng, 4_000_000, 9_000_000)), step);
    LocalDate carDay = first.plusDays(Draws.between(rng, 15, last));
    LocalDate flatDay = first.plusDays(Draws.between(rng, 20, last));
    ctx.add(new AssetPurchases(buyer.party(), buyer.device(), ctx.caseId())
        .fromSavings(rng, home, buyer.name(), flatDay.minusDays(Draws.between(rng, 2, 10)), flat)
        .propertyDeposit(rng, home, flatDay, flat)
        .car(rng, home, carDay, car)
        .crypto(rng, home, first.plusDays(Draws.between(rng, 5, last)), round(ctx.world().prices().of(Draws.between(rng, 100_000, 300_000)), step)));

    City city = home.city(rng);
    Person landlord = ctx.person(new PersonSpec().city(city).age(45, 75).notWorking().occupation("landlord"));
    landlord.monthlyIncome(ctx.world().prices().of(500_000));
    ctx.lifestyles().person(landlord, new Lifestyles.PersonLife().spend(1.2).housing(Lifestyles.Housing.OWNER));
    int tenants = Draws.between(rng, 6, 10);
    String street = Draws.pick(rng, home.streets);
    int number = Draws.between(rng, 1, 120);
    String postcode = city.postcode(rng);
    for (int i = 0; i < tenants; i++) {
      String line = home.numberFirst ? "Flat " + (i + 1) + ", " + number + " " + street : street + " " + number + ", Whg. " + (i + 1);
      Sector s = Draws.pick(rng, Sector.G47, Sector.Q86, Sector.P85, Sector.I56, Sector.N81, Sector.H49, Sector.J62);
      Person t = ctx.person(new PersonSpec().works(s).address(home.address(line, city, postcode)));
      long wage = ctx.factory().wage(rng, s);
      ctx.employElsewhere(ctx.factory().externalCompany(rng, s), ctx.factory().schedule(rng, s), t, wage, null);
      long rent = ctx.world().prices().roundMinor(wage * Draws.between(rng, 25, 40) / 100, 1_000);
      t.actor().add(new RecurringPayment(t.party(), landlord.party(), rent).monthlyOn(Draws.between(rng, 1, 3))
          .channel(Channel.ACH).purpose(Purpose.RENT)
          .reference(CaseKit.say(home, "RENT FLAT " + (i + 1), "Miete Whg. " + (i + 1) + " {MM}/{YYYY}"))
          .hours(5, 9).caseId(ctx.caseId()));
      ctx.lifestyles().person(t, new Lifestyles.PersonLife().housing(Lifestyles.Housing.NONE)
          .committed(rent / (double) Math.max(1, wage)));
    }
    long another = round(ctx.world().prices().of(Draws.between(rng, 6_000_000, 15_000_000)), step);
    LocalDate purchase = first.plusDays(Draws.between(rng, 20, last));
    ctx.add(new AssetPurchases(landlord.party(), landlord.device(), ctx.caseId())
        .fromSavings(rng, home, landlord.name(), purchase.minusDays(Draws.between(rng, 1, 7)), another)
        .propertyDeposit(rng, home, purchase, another));
  }

  private static long round(long amount, long step) {
    return Math.max(step, amount / step * step);
  }
}
