package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Direction;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.Day;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Card custody (C4 LT-CARD-CUSTODY-ATM, B3 cohort cash-out): after each payday one person works
 * through several workers' cards at the same ATM, one withdrawal every 40-150 seconds. The session
 * for a payday is a pure function of (case, payday), so it is identical whichever day books it.
 */
final class CustodySessions implements Activity {

  private final String caseId;
  private final long key;
  private final List<Employment> wages;
  private final List<String> atms;
  private final int shareLoPct;
  private final int shareHiPct;
  private final long step;

  CustodySessions(String caseId, long key, List<Employment> wages, List<String> atms, int shareLoPct,
      int shareHiPct, long step) {
    this.caseId = caseId;
    this.key = key;
    this.wages = wages;
    this.atms = atms;
    this.shareLoPct = shareLoPct;
    this.shareHiPct = shareHiPct;
    this.step = step;
  }

  @Override
  public String caseId() {
    return caseId;
  }

  /** One planned withdrawal. */
  record Withdrawal(int worker, long time, long amount, String atm) {}

  /** The session after a payday (empty when no wage was paid that day). */
  List<Withdrawal> session(Day payday) {
    List<Integer> paid = new ArrayList<>();
    for (int i = 0; i < wages.size(); i++) {
      if (wages.get(i).paysOn(payday)) {
        paid.add(i);
      }
    }
    List<Withdrawal> out = new ArrayList<>();
    if (paid.size() < 2) {
      return out;
    }
    SplittableRandom r = Seeds.rng(key, payday.date.toEpochDay());
    for (int i = paid.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      Integer t = paid.get(i);
      paid.set(i, paid.get(j));
      paid.set(j, t);
    }
    String atm = Draws.pick(r, atms);
    // Evening of payday or the next morning.
    long t = payday.startMillis() + (Draws.chance(r, 0.6)
        ? Draws.between(r, 17 * 3600, 21 * 3600) : 24 * 3600 + Draws.between(r, 7 * 3600, 10 * 3600)) * 1000L;
    for (int w : paid) {
      Employment e = wages.get(w);
      long wage = e.amountOn(payday.date);
      long amount = wage * Draws.between(r, shareLoPct, shareHiPct) / 100 / step * step;
      if (amount >= step) {
        out.add(new Withdrawal(w, t, amount, atm));
      }
      t += Draws.between(r, 40, 150) * 1000L;
    }
    return out;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    for (int back = 0; back <= 2; back++) {
      LocalDate d = day.date.minusDays(back);
      Day pd = back == 0 ? day : ctx.world().calendar().day(d);
      for (Withdrawal w : session(pd)) {
        if (day.contains(w.time())) {
          ctx.pay(w.time(), w.amount()).location(w.atm()).cash(wages.get(w.worker()).payee(), Direction.DEBIT);
        }
      }
    }
  }
}
