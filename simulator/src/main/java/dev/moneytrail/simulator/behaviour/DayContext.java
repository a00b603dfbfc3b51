package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.simulator.ledger.Ledger;
import dev.moneytrail.simulator.ledger.Payment;
import dev.moneytrail.simulator.ledger.TxnIds;
import dev.moneytrail.simulator.random.Seeds;
import java.util.SplittableRandom;

/**
 * What an activity sees while booking one day for one actor: the day, the world, the actor's random
 * stream for the day, and a way to start payments (with a fresh txn id and the activity's case tag).
 * One context per generating thread; reset for each actor.
 */
public final class DayContext {

  private final World world;
  private final Day day;
  private final Ledger ledger;
  private SplittableRandom rng;
  private TxnIds ids;
  private String tag;

  public DayContext(World world, Day day, Ledger ledger) {
    this.world = world;
    this.day = day;
    this.ledger = ledger;
  }

  void begin(Actor actor) {
    rng = Seeds.rng(actor.key(), day.index);
    ids = TxnIds.of(day.date, actor.ordinal(), world.runOffset());
  }

  void tag(String caseId) {
    tag = caseId;
  }

  public Day day() {
    return day;
  }

  public World world() {
    return world;
  }

  /** The actor's random stream for this day. */
  public SplittableRandom rng() {
    return rng;
  }

  /**
   * Starts a payment at a time on this day.
   *
   * @throws IllegalStateException when the time is not on this day (a generator bug that would
   *     break event-time order)
   */
  public Payment pay(long epochMillis, long amountMinor) {
    if (!day.contains(epochMillis)) {
      throw new IllegalStateException("payment at " + java.time.Instant.ofEpochMilli(epochMillis)
          + " booked on " + day.date);
    }
    // Bank timestamps have whole seconds.
    return Payment.start(ledger, ids.next(), epochMillis - Math.floorMod(epochMillis, 1000L), amountMinor, tag);
  }
}
