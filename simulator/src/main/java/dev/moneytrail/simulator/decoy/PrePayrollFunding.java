package dev.moneytrail.simulator.decoy;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.Clock;
import dev.moneytrail.simulator.behaviour.Day;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.ledger.Party;
import java.util.List;

/**
 * A payroll bureau's client funding the next payroll two days ahead: net wages of the run, plus the
 * bureau's fee and the payroll tax it will pay on the client's behalf.
 */
final class PrePayrollFunding implements Activity {

  private final String caseId;
  private final Party client;
  private final Party bureau;
  private final List<Employment> wages;
  private final int upliftBp;
  private final String reference;

  PrePayrollFunding(String caseId, Party client, Party bureau, List<Employment> wages, int upliftBp, String reference) {
    this.caseId = caseId;
    this.client = client;
    this.bureau = bureau;
    this.wages = wages;
    this.upliftBp = upliftBp;
    this.reference = reference;
  }

  @Override
  public String caseId() {
    return caseId;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    if (day.weekend()) {
      return;
    }
    Day payday = ctx.world().calendar().day(day.date.plusDays(day.dayOfWeek().getValue() >= 4 ? 4 : 2));
    long total = 0;
    for (Employment e : wages) {
      if (e.paysOn(payday)) {
        total += e.amountOn(payday.date);
      }
    }
    if (total <= 0) {
      return;
    }
    ctx.pay(day.at(Clock.between(ctx.rng(), 9, 15)), total * (10_000 + upliftBp) / 10_000)
        .channel(Channel.ACH).purpose(Purpose.SERVICES).reference(reference + " " + payday.date).move(client, bureau);
  }
}
