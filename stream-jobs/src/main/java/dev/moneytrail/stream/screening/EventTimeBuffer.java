package dev.moneytrail.stream.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.streaming.api.TimerService;

/**
 * Holds a key's inputs until the watermark has passed them, then hands them over in event-time
 * order. Every keyed operator whose inputs merge several partitions, topics or subtasks (account,
 * fan-in, shared attributes, alert consolidation, cluster scoring) uses it, so that what it decides
 * does not depend on how they happened to interleave: the same input gives the same hits, the same
 * alert ids, before and after a restore.
 */
final class EventTimeBuffer<T> {

  static final long FLUSH_GRANULARITY_MS = 60_000;

  private final ListState<T> pending;
  private final ToLongFunction<T> time;
  private final Comparator<T> order;

  EventTimeBuffer(ListState<T> pending, ToLongFunction<T> time, Comparator<T> tieBreak) {
    this.pending = pending;
    this.time = time;
    this.order = Comparator.comparingLong(time).thenComparing(tieBreak);
  }

  /**
   * Buffers {@code element} until the watermark reaches the end of its minute. Returns false,
   * without buffering, when that minute has been flushed already (a late element): the caller
   * processes it at once.
   */
  boolean add(T element, TimerService timers) throws Exception {
    long flushAt = flushTime(time.applyAsLong(element));
    // Late means its minute has been flushed already, not merely that the watermark passed the
    // element: an upstream operator that buffers the same way releases a minute's elements just
    // before it forwards that minute's watermark, so they arrive here with the watermark already
    // inside their minute, and must still be screened in order with the rest of it.
    if (flushAt <= timers.currentWatermark()) {
      return false;
    }
    pending.add(element);
    timers.registerEventTimeTimer(flushAt);
    return true;
  }

  /**
   * The last millisecond of the element's minute. One timer per key and minute, not per element:
   * the buffer is sorted when it is taken, so coarser timers only delay screening by under a
   * minute of event time.
   */
  static long flushTime(long at) {
    return Math.floorDiv(at, FLUSH_GRANULARITY_MS) * FLUSH_GRANULARITY_MS + FLUSH_GRANULARITY_MS - 1;
  }

  /** The buffered elements at or before {@code watermark}, in event-time order; the rest stay. */
  List<T> takeUpTo(long watermark) throws Exception {
    List<T> due = new ArrayList<>();
    List<T> keep = new ArrayList<>();
    Iterable<T> all = pending.get();
    if (all == null) {
      return due;
    }
    for (T e : all) {
      (time.applyAsLong(e) <= watermark ? due : keep).add(e);
    }
    if (due.isEmpty()) {
      return due;
    }
    pending.update(keep);
    due.sort(order);
    return due;
  }
}
