package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.AmountRule;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.Institutions;
import dev.moneytrail.simulator.behaviour.PaydayTransfer;
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
import dev.moneytrail.simulator.world.Iban;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Remittance fan-in (E1 LT-REMIT-FANIN-BENEFICIARY): 5-9 co-workers with different surnames, who
 * share an employer and mostly one address, each send 30-60 % of their wages through a
 * money-transfer operator to the same beneficiary abroad, whose surname matches none of theirs.
 */
public final class RemittanceFanInTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.REMITTANCE_FAN_IN;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    Sector sector = CaseKit.sector(rng, Sector.A01, Sector.C10, Sector.F, Sector.N81, Sector.I55, Sector.A03);
    Origin origin = Origin.of(Nationalities.foreignOrigin(rng, home.code));
    Set<String> surnames = new HashSet<>();
    Party beneficiary = ctx.factory().personAbroad(rng, origin, CaseKit.freshSurname(rng, origin, surnames));
    String[] operator = Draws.pick(rng, Institutions.OPERATORS);
    int senders = Draws.between(rng, 5, 9);
    Business employer = ctx.business(new BusinessSpec(sector).declaredEmployees(senders + Draws.between(rng, 3, 20)));
    boolean shareAddress = Draws.chance(rng, 0.7);
    Address house = home.residentialAddress(rng, employer.city);
    long unit = ctx.world().prices().minorPerMajor();
    for (int i = 0; i < senders; i++) {
      // Same community as the beneficiary in most cases, but nationality is drawn, not assumed.
      PersonSpec spec = new PersonSpec().works(sector).city(employer.city)
          .surname(CaseKit.freshSurname(rng, origin, surnames));
      if (Draws.chance(rng, 0.8)) {
        spec.origin(origin, Draws.chance(rng, 0.7) ? origin.country() : home.code);
      }
      if (shareAddress) {
        spec.address(house);
      }
      Person w = ctx.person(spec);
      Employment e = ctx.employ(employer, w, ctx.factory().wage(rng, sector));
      int lo = Draws.between(rng, 3_000, 5_000);
      String[] op = Draws.chance(rng, 0.8) ? operator : Draws.pick(rng, Institutions.OPERATORS);
      w.actor().add(new PaydayTransfer(ctx.key("remit" + i), e, w.party(), beneficiary,
          AmountRule.share(lo, lo + 1_000, unit * 5))
          .lag(240, Draws.between(rng, 1_440, 3 * 1440)).channel(Channel.MONEY_TRANSFER).purpose(Purpose.REMITTANCE)
          .references(op[0] + " " + op[1] + " " + Iban.fill("9999999999", rng),
              op[0] + " " + op[1] + " " + Iban.fill("9999999999", rng))
          .caseId(ctx.caseId()));
      ctx.lifestyles().person(w, CaseKit.controlledLife(rng, (lo + 500) / 10_000.0));
    }
    CaseKit.fillStaff(ctx, employer);
    ctx.lifestyles().business(employer, new Lifestyles.BusinessLife());
  }
}
