package dev.moneytrail.simulator.decoy;

import dev.moneytrail.schemas.Channel;
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
import dev.moneytrail.simulator.typology.CaseContext;
import dev.moneytrail.simulator.typology.CaseKit;
import dev.moneytrail.simulator.typology.Typology;
import dev.moneytrail.simulator.typology.TypologyName;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Sector;
import java.util.SplittableRandom;

/**
 * Decoy: an own-account salary sweep. Within hours of every payday the customer moves 80-100 % of
 * the wage to their own account at another bank or a neobank; the counterparty name is exactly the
 * holder's name, and almost nothing is spent from this account. It has the shape of a payroll
 * funnel, but the money goes to the customer themselves.
 */
public final class OwnAccountSweepDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.OWN_ACCOUNT_SWEEP;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    Sector sector = Draws.pick(rng, Sector.values());
    if (sector == Sector.T97) {
      sector = Sector.J62;
    }
    Person p = ctx.person(new PersonSpec().works(sector));
    long wage = ctx.factory().wage(rng, sector);
    Employment e;
    if (Draws.chance(rng, 0.4)) {
      Business employer = ctx.business(new BusinessSpec(sector));
      e = ctx.employ(employer, p, wage);
      CaseKit.fillStaff(ctx, employer);
      ctx.lifestyles().business(employer, new Lifestyles.BusinessLife());
    } else {
      e = ctx.employElsewhere(ctx.factory().externalCompany(rng, sector), ctx.factory().schedule(rng, sector), p, wage, null);
    }
    Party own = Party.external(home.otherBankIban(rng), p.name(), home.code);
    int lo = Draws.between(rng, 8_000, 9_500);
    p.actor().add(new PaydayTransfer(ctx.key("sweep"), e, p.party(), own,
        AmountRule.share(lo, Math.min(10_000, lo + 500), ctx.world().prices().minorPerMajor()))
        .lag(20, Draws.between(rng, 120, 1_200)).channel(Draws.chance(rng, 0.7) ? Channel.WIRE : Channel.ACH)
        .references(CaseKit.say(home, "own account", "Übertrag eigenes Konto"), CaseKit.say(home, "to savings", "Sparkonto"),
            "top up", null)
        .device(p.device()).caseId(ctx.caseId()));
    ctx.lifestyles().person(p, new Lifestyles.PersonLife().committed((lo + 250) / 10_000.0).cash(0.3).housing(Lifestyles.Housing.NONE)
        .remits(false).noSweeps());
  }
}
