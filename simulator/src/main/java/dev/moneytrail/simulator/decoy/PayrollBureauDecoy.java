package dev.moneytrail.simulator.decoy;

import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Nationalities;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.typology.CaseContext;
import dev.moneytrail.simulator.typology.CaseKit;
import dev.moneytrail.simulator.typology.Typology;
import dev.moneytrail.simulator.typology.TypologyName;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decoy: a payroll bureau (N78 or M69) running payroll for 3-5 client employers. Clients fund each
 * run two days ahead, the bureau pays 10-25 workers their full wages (each addressed by name) and
 * pays the payroll tax. It receives from several businesses and pays many individuals, like a
 * broker, and its clients show no payroll of their own; but the wages are full, taxed, and the
 * bureau keeps only a small fee.
 */
public final class PayrollBureauDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.PAYROLL_BUREAU;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    Sector kind = Draws.chance(rng, 0.5) ? Sector.N78 : Sector.M69;
    String stem = Origin.of(home.code).surname(rng);
    Business bureau = ctx.business(new BusinessSpec(kind).declaredEmployees(Draws.between(rng, 2, 6))
        .name(CaseKit.say(home, stem + " Payroll Services Ltd", "Lohnbüro " + stem + " GmbH")));
    int clients = Draws.between(rng, 3, 5);
    int uplift = Draws.between(rng, 200, 500);
    for (int c = 0; c < clients; c++) {
      Sector s = Draws.pick(rng, Sector.I56, Sector.G47, Sector.F, Sector.N81, Sector.Q86, Sector.S96);
      int staff = Draws.between(rng, 3, 8);
      Party client;
      Business internal = null;
      if (Draws.chance(rng, 0.5)) {
        internal = ctx.business(new BusinessSpec(s).declaredEmployees(staff));
        client = internal.party();
      } else {
        client = ctx.factory().externalCompany(rng, s);
      }
      PaySchedule schedule = ctx.factory().schedule(rng, s);
      List<Employment> wages = new ArrayList<>();
      for (int i = 0; i < staff; i++) {
        long wage = ctx.factory().wage(rng, s);
        Party worker;
        if (Draws.chance(rng, 0.3)) {
          Person p = ctx.person(new PersonSpec().works(s).employerId(internal != null ? internal.customerId() : null));
          p.monthlyIncome(wage);
          worker = p.party();
          Employment e = employment(ctx, bureau, worker, schedule, wage);
          p.employment(e);
          wages.add(e);
          ctx.lifestyles().person(p, new Lifestyles.PersonLife());
        } else {
          Nationalities.Draw d = CaseKit.workerOrigin(rng, home, s);
          worker = Party.external(home.otherBankIban(rng),
              d.origin().givenName(rng, rng.nextBoolean()) + " " + d.origin().surname(rng), home.code);
          wages.add(employment(ctx, bureau, worker, schedule, wage));
        }
      }
      ctx.add(new PrePayrollFunding(ctx.caseId(), client, bureau.party(), wages, 4_000 + uplift,
          CaseKit.say(home, "PAYROLL FUNDING", "Lohnlauf")));
      if (internal != null) {
        ctx.lifestyles().business(internal, new Lifestyles.BusinessLife().noPayrollTax());
      }
    }
    CaseKit.fillStaff(ctx, bureau);
    ctx.lifestyles().business(bureau, new Lifestyles.BusinessLife().revenue(ctx.world().prices().of(600_000)));
  }

  private static Employment employment(CaseContext ctx, Business bureau, Party worker, PaySchedule schedule, long wage) {
    Employment e = Employment.builder(ctx.rng().nextLong(), bureau.party(), worker, schedule, wage)
        .batch(ctx.key("batch" + schedule)).hourly(schedule.cycle() != PaySchedule.Cycle.MONTHLY)
        .caseId(ctx.caseId()).build();
    bureau.payroll().add(e);
    return e;
  }
}
