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
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decoy for F2's trap ("in sectors where this is not expected"): a restaurant (ISIC I56) with 6-20
 * staff on payroll buys its kitchen's food by card at the supermarket or the cash-and-carry three
 * to six times a week, a first-aid kit at the pharmacy and the staff's kitchen whites now and then.
 * Groceries are a large share of its spending, week after week, but buying food is its trade.
 */
public final class RestaurantSuppliesDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.RESTAURANT_SUPPLIES;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    City city = home.city(rng);
    int staff = Draws.between(rng, 6, 20);
    Business restaurant = ctx.business(new BusinessSpec(Sector.I56).city(city).declaredEmployees(staff));
    CaseKit.fillStaff(ctx, restaurant);
    SiteProvisioning.Plan plan = new SiteProvisioning.Plan()
        .groceries(Draws.between(rng, 3, 6), staff * 2_500L, staff * 6_000L, Draws.chance(rng, 0.5) ? "5411" : "5300")
        .pharmacy(0.1)
        .clothing(staff * 800L);
    ctx.add(new SiteProvisioning(ctx.caseId(), restaurant.party(),
        List.of(new SiteProvisioning.Site(ctx.firstDay(), city)), plan, restaurant.record().deviceId()));
    ctx.lifestyles().business(restaurant, new Lifestyles.BusinessLife());
  }
}
