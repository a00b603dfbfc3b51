package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.AmountRule;
import dev.moneytrail.simulator.behaviour.Employment;
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
 * Employer wage recapture (A4 LT-WAGE-KICKBACK): after every payday each of 5-10 workers pays back
 * 32-70 % of the wage within a week, split into "rent" and "food"/"transport" charges, to the
 * employer itself or an affiliate that shares its address and phone (the director, or a lettings
 * company at the same premises). The employer side mirrors it: one account receives from five or
 * more of its own payees within days of each payroll run.
 */
public final class EmployerWageRecaptureTypology implements Typology {

  /** Who collects the money back. */
  enum Collector { EMPLOYER, DIRECTOR, LETTINGS_COMPANY }

  @Override
  public TypologyName name() {
    return TypologyName.EMPLOYER_WAGE_RECAPTURE;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    Sector sector = CaseKit.sector(rng, Sector.F, Sector.A01, Sector.I56, Sector.C10, Sector.N81, Sector.Q87, Sector.I55);
    int workers = Draws.between(rng, 5, 10);
    Business employer = ctx.business(new BusinessSpec(sector).declaredEmployees(workers + Draws.between(rng, 0, 4)));
    Collector kind = Collector.values()[Draws.weightedIndex(rng, new double[] {4, 3, 3})];
    Party collector;
    switch (kind) {
      case DIRECTOR -> {
        Person director = ctx.person(new PersonSpec().age(35, 64).notWorking().occupation("company director")
            .address(employer.address).phone(employer.record().phone()));
        employer.owner(director);
        collector = director.party();
      }
      case LETTINGS_COMPANY -> {
        Business lettings = ctx.business(new BusinessSpec(Sector.M69).address(employer.address)
            .phone(employer.record().phone()).declaredEmployees(0)
            .name(CaseKit.say(home, employer.name().split(" ")[0] + " Property Services Ltd",
                employer.name().split(" ")[0] + " Immobilien GmbH")));
        ctx.lifestyles().business(lettings, new Lifestyles.BusinessLife().revenue(ctx.world().prices().of(150_000)));
        collector = lettings.party();
      }
      default -> collector = employer.party();
    }
    String rentRef = CaseKit.say(home, "rent", "Miete Unterkunft");
    String[] otherRefs = home.language == HomeCountry.Language.DE
        ? new String[] {"Verpflegung", "Fahrtkosten", "Transport", "Essen", "Arbeitskleidung"}
        : new String[] {"food", "transport", "van", "meals", "uniform", "deductions"};
    long unit = ctx.world().prices().minorPerMajor();
    for (int i = 0; i < workers; i++) {
      Person w = ctx.person(new PersonSpec().works(sector).openedWithinDays(Draws.chance(rng, 0.4) ? 250 : 0));
      long wage = ctx.factory().wage(rng, sector);
      Employment e = ctx.employ(employer, w, wage);
      int rentLo = Draws.between(rng, 2_000, 3_500);
      w.actor().add(new PaydayTransfer(ctx.key("rent" + i), e, w.party(), collector,
          AmountRule.share(rentLo, rentLo + 800, unit * 5))
          .lag(60, Draws.between(rng, 600, 3 * 1440)).channel(Channel.INTERNAL).purpose(Purpose.RENT)
          .references(rentRef).device(w.device()).caseId(ctx.caseId()));
      int otherLo = Draws.between(rng, 1_200, 2_000);
      w.actor().add(new PaydayTransfer(ctx.key("other" + i), e, w.party(), collector,
          AmountRule.share(otherLo, otherLo + 500, unit))
          .lag(120, Draws.between(rng, 1_440, 6 * 1440)).channel(Channel.INTERNAL).purpose(Purpose.OTHER)
          .references(otherRefs).device(w.device()).caseId(ctx.caseId()));
      ctx.lifestyles().person(w, CaseKit.controlledLife(rng, (rentLo + otherLo + 650) / 10_000.0));
    }
    CaseKit.fillStaff(ctx, employer);
    ctx.lifestyles().business(employer, new Lifestyles.BusinessLife());
    if (employer.owner() != null) {
      ctx.lifestyles().person(employer.owner(), CaseKit.comfortableLife(rng));
    }
  }
}
