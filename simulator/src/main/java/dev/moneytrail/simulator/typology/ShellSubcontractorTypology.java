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
import dev.moneytrail.simulator.population.Nationalities;
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
 * Shell labour subcontractor (G3 LT-SHELL-SUBCONTRACTOR): a building, meat or farm contractor
 * with a normal payroll of its own pays a labour-supply "subcontractor" whose account was opened
 * two to thirteen months before the run, in staff supply, cleaning, construction or meat
 * processing, and which declares one to three staff. The contractor (sometimes with a second
 * client banking elsewhere) pays it 7,000-12,000 a week for "subcontracted works"; the shell takes
 * 40-60 % of it out in cash within the week, pays 4-16 people small weekly sums without a wage
 * purpose (one to four of them bank here) and its owner 5-10 % as drawings, and in half the cases
 * wires 10-20 % to a "consultancy" abroad. It runs no payroll, pays no tax and buys nothing.
 */
public final class ShellSubcontractorTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.SHELL_SUBCONTRACTOR;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    long unit = ctx.world().prices().minorPerMajor();

    Sector trade = CaseKit.sector(rng, Sector.F, Sector.C10, Sector.A01);
    Business contractor = ctx.business(new BusinessSpec(trade).declaredEmployees(Draws.between(rng, 4, 12)));
    CaseKit.fillStaff(ctx, contractor);
    ctx.lifestyles().business(contractor, new Lifestyles.BusinessLife());

    Sector supply = CaseKit.sector(rng, Sector.N78, Sector.N78, Sector.F, Sector.N81, Sector.C10);
    Origin ownerOrigin = Origin.of(Draws.chance(rng, 0.6) ? home.code
        : Nationalities.foreignOrigin(rng, home.code));
    String stem = ownerOrigin.surname(rng);
    // A stem equal to the contractor's first word would read as one group of companies (G3's trap).
    while (firstWord(contractor.name()).equalsIgnoreCase(stem)) {
      stem = ownerOrigin.surname(rng);
    }
    Person owner = ctx.person(new PersonSpec().origin(ownerOrigin, ownerOrigin.country()).surname(stem).age(24, 58).notWorking()
        .occupation(Draws.pick(rng, "managing director", "self-employed", "subcontractor")));
    owner.monthlyIncome(ctx.world().prices().of(300_000));
    ctx.lifestyles().person(owner, CaseKit.comfortableLife(rng));
    String word = Draws.pick(rng, home.language == HomeCountry.Language.DE ? supply.namesDe : supply.namesEn);
    Business shell = ctx.business(new BusinessSpec(supply).declaredEmployees(Draws.between(rng, 1, 3))
        .openedAt(ctx.factory().openingOn(ctx.firstDay().minusDays(Draws.between(rng, 60, 400)), rng))
        .phone(owner.record().phone()).device(owner.device())
        .name(stem + " " + word + " " + CaseKit.say(home, Draws.pick(rng, "Ltd", "Limited"),
            Draws.pick(rng, "UG (haftungsbeschränkt)", "GmbH"))));
    shell.owner(owner);

    long weekly = ctx.world().prices().of(Draws.between(rng, 700_000L, 1_200_000L));
    DayOfWeek invoiceDay = Draws.pick(rng, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
    String ref = CaseKit.say(home, "subcontract works wk {WW}", "Subunternehmerleistung KW {WW}");
    List<Party> payers = new ArrayList<>(List.of(contractor.party()));
    if (Draws.chance(rng, 0.4)) {
      payers.add(ctx.factory().externalCompany(rng, trade));
    }
    for (int i = 0; i < payers.size(); i++) {
      long share = i == 0 && payers.size() > 1 ? weekly * 7 / 10 : payers.size() > 1 ? weekly * 3 / 10 : weekly;
      ctx.add(new RecurringPayment(payers.get(i), shell.party(), share).weeklyOn(invoiceDay)
          .jitter(15, unit * 10).channel(Draws.chance(rng, 0.6) ? Channel.ACH : Channel.WIRE)
          .purpose(Purpose.SERVICES).reference(ref + " Rg " + Draws.between(rng, 100, 999)).hours(8, 16)
          .caseId(ctx.caseId()));
    }

    long cashWeekly = weekly * Draws.between(rng, 40, 60) / 100;
    List<String> branches = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      branches.add(ctx.world().cash().randomBranch(rng, home.city(rng)));
    }
    double visits = Draws.between(rng, 2, 3);
    long avg = (long) (cashWeekly / visits);
    ctx.add(new CashOut(shell.party(), Direction.DEBIT, visits, avg * 8 / 10, avg * 12 / 10, unit * 50, branches)
        .exactlyPerWeek(ctx.key("cash")).caseId(ctx.caseId()));

    int people = Draws.between(rng, 4, 16);
    int bankHere = Draws.between(rng, 1, 4);
    long perPerson = weekly * Draws.between(rng, 15, 25) / 100 / people / (unit * 5) * (unit * 5);
    DayOfWeek payDay = invoiceDay.plus(Draws.between(rng, 1, 3));
    for (int i = 0; i < people; i++) {
      Party worker;
      if (i < bankHere) {
        Person w = ctx.person(new PersonSpec().works(supply).occupation("site worker"));
        w.monthlyIncome(perPerson * 4);
        ctx.lifestyles().person(w, CaseKit.controlledLife(rng, 0));
        worker = w.party();
      } else {
        worker = ctx.factory().externalPerson(rng, CaseKit.workerOrigin(rng, home, supply).origin());
      }
      ctx.add(new RecurringPayment(shell.party(), worker, perPerson).weeklyOn(payDay).jitter(10, unit * 5)
          .channel(worker.internal() ? Channel.INTERNAL : Channel.WIRE).hours(17, 22).caseId(ctx.caseId()));
    }
    ctx.add(new RecurringPayment(shell.party(), owner.party(), weekly * Draws.between(rng, 5, 10) / 100 / (unit * 10) * (unit * 10))
        .weeklyOn(payDay).channel(Channel.INTERNAL).reference(CaseKit.say(home, "drawings", "Privatentnahme"))
        .hours(9, 17).caseId(ctx.caseId()));
    if (Draws.chance(rng, 0.5)) {
      Origin abroad = Origin.of(Nationalities.foreignOrigin(rng, home.code));
      Party consultancy = Party.external(abroad.payoutAccount(rng), abroad.surname(rng) + " Consulting SRL", abroad.country());
      ctx.add(new RecurringPayment(shell.party(), consultancy, weekly * Draws.between(rng, 10, 20) / 100)
          .weeklyOn(payDay).jitter(10, unit * 10).channel(Channel.WIRE).purpose(Purpose.SERVICES)
          .reference("consulting fee {WW}").hours(9, 17).caseId(ctx.caseId()));
    }
  }

  private static String firstWord(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }
}
