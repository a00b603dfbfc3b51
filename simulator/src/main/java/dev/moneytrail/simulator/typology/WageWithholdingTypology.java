package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.Clock;
import dev.moneytrail.simulator.behaviour.Day;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import dev.moneytrail.simulator.world.Merchant;
import dev.moneytrail.simulator.world.Sector;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Withheld wages (B6 LT-WAGE-WITHHOLD-IRREGULAR, indicators.md: "pay cycles are skipped, a single
 * lump sum arrives at season or contract end, or pay arrives only once the worker is being sent
 * home"; ILO withholding of wages; GLA: workers unpaid for weeks). An employer paying 6-12 staff
 * weekly (70 %) or fortnightly stops paying 2-5 of them after three or four normal paydays while
 * the others go on being paid; the withheld workers keep living locally on what little they have.
 * After three to seven missed weekly cycles (two to four fortnightly ones) each is paid one lump
 * sum, a settlement of 40-100 % of what was owed, and the pay stops: the worker is sent home, and
 * half of them buy a flight within days. A settlement under three normal wages is below B6's
 * lump-sum figure; that is the variation a real case has. The schedule is fitted into the run so
 * the lump falls inside it.
 */
public final class WageWithholdingTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.WAGE_WITHHOLDING;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    Sector sector = CaseKit.sector(rng, Sector.A01, Sector.A03, Sector.F, Sector.C10, Sector.I56);
    boolean weekly = Draws.chance(rng, 0.7);
    PaySchedule schedule = weekly ? PaySchedule.weekly(Draws.pick(rng, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))
        : PaySchedule.biweekly(DayOfWeek.FRIDAY, rng.nextInt(2));
    int staff = Draws.between(rng, 6, 12);
    Business employer = ctx.business(new BusinessSpec(sector).declaredEmployees(staff + Draws.between(rng, 0, 6))
        .schedule(schedule));
    List<LocalDate> paydays = schedule.paydays(ctx.firstDay(), ctx.lastDay().minusDays(5));
    // A run too short for two paydays before a gap and one after has nobody withheld.
    int withheld = paydays.size() < 3 ? 0 : Math.min(staff - 2, Draws.between(rng, 2, 5));
    int normal = Math.min(Draws.between(rng, 3, 4), Math.max(1, paydays.size() - 2));
    int missedWanted = weekly ? Draws.between(rng, 3, 7) : Draws.between(rng, 2, 4);
    int missed = Math.max(1, Math.min(missedWanted, paydays.size() - normal - 1));
    LocalDate stop = withheld == 0 ? null : paydays.get(normal);
    LocalDate lumpDay = withheld == 0 ? null : paydays.get(normal + missed);
    for (int i = 0; i < staff; i++) {
      Person w = ctx.person(new PersonSpec().works(sector).openedWithinDays(Draws.chance(rng, 0.5) ? 200 : 0));
      long wage = ctx.factory().wage(rng, sector);
      if (i < withheld) {
        // No wage from the first missed payday on; the settlement is booked by the case.
        Employment e = ctx.employ(employer, w, wage, null, stop, ctx.lastDay().plusYears(1));
        int settled = Draws.between(rng, 40, 100);
        long owed = e.periodNet() * (missed + 1);
        long lump = owed * settled / 100 / 100 * 100;
        LocalDate home = Draws.chance(rng, 0.5) ? lumpDay.plusDays(Draws.between(rng, 0, 4)) : null;
        ctx.add(new Settlement(ctx.caseId(), ctx.key("settle" + i), e, lumpDay, lump, home));
        ctx.lifestyles().person(w, CaseKit.controlledLife(rng, 0.25));
      } else {
        ctx.employ(employer, w, wage);
        ctx.lifestyles().person(w, CaseKit.controlledLife(rng, 0.25));
      }
    }
    CaseKit.fillStaff(ctx, employer);
    ctx.lifestyles().business(employer, new Lifestyles.BusinessLife());
  }

  /** The one lump sum on a payday, and a flight home a few days later. */
  static final class Settlement implements Activity {

    private final String caseId;
    private final long key;
    private final Employment employment;
    private final LocalDate day;
    private final long amount;
    private final LocalDate flight;

    Settlement(String caseId, long key, Employment employment, LocalDate day, long amount, LocalDate flight) {
      this.caseId = caseId;
      this.key = key;
      this.employment = employment;
      this.day = day;
      this.amount = amount;
      this.flight = flight;
    }

    @Override
    public String caseId() {
      return caseId;
    }

    @Override
    public void emit(DayContext ctx) {
      Day d = ctx.day();
      if (d.date.equals(day)) {
        ctx.pay(employment.postingTime(d) + 60_000L, amount)
            .channel(employment.channel())
            .purpose(Purpose.SALARY)
            .reference(employment.reference(day, ctx.world().home()))
            .move(employment.employer(), employment.payee());
      }
      if (d.date.equals(flight)) {
        SplittableRandom r = Seeds.rng(key, 1);
        Merchant airline = ctx.world().merchants().pick(r, "4511");
        long fare = ctx.world().prices().of(Draws.between(r, 8_900L, 34_900L));
        ctx.pay(d.at(Clock.personal(r)), fare).mcc("4511").purpose(Purpose.TRAVEL)
            .device(null).card(employment.payee(), airline.name(), airline.country());
      }
    }
  }
}
