package dev.moneytrail.simulator.decoy;

import dev.moneytrail.schemas.Direction;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.Clock;
import dev.moneytrail.simulator.behaviour.Day;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import dev.moneytrail.simulator.typology.CaseContext;
import dev.moneytrail.simulator.typology.CaseKit;
import dev.moneytrail.simulator.typology.Typology;
import dev.moneytrail.simulator.typology.TypologyName;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Sector;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decoy for D4's trap (indicators.md: "multi-outlet businesses"): a bakery, shop or salon chain
 * with three to five outlets in different cities banks each outlet's takings at a branch in that
 * city several times a week, and the head office draws the change float and casual staff's pay in
 * cash at its own branch on Mondays (15-40 % of the last week's takings). Cash comes in in many
 * places and goes out in another, as in a funnel; but the account is a business's, its staff are on
 * payroll, and the cash is its own turnover.
 */
public final class MultiOutletCashDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.MULTI_OUTLET_CASH;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    Sector sector = Draws.pick(rng, Sector.G47, Sector.I56, Sector.S96);
    City hq = home.city(rng);
    int outlets = Draws.between(rng, 3, 5);
    Business chain = ctx.business(new BusinessSpec(sector).city(hq).declaredEmployees(outlets * Draws.between(rng, 3, 8)));
    List<String> branches = new ArrayList<>();
    List<City> cities = new ArrayList<>();
    for (int i = 0; i < 40 && cities.size() < outlets; i++) {
      City c = home.city(rng);
      if (!c.equals(hq) && !cities.contains(c)) {
        cities.add(c);
      }
    }
    for (City c : cities) {
      branches.add(ctx.world().cash().randomBranch(rng, c));
    }
    long unit = ctx.world().prices().minorPerMajor();
    CaseKit.fillStaff(ctx, chain);
    ctx.lifestyles().business(chain, new Lifestyles.BusinessLife().cashShare(0.0));
    ctx.add(new OutletTakings(ctx.caseId(), ctx.key("takings"), chain.party(), branches,
        ctx.world().cash().randomBranch(rng, hq), unit * Draws.between(rng, 400L, 1_500L),
        Draws.between(rng, 15, 40)));
  }

  /** Each outlet's deposits (three or four a week) and the head office's Monday cash. */
  static final class OutletTakings implements Activity {

    private final String caseId;
    private final long key;
    private final Party account;
    private final List<String> outletBranches;
    private final String hqBranch;
    private final long meanDeposit;
    private final int floatPct;

    OutletTakings(String caseId, long key, Party account, List<String> outletBranches, String hqBranch,
        long meanDeposit, int floatPct) {
      this.caseId = caseId;
      this.key = key;
      this.account = account;
      this.outletBranches = outletBranches;
      this.hqBranch = hqBranch;
      this.meanDeposit = meanDeposit;
      this.floatPct = floatPct;
    }

    @Override
    public String caseId() {
      return caseId;
    }

    /** The takings an outlet banks on a date (0 when it banks nothing that day). */
    long deposit(int outlet, Day day) {
      SplittableRandom r = Seeds.rng(key, day.date.toEpochDay() * 16 + outlet);
      if (day.dayOfWeek() == DayOfWeek.SUNDAY || !Draws.chance(r, 0.6)) {
        return 0;
      }
      return Draws.jitter(r, meanDeposit, 35) / 100 * 100;
    }

    @Override
    public void emit(DayContext ctx) {
      Day day = ctx.day();
      SplittableRandom rng = ctx.rng();
      for (int o = 0; o < outletBranches.size(); o++) {
        long amount = deposit(o, day);
        if (amount > 0) {
          ctx.pay(day.at(Clock.between(rng, 17, 19)), amount).location(outletBranches.get(o)).cash(account, Direction.CREDIT);
        }
      }
      if (day.dayOfWeek() == DayOfWeek.MONDAY) {
        long week = 0;
        for (int back = 1; back <= 7; back++) {
          Day d = ctx.world().calendar().day(day.date.minusDays(back));
          for (int o = 0; o < outletBranches.size(); o++) {
            week += deposit(o, d);
          }
        }
        long cash = week * floatPct / 100 / 1_000 * 1_000;
        if (cash > 0) {
          ctx.pay(day.at(Clock.between(rng, 9, 11)), cash).location(hqBranch).cash(account, Direction.DEBIT);
        }
      }
    }
  }
}
