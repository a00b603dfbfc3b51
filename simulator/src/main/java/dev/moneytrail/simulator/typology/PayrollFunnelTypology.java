package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.simulator.behaviour.AmountRule;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.behaviour.PaydayTransfer;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Sector;
import java.util.SplittableRandom;

/**
 * Controller fan-in of wages (B1 LT-PAYROLL-FUNNEL, H1 LT-FANIN-CONTROLLER): 5-9 workers of one
 * employer forward 63-90 % of every wage to the same controller between 30 minutes and 30 hours
 * after it posts. The controller banks here in most cases (the fan-in is visible on their ledger)
 * and moves the money abroad; in some the controller banks elsewhere and only the workers' debits
 * to one IBAN show it.
 */
public final class PayrollFunnelTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.PAYROLL_FUNNEL_CONTROLLER;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    Sector sector = CaseKit.sector(rng, Sector.F, Sector.A01, Sector.C10, Sector.N81, Sector.I56, Sector.C14, Sector.H49);
    int workers = Draws.between(rng, 5, 9);
    boolean employerHere = Draws.chance(rng, 0.8);
    boolean controllerHere = Draws.chance(rng, 0.85);

    Business employer = null;
    Party outsideEmployer = null;
    PaySchedule schedule;
    if (employerHere) {
      employer = ctx.business(new BusinessSpec(sector).declaredEmployees(workers + Draws.between(rng, 0, 6)));
      schedule = employer.schedule;
    } else {
      outsideEmployer = ctx.factory().externalCompany(rng, sector);
      schedule = ctx.factory().schedule(rng, sector);
    }
    Person controller = controllerHere
        ? ctx.person(new PersonSpec().age(28, 58).notWorking().occupation(Draws.pick(rng, "self-employed", "driver", "property manager", "interpreter")))
        : null;
    Party controllerParty = controllerHere ? controller.party()
        : ctx.factory().externalPerson(rng, CaseKit.workerOrigin(rng, home, sector).origin());
    boolean controllerDevice = controllerHere && controller.device() != null && Draws.chance(rng, 0.3);

    long monthlyIn = 0;
    for (int i = 0; i < workers; i++) {
      Person w = ctx.person(new PersonSpec().works(sector).openedWithinDays(Draws.chance(rng, 0.5) ? 300 : 0));
      long wage = ctx.factory().wage(rng, sector);
      Employment e = employerHere ? ctx.employ(employer, w, wage)
          : ctx.employElsewhere(outsideEmployer, schedule, w, wage, null);
      int lo = Draws.between(rng, 6_300, 8_000);
      w.actor().add(new PaydayTransfer(ctx.key("fwd" + i), e, w.party(), controllerParty,
          AmountRule.share(lo, Math.min(9_000, lo + 1_000), ctx.world().prices().minorPerMajor()))
          .lag(30, Draws.between(rng, 240, 1_800))
          .channel(controllerHere ? Channel.INTERNAL : Draws.pick(rng, Channel.WIRE, Channel.ACH))
          .references(null, null, CaseKit.say(home, "rent", "Miete"), CaseKit.say(home, "savings", "Sparen"),
              CaseKit.say(home, "for family", "Familie"), "ok")
          .device(controllerDevice ? controller.device() : w.device())
          .caseId(ctx.caseId()));
      ctx.lifestyles().person(w, CaseKit.controlledLife(rng, (lo + 500) / 10_000.0));
      monthlyIn += wage * lo / 10_000;
    }
    if (employerHere) {
      CaseKit.fillStaff(ctx, employer);
      ctx.lifestyles().business(employer, new Lifestyles.BusinessLife());
    }
    if (controllerHere) {
      controller.monthlyIncome(monthlyIn / 4);
      ctx.lifestyles().person(controller, CaseKit.comfortableLife(rng));
      CaseKit.proceedsOutflow(ctx, controller, monthlyIn);
    }
  }
}
