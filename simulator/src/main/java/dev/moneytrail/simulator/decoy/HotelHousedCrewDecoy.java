package dev.moneytrail.simulator.decoy;

import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.typology.CaseContext;
import dev.moneytrail.simulator.typology.CaseKit;
import dev.moneytrail.simulator.typology.SiteProvisioning;
import dev.moneytrail.simulator.typology.Typology;
import dev.moneytrail.simulator.typology.TypologyName;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decoy for F2's and F3's traps ("construction crews legitimately housed in hotels"; "construction
 * crews" travelling between sites): a building or installation firm sends a crew of 6-15 to
 * sites in other cities for two to four weeks at a time, books their hotel rooms and hires vans on
 * the company card, and pays every one of them a full wage with payroll tax. The provisioning looks
 * like F2's and the travel like F3's; the full payroll beside it is what tells them apart.
 */
public final class HotelHousedCrewDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.HOTEL_HOUSED_CREW;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    City base = home.city(rng);
    int crew = Draws.between(rng, 6, 15);
    Business firm = ctx.business(new BusinessSpec(Sector.F).city(base).declaredEmployees(crew + Draws.between(rng, 1, 5)));
    CaseKit.fillStaff(ctx, firm);
    List<SiteProvisioning.Site> sites = new ArrayList<>();
    LocalDate d = ctx.firstDay();
    while (!d.isAfter(ctx.lastDay())) {
      sites.add(new SiteProvisioning.Site(d, home.city(rng)));
      d = d.plusDays(Draws.between(rng, 14, 28));
    }
    SiteProvisioning.Plan plan = new SiteProvisioning.Plan()
        .rooms((crew + 1) / 2, 5_500, 9_000)
        .groceries(1, crew * 500L, crew * 1_000L, "5411")
        .vans((crew + 7) / 8, 21_000, 42_000, Draws.chance(rng, 0.5))
        .pharmacy(0.1);
    ctx.add(new SiteProvisioning(ctx.caseId(), firm.party(), sites, plan, firm.record().deviceId()));
    ctx.lifestyles().business(firm, new Lifestyles.BusinessLife());
  }
}
