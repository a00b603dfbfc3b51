package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.schemas.Direction;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * ATM withdrawals of one account: a few a month, round amounts, mostly at the holder's usual ATMs
 * near home or work, sometimes elsewhere in town.
 */
public final class CashWithdrawals implements Activity {

  private static final long[] AMOUNTS_EUR_CENTS = {2_000, 5_000, 5_000, 10_000, 10_000, 10_000,
      15_000, 20_000, 20_000, 25_000, 30_000, 40_000, 50_000};

  /** Mean withdrawal in euro cents. */
  public static final long MEAN_EUR_CENTS = java.util.Arrays.stream(AMOUNTS_EUR_CENTS).sum() / AMOUNTS_EUR_CENTS.length;

  private final Party account;
  private final double perMonth;
  private final List<String> usualAtms;
  private final dev.moneytrail.simulator.world.City city;
  private LocalDate from;

  public CashWithdrawals(Party account, double perMonth, List<String> usualAtms,
      dev.moneytrail.simulator.world.City city) {
    this.account = account;
    this.perMonth = perMonth;
    this.usualAtms = usualAtms;
    this.city = city;
  }

  public CashWithdrawals from(LocalDate first) {
    from = first;
    return this;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    if (from != null && day.date.isBefore(from)) {
      return;
    }
    SplittableRandom rng = ctx.rng();
    double p = perMonth / 30.0 * (day.dayOfWeek().getValue() >= 5 ? 1.4 : 0.85);
    if (!Draws.chance(rng, p)) {
      return;
    }
    long eur = AMOUNTS_EUR_CENTS[rng.nextInt(AMOUNTS_EUR_CENTS.length)];
    long amount = ctx.world().prices().rounded(eur, 1_000);
    String atm = Draws.chance(rng, 0.8) ? Draws.pick(rng, usualAtms)
        : ctx.world().cash().randomAtm(rng, city);
    ctx.pay(day.at(Clock.between(rng, 7, 23)), amount).location(atm).cash(account, Direction.DEBIT);
  }
}
