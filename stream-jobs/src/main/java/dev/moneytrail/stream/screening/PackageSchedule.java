package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.RuleRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which rule package screens an event: the newest accepted package whose {@code effective_from}
 * is at or before the event's time (ties: the one created last). Every parallel instance decides
 * from the same broadcast state and the event's own time, so the switch happens at one event-time
 * point everywhere, and a replay switches exactly where the live run did. Only champion packages
 * are scheduled here; shadow packages have their own {@link ShadowSchedule}.
 */
final class PackageSchedule {

  /** Accepted packages kept in broadcast state: enough for a switch in flight and a rollback. */
  static final int KEPT = 4;

  static final Comparator<RulePackage> ORDER = Comparator
      .comparing(RulePackage::getEffectiveFrom)
      .thenComparing(RulePackage::getCreatedAt)
      .thenComparing(RulePackage::getContentHash);

  private final List<RulePackage> byEffectiveTime;

  private PackageSchedule(List<RulePackage> byEffectiveTime) {
    this.byEffectiveTime = byEffectiveTime;
  }

  /**
   * The schedule of {@code initial} (the package this run was started with) and the champions
   * accepted so far. A start-up package carries no time of its own (effective and created at
   * 0), so after an upgrade from a savepoint the previous run's start-up package, restored from
   * broadcast state, ties with the new one; the one this run was started with wins the tie. (It
   * used to go to the larger content hash: which build screened after an upgrade depended on
   * the hashes of the two packages.)
   */
  static PackageSchedule of(RulePackage initial, Iterable<Map.Entry<String, RulePackage>> accepted) {
    List<RulePackage> list = new ArrayList<>();
    list.add(initial);
    for (Map.Entry<String, RulePackage> e : accepted) {
      if (e.getValue().getRole() == RuleRole.CHAMPION) {
        list.add(e.getValue());
      }
    }
    String started = initial.getContentHash();
    list.sort(Comparator.comparing(RulePackage::getEffectiveFrom)
        .thenComparing(RulePackage::getCreatedAt)
        .thenComparing(p -> p.getContentHash().equals(started))
        .thenComparing(RulePackage::getContentHash));
    return new PackageSchedule(list);
  }

  /** The package in effect at {@code eventTimeMillis}; the earliest one for events before every package. */
  RulePackage at(long eventTimeMillis) {
    RulePackage chosen = byEffectiveTime.get(0);
    for (RulePackage p : byEffectiveTime) {
      if (p.getEffectiveFrom().toEpochMilli() <= eventTimeMillis) {
        chosen = p;
      } else {
        break;
      }
    }
    return chosen;
  }

  /**
   * Keys of accepted packages to drop so that at most {@link #KEPT} champions and {@link #KEPT}
   * shadow entries (challengers and withdrawals) remain, oldest first. Counted apart, so a busy
   * shadow trial never evicts the champion a rollback needs.
   */
  static List<String> evictions(Iterable<Map.Entry<String, RulePackage>> accepted) {
    List<Map.Entry<String, RulePackage>> champions = new ArrayList<>();
    List<Map.Entry<String, RulePackage>> shadows = new ArrayList<>();
    for (Map.Entry<String, RulePackage> e : accepted) {
      (e.getValue().getRole() == RuleRole.CHAMPION ? champions : shadows).add(e);
    }
    List<String> drop = new ArrayList<>();
    for (List<Map.Entry<String, RulePackage>> list : List.of(champions, shadows)) {
      list.sort(Map.Entry.comparingByValue(ORDER));
      for (int i = 0; i < list.size() - KEPT; i++) {
        drop.add(list.get(i).getKey());
      }
    }
    return drop;
  }
}
