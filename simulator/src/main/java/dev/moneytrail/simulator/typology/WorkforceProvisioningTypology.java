package dev.moneytrail.simulator.typology;

import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A business that keeps its workforce instead of paying it (F2 LT-BIZ-SUSTENANCE-SPEND,
 * indicators.md: "a business account pays for lodging, bulk groceries, van rentals, pharmacy or
 * clothing in ways that do not fit its line of business"; FIN-2020-A008), and moves it between
 * sites (F3 LT-GROUP-TRANSPORT-MOBILITY: vans, coaches at night, activity jumping between cities).
 * A building, farm-labour, food-plant, cleaning, garment or labour-supply firm declaring 8-30
 * staff invoices its clients for the crew's work, and its card pays, week after week, cheap hotel
 * rooms at the site (one room per three or four workers), groceries, one hired van per eight
 * workers picked up before the early shift, the pharmacy now and then and work clothes; every one
 * to four weeks the crew moves to a site in another city and coach tickets are bought for the
 * night coach. Wages are a token: none, or one or two office staff on payroll. The crew gets a
 * little pocket money in cash. The owner draws the profit and wires it abroad. How large the
 * provisioning is against the firm's other outgoings varies per case (crew size, room rates,
 * supplier costs), so some cases stay under F2's quarter of all spending.
 */
public final class WorkforceProvisioningTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.WORKFORCE_PROVISIONING;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    Sector sector = CaseKit.sector(rng, Sector.F, Sector.A01, Sector.C10, Sector.N81, Sector.C14, Sector.N78);
    int crew = Draws.between(rng, 8, 30);
    City base = home.city(rng);
    Business firm = ctx.business(new BusinessSpec(sector).city(base).declaredEmployees(crew));
    Person owner = ctx.person(new PersonSpec().city(base).age(30, 62).notWorking()
        .occupation(Draws.pick(rng, "self-employed", "managing director", "labour contractor")));
    firm.owner(owner);
    int office = Draws.between(rng, 0, 2);
    for (int k = 0; k < office; k++) {
      Origin o = CaseKit.workerOrigin(rng, home, sector).origin();
      Party clerk = Party.external(home.otherBankIban(rng), o.givenName(rng, rng.nextBoolean()) + " " + o.surname(rng), home.code);
      firm.payroll().add(Employment.builder(rng.nextLong(), firm.party(), clerk, firm.schedule,
              ctx.world().minimumMonthlyWage() * Draws.between(rng, 100, 125) / 100)
          .batch(firm.actor().key())
          .hourly(firm.schedule.cycle() != PaySchedule.Cycle.MONTHLY)
          .build());
    }
    List<SiteProvisioning.Site> sites = new ArrayList<>();
    LocalDate d = ctx.firstDay();
    City here = home.city(rng);
    int stayLo = Draws.between(rng, 7, 14);
    int stayHi = stayLo + Draws.between(rng, 7, 14);
    while (!d.isAfter(ctx.lastDay())) {
      sites.add(new SiteProvisioning.Site(d, here));
      d = d.plusDays(Draws.between(rng, stayLo, stayHi));
      City next = home.city(rng);
      for (int i = 0; i < 10 && next.equals(here); i++) {
        next = home.city(rng);
      }
      here = next;
    }
    int vans = (crew + 7) / 8;
    SiteProvisioning.Plan plan = new SiteProvisioning.Plan()
        .rooms((crew + Draws.between(rng, 2, 3)) / Draws.between(rng, 3, 4), 3_500, 6_500)
        .groceries(Draws.between(rng, 2, 4), crew * 700L, crew * 1_400L, "5411")
        .vans(vans, 21_000, 42_000, true)
        .pharmacy(0.4)
        .clothing(crew * Draws.between(rng, 1_000L, 2_500L))
        .coaches(Draws.between(rng, 2, 5))
        .pocketCash(crew * Draws.between(rng, 2_000L, 5_000L));
    ctx.add(new SiteProvisioning(ctx.caseId(), firm.party(), sites, plan, firm.record().deviceId()));
    long revenue = ctx.world().prices().of(crew * Draws.between(rng, 180_000L, 300_000L));
    ctx.lifestyles().business(firm, new Lifestyles.BusinessLife().revenue(revenue).tag(ctx.caseId()));
    ctx.lifestyles().person(owner, CaseKit.comfortableLife(rng));
    CaseKit.proceedsOutflow(ctx, owner, revenue / 5);
  }
}
