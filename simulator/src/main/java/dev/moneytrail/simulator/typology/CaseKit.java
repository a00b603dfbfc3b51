package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.OccasionalTransfer;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Nationalities;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.util.Set;
import java.util.SplittableRandom;

/** Small helpers shared by typologies: victim lifestyles, controllers' outflows, wording. */
public final class CaseKit {

  private CaseKit() {}

  /** A sector drawn from a list. */
  public static Sector sector(SplittableRandom rng, Sector... options) {
    return Draws.pick(rng, options);
  }

  /**
   * The life of someone whose money is controlled: no rent or bills of their own (housed by the
   * controller or employer), and only what is left after the planted flows to spend.
   *
   * @param committed share of income the case's flows take (forwarding, instalments, rent)
   */
  public static Lifestyles.PersonLife controlledLife(SplittableRandom rng, double committed) {
    return new Lifestyles.PersonLife()
        .committed(committed)
        .spend(0.8 + rng.nextDouble() * 0.2)
        .cash(0.6 + rng.nextDouble() * 0.6)
        .housing(Lifestyles.Housing.NONE)
        .noBills()
        .remits(false)
        .noSweeps();
  }

  /** A controller's life: ordinary, comfortable. */
  public static Lifestyles.PersonLife comfortableLife(SplittableRandom rng) {
    return new Lifestyles.PersonLife().spend(0.9 + rng.nextDouble() * 0.2).remits(false);
  }

  /** A surname not yet used in a set (gives up after a while and accepts a repeat). */
  public static String freshSurname(SplittableRandom rng, Origin origin, Set<String> used) {
    for (int i = 0; i < 40; i++) {
      String s = origin.surname(rng);
      if (used.add(s)) {
        return s;
      }
    }
    String s = origin.surname(rng);
    used.add(s);
    return s;
  }

  /** An origin for a worker of a sector, the same way ordinary workers' origins are drawn. */
  public static Nationalities.Draw workerOrigin(SplittableRandom rng, HomeCountry home, Sector sector) {
    return Nationalities.draw(rng, home.code, sector.labourIntensive, true);
  }

  /**
   * A controller moving proceeds on: wires to an account in their own name abroad and purchases of
   * assets, which is what a confiscation referral traces (catalogue H3).
   */
  public static void proceedsOutflow(CaseContext ctx, Person controller, long monthlyInflow) {
    proceedsOutflow(ctx, controller, monthlyInflow, null);
  }

  /** As above, starting on a date (null: from the start of the run). */
  public static void proceedsOutflow(CaseContext ctx, Person controller, long monthlyInflow, java.time.LocalDate from) {
    SplittableRandom rng = ctx.rng();
    Origin o = Draws.chance(rng, 0.6) && !controller.origin.country().equals(ctx.world().home().code)
        ? controller.origin : Origin.of(Nationalities.foreignOrigin(rng, ctx.world().home().code));
    Party abroad = Party.external(o.payoutAccount(rng), controller.name(), o.country());
    long unit = ctx.world().prices().minorPerMajor();
    long mean = Math.max(ctx.world().prices().of(50_000), monthlyInflow / 3);
    ctx.add(new OccasionalTransfer(controller.party(), abroad, 2.5, mean / 2, mean * 3 / 2)
        .round(unit * 50).channel(Channel.WIRE).purpose(Purpose.OTHER)
        .references("family support", "investment", "property", null).device(controller.device())
        .between(from, null).caseId(ctx.caseId()));
  }

  /**
   * Pays the rest of an employer's declared headcount at other banks (ordinary, untagged wages), so
   * the employer's payroll matches its size unless the typology says otherwise.
   */
  public static void fillStaff(CaseContext ctx, dev.moneytrail.simulator.population.Business employer) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    int missing = employer.declaredEmployees() - employer.employments().size();
    for (int k = 0; k < missing; k++) {
      Origin o = workerOrigin(rng, home, employer.sector).origin();
      Party worker = Party.external(home.otherBankIban(rng),
          o.givenName(rng, rng.nextBoolean()) + " " + o.surname(rng), home.code);
      employer.payroll().add(dev.moneytrail.simulator.behaviour.Employment.builder(rng.nextLong(),
              employer.party(), worker, employer.schedule, ctx.factory().wage(rng, employer.sector))
          .batch(employer.actor().key())
          .hourly(employer.schedule.cycle() != dev.moneytrail.simulator.behaviour.PaySchedule.Cycle.MONTHLY)
          .build());
    }
  }

  /** A reference in the home language. */
  public static String say(HomeCountry home, String en, String de) {
    return home.language == HomeCountry.Language.DE ? de : en;
  }
}
