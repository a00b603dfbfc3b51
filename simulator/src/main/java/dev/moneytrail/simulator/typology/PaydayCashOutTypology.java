package dev.moneytrail.simulator.typology;

import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Sector;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Payday cash-out (B3 LT-PAYDAY-CASHOUT, indicators.md: "almost the whole wage is withdrawn in cash
 * right after payday, often at the same ATM and minute as co-workers"; Operation Fort: controllers
 * held the victims' cards). 3-8 workers of one employer, paid weekly (75 %) or fortnightly as
 * farm, building-site, food-plant and cleaning crews often are, have their cards held by a gang
 * member who, after each payday, draws 82-100 % of every wage at one ATM, card after card, mostly
 * the same day and sometimes the next morning. The share band is drawn per case and the amount per
 * worker and payday, rounded down to banknotes, so some cycles fall just under the rule's 80 %:
 * that is the variation a real case has. The workers keep almost nothing to spend.
 */
public final class PaydayCashOutTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.PAYDAY_CASH_OUT;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    long unit = ctx.world().prices().minorPerMajor();
    Sector sector = CaseKit.sector(rng, Sector.A01, Sector.F, Sector.C10, Sector.N81, Sector.S96);
    int workers = Draws.between(rng, 3, 8);
    City city = home.city(rng);
    PaySchedule schedule = Draws.chance(rng, 0.75) ? PaySchedule.weekly(Draws.pick(rng, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))
        : PaySchedule.biweekly(DayOfWeek.FRIDAY, rng.nextInt(2));
    Business employer = ctx.business(new BusinessSpec(sector).city(city)
        .declaredEmployees(workers + Draws.between(rng, 0, 10)).schedule(schedule));
    int lo = Draws.between(rng, 82, 92);
    int hi = Math.min(100, lo + Draws.between(rng, 4, 10));
    List<Employment> wages = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      Person w = ctx.person(new PersonSpec().works(sector).city(city).openedWithinDays(Draws.chance(rng, 0.4) ? 200 : 0));
      wages.add(ctx.employ(employer, w, ctx.factory().wage(rng, sector)));
      // What the card holder leaves them is all they have: the committed share is the cash-out.
      ctx.lifestyles().person(w, CaseKit.controlledLife(rng, (lo + hi) / 200.0));
    }
    List<String> atms = new ArrayList<>();
    for (int i = 0, n = Draws.between(rng, 1, 2); i < n; i++) {
      atms.add(ctx.world().cash().randomAtm(rng, city));
    }
    long note = unit * Draws.pick(rng, 10L, 20L, 50L);
    long limit = unit * Draws.pick(rng, 1_000L, 1_000L, 1_500L, 2_000L);
    // After the early-morning payroll run: from late morning to the evening, now and then next morning.
    ctx.add(new PaydayCashOuts(ctx.caseId(), ctx.key("cash-out"), wages, List.of(atms), true, lo, hi, note, limit,
        new PaydayCashOuts.Timing(150, 14 * 60, Draws.between(rng, 5, 25) / 100.0)));
    CaseKit.fillStaff(ctx, employer);
    ctx.lifestyles().business(employer, new Lifestyles.BusinessLife());
  }
}
