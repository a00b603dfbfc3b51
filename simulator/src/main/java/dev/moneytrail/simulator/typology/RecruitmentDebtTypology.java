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
import dev.moneytrail.simulator.population.Nationalities;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Recruitment fees and debt bondage (A1 LT-RECRUIT-FEE-WORKER-PAID, A3 LT-DEBT-INSTALMENT-PAYDAY):
 * 3-7 newly arrived workers pay an N78 recruitment agency a "placement fee" of 0.4-1.6 monthly
 * wages out of their first one to three wages, and after every payday a fixed instalment of 32-55 %
 * of the wage to the same debt collector, who is linked to the agency (same phone) and collects from
 * all of them.
 */
public final class RecruitmentDebtTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.RECRUITMENT_DEBT_BONDAGE;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    long unit = ctx.world().prices().minorPerMajor();
    Sector sector = CaseKit.sector(rng, Sector.A01, Sector.C10, Sector.F, Sector.Q87, Sector.I55, Sector.A03);
    int workers = Draws.between(rng, 3, 7);
    String originCode = Nationalities.foreignOrigin(rng, home.code);
    Origin origin = Origin.of(originCode);

    boolean agencyHere = Draws.chance(rng, 0.7);
    Party agency;
    String agencyPhone;
    if (agencyHere) {
      Business a = ctx.business(new BusinessSpec(Sector.N78).declaredEmployees(Draws.between(rng, 1, 4))
          .name(CaseKit.say(home, origin.surname(rng) + " Global Recruitment Ltd", origin.surname(rng) + " Personalvermittlung UG (haftungsbeschränkt)")));
      CaseKit.fillStaff(ctx, a);
      ctx.lifestyles().business(a, new Lifestyles.BusinessLife().revenue(ctx.world().prices().of(800_000)));
      agency = a.party();
      agencyPhone = a.record().phone();
    } else {
      agency = Party.external(origin.payoutAccount(rng), origin.surname(rng) + " Overseas Manpower Agency", originCode);
      agencyPhone = origin.mobile(rng);
    }
    boolean collectorHere = Draws.chance(rng, 0.6);
    Party collector;
    if (collectorHere) {
      Person c = ctx.person(new PersonSpec().origin(origin, Draws.chance(rng, 0.5) ? originCode : home.code)
          .age(30, 60).notWorking().occupation(Draws.pick(rng, "self-employed", "agent", "interpreter"))
          .phone(agencyPhone));
      ctx.lifestyles().person(c, CaseKit.comfortableLife(rng));
      collector = c.party();
    } else {
      collector = ctx.factory().personAbroad(rng, origin, null);
    }

    boolean employerHere = Draws.chance(rng, 0.6);
    Business employer = employerHere ? ctx.business(new BusinessSpec(sector)
        .declaredEmployees(workers + Draws.between(rng, 2, 12))) : null;
    Party outside = employerHere ? null : ctx.factory().externalCompany(rng, sector);
    PaySchedule schedule = employerHere ? employer.schedule : ctx.factory().schedule(rng, sector);
    List<LocalDate> paydays = schedule.paydays(ctx.firstDay(), ctx.lastDay());
    int feeParts = Math.max(1, Math.min(paydays.size(), Draws.between(rng, 1, 3)));
    LocalDate lastFeeDay = paydays.isEmpty() ? ctx.firstDay() : paydays.get(feeParts - 1);
    String[] feeRefs = home.language == HomeCountry.Language.DE
        ? new String[] {"Vermittlungsgebühr", "placement fee", "Visa Bearbeitung", "agency fee"}
        : new String[] {"placement fee", "job fee", "visa processing", "agency fee", "recruitment fee"};
    String feeRef = Draws.pick(rng, feeRefs);
    boolean memoOnInstalments = Draws.chance(rng, 0.5);

    for (int i = 0; i < workers; i++) {
      Person w = ctx.person(new PersonSpec().works(sector).origin(origin, Draws.chance(rng, 0.85) ? originCode : home.code)
          .openedWithinDays(Draws.between(rng, 20, 90)));
      long wage = ctx.factory().wage(rng, sector);
      Employment e = employerHere ? ctx.employ(employer, w, wage)
          : ctx.employElsewhere(outside, schedule, w, wage, null);
      long fee = wage * Draws.between(rng, 40, 160) / 100 / feeParts / (unit * 10) * (unit * 10);
      w.actor().add(new PaydayTransfer(ctx.key("fee" + i), e, w.party(), agency, AmountRule.fixed(Math.max(unit, fee)))
          .lag(90, 2 * 1440).between(ctx.firstDay(), lastFeeDay)
          .channel(agencyHere ? Channel.INTERNAL : Channel.MONEY_TRANSFER).purpose(Purpose.FEE)
          .references(feeRef).device(w.device()).caseId(ctx.caseId()));
      long instalment = e.periodNet() * Draws.between(rng, 35, 55) / 100 / (unit * 5) * (unit * 5);
      w.actor().add(new PaydayTransfer(ctx.key("debt" + i), e, w.party(), collector, AmountRule.fixed(instalment))
          .lag(360, Draws.between(rng, 1_440, 2_880))
          .channel(collectorHere ? Channel.INTERNAL : Channel.MONEY_TRANSFER).purpose(Purpose.LOAN_REPAYMENT)
          .references(memoOnInstalments ? new String[] {CaseKit.say(home, "loan", "Rate"), CaseKit.say(home, "instalment", "Kredit")}
              : new String[] {null})
          .device(w.device()).caseId(ctx.caseId()));
      // Instalments plus the fee spread over the first months.
      Lifestyles.PersonLife life = CaseKit.controlledLife(rng, instalment / (double) Math.max(1, e.periodNet()) + 0.15);
      ctx.lifestyles().person(w, life);
    }
    if (employerHere) {
      CaseKit.fillStaff(ctx, employer);
      ctx.lifestyles().business(employer, new Lifestyles.BusinessLife());
    }
  }
}
