package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.world.HomeCountry;
import java.time.LocalDate;
import java.util.List;

/**
 * Monthly payroll withholding and social contributions for last month's wages, paid to the tax
 * authority (and, where contributions go to a separate insurer, split between the two). The base
 * is recomputed from the employments, so tax always matches the payroll actually run.
 */
public final class PayrollTax implements Activity {

  private final Party business;
  private final List<Employment> employments;
  private final int rateBp;
  private final int dayOfMonth;
  private final String taxNumber;

  /** @param rateBp tax and contributions as basis points of net wages (e.g. 6500 = 65 %) */
  public PayrollTax(Party business, List<Employment> employments, int rateBp, int dayOfMonth,
      String taxNumber) {
    this.business = business;
    this.employments = employments;
    this.rateBp = rateBp;
    this.dayOfMonth = dayOfMonth;
    this.taxNumber = taxNumber;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    if (rateBp <= 0 || !day.monthlyDue(dayOfMonth)) {
      return;
    }
    LocalDate firstOfLast = day.date.withDayOfMonth(1).minusMonths(1);
    LocalDate endOfLast = firstOfLast.plusMonths(1).minusDays(1);
    long base = 0;
    Calendar cal = ctx.world().calendar();
    for (LocalDate d = firstOfLast; !d.isAfter(endOfLast); d = d.plusDays(1)) {
      Day pd = cal.day(d);
      for (int i = 0; i < employments.size(); i++) {
        Employment e = employments.get(i);
        if (e.paysOn(pd)) {
          base += e.amountOn(d);
        }
      }
    }
    long total = base * rateBp / 10_000;
    if (total <= 0) {
      return;
    }
    HomeCountry home = ctx.world().home();
    Institutions inst = ctx.world().institutions();
    String period = Refs.fill("{MM}/{YYYY}", firstOfLast, 0);
    long t = day.at(Clock.between(ctx.rng(), 8, 12));
    if (home.language == HomeCountry.Language.DE) {
      long tax = total * 35 / 100;
      ctx.pay(t, tax).channel(Channel.ACH).purpose(Purpose.TAX)
          .reference("Lohnsteuer " + period + " StNr " + taxNumber).move(business, inst.taxAuthority);
      ctx.pay(t + 60_000, total - tax).channel(Channel.ACH).purpose(Purpose.TAX)
          .reference("Beitragsnachweis " + period + " BNR " + taxNumber).move(business, inst.socialInsurer);
    } else {
      ctx.pay(t, total).channel(Channel.ACH).purpose(Purpose.TAX)
          .reference("PAYE/NIC " + period + " " + taxNumber).move(business, inst.taxAuthority);
    }
  }
}
