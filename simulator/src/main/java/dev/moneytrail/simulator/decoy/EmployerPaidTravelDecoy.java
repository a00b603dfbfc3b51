package dev.moneytrail.simulator.decoy;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.Clock;
import dev.moneytrail.simulator.behaviour.Day;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Nationalities;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import dev.moneytrail.simulator.typology.CaseContext;
import dev.moneytrail.simulator.typology.CaseKit;
import dev.moneytrail.simulator.typology.Typology;
import dev.moneytrail.simulator.typology.TypologyName;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Merchant;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decoy: employer-paid travel and visas, the ILO-compliant way to recruit. A farm, hotel, food
 * plant or care home brings in 8-15 seasonal workers, buys their flights and pays their visa fees,
 * opens their accounts in a payroll-account drive (introduced by the employer, but each with their
 * own phone, address and device), then pays full wages and payroll tax, and takes nothing back.
 */
public final class EmployerPaidTravelDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.EMPLOYER_PAID_TRAVEL;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    Sector sector = Draws.pick(rng, Sector.A01, Sector.I55, Sector.C10, Sector.Q87);
    int workers = Draws.between(rng, 8, 15);
    Business employer = ctx.business(new BusinessSpec(sector).declaredEmployees(workers + Draws.between(rng, 5, 40)));
    Origin origin = Origin.of(Nationalities.foreignOrigin(rng, home.code));
    long minNet = ctx.world().minimumMonthlyWage() * 78 / 100;
    LocalDate drive = ctx.firstDay().minusDays(Draws.between(rng, 4, 14));
    List<String> travellers = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      PersonSpec spec = new PersonSpec().works(sector).introducer(employer.customerId())
          .openedAt(ctx.factory().openingOn(drive.plusDays(rng.nextInt(3)), rng));
      if (Draws.chance(rng, 0.8)) {
        spec.origin(origin, Draws.chance(rng, 0.85) ? origin.country() : home.code);
      }
      Person w = ctx.person(spec);
      ctx.employ(employer, w, Math.max(minNet, ctx.factory().wage(rng, sector)));
      ctx.lifestyles().person(w, new Lifestyles.PersonLife());
      travellers.add(w.name());
    }
    CaseKit.fillStaff(ctx, employer);
    ctx.lifestyles().business(employer, new Lifestyles.BusinessLife());
    ctx.add(new TravelPurchases(ctx.caseId(), ctx.key("travel"), employer.party(), travellers,
        ctx.world().institutions().immigrationOffice, employer.record().deviceId(), Math.min(10, ctx.days() - 1)));
  }

  /** Flights and visa fees for each traveller, bought by the employer in the first days. */
  static final class TravelPurchases implements Activity {
    private final String caseId;
    private final long key;
    private final Party employer;
    private final List<String> travellers;
    private final Party immigration;
    private final String device;
    private final int withinDays;

    TravelPurchases(String caseId, long key, Party employer, List<String> travellers, Party immigration, String device,
        int withinDays) {
      this.caseId = caseId;
      this.key = key;
      this.employer = employer;
      this.travellers = travellers;
      this.immigration = immigration;
      this.device = device;
      this.withinDays = Math.max(0, withinDays);
    }

    @Override
    public String caseId() {
      return caseId;
    }

    @Override
    public void emit(DayContext ctx) {
      Day day = ctx.day();
      if (day.index < 0 || day.index > withinDays) {
        return;
      }
      for (int i = 0; i < travellers.size(); i++) {
        SplittableRandom r = Seeds.rng(key, i);
        int flightDay = Draws.between(r, 0, withinDays);
        int visaDay = Draws.between(r, 0, withinDays);
        if (flightDay == day.index) {
          Merchant airline = ctx.world().merchants().pick(r, Draws.chance(r, 0.7) ? "4511" : "4722");
          ctx.pay(day.at(Clock.office(r)), ctx.world().prices().of(Draws.between(r, 9_000L, 45_000L)))
              .mcc(airline.mcc()).purpose(Purpose.TRAVEL).reference("PAX " + travellers.get(i).toUpperCase(java.util.Locale.ROOT))
              .device(device).card(employer, airline.name(), airline.country());
        }
        if (visaDay == day.index) {
          ctx.pay(day.at(Clock.office(r)), ctx.world().prices().of(Draws.between(r, 7_500L, 20_000L)))
              .channel(Channel.WIRE).purpose(Purpose.FEE).reference("visa " + travellers.get(i)).device(device)
              .move(employer, immigration);
        }
      }
    }
  }
}
