package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import java.time.DayOfWeek;

/**
 * A merchant's card takings, paid by its acquirer as one settlement credit each business day
 * (Monday's carries the weekend), early in the morning.
 */
public final class CardSettlements implements Activity {

  private final Party merchant;
  private final Party acquirer;
  private final long monthly;
  private final String merchantId;

  public CardSettlements(Party merchant, Party acquirer, long monthly, String merchantId) {
    this.merchant = merchant;
    this.acquirer = acquirer;
    this.monthly = monthly;
    this.merchantId = merchantId;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    if (day.weekend()) {
      return;
    }
    double days = day.dayOfWeek() == DayOfWeek.MONDAY ? 3.0 : 1.0;
    long amount = Draws.jitter(ctx.rng(), (long) (monthly / 30.4 * days), 25);
    if (amount <= 0) {
      return;
    }
    ctx.pay(day.at(Clock.between(ctx.rng(), 4, 7)), amount)
        .channel(Channel.ACH)
        .purpose(Purpose.GOODS)
        .reference("SETTLEMENT " + day.date.minusDays(1) + " MID " + merchantId)
        .move(acquirer, merchant);
  }
}
