package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.Clock;
import dev.moneytrail.simulator.behaviour.Day;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Cash kept just under the reporting threshold T (D1 LT-STRUCTURED-CASH): in each week of the
 * case window, 3-5 deposits in [0.8T, T) on different days at at least three different branches,
 * and a few days after the week's last deposit most of the week's cash is wired on. Each week's
 * plan is a pure function of (case, week), so deposits and the onward wire agree.
 */
final class StructuredDeposits implements Activity {

  private final String caseId;
  private final long key;
  private final Party depositor;
  private final Party onward;
  private final LocalDate first;
  private final int weeks;
  private final List<String> branches;
  private final String reference;

  StructuredDeposits(String caseId, long key, Party depositor, Party onward, LocalDate first, int weeks,
      List<String> branches, String reference) {
    this.caseId = caseId;
    this.key = key;
    this.depositor = depositor;
    this.onward = onward;
    this.first = first;
    this.weeks = weeks;
    this.branches = branches;
    this.reference = reference;
  }

  @Override
  public String caseId() {
    return caseId;
  }

  /** A planned deposit. */
  record Deposit(LocalDate date, int second, long amount, String branch) {}

  /** Deposits of week {@code w} (0-based) of the window. */
  List<Deposit> week(int w, long threshold, long unit) {
    SplittableRandom r = Seeds.rng(key, w);
    int n = Draws.between(r, 3, 5);
    List<Integer> days = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
    PopulationShuffle.shuffle(days, r);
    List<String> places = new ArrayList<>(branches);
    PopulationShuffle.shuffle(places, r);
    List<Deposit> out = new ArrayList<>();
    long lo = threshold * 8 / 10;
    for (int i = 0; i < n; i++) {
      long amount = Draws.between(r, lo, threshold - unit);
      if (Draws.chance(r, 0.6)) {
        amount = Math.max(lo, amount / (unit * 100) * (unit * 100));
      }
      out.add(new Deposit(first.plusDays(7L * w + days.get(i)), Clock.between(r, 9, 17), amount,
          places.get(i % places.size())));
    }
    return out;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    long offset = day.date.toEpochDay() - first.toEpochDay();
    if (offset < 0 || offset >= 7L * weeks + 9) {
      return;
    }
    long threshold = ctx.world().cashThresholdMinor();
    long unit = ctx.world().prices().minorPerMajor();
    int w = (int) (offset / 7);
    for (int k = Math.max(0, w - 1); k <= Math.min(w, weeks - 1); k++) {
      List<Deposit> plan = week(k, threshold, unit);
      long total = 0;
      LocalDate lastDeposit = first;
      for (Deposit d : plan) {
        total += d.amount();
        if (d.date().isAfter(lastDeposit)) {
          lastDeposit = d.date();
        }
        if (d.date().equals(day.date)) {
          ctx.pay(day.at(d.second()), d.amount()).location(d.branch()).cash(depositor, Direction.CREDIT);
        }
      }
      SplittableRandom r = Seeds.rng(key, 1_000 + k);
      LocalDate wireDay = lastDeposit.plusDays(Draws.between(r, 1, 2));
      long wire = total * Draws.between(r, 80, 95) / 100 / (unit * 10) * (unit * 10);
      if (wireDay.equals(day.date) && !day.date.isAfter(ctx.world().lastDay())) {
        ctx.pay(day.at(Clock.office(r)), wire).channel(Channel.WIRE).purpose(Purpose.GOODS)
            .reference(reference).move(depositor, onward);
      }
    }
  }
}
