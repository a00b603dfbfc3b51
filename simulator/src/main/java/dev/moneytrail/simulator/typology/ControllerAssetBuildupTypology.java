package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.simulator.behaviour.AmountRule;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaydayTransfer;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Sector;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A controller who turns the wages they collect into assets (H3 LT-CONTROLLER-ASSET-BUILDUP, on its
 * predicate H1 LT-FANIN-CONTROLLER): 5-8 workers of one employer banking here forward 65-90 % of
 * every wage to the controller, who banks here too, within 30 minutes to 30 hours of payday; from
 * the third week on the controller buys crypto at an exchange, pays a car deposit by card at a
 * dealer and sends a deposit on a flat to a notary or conveyancer, together 1.5-3 months of the
 * takings. Nothing else about the controller differs from the payroll-funnel case; the
 * look-alike is {@code OwnerWealthAssetsDecoy}, the same purchases from savings or rents.
 */
public final class ControllerAssetBuildupTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.CONTROLLER_ASSET_BUILDUP;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    Sector sector = CaseKit.sector(rng, Sector.F, Sector.A01, Sector.C10, Sector.N81, Sector.I56, Sector.H49);
    int workers = Draws.between(rng, 5, 8);
    Business employer = ctx.business(new BusinessSpec(sector).declaredEmployees(workers + Draws.between(rng, 0, 5)));
    Person controller = ctx.person(new PersonSpec().age(30, 60).notWorking()
        .occupation(Draws.pick(rng, "self-employed", "property manager", "car trader", "interpreter")));

    long monthlyIn = 0;
    for (int i = 0; i < workers; i++) {
      Person w = ctx.person(new PersonSpec().works(sector).openedWithinDays(Draws.chance(rng, 0.5) ? 300 : 0));
      long wage = ctx.factory().wage(rng, sector);
      Employment e = ctx.employ(employer, w, wage);
      int lo = Draws.between(rng, 6_500, 8_000);
      w.actor().add(new PaydayTransfer(ctx.key("fwd" + i), e, w.party(), controller.party(),
          AmountRule.share(lo, Math.min(9_000, lo + 1_000), ctx.world().prices().minorPerMajor()))
          .lag(30, Draws.between(rng, 240, 1_800))
          .channel(Channel.INTERNAL)
          .references(null, CaseKit.say(home, "rent", "Miete"), CaseKit.say(home, "savings", "Sparen"), "ok")
          .device(w.device())
          .caseId(ctx.caseId()));
      ctx.lifestyles().person(w, CaseKit.controlledLife(rng, (lo + 500) / 10_000.0));
      monthlyIn += wage * lo / 10_000;
    }
    CaseKit.fillStaff(ctx, employer);
    ctx.lifestyles().business(employer, new Lifestyles.BusinessLife());
    controller.monthlyIncome(monthlyIn / 4);
    ctx.lifestyles().person(controller, CaseKit.comfortableLife(rng));

    // The purchases: 1.5-3 months of takings, well above 0.3 of the proceeds a short run can show,
    // so that it is the condition (a predicate high on the same account) that decides, not luck.
    long assets = monthlyIn * Draws.between(rng, 150, 300) / 100;
    long step = ctx.world().prices().of(10_000);
    long car = round(assets * Draws.between(rng, 20, 30) / 100, step);
    long crypto = round(assets * Draws.between(rng, 5, 10) / 100, step);
    long property = round(assets - car - 3 * crypto, step);
    int last = Math.max(22, ctx.days() - 5);
    LocalDate first = ctx.firstDay();
    ctx.add(new AssetPurchases(controller.party(), controller.device(), ctx.caseId())
        .crypto(rng, home, first.plusDays(Draws.between(rng, 18, Math.max(19, last - 20))), crypto)
        .crypto(rng, home, first.plusDays(Draws.between(rng, 25, last)), crypto)
        .crypto(rng, home, first.plusDays(Draws.between(rng, 25, last)), crypto)
        .car(rng, home, first.plusDays(Draws.between(rng, 25, last)), car)
        .propertyDeposit(rng, home, first.plusDays(Draws.between(rng, 30, Math.max(31, last))), property));
  }

  private static long round(long amount, long step) {
    return Math.max(step, amount / step * step);
  }
}
