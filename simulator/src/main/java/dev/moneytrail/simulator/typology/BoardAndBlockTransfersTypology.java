package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.AmountRule;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.behaviour.PaydayTransfer;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Sector;
import java.time.DayOfWeek;
import java.util.SplittableRandom;

/**
 * Wages that leave in blocks and buy nothing (B4 LT-NO-SUBSISTENCE-SPEND, indicators.md: "little or
 * no spending on daily needs; money leaves in blocks instead ... or the exploiter supplies (and
 * charges for) board"; FinCEN May 2026: credits moved on at once). 4-8 workers of one employer are
 * housed and fed by the gang: within 2-30 hours of each wage a "board and lodging" charge of 35-55 %
 * goes to the gang's lodging firm, and within a day or two most of the rest goes to the gang member
 * who runs them; in most cases part of it is sent by money transfer to the recruiter's collector in
 * the workers' country of origin (a corridor remittance to someone who is not family: the
 * CTX-CORRIDOR context). Each worker keeps 1-7 % of the wage, drawn per worker, for a phone top-up,
 * a snack or a little cash; a worker keeping more than 5 % is above B4's figure, which is the
 * variation a real case has. Pay is weekly, fortnightly or monthly as the employer's trade has it
 * (40/30/30 %): a monthly wage gives too few complete cycles in a short run for B4 to judge.
 */
public final class BoardAndBlockTransfersTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.BOARD_AND_BLOCK_TRANSFERS;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    long unit = ctx.world().prices().minorPerMajor();
    Sector sector = CaseKit.sector(rng, Sector.A01, Sector.F, Sector.C10, Sector.N81, Sector.C14, Sector.I56);
    int workers = Draws.between(rng, 4, 8);
    double p = rng.nextDouble();
    PaySchedule schedule = p < 0.4 ? PaySchedule.weekly(DayOfWeek.FRIDAY)
        : p < 0.7 ? PaySchedule.biweekly(DayOfWeek.FRIDAY, rng.nextInt(2)) : PaySchedule.monthly(Draws.between(rng, 25, 28));
    Business employer = ctx.business(new BusinessSpec(sector).declaredEmployees(workers + Draws.between(rng, 0, 8))
        .schedule(schedule));
    Person boss = ctx.person(new PersonSpec().age(26, 58).notWorking()
        .occupation(Draws.pick(rng, "self-employed", "labour contractor", "property manager")));
    Party lodging = ctx.factory().externalCompany(rng, Sector.I55);
    boolean corridor = Draws.chance(rng, 0.75);
    java.util.Map<String, Party> collectors = new java.util.HashMap<>();
    long monthlyIn = 0;
    for (int i = 0; i < workers; i++) {
      Person w = ctx.person(new PersonSpec().works(sector).openedWithinDays(Draws.chance(rng, 0.5) ? 300 : 0));
      long wage = ctx.factory().wage(rng, sector);
      Employment e = ctx.employ(employer, w, wage);
      int board = Draws.between(rng, 3_500, 5_500);
      int keep = Draws.between(rng, 100, 700);
      // Workers recruited abroad repay the recruiter's collector back home; nationals do not.
      boolean migrant = !w.origin.country().equals(home.code);
      int remit = corridor && migrant ? Draws.between(rng, 800, 1_500) : 0;
      Party collector = remit == 0 ? null
          : collectors.computeIfAbsent(w.origin.country(), c -> ctx.factory().personAbroad(rng, w.origin, null));
      int toBoss = 10_000 - board - keep - remit;
      w.actor().add(new PaydayTransfer(ctx.key("board" + i), e, w.party(), lodging,
          AmountRule.share(board - 100, board + 100, unit))
          .lag(120, 30 * 60).channel(Channel.ACH).purpose(Purpose.RENT)
          .references(CaseKit.say(home, "board and lodging", "Kost und Logis"), CaseKit.say(home, "room", "Zimmer"), null)
          .caseId(ctx.caseId()));
      w.actor().add(new PaydayTransfer(ctx.key("block" + i), e, w.party(), boss.party(),
          AmountRule.share(toBoss - 150, toBoss + 150, unit))
          .lag(4 * 60, 40 * 60).channel(Channel.INTERNAL)
          .references(null, CaseKit.say(home, "transport", "Fahrt"), CaseKit.say(home, "advance", "Vorschuss"), "ok")
          .device(Draws.chance(rng, 0.5) ? boss.device() : w.device())
          .caseId(ctx.caseId()));
      if (remit > 0) {
        w.actor().add(new PaydayTransfer(ctx.key("remit" + i), e, w.party(), collector,
            AmountRule.share(remit - 100, remit + 100, unit))
            .lag(6 * 60, 60 * 60).channel(Channel.MONEY_TRANSFER).purpose(Purpose.REMITTANCE)
            .references(null, "loan", "family")
            .caseId(ctx.caseId()));
      }
      ctx.lifestyles().person(w, CaseKit.controlledLife(rng, (10_000 - keep) / 10_000.0));
      monthlyIn += wage * toBoss / 10_000;
    }
    CaseKit.fillStaff(ctx, employer);
    ctx.lifestyles().business(employer, new Lifestyles.BusinessLife());
    boss.monthlyIncome(monthlyIn / 3);
    ctx.lifestyles().person(boss, CaseKit.comfortableLife(rng));
    CaseKit.proceedsOutflow(ctx, boss, monthlyIn);
  }
}
