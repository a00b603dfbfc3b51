package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.schemas.Direction;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Cash takings paid in at a branch counter or a deposit machine: a few times a week, amounts around
 * the monthly cash turnover per deposit, with a share of evening deposits after closing time.
 */
public final class CashDeposits implements Activity {

  private final Party business;
  private final long monthly;
  private final double perWeek;
  private final List<String> places;
  private final double eveningShare;
  private String caseId;

  public CashDeposits(Party business, long monthly, double perWeek, List<String> places,
      double eveningShare) {
    this.business = business;
    this.monthly = monthly;
    this.perWeek = perWeek;
    this.places = places;
    this.eveningShare = eveningShare;
  }

  public CashDeposits caseId(String c) {
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
    SplittableRandom rng = ctx.rng();
    if (day.dayOfWeek().getValue() == 7 || !Draws.chance(rng, perWeek / 6.0)) {
      return;
    }
    long step = ctx.world().prices().rounded(500, 500);
    long amount = Math.max(step, Draws.jitter(rng, (long) (monthly / (perWeek * 4.33)), 35) / step * step);
    int second = Draws.chance(rng, eveningShare) ? Clock.between(rng, 19, 23) : Clock.between(rng, 9, 17);
    ctx.pay(day.at(second), amount).location(Draws.pick(rng, places)).cash(business, Direction.CREDIT);
  }
}
