package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.simulator.behaviour.AmountRule;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.behaviour.PaydayTransfer;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.AccountRecord;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.Address;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Sector;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Proxy onboarding, shared device and card custody (C2 LT-ONBOARD-BY-PROXY, C3
 * LT-SHARED-DEVICE-LOGIN, C4 LT-CARD-CUSTODY-ATM, H2 LT-SHARED-ATTRIBUTE-CLUSTER): during the run
 * one introducer opens 5-9 accounts within 3-12 days for workers of one employer, all enrolled on
 * the introducer's device and sharing the introducer's phone or one house address (usually both).
 * Online payments from those accounts come from that one device; after each payday the workers'
 * cards are used back to back at one ATM and part of each wage goes to the controller. In some
 * cases several accounts later switch their phone to the same new number.
 */
public final class ProxyOnboardingTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.PROXY_ONBOARDING_CARD_CUSTODY;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    long unit = ctx.world().prices().minorPerMajor();
    Sector sector = CaseKit.sector(rng, Sector.F, Sector.A01, Sector.C10, Sector.N81, Sector.H49, Sector.I55);
    int workers = Draws.between(rng, 5, 9);
    City city = home.city(rng);

    Person controller = ctx.person(new PersonSpec().city(city).age(27, 57).notWorking()
        .occupation(Draws.pick(rng, "self-employed", "labour contractor", "driver")));
    String introducerId = controller.record().customerId();
    if (Draws.chance(rng, 0.3)) {
      Business agency = ctx.business(new BusinessSpec(Sector.N78).city(city).phone(controller.record().phone())
          .device(controller.device()).declaredEmployees(Draws.between(rng, 1, 3)));
      agency.owner(controller);
      CaseKit.fillStaff(ctx, agency);
      ctx.lifestyles().business(agency, new Lifestyles.BusinessLife().revenue(ctx.world().prices().of(500_000)));
      introducerId = agency.customerId();
    }
    String device = controller.device() != null ? controller.device()
        : dev.moneytrail.simulator.population.Names.device(rng);

    boolean employerHere = Draws.chance(rng, 0.7);
    Business employer = employerHere ? ctx.business(new BusinessSpec(sector).city(city)
        .declaredEmployees(workers + Draws.between(rng, 0, 8))) : null;
    Party outside = employerHere ? null : ctx.factory().externalCompany(rng, sector);
    PaySchedule schedule = employerHere ? employer.schedule
        : Draws.chance(rng, 0.6) ? PaySchedule.weekly(java.time.DayOfWeek.FRIDAY) : ctx.factory().schedule(rng, sector);

    int days = ctx.days();
    // Openings fall inside the run however short it is; normally from day 1-20 over 3-12 days.
    int startDay = Math.min(Draws.between(rng, 1, 20), Math.max(0, days / 4));
    int span = Math.max(1, Math.min(Draws.between(rng, 3, 12), days - startDay));
    boolean sharePhone = Draws.chance(rng, 0.7);
    boolean shareAddress = !sharePhone || Draws.chance(rng, 0.7);
    Address house = home.residentialAddress(rng, city);
    LocalDate firstOpening = null;
    List<Person> victims = new ArrayList<>();
    List<Employment> wages = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      LocalDate openDay = ctx.firstDay().plusDays(startDay + rng.nextInt(span));
      Instant opened = ctx.factory().openingOn(openDay, rng);
      firstOpening = firstOpening == null || openDay.isBefore(firstOpening) ? openDay : firstOpening;
      PersonSpec spec = new PersonSpec().works(sector).city(city).openedAt(opened).introducer(introducerId)
          .device(device);
      if (sharePhone) {
        spec.phone(controller.record().phone());
      }
      if (shareAddress) {
        spec.address(house);
      }
      if (Draws.chance(rng, 0.5)) {
        spec.email(controller.record().email());
      }
      Person w = ctx.person(spec);
      LocalDate from = openDay.plusDays(1);
      long wage = ctx.factory().wage(rng, sector);
      Employment e = employerHere ? ctx.employ(employer, w, wage, from)
          : ctx.employElsewhere(outside, schedule, w, wage, from);
      wages.add(e);
      victims.add(w);
      w.actor().add(new PaydayTransfer(ctx.key("fwd" + i), e, w.party(), controller.party(),
          AmountRule.share(2_500, 4_500, unit))
          .lag(60, 720).channel(Channel.INTERNAL).device(device)
          .references(null, CaseKit.say(home, "rent", "Miete"), CaseKit.say(home, "phone", "Handy"))
          .caseId(ctx.caseId()));
      ctx.lifestyles().person(w, CaseKit.controlledLife(rng, 0.85).cash(0.2).from(from));
    }
    List<String> atms = List.of(ctx.world().cash().randomAtm(rng, city), ctx.world().cash().randomAtm(rng, city));
    ctx.add(new CustodySessions(ctx.caseId(), ctx.key("atm"), wages, atms, Draws.between(rng, 30, 40),
        Draws.between(rng, 41, 50), ctx.world().prices().rounded(2_000, 1_000)));

    if (Draws.chance(rng, 0.6) && victims.size() >= 3) {
      String newPhone = home.mobile(rng);
      int changes = Draws.between(rng, 3, victims.size());
      LocalDate when = firstOpening.plusDays(span + Draws.between(rng, 5, 20));
      if (!when.isAfter(ctx.lastDay())) {
        for (int i = 0; i < changes; i++) {
          Person v = victims.get(i);
          AccountRecord.Builder b = v.record().toBuilder();
          b.phone = newPhone;
          ctx.change(b.build(), ctx.factory().openingOn(when.plusDays(rng.nextInt(4)).isAfter(ctx.lastDay())
              ? when : when.plusDays(rng.nextInt(4)), rng));
        }
      }
    }
    if (employerHere) {
      CaseKit.fillStaff(ctx, employer);
      ctx.lifestyles().business(employer, new Lifestyles.BusinessLife());
    }
    ctx.lifestyles().person(controller, CaseKit.comfortableLife(rng));
    CaseKit.proceedsOutflow(ctx, controller, wages.get(0).monthlyNet() * workers / 3, firstOpening.plusDays(span + 7));
    ctx.period(firstOpening, ctx.lastDay());
  }
}
