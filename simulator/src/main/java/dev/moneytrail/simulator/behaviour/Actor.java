package dev.moneytrail.simulator.behaviour;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A unit of generation: a customer, or a planted case's own flows. Owns a random stream per day
 * (keyed by its {@code key}) and a transaction-id space (by its {@code ordinal}).
 */
public final class Actor {

  private final int ordinal;
  private final long key;
  private final List<Activity> activities = new ArrayList<>(6);

  public Actor(int ordinal, long key) {
    this.ordinal = ordinal;
    this.key = key;
  }

  public int ordinal() {
    return ordinal;
  }

  public long key() {
    return key;
  }

  public Actor add(Activity a) {
    activities.add(a);
    return this;
  }

  public List<Activity> activities() {
    return Collections.unmodifiableList(activities);
  }

  /** Runs every activity for the day the context is set to. */
  public void emit(DayContext ctx) {
    ctx.begin(this);
    for (int i = 0; i < activities.size(); i++) {
      Activity a = activities.get(i);
      ctx.tag(a.caseId());
      a.emit(ctx);
    }
  }
}
