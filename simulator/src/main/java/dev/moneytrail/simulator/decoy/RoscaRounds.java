package dev.moneytrail.simulator.decoy;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.Clock;
import dev.moneytrail.simulator.behaviour.Day;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The rounds of a rotating savings club: every period each member pays the same contribution to
 * the treasurer within two days of the round date, and three days after it the treasurer pays the
 * whole pot to the member whose turn it is. Turns follow a fixed order, so each member receives
 * exactly once per rotation.
 */
final class RoscaRounds implements Activity {

  private final String caseId;
  private final long key;
  private final Party treasurer;
  private final List<Party> order;
  private final long contribution;
  private final LocalDate firstRound;
  private final int periodDays;
  private final int roundOffset;
  private final String word;

  RoscaRounds(String caseId, long key, Party treasurer, List<Party> order, long contribution, LocalDate firstRound,
      int periodDays, int roundOffset, String word) {
    this.caseId = caseId;
    this.key = key;
    this.treasurer = treasurer;
    this.order = order;
    this.contribution = contribution;
    this.firstRound = firstRound;
    this.periodDays = periodDays;
    this.roundOffset = roundOffset;
    this.word = word;
  }

  @Override
  public String caseId() {
    return caseId;
  }

  /** The member who receives the pot of round k (0 = first round in the run). */
  Party recipient(int k) {
    return order.get((k + roundOffset) % order.size());
  }

  long pot() {
    return contribution * order.size();
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    long since = day.date.toEpochDay() - firstRound.toEpochDay();
    if (since < 0) {
      return;
    }
    int k = (int) (since / periodDays);
    int into = (int) (since % periodDays);
    int number = k + roundOffset + 1;
    for (int m = 0; m < order.size(); m++) {
      SplittableRandom r = Seeds.rng(key, k * 1_000L + m);
      if (Draws.between(r, 0, 2) == into) {
        ctx.pay(day.at(Clock.between(r, 7, 22)), contribution).channel(Channel.INTERNAL)
            .reference(word + " " + number).move(order.get(m), treasurer);
      }
    }
    if (into == 3) {
      ctx.pay(day.at(Clock.between(ctx.rng(), 9, 20)), pot()).channel(Channel.INTERNAL)
          .reference(word + " " + number + " pot").move(treasurer, recipient(k));
    }
  }
}
