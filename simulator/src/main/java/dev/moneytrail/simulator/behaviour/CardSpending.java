package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.Merchant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Day-to-day card payments of one account: a Poisson number of purchases a day across a spending
 * mix, priced in integer cents and scaled to the holder's means, at local shops in the holder's
 * city or online from the holder's device.
 */
public final class CardSpending implements Activity {

  private final Party account;
  private final SpendMix mix;
  private final double perDay;
  private final int scalePct;
  private final City city;
  private final String device;
  private LocalDate from;
  private double nightShare = 0.03;

  /**
   * @param perDay mean purchases per day
   * @param scalePct price scaling to the holder's income (100 = average)
   */
  public CardSpending(Party account, SpendMix mix, double perDay, int scalePct, City city, String device) {
    this.account = account;
    this.mix = mix;
    this.perDay = perDay;
    this.scalePct = scalePct;
    this.city = city;
    this.device = device;
  }

  public CardSpending from(LocalDate first) {
    from = first;
    return this;
  }

  /** Share of purchases made late at night (night-shift workers, night life). */
  public CardSpending nightShare(double share) {
    nightShare = share;
    return this;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    if (from != null && day.date.isBefore(from)) {
      return;
    }
    SplittableRandom rng = ctx.rng();
    double rate = day.weekend() ? perDay * 1.15 : perDay;
    int n = Draws.poisson(rng, rate);
    for (int i = 0; i < n; i++) {
      int k = mix.pick(rng);
      String code = mix.mcc[k];
      Merchant m = ctx.world().merchants().pick(rng, code);
      long eur = Draws.skewed(rng, mix.lo[k], mix.hi[k]) * scalePct / 100;
      long amount = ctx.world().prices().of(Math.max(50, eur));
      int second = Draws.chance(rng, nightShare) ? Clock.lateNight(rng) : Clock.personal(rng);
      var p = ctx.pay(day.at(second), amount).mcc(code).purpose(Purpose.GOODS);
      if (m.online() || (SpendMix.online(code) && Draws.chance(rng, 0.7))) {
        p.device(device).card(account, m.name(), m.country());
      } else {
        p.location(city.name()).card(account, m.name(), m.country());
      }
    }
  }
}
