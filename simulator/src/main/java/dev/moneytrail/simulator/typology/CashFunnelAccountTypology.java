package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Direction;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.Clock;
import dev.moneytrail.simulator.behaviour.Day;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.HomeCountry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Funnel account (D4 LT-FUNNEL-ACCOUNT, indicators.md: "cash is deposited into one account in
 * places far from the holder's home and withdrawn quickly somewhere else"; FIN-2020-A008 funnel
 * accounts). The account of a straw holder (often a victim whose card the controller keeps) is fed
 * for four to nine weeks by people collecting earnings at three to five sites in other cities:
 * two to five cash deposits a week of 150-1,800 at branches and deposit ATMs there. The
 * controller draws 75-100 % of each deposit in the holder's home city, mostly within two days
 * (at an ATM, the part over the card's daily limit just after midnight), sometimes later. Weeks
 * with few deposits or late withdrawals fall under D4's figures, as real ones do.
 */
public final class CashFunnelAccountTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.CASH_FUNNEL_ACCOUNT;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    City homeCity = home.city(rng);
    Person holder = ctx.person(new PersonSpec().city(homeCity).age(19, 45).notWorking()
        .occupation(Draws.pick(rng, "unemployed", "self-employed", "cleaner", "none"))
        .openedWithinDays(Draws.chance(rng, 0.6) ? 120 : 0));
    holder.monthlyIncome(ctx.world().prices().of(Draws.between(rng, 50_000L, 110_000L)));
    ctx.lifestyles().person(holder, CaseKit.controlledLife(rng, 0.3));
    List<City> sites = new ArrayList<>();
    int n = Draws.between(rng, 3, 5);
    for (int i = 0; i < 40 && sites.size() < n; i++) {
      City c = home.city(rng);
      if (!c.equals(homeCity) && !sites.contains(c)) {
        sites.add(c);
      }
    }
    List<String> places = new ArrayList<>();
    for (City c : sites) {
      places.add(Draws.chance(rng, 0.5) ? ctx.world().cash().randomBranch(rng, c) : ctx.world().cash().randomAtm(rng, c));
    }
    List<String> atmsAtHome = List.of(ctx.world().cash().randomAtm(rng, homeCity), ctx.world().cash().randomAtm(rng, homeCity));
    int weeks = Math.max(1, Math.min(Draws.between(rng, 4, 9), ctx.days() / 7 - 1));
    LocalDate first = ctx.firstDay().plusDays(Draws.between(rng, 0, Math.max(0, ctx.days() - weeks * 7 - 4)));
    long unit = ctx.world().prices().minorPerMajor();
    ctx.add(new FunnelCash(ctx.caseId(), ctx.key("funnel"), holder.party(), first, weeks, places, atmsAtHome,
        unit * Draws.pick(rng, 1_000L, 1_500L, 2_000L), unit * 50));
    LocalDate last = first.plusDays(7L * weeks + 4);
    ctx.period(first, last.isAfter(ctx.lastDay()) ? ctx.lastDay() : last);
  }

  /** Deposits away from home and quick withdrawals at home; each week's plan a pure function of (case, week). */
  static final class FunnelCash implements Activity {

    private final String caseId;
    private final long key;
    private final Party account;
    private final LocalDate first;
    private final int weeks;
    private final List<String> places;
    private final List<String> atmsAtHome;
    private final long atmLimit;
    private final long note;

    FunnelCash(String caseId, long key, Party account, LocalDate first, int weeks, List<String> places,
        List<String> atmsAtHome, long atmLimit, long note) {
      this.caseId = caseId;
      this.key = key;
      this.account = account;
      this.first = first;
      this.weeks = weeks;
      this.places = places;
      this.atmsAtHome = atmsAtHome;
      this.atmLimit = atmLimit;
      this.note = note;
    }

    @Override
    public String caseId() {
      return caseId;
    }

    /** A cash movement: deposit (CREDIT) or withdrawal (DEBIT). */
    record Move(long time, long amount, String place, Direction direction) {}

    List<Move> week(int w, Day weekStart, long unit) {
      SplittableRandom r = Seeds.rng(key, w);
      List<Move> out = new ArrayList<>();
      int deposits = Draws.between(r, 2, 5);
      for (int i = 0; i < deposits; i++) {
        long t = weekStart.startMillis() + 86_400_000L * Draws.between(r, 0, 6) + Clock.between(r, 9, 20) * 1000L;
        long amount = Draws.between(r, 150L, 1_800L) * unit;
        if (Draws.chance(r, 0.5)) {
          amount = amount / (unit * 10) * (unit * 10);
        }
        out.add(new Move(t, amount, Draws.pick(r, places), Direction.CREDIT));
        long lagMin = Draws.chance(r, 0.88) ? Draws.between(r, 90, 46 * 60) : Draws.between(r, 50 * 60, 90 * 60);
        long take = amount * Draws.between(r, 75, 100) / 100 / note * note;
        long at = t + lagMin * 60_000L;
        String atm = Draws.pick(r, atmsAtHome);
        long now = Math.min(take, atmLimit);
        if (now > 0) {
          out.add(new Move(at, now, atm, Direction.DEBIT));
        }
        if (take > now) {
          // Over the card's daily limit: the rest at the next day's limit, just after midnight.
          long midnight = weekStart.startMillis() + 86_400_000L * ((at - weekStart.startMillis()) / 86_400_000L + 1);
          out.add(new Move(midnight + Draws.between(r, 60, 1_200) * 1000L, Math.min(take - now, atmLimit), atm,
              Direction.DEBIT));
        }
      }
      return out;
    }

    @Override
    public void emit(DayContext ctx) {
      Day day = ctx.day();
      long offset = day.date.toEpochDay() - first.toEpochDay();
      if (offset < 0 || offset >= 7L * weeks + 11) {
        return;
      }
      long unit = ctx.world().prices().minorPerMajor();
      for (int w = Math.max(0, (int) (offset / 7) - 2); w <= Math.min(weeks - 1, offset / 7); w++) {
        Day start = ctx.world().calendar().day(first.plusDays(7L * w));
        for (Move m : week(w, start, unit)) {
          if (day.contains(m.time())) {
            ctx.pay(m.time(), m.amount()).location(m.place()).cash(account, m.direction());
          }
        }
      }
    }
  }
}
