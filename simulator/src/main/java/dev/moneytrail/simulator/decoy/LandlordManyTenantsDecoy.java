package dev.moneytrail.simulator.decoy;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.RecurringPayment;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.typology.CaseContext;
import dev.moneytrail.simulator.typology.CaseKit;
import dev.moneytrail.simulator.typology.Typology;
import dev.moneytrail.simulator.typology.TypologyName;
import dev.moneytrail.simulator.world.Address;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Sector;
import java.util.SplittableRandom;

/**
 * Decoy: a private landlord with 6-15 tenants in the flats of one or two buildings. Every tenant
 * pays a fixed monthly rent of 25-40 % of their income by standing order at the start of the month.
 * The landlord receives from many people, some just after a month-end payday, but the tenants have
 * different employers, separate flats and ordinary rent shares, and the amounts never change.
 */
public final class LandlordManyTenantsDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.LANDLORD_MANY_TENANTS;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    City city = home.city(rng);
    Person landlord = ctx.person(new PersonSpec().city(city).age(42, 78).notWorking().occupation("landlord"));
    landlord.monthlyIncome(ctx.world().prices().of(400_000));
    ctx.lifestyles().person(landlord, new Lifestyles.PersonLife().spend(1.2).housing(Lifestyles.Housing.OWNER));
    int tenants = Draws.between(rng, 6, 15);
    String[] buildings = {Draws.pick(rng, home.streets), Draws.pick(rng, home.streets)};
    int[] numbers = {Draws.between(rng, 1, 120), Draws.between(rng, 1, 120)};
    String postcode = city.postcode(rng);
    for (int i = 0; i < tenants; i++) {
      int b = i % 2;
      String line = home.numberFirst
          ? "Flat " + (i / 2 + 1) + ", " + numbers[b] + " " + buildings[b]
          : buildings[b] + " " + numbers[b] + ", Whg. " + (i / 2 + 1);
      Address flat = home.address(line, city, postcode);
      Sector s = Draws.pick(rng, Sector.values());
      if (s == Sector.T97) {
        s = Sector.G47;
      }
      Person t = ctx.person(new PersonSpec().works(s).address(flat));
      long wage = ctx.factory().wage(rng, s);
      ctx.employElsewhere(ctx.factory().externalCompany(rng, s), ctx.factory().schedule(rng, s), t, wage, null);
      long rent = ctx.world().prices().roundMinor(wage * Draws.between(rng, 25, 40) / 100, 1_000);
      t.actor().add(new RecurringPayment(t.party(), landlord.party(), rent).monthlyOn(Draws.between(rng, 1, 3))
          .channel(Channel.ACH).purpose(Purpose.RENT)
          .reference(CaseKit.say(home, "RENT FLAT " + (i / 2 + 1), "Miete Whg. " + (i / 2 + 1) + " {MM}/{YYYY}"))
          .hours(5, 9).caseId(ctx.caseId()));
      ctx.lifestyles().person(t, new Lifestyles.PersonLife().housing(Lifestyles.Housing.NONE)
          .committed(rent / (double) Math.max(1, wage)));
    }
  }
}
