package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.CashOut;
import dev.moneytrail.simulator.behaviour.RecurringPayment;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Labour-broker pass-through (B7 LT-BROKER-PASS-THROUGH): an unlicensed gangmaster (a sole trader
 * or a one-person N78 company) invoices 2-4 labour-using businesses every week for "labour supply",
 * 20,000+ a month in total, then draws 35-55 % of it in cash at branches and pays 10-20 workers
 * small weekly sums (below half the minimum wage each), keeping well over 40 %.
 */
public final class LabourBrokerPassThroughTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.LABOUR_BROKER_PASS_THROUGH;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    long unit = ctx.world().prices().minorPerMajor();
    Party broker;
    Person brokerPerson = ctx.person(new PersonSpec().age(28, 60).notWorking()
        .occupation(Draws.pick(rng, "labour contractor", "self-employed", "gangmaster", "subcontractor")));
    brokerPerson.monthlyIncome(ctx.world().prices().of(400_000));
    ctx.lifestyles().person(brokerPerson, CaseKit.comfortableLife(rng));
    if (Draws.chance(rng, 0.5)) {
      Business firm = ctx.business(new BusinessSpec(Sector.N78).declaredEmployees(Draws.between(rng, 0, 2))
          .phone(brokerPerson.record().phone()).device(brokerPerson.device()));
      firm.owner(brokerPerson);
      broker = firm.party();
      ctx.add(new dev.moneytrail.simulator.behaviour.OccasionalTransfer(broker, brokerPerson.party(), 3,
          ctx.world().prices().of(100_000), ctx.world().prices().of(400_000))
          .round(ctx.world().prices().minorPerMajor() * 100).channel(Channel.INTERNAL).purpose(Purpose.OTHER)
          .references(CaseKit.say(home, "drawings", "Privatentnahme")).caseId(ctx.caseId()));
    } else {
      broker = brokerPerson.party();
    }

    int clients = Draws.between(rng, 2, 4);
    long monthlyMin = ctx.world().prices().of(2_200_000);
    long weeklyTotal = monthlyMin / 4 * Draws.between(rng, 105, 180) / 100;
    DayOfWeek invoiceDay = Draws.pick(rng, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
    String ref = CaseKit.say(home, "labour supply wk {WW}", "Personalgestellung KW {WW}");
    for (int i = 0; i < clients; i++) {
      Sector s = CaseKit.sector(rng, Sector.A01, Sector.C10, Sector.F, Sector.I55, Sector.N81, Sector.Q87);
      Party client;
      if (Draws.chance(rng, 0.5)) {
        Business c = ctx.business(new BusinessSpec(s));
        CaseKit.fillStaff(ctx, c);
        ctx.lifestyles().business(c, new Lifestyles.BusinessLife());
        client = c.party();
      } else {
        client = ctx.factory().externalCompany(rng, s);
      }
      ctx.add(new RecurringPayment(client, broker, weeklyTotal / clients).weeklyOn(invoiceDay)
          .jitter(20, unit * 10).channel(Draws.chance(rng, 0.7) ? Channel.ACH : Channel.WIRE)
          .purpose(Purpose.SERVICES).reference(ref + " Rg " + Draws.between(rng, 100, 999)).hours(8, 16)
          .caseId(ctx.caseId()));
    }
    int payees = Draws.between(rng, 10, 20);
    long minWeekly = ctx.world().minimumMonthlyWage() / 4;
    DayOfWeek payDay = invoiceDay.plus(Draws.between(rng, 1, 3));
    Sector workSector = CaseKit.sector(rng, Sector.A01, Sector.C10, Sector.F);
    for (int i = 0; i < payees; i++) {
      long weekly = minWeekly * Draws.between(rng, 20, 45) / 100 / (unit * 5) * (unit * 5);
      Party payee;
      if (i < Draws.between(rng, 3, 6)) {
        Person w = ctx.person(new PersonSpec().works(workSector).occupation("agency worker"));
        w.monthlyIncome(weekly * 4);
        ctx.lifestyles().person(w, CaseKit.controlledLife(rng, 0));
        payee = w.party();
      } else {
        Origin o = CaseKit.workerOrigin(rng, home, workSector).origin();
        payee = ctx.factory().externalPerson(rng, o);
      }
      ctx.add(new RecurringPayment(broker, payee, weekly).weeklyOn(payDay).jitter(15, unit * 5)
          .channel(payee.internal() ? Channel.INTERNAL : Channel.WIRE)
          .reference(Draws.chance(rng, 0.5) ? CaseKit.say(home, "wages", "Lohn") : null)
          .hours(17, 22).caseId(ctx.caseId()));
    }
    long cashWeekly = weeklyTotal * Draws.between(rng, 35, 55) / 100;
    List<String> branches = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      branches.add(ctx.world().cash().randomBranch(rng, home.city(rng)));
    }
    double perWeek = Draws.between(rng, 2, 4);
    long avg = (long) (cashWeekly / perWeek);
    ctx.add(new CashOut(broker, Direction.DEBIT, perWeek, avg * 7 / 10, avg * 13 / 10, unit * 50, branches)
        .exactlyPerWeek(ctx.key("cash")).caseId(ctx.caseId()));
    ctx.involve(broker.accountId());
  }
}
