package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.HomeCountry;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Customers paying a business's invoices by bank transfer on business days, amounts spread around
 * the monthly turnover divided by the number of invoices.
 */
public final class InvoiceReceipts implements Activity {

  private final Party business;
  private final List<Party> clients;
  private final long monthly;
  private final double perMonth;
  private final Purpose purpose;
  private final String invoicePrefix;

  public InvoiceReceipts(Party business, List<Party> clients, long monthly, double perMonth,
      Purpose purpose, String invoicePrefix) {
    this.business = business;
    this.clients = clients;
    this.monthly = monthly;
    this.perMonth = perMonth;
    this.purpose = purpose;
    this.invoicePrefix = invoicePrefix;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    if (day.weekend() || clients.isEmpty()) {
      return;
    }
    SplittableRandom rng = ctx.rng();
    int n = Draws.poisson(rng, perMonth / 21.7);
    for (int i = 0; i < n; i++) {
      long amount = Math.max(1_000, Draws.jitter(rng, (long) (monthly / perMonth), 55));
      Party client = Draws.pick(rng, clients);
      String ref = ctx.world().home().language == HomeCountry.Language.DE
          ? "Rechnung " + invoicePrefix + "-" + day.date.getYear() + "-" + Draws.between(rng, 100, 999)
          : "INV " + invoicePrefix + Draws.between(rng, 1000, 9999);
      ctx.pay(day.at(Clock.between(rng, 6, 18)), amount)
          .channel(Draws.chance(rng, 0.8) ? Channel.ACH : Channel.WIRE)
          .purpose(purpose)
          .reference(ref)
          .move(client, business);
    }
  }
}
