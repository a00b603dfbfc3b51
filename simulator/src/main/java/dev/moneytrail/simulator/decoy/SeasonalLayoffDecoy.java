package dev.moneytrail.simulator.decoy;

import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.behaviour.RecurringPayment;
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
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Sector;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Decoy: a seasonal lay-off. A farm, fishery or hotel stops paying all 6-15 of its staff for four
 * to nine weeks, then resumes; most of them draw unemployment benefit meanwhile. Wages are
 * "withheld" across the whole cohort at once and resume at the same level, which is a season, not
 * coercion.
 */
public final class SeasonalLayoffDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.SEASONAL_LAYOFF;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    Sector sector = Draws.pick(rng, Sector.A01, Sector.A03, Sector.I55);
    int staff = Draws.between(rng, 6, 15);
    // Seasonal staff are paid by the week or fortnight, so the gap shows as missed cycles.
    PaySchedule schedule = Draws.chance(rng, 0.6) ? PaySchedule.weekly(java.time.DayOfWeek.FRIDAY)
        : PaySchedule.biweekly(java.time.DayOfWeek.FRIDAY, rng.nextInt(2));
    Business employer = ctx.business(new BusinessSpec(sector).declaredEmployees(staff).schedule(schedule));
    int days = ctx.days();
    LocalDate from = ctx.firstDay().plusDays(Math.min(Draws.between(rng, 15, 40), Math.max(1, days / 4)));
    LocalDate to = from.plusDays(Math.min(Draws.between(rng, 28, 63), Math.max(7, days / 2)));
    for (int i = 0; i < staff; i++) {
      Person w = ctx.person(new PersonSpec().works(sector));
      long wage = ctx.factory().wage(rng, sector);
      ctx.employ(employer, w, wage, null, from, to);
      if (Draws.chance(rng, 0.7)) {
        w.actor().add(new RecurringPayment(ctx.world().institutions().benefitPayer, w.party(),
            ctx.world().prices().roundMinor(wage * Draws.between(rng, 55, 67) / 100, 1_000))
            .monthlyOn(Draws.between(rng, 1, 28)).between(from.plusDays(10), to).purpose(Purpose.OTHER)
            .reference(CaseKit.say(home, "JOBSEEKERS ALLOWANCE", "Arbeitslosengeld {MM}/{YYYY}")).hours(1, 6)
            .caseId(ctx.caseId()));
      }
      // Seasonal staff budget for the off season: they spend less than they earn while working.
      ctx.lifestyles().person(w, new Lifestyles.PersonLife().spend(0.7));
    }
    ctx.lifestyles().business(employer, new Lifestyles.BusinessLife());
  }
}
