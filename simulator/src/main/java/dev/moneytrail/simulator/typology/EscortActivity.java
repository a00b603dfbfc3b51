package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.Clock;
import dev.moneytrail.simulator.behaviour.Day;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.Merchant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One sexual-exploitation victim's account (I1-I3): adult-ad payments, hotel nights on a tour of
 * several cities, late-night ATM cash deposits of 200-800, P2P credits from many payers with vague
 * memos, and every morning most of the previous day's takings forwarded to the controller. Each
 * day's takings are a pure function of (victim, date), so the next day's sweep can add them up.
 */
final class EscortActivity implements Activity {

  private static final String[] MEMOS = {"link", "services", "donation", "wellness", "massage", "for tonight",
      "thx", "gift", null};

  private final String caseId;
  private final long key;
  private final Party victim;
  private final Party controller;
  private final String device;
  private final List<City> tour;
  private final int tourDays;
  private final List<Party> payers;
  private final double depositsPerDay;
  private final double p2pPerDay;
  private final int sweepPct;

  EscortActivity(String caseId, long key, Party victim, Party controller, String device, List<City> tour,
      int tourDays, List<Party> payers, double depositsPerDay, double p2pPerDay, int sweepPct) {
    this.caseId = caseId;
    this.key = key;
    this.victim = victim;
    this.controller = controller;
    this.device = device;
    this.tour = tour;
    this.tourDays = tourDays;
    this.payers = payers;
    this.depositsPerDay = depositsPerDay;
    this.p2pPerDay = p2pPerDay;
    this.sweepPct = sweepPct;
  }

  @Override
  public String caseId() {
    return caseId;
  }

  City cityOn(LocalDate d) {
    return tour.get((int) Math.floorMod(d.toEpochDay() / tourDays, (long) tour.size()));
  }

  /** A credit taken on a date. */
  record Taking(long time, long amount, int payer, String memo, String atm) {}

  /** The takings of one date: ATM deposits at night and P2P credits. */
  List<Taking> takings(Day day, DayContext ctx) {
    SplittableRandom r = Seeds.rng(key, day.date.toEpochDay());
    List<Taking> out = new ArrayList<>();
    City city = cityOn(day.date);
    int deposits = Draws.poisson(r, depositsPerDay);
    for (int i = 0; i < deposits; i++) {
      int second = Draws.chance(r, 0.85) ? Clock.lateNight(r) : Clock.between(r, 14, 21);
      long amount = ctx.world().prices().of(Draws.between(r, 200, 800) * 100L) / ctx.world().prices().minorPerMajor()
          * ctx.world().prices().minorPerMajor();
      out.add(new Taking(day.at(second), amount, -1, null, ctx.world().cash().randomAtm(r, city)));
    }
    int p2p = Draws.poisson(r, p2pPerDay);
    for (int i = 0; i < p2p; i++) {
      long amount = ctx.world().prices().of(Draws.between(r, 50, 300) * 100L);
      out.add(new Taking(day.at(Clock.between(r, 12, 24)), amount, r.nextInt(payers.size()),
          MEMOS[r.nextInt(MEMOS.length)], null));
    }
    return out;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    SplittableRandom rng = ctx.rng();
    for (Taking t : takings(day, ctx)) {
      if (t.payer() < 0) {
        ctx.pay(t.time(), t.amount()).location(t.atm()).cash(victim, Direction.CREDIT);
      } else {
        ctx.pay(t.time(), t.amount()).channel(Channel.WIRE).purpose(Purpose.OTHER).reference(t.memo())
            .move(payers.get(t.payer()), victim);
      }
    }
    // Forward most of yesterday's takings to the controller (nothing was taken before the run).
    long sum = 0;
    if (day.index > 0) {
      Day yesterday = ctx.world().calendar().day(day.date.minusDays(1));
      for (Taking t : takings(yesterday, ctx)) {
        sum += t.amount();
      }
    }
    long unit = ctx.world().prices().minorPerMajor();
    long sweep = sum * Draws.between(rng, sweepPct - 4, sweepPct + 4) / 100 / (unit * 10) * (unit * 10);
    if (sweep > 0) {
      ctx.pay(day.at(Clock.between(rng, 10, 15)), sweep).channel(controller.internal() ? Channel.INTERNAL : Channel.WIRE)
          .device(device).reference(Draws.chance(rng, 0.5) ? null : "ok").move(victim, controller);
    }
    City city = cityOn(day.date);
    if (Draws.chance(rng, 0.45)) {
      String mcc = Draws.chance(rng, 0.7) ? "7311" : "7273";
      Merchant m = ctx.world().merchants().pick(rng, mcc);
      ctx.pay(day.at(Clock.between(rng, 9, 24)), ctx.world().prices().of(Draws.between(rng, 1_500L, 12_000L)))
          .mcc(mcc).purpose(Purpose.ADVERTISING).device(device).card(victim, m.name(), m.country());
    }
    if (Draws.chance(rng, 0.5)) {
      Merchant h = ctx.world().merchants().hotel(rng, city);
      int second = Draws.chance(rng, 0.4) ? Clock.lateNight(rng) : Clock.between(rng, 14, 22);
      ctx.pay(day.at(second), ctx.world().prices().of(Draws.between(rng, 6_000L, 16_000L)))
          .mcc("7011").purpose(Purpose.ACCOMMODATION).location(city.name()).card(victim, h.name(), h.country());
    }
    if (Draws.chance(rng, 0.25)) {
      String mcc = Draws.pick(rng, "5912", "5631", "4121", "5814");
      Merchant m = ctx.world().merchants().pick(rng, mcc);
      int second = mcc.equals("4121") ? Clock.lateNight(rng) : Clock.between(rng, 11, 23);
      var p = ctx.pay(day.at(second), ctx.world().prices().of(Draws.skewed(rng, 800, 9_000))).mcc(mcc)
          .purpose(Purpose.GOODS);
      if (m.online()) {
        p.device(device).card(victim, m.name(), m.country());
      } else {
        p.location(city.name()).card(victim, m.name(), m.country());
      }
    }
  }
}
