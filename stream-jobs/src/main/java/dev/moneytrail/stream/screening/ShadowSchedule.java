package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.RuleRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which challenger, if any, runs in shadow for an event: the newest shadow entry (a challenger or
 * a withdrawal) whose {@code effective_from} is at or before the event's time. A withdrawal in
 * effect, or no entry yet, means no challenger. Decided, like the champion's schedule, from
 * broadcast state and the event's own time, so every parallel instance and every replay agrees.
 */
final class ShadowSchedule {

  static final ShadowSchedule NONE = new ShadowSchedule(List.of());

  private final List<RulePackage> byEffectiveTime;

  private ShadowSchedule(List<RulePackage> byEffectiveTime) {
    this.byEffectiveTime = byEffectiveTime;
  }

  static ShadowSchedule of(Iterable<Map.Entry<String, RulePackage>> accepted) {
    List<RulePackage> list = new ArrayList<>();
    for (Map.Entry<String, RulePackage> e : accepted) {
      if (e.getValue().getRole() != RuleRole.CHAMPION) {
        list.add(e.getValue());
      }
    }
    if (list.isEmpty()) {
      return NONE;
    }
    list.sort(PackageSchedule.ORDER);
    return new ShadowSchedule(list);
  }

  /** True when no challenger was ever accepted: the champion path then skips shadow work entirely. */
  boolean isEmpty() {
    return byEffectiveTime.isEmpty();
  }

  /** The challenger running in shadow at {@code eventTimeMillis}, or null when none is. */
  RulePackage at(long eventTimeMillis) {
    RulePackage chosen = null;
    for (RulePackage p : byEffectiveTime) {
      if (p.getEffectiveFrom().toEpochMilli() <= eventTimeMillis) {
        chosen = p;
      } else {
        break;
      }
    }
    return chosen == null || chosen.getRole() != RuleRole.SHADOW ? null : chosen;
  }
}
