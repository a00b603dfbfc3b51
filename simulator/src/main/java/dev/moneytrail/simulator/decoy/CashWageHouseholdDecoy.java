package dev.moneytrail.simulator.decoy;

import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.typology.CaseContext;
import dev.moneytrail.simulator.typology.PaydayCashOuts;
import dev.moneytrail.simulator.typology.Typology;
import dev.moneytrail.simulator.typology.TypologyName;
import dev.moneytrail.simulator.world.Address;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Sector;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decoy for B3's trap (indicators.md: "cash-preferring workers"): a cash-economy household of two
 * adults with their own employers, who pay the landlord, the shop and the family in cash and take
 * most of each wage out when it lands, each at their own usual ATM at their own time. Nobody holds
 * their cards: no co-workers at the same terminal, no third party, and the money is spent by them.
 * The share each draws is their own habit, 55-95 % of the wage, so some of them draw as much as a
 * card holder would: that is the trap.
 */
public final class CashWageHouseholdDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.CASH_WAGE_HOUSEHOLD;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    long unit = ctx.world().prices().minorPerMajor();
    City city = home.city(rng);
    Address flat = home.residentialAddress(rng, city);
    Person first = null;
    List<Employment> wages = new ArrayList<>();
    List<List<String>> atms = new ArrayList<>();
    int lo = Draws.between(rng, 55, 85);
    int hi = Math.min(97, lo + Draws.between(rng, 5, 12));
    for (int i = 0; i < 2; i++) {
      Sector sector = Draws.pick(rng, Sector.A01, Sector.F, Sector.I56, Sector.N81, Sector.G47, Sector.C10);
      PersonSpec spec = new PersonSpec().works(sector).city(city).address(flat);
      if (first != null) {
        spec.surname(first.surname);
      }
      Person p = ctx.person(spec);
      if (first == null) {
        first = p;
      }
      PaySchedule schedule = Draws.chance(rng, 0.5) ? PaySchedule.weekly(Draws.pick(rng, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))
          : Draws.chance(rng, 0.5) ? PaySchedule.biweekly(DayOfWeek.FRIDAY, rng.nextInt(2)) : ctx.factory().schedule(rng, sector);
      wages.add(ctx.employElsewhere(ctx.factory().externalCompany(rng, sector), schedule, p,
          ctx.factory().wage(rng, sector), null));
      atms.add(List.of(ctx.world().cash().randomAtm(rng, city), ctx.world().cash().randomAtm(rng, city)));
      // Rent and everyday spending are paid from the cash; what stays on the account is spent by card.
      ctx.lifestyles().person(p, new Lifestyles.PersonLife().committed((lo + hi) / 200.0)
          .housing(Lifestyles.Housing.NONE).spend(0.9).remits(false));
    }
    ctx.add(new PaydayCashOuts(ctx.caseId(), ctx.key("cash"), wages, atms, false, lo, hi, unit * 10,
        unit * Draws.pick(rng, 1_000L, 1_500L), new PaydayCashOuts.Timing(60, 16 * 60, 0.3)));
  }
}
