package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.AmountRule;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.OccasionalTransfer;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.behaviour.PaydayTransfer;
import dev.moneytrail.simulator.behaviour.RecurringPayment;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Nationalities;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.Address;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Overcrowded tied housing (F1 LT-HOUSING-OVERCROWD, feeding A4): 8-14 unrelated adults with
 * different surnames give one ordinary house as their address; at least 70 % work for the same
 * employer, and all pay "room rent" to a landlord tied to that employer (its director, sharing the
 * employer's phone or registered at its premises), most within days of each payday.
 */
public final class TiedHousingTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.TIED_HOUSING_OVERCROWDING;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    long unit = ctx.world().prices().minorPerMajor();
    Sector sector = CaseKit.sector(rng, Sector.A01, Sector.C10, Sector.F, Sector.N81, Sector.I56, Sector.H49);
    int tenants = Draws.between(rng, 8, 14);
    Business employer = ctx.business(new BusinessSpec(sector).declaredEmployees(tenants + Draws.between(rng, 2, 25)));
    PersonSpec landlordSpec = new PersonSpec().age(35, 66).notWorking().occupation("company director");
    if (Draws.chance(rng, 0.6)) {
      landlordSpec.phone(employer.record().phone());
    } else {
      landlordSpec.address(employer.address);
    }
    Person landlord = ctx.person(landlordSpec);
    employer.owner(landlord);
    Address house = home.residentialAddress(rng, employer.city);
    while (house.line().startsWith("Flat")) {
      house = home.residentialAddress(rng, employer.city);
    }
    Set<String> surnames = new HashSet<>();
    int atEmployer = Math.max((int) Math.ceil(tenants * 0.7), tenants - Draws.between(rng, 0, 3));
    Party agency = ctx.factory().externalCompany(rng, Sector.N78);
    PaySchedule agencySchedule = PaySchedule.weekly(java.time.DayOfWeek.FRIDAY);
    String[] refs = home.language == HomeCountry.Language.DE
        ? new String[] {"Miete Zimmer", "Zimmer", "Miete", "Unterkunft"}
        : new String[] {"room rent", "rent", "room", "house"};
    for (int i = 0; i < tenants; i++) {
      Origin o = CaseKit.workerOrigin(rng, home, sector).origin();
      if (Draws.chance(rng, 0.5)) {
        o = Origin.of(Nationalities.foreignOrigin(rng, home.code));
      }
      PersonSpec spec = new PersonSpec().works(sector).address(house).surname(CaseKit.freshSurname(rng, o, surnames));
      Person t = ctx.person(spec);
      long wage = ctx.factory().wage(rng, sector);
      Employment e = i < atEmployer ? ctx.employ(employer, t, wage)
          : ctx.employElsewhere(agency, agencySchedule, t, wage, null);
      if (i < atEmployer || Draws.chance(rng, 0.5)) {
        int lo = Draws.between(rng, 2_000, 3_200);
        t.actor().add(new PaydayTransfer(ctx.key("rent" + i), e, t.party(), landlord.party(),
            AmountRule.share(lo, lo + 300, unit * 5)).lag(120, Draws.between(rng, 1_440, 5 * 1440))
            .channel(Channel.INTERNAL).purpose(Purpose.RENT).references(Draws.pick(rng, refs)).device(t.device())
            .caseId(ctx.caseId()));
      } else {
        t.actor().add(new RecurringPayment(t.party(), landlord.party(),
            ctx.world().prices().rounded(Draws.between(rng, 28_000L, 42_000L), 1_000)).monthlyOn(Draws.between(rng, 1, 3))
            .channel(Channel.ACH).purpose(Purpose.RENT).reference(Draws.pick(rng, refs)).caseId(ctx.caseId()));
      }
      ctx.lifestyles().person(t, CaseKit.controlledLife(rng, 0.3).remits(Draws.chance(rng, 0.4)));
    }
    CaseKit.fillStaff(ctx, employer);
    ctx.lifestyles().business(employer, new Lifestyles.BusinessLife().tag(ctx.caseId()));
    ctx.lifestyles().person(landlord, CaseKit.comfortableLife(rng).housing(Lifestyles.Housing.OWNER));
    ctx.add(new OccasionalTransfer(landlord.party(), Draws.pick(rng, ctx.world().institutions().mortgageLenders),
        0.5, ctx.world().prices().of(100_000), ctx.world().prices().of(500_000)).round(unit * 100)
        .channel(Channel.WIRE).purpose(Purpose.LOAN_REPAYMENT).references(CaseKit.say(home, "overpayment", "Sondertilgung"))
        .caseId(ctx.caseId()));
  }
}
