package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Direction;
import dev.moneytrail.simulator.behaviour.CashOut;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.behaviour.WagePayments;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Several workers' wages into one account (B2 LT-MULTI-PAYEE-WAGES): 1-3 employers pay the wages of
 * 3-6 differently named workers, each payment addressed to the worker by name, into one account
 * held by a controller, who draws most of it in cash and sends the rest abroad. The workers have
 * no accounts of their own.
 */
public final class MultiPayeeWagesTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.MULTI_PAYEE_WAGES;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    long unit = ctx.world().prices().minorPerMajor();
    Sector sector = CaseKit.sector(rng, Sector.F, Sector.A01, Sector.C10, Sector.N81, Sector.I56, Sector.H49);
    Person controller = ctx.person(new PersonSpec().age(25, 58).works(sector));
    int employers = Draws.between(rng, 1, 3);
    int names = Draws.between(rng, Math.max(3, employers), 6);
    Origin workersOrigin = CaseKit.workerOrigin(rng, home, sector).origin();
    Set<String> used = new HashSet<>();
    used.add(controller.surname);
    Business[] internal = new Business[employers];
    Party[] outside = new Party[employers];
    PaySchedule[] schedules = new PaySchedule[employers];
    for (int k = 0; k < employers; k++) {
      if (k == 0 || Draws.chance(rng, 0.5)) {
        internal[k] = ctx.business(new BusinessSpec(CaseKit.sector(rng, sector, Sector.N78, Sector.A01, Sector.F)));
        schedules[k] = internal[k].schedule;
      } else {
        outside[k] = ctx.factory().externalCompany(rng, sector);
        schedules[k] = ctx.factory().schedule(rng, sector);
      }
    }
    long monthlyIn = 0;
    WagePayments incoming = new WagePayments();
    for (int n = 0; n < names; n++) {
      int k = n % employers;
      String workerName = workersOrigin.givenName(rng, rng.nextBoolean()) + " "
          + CaseKit.freshSurname(rng, workersOrigin, used);
      if (Draws.chance(rng, 0.3)) {
        workerName = workerName.toUpperCase(java.util.Locale.ROOT);
      }
      long wage = ctx.factory().wage(rng, sector);
      monthlyIn += wage;
      Party payee = controller.party().named(workerName);
      Party payer = internal[k] != null ? internal[k].party() : outside[k];
      Employment e = Employment.builder(ctx.key("wage" + n), payer, payee, schedules[k], wage)
          .batch(internal[k] != null ? internal[k].actor().key() : ctx.key("batch" + k))
          .hourly(schedules[k].cycle() != PaySchedule.Cycle.MONTHLY)
          .caseId(ctx.caseId()).build();
      if (internal[k] != null) {
        internal[k].payroll().add(e);
      } else {
        incoming.add(e);
      }
      if (n == 0) {
        controller.employment(e);
      }
    }
    if (!incoming.employments().isEmpty()) {
      controller.actor().add(incoming);
    }
    for (Business b : internal) {
      if (b != null) {
        CaseKit.fillStaff(ctx, b);
        ctx.lifestyles().business(b, new Lifestyles.BusinessLife());
      }
    }
    controller.monthlyIncome(monthlyIn / names);
    ctx.lifestyles().person(controller, CaseKit.comfortableLife(rng).spend(0.8));
    long weeklyCash = monthlyIn / 4 * Draws.between(rng, 50, 75) / 100;
    ctx.add(new CashOut(controller.party(), Direction.DEBIT, 3, weeklyCash / 4, weeklyCash / 2, unit * 50,
        List.of(ctx.world().cash().randomAtm(rng, controller.city), ctx.world().cash().randomBranch(rng, controller.city)))
        .anyDay().hours(9, 21).caseId(ctx.caseId()));
    CaseKit.proceedsOutflow(ctx, controller, monthlyIn / 3);
  }
}
