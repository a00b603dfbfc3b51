package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.schemas.Direction;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Cash in or out at a set of branches or ATMs at a mean weekly rate: a broker drawing cash to pay
 * workers, a business withdrawing "wages" in cash, a controller banking takings.
 */
public final class CashOut implements Activity {

  private final Party account;
  private final Direction direction;
  private final double perWeek;
  private final long lo;
  private final long hi;
  private final long step;
  private final List<String> places;
  private int fromHour = 9;
  private int toHour = 17;
  private boolean weekdaysOnly = true;
  private LocalDate first;
  private String caseId;
  private Long weeklyKey;

  public CashOut(Party account, Direction direction, double perWeek, long lo, long hi, long step,
      List<String> places) {
    this.account = account;
    this.direction = direction;
    this.perWeek = perWeek;
    this.lo = lo;
    this.hi = hi;
    this.step = Math.max(1, step);
    this.places = places;
  }

  public CashOut hours(int f, int t) {
    fromHour = f;
    toHour = t;
    return this;
  }

  public CashOut anyDay() {
    weekdaysOnly = false;
    return this;
  }

  public CashOut from(LocalDate d) {
    first = d;
    return this;
  }

  /**
   * Exactly {@code round(perWeek)} visits every week on different weekdays, planned per week from
   * this key, instead of a Poisson count: for flows whose weekly total matters (a broker's cash).
   */
  public CashOut exactlyPerWeek(long key) {
    weeklyKey = key;
    return this;
  }

  public CashOut caseId(String c) {
    caseId = c;
    return this;
  }

  @Override
  public String caseId() {
    return caseId;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    if ((weekdaysOnly && day.weekend()) || (first != null && day.date.isBefore(first))) {
      return;
    }
    SplittableRandom rng = ctx.rng();
    int n;
    if (weeklyKey != null) {
      long week = Math.floorDiv(day.date.toEpochDay() + 3, 7);
      SplittableRandom plan = dev.moneytrail.simulator.random.Seeds.rng(weeklyKey, week);
      int slots = weekdaysOnly ? 5 : 7;
      int visits = (int) Math.min(slots, Math.round(perWeek));
      java.util.List<Integer> days = new java.util.ArrayList<>();
      for (int i = 0; i < slots; i++) {
        days.add(i);
      }
      for (int i = slots - 1; i > 0; i--) {
        java.util.Collections.swap(days, i, plan.nextInt(i + 1));
      }
      n = days.subList(0, visits).contains(day.dayOfWeek().getValue() - 1) ? 1 : 0;
    } else {
      n = Draws.poisson(rng, perWeek / (weekdaysOnly ? 5.0 : 7.0));
    }
    for (int i = 0; i < n; i++) {
      long amount = Math.max(step, Draws.between(rng, lo, hi) / step * step);
      ctx.pay(day.at(Clock.between(rng, fromHour, toHour)), amount)
          .location(Draws.pick(rng, places)).cash(account, direction);
    }
  }
}
