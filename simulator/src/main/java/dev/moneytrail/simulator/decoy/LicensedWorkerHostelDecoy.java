package dev.moneytrail.simulator.decoy;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.behaviour.RecurringPayment;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
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
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decoy: a licensed worker hostel. 10-20 workers of 3-6 different employers give the address of a
 * registered accommodation business (ISIC I55, "Hostel" in its name) and pay it the same capped
 * weekly rate. Many adults at one address, but the address belongs to a licensed I55 business,
 * rents are capped and uniform, and the residents' employers are unrelated to the landlord.
 */
public final class LicensedWorkerHostelDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.LICENSED_WORKER_HOSTEL;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    City city = home.city(rng);
    Address address = home.businessAddress(rng, city, Draws.chance(rng, 0.5));
    String stem = Draws.chance(rng, 0.5) ? city.name() : Origin.of(home.code).surname(rng);
    Business hostel = ctx.business(new BusinessSpec(Sector.I55).address(address)
        .declaredEmployees(Draws.between(rng, 2, 5))
        .name(CaseKit.say(home, stem + " Workers Hostel Ltd", stem + " Workers Hostel GmbH")));
    CaseKit.fillStaff(ctx, hostel);
    int residents = Draws.between(rng, 10, 20);
    long weekly = ctx.world().prices().rounded(Draws.between(rng, 6_500L, 7_800L), 100);
    List<Party> employers = new ArrayList<>();
    List<PaySchedule> schedules = new ArrayList<>();
    List<Sector> sectors = new ArrayList<>();
    for (int i = 0, n = Draws.between(rng, 3, 6); i < n; i++) {
      Sector s = Draws.pick(rng, Sector.A01, Sector.C10, Sector.F, Sector.H49, Sector.I56, Sector.N81, Sector.Q87);
      sectors.add(s);
      employers.add(ctx.factory().externalCompany(rng, s));
      schedules.add(ctx.factory().schedule(rng, s));
    }
    DayOfWeek due = Draws.pick(rng, DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    for (int i = 0; i < residents; i++) {
      int k = i % employers.size();
      Person r = ctx.person(new PersonSpec().works(sectors.get(k)).address(address));
      ctx.employElsewhere(employers.get(k), schedules.get(k), r, ctx.factory().wage(rng, sectors.get(k)), null);
      r.actor().add(new RecurringPayment(r.party(), hostel.party(), weekly).weeklyOn(due)
          .channel(Channel.INTERNAL).purpose(Purpose.ACCOMMODATION)
          .reference(CaseKit.say(home, "bed " + (i + 1) + " weekly", "Bett " + (i + 1) + " Woche")).hours(7, 21)
          .device(r.device()).caseId(ctx.caseId()));
      ctx.lifestyles().person(r, new Lifestyles.PersonLife().housing(Lifestyles.Housing.NONE).noBills()
          .committed(weekly * 52.0 / 12 / Math.max(1, r.monthlyIncome())));
    }
    ctx.lifestyles().business(hostel, new Lifestyles.BusinessLife().revenue(weekly * residents * 5));
  }
}
