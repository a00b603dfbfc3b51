package dev.moneytrail.simulator.decoy;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.AmountRule;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.Institutions;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.behaviour.PaydayTransfer;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Nationalities;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.typology.CaseContext;
import dev.moneytrail.simulator.typology.Typology;
import dev.moneytrail.simulator.typology.TypologyName;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Iban;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.util.SplittableRandom;

/**
 * Decoy: heavy but genuine family remittances. One worker sends 35-65 % of every wage, often the
 * same amount each time, through a money-transfer operator to a parent or spouse abroad with the
 * same surname; nobody else sends to that beneficiary. It resembles debt instalments and payroll
 * funnels, but the beneficiary is family (name match) and is not shared by unrelated senders.
 */
public final class FamilyRemittanceDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.FAMILY_REMITTANCE;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    Sector sector = Draws.pick(rng, Sector.A01, Sector.C10, Sector.F, Sector.Q87, Sector.N81, Sector.H49, Sector.G47, Sector.I56);
    Origin family = Origin.of(Nationalities.foreignOrigin(rng, home.code));
    Person sender = ctx.person(new PersonSpec().works(sector)
        .origin(family, Draws.chance(rng, 0.6) ? family.country() : home.code));
    long wage = ctx.factory().wage(rng, sector);
    PaySchedule schedule = ctx.factory().schedule(rng, sector);
    Employment e = ctx.employElsewhere(ctx.factory().externalCompany(rng, sector), schedule, sender, wage, null);
    Party mother = ctx.factory().personAbroad(rng, family, sender.surname);
    String[] op = Draws.pick(rng, Institutions.OPERATORS);
    long unit = ctx.world().prices().minorPerMajor();
    int pct = Draws.between(rng, 35, 65);
    AmountRule rule = Draws.chance(rng, 0.5)
        ? AmountRule.fixed(e.periodNet() * pct / 100 / (unit * 50) * (unit * 50))
        : AmountRule.share(pct * 100 - 300, pct * 100 + 300, unit * 10);
    double probability = 1.0;
    sender.actor().add(new PaydayTransfer(ctx.key("family"), e, sender.party(), mother, rule)
        .lag(120, Draws.between(rng, 600, 3 * 1440)).probability(probability)
        .channel(Channel.MONEY_TRANSFER).purpose(Purpose.REMITTANCE)
        .references(op[0] + " " + op[1] + " " + Iban.fill("9999999999", rng), "for mum", "family", null)
        .caseId(ctx.caseId()));
    ctx.lifestyles().person(sender, new Lifestyles.PersonLife().committed(pct / 100.0).remits(false).noSweeps());
  }
}
