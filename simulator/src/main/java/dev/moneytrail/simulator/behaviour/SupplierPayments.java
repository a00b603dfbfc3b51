package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import java.util.List;
import java.util.SplittableRandom;

/** A business paying its suppliers' invoices on business days. */
public final class SupplierPayments implements Activity {

  private final Party business;
  private final List<Party> suppliers;
  private final long monthly;
  private final double perMonth;
  private final String device;

  public SupplierPayments(Party business, List<Party> suppliers, long monthly, double perMonth,
      String device) {
    this.business = business;
    this.suppliers = suppliers;
    this.monthly = monthly;
    this.perMonth = perMonth;
    this.device = device;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    if (day.weekend() || suppliers.isEmpty()) {
      return;
    }
    SplittableRandom rng = ctx.rng();
    int n = Draws.poisson(rng, perMonth / 21.7);
    for (int i = 0; i < n; i++) {
      Party supplier = Draws.pick(rng, suppliers);
      long amount = Math.max(1_000, Draws.jitter(rng, (long) (monthly / perMonth), 60));
      ctx.pay(day.at(Clock.office(rng)), amount)
          .channel(Draws.chance(rng, 0.85) ? Channel.ACH : Channel.WIRE)
          .purpose(Purpose.GOODS)
          .reference("INV " + Draws.between(rng, 10000, 99999))
          .device(device)
          .move(business, supplier);
    }
  }
}
