package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Direction;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.Day;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Wages drawn out in cash after payday (B3 LT-PAYDAY-CASHOUT), in one of two shapes.
 *
 * <p>Cohort: one person holding several workers' cards takes them to one ATM after the wages post
 * and draws a share of each wage, one card every 40-150 seconds (the catalogue's "same ATM and
 * minute as co-workers"). Individual: each worker goes on their own, at their own usual ATM and
 * time (the cash-preferring household of B3's trap). Above the ATM's daily limit the rest comes
 * out just after local midnight, the next day's limit, as card holders who need more do.
 *
 * <p>The plan for a payday is a pure function of (key, payday), so it is identical whichever day
 * books it.
 */
public final class PaydayCashOuts implements Activity {

  /** When, relative to the wage's posting, and where the cash comes out. */
  public record Timing(int minMinutes, int maxMinutes, double nextMorning) {}

  private final String caseId;
  private final long key;
  private final List<Employment> wages;
  private final List<List<String>> atms;
  private final boolean cohort;
  private final int shareLoPct;
  private final int shareHiPct;
  private final long step;
  private final long dailyLimit;
  private final Timing timing;

  /**
   * @param atms per worker, the ATMs they use; in a cohort the first worker's list is the one ATM
   *     set the card holder uses for all
   * @param step withdrawals are whole multiples of it (banknotes)
   * @param dailyLimit the card's daily ATM limit in minor units
   */
  public PaydayCashOuts(String caseId, long key, List<Employment> wages, List<List<String>> atms, boolean cohort,
      int shareLoPct, int shareHiPct, long step, long dailyLimit, Timing timing) {
    this.caseId = caseId;
    this.key = key;
    this.wages = List.copyOf(wages);
    this.atms = List.copyOf(atms);
    this.cohort = cohort;
    this.shareLoPct = shareLoPct;
    this.shareHiPct = shareHiPct;
    this.step = step;
    this.dailyLimit = dailyLimit;
    this.timing = timing;
  }

  @Override
  public String caseId() {
    return caseId;
  }

  /** One planned withdrawal. */
  public record Withdrawal(int worker, long time, long amount, String atm) {}

  /** The withdrawals following the wages paid on a day (empty when none was paid). */
  public List<Withdrawal> after(Day payday) {
    List<Withdrawal> out = new ArrayList<>();
    SplittableRandom r = Seeds.rng(key, payday.date.toEpochDay());
    long sessionStart = -1;
    String sessionAtm = null;
    for (int i = 0; i < wages.size(); i++) {
      Employment e = wages.get(i);
      if (!e.paysOn(payday)) {
        continue;
      }
      long posted = e.postingTime(payday);
      long t;
      String atm;
      if (cohort && sessionStart >= 0) {
        t = sessionStart + Draws.between(r, 40, 150) * 1000L;
        atm = sessionAtm;
      } else {
        t = Draws.chance(r, timing.nextMorning())
            ? payday.startMillis() + 86_400_000L + Draws.between(r, 7 * 3600, 9 * 3600) * 1000L
            : posted + Draws.between(r, timing.minMinutes(), timing.maxMinutes()) * 60_000L;
        atm = Draws.pick(r, atms.get(cohort ? 0 : i));
      }
      if (cohort) {
        sessionStart = t;
        sessionAtm = atm;
      }
      long wage = e.amountOn(payday.date);
      long amount = wage * Draws.between(r, shareLoPct, shareHiPct) / 100 / step * step;
      if (amount < step) {
        continue;
      }
      long first = Math.min(amount, dailyLimit / step * step);
      out.add(new Withdrawal(i, t, first, atm));
      if (amount > first) {
        // The next day's limit, a few minutes after local midnight.
        long midnight = payday.startMillis() + 86_400_000L * (1 + (t - payday.startMillis()) / 86_400_000L);
        out.add(new Withdrawal(i, Math.max(t + 60_000L, midnight + Draws.between(r, 60, 900) * 1000L),
            Math.min(amount - first, dailyLimit / step * step), atm));
      }
    }
    return out;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    for (int back = 0; back <= 2; back++) {
      Day pd = back == 0 ? day : ctx.world().calendar().day(day.date.minusDays(back));
      for (Withdrawal w : after(pd)) {
        if (day.contains(w.time())) {
          ctx.pay(w.time(), w.amount()).location(w.atm()).cash(wages.get(w.worker()).payee(), Direction.DEBIT);
        }
      }
    }
  }
}
