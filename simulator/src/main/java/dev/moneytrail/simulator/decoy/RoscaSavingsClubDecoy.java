package dev.moneytrail.simulator.decoy;

import dev.moneytrail.simulator.ledger.Party;
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
 * Decoy: a rotating savings club (ROSCA: susu, tanda, hui, committee). 6-12 members with their own
 * jobs pay the same contribution to a treasurer every week, fortnight or month, and the treasurer
 * pays the whole pot to one member in turn. It looks like fan-in to a controller after payday, but
 * the money comes back: every member receives the pot once per rotation, nobody keeps a share.
 */
public final class RoscaSavingsClubDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.ROSCA_SAVINGS_CLUB;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    Origin community = Origin.of(Nationalities.foreignOrigin(rng, home.code));
    int members = Draws.between(rng, 6, 12);
    Person treasurer = ctx.person(new PersonSpec().origin(community, Draws.chance(rng, 0.5) ? community.country() : home.code)
        .age(35, 70).works(Sector.G47));
    ctx.employElsewhere(ctx.factory().externalCompany(rng, Sector.G47), ctx.factory().schedule(rng, Sector.G47), treasurer,
        ctx.factory().wage(rng, Sector.G47), null);
    ctx.lifestyles().person(treasurer, new dev.moneytrail.simulator.population.Lifestyles.PersonLife());
    List<Party> order = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      Sector s = Draws.pick(rng, Sector.values());
      if (s == Sector.T97) {
        s = Sector.Q87;
      }
      PersonSpec spec = new PersonSpec().works(s);
      if (Draws.chance(rng, 0.75)) {
        spec.origin(community, Draws.chance(rng, 0.55) ? community.country() : home.code);
      }
      Person m = ctx.person(spec);
      ctx.employElsewhere(ctx.factory().externalCompany(rng, s), ctx.factory().schedule(rng, s), m,
          ctx.factory().wage(rng, s), null);
      ctx.lifestyles().person(m, new dev.moneytrail.simulator.population.Lifestyles.PersonLife().spend(0.85));
      order.add(m.party());
    }
    int period = members * 7 <= ctx.days() - 7 ? 7 : members * 14 <= ctx.days() - 7 ? 14 : 28;
    long unit = ctx.world().prices().minorPerMajor();
    long contribution = ctx.world().prices().of(Draws.between(rng, 5_000L, 40_000L)) / (unit * 10) * (unit * 10);
    String word = Draws.pick(rng, "susu", "tanda", "committee", "hui", "pot", CaseKit.say(home, "savings club", "Sparclub"));
    ctx.add(new RoscaRounds(ctx.caseId(), ctx.key("rounds"), treasurer.party(), order, Math.max(unit * 10, contribution),
        ctx.firstDay().plusDays(Draws.between(rng, 0, period - 1)), period, Draws.between(rng, 0, members - 1), word));
  }
}
