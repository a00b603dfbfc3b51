package dev.moneytrail.simulator.behaviour;

/**
 * Something an actor does with money, asked once per simulated day to book what falls on that day.
 *
 * <p>Contract: {@link #emit} books only entries whose time lies on {@code ctx.day()}; everything it
 * decides is drawn from {@code ctx.rng()} or from streams keyed by the activity's own identity and
 * an anchor date (a payday, a rent day), so that a payment planned on one day and booked on the
 * next is the same payment whichever day is asked first.
 */
public interface Activity {

  void emit(DayContext ctx);

  /** The planted case this activity belongs to, or null for ordinary behaviour. */
  default String caseId() {
    return null;
  }
}
