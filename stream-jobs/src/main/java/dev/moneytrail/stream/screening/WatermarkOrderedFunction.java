package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.RulePackage;
import java.util.Comparator;
import java.util.function.ToLongFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.util.Collector;

/**
 * A rule-evaluating operator whose inputs merge several upstream partitions or topics: it holds
 * each input until the watermark has passed it and screens inputs in event-time order (ties broken
 * by {@code tieBreak}), so what it decides does not depend on how they interleaved. A late input
 * (its minute flushed already, see {@link EventTimeBuffer}) is screened at once.
 */
abstract class WatermarkOrderedFunction<I> extends RuleAwareFunction<I> {

  private final ListStateDescriptor<I> pending;
  private transient EventTimeBuffer<I> buffer;

  WatermarkOrderedFunction(RulePackage initialPackage, ListStateDescriptor<I> pending) {
    super(initialPackage);
    this.pending = pending;
  }

  /** Event time of an input. */
  abstract long timeOf(I input);

  /** Order among inputs with the same event time. */
  abstract Comparator<I> tieBreak();

  /** Screens one input, in event-time order. */
  abstract void screen(I input, ReadOnlyContext ctx, Collector<ScoredHit> out) throws Exception;

  /** Clears the key's features if it has been idle past its horizon at {@code timestamp}. */
  abstract void clearIfIdle(long timestamp) throws Exception;

  @Override
  public void open(OpenContext openContext) throws Exception {
    super.open(openContext);
    ToLongFunction<I> time = this::timeOf;
    buffer = new EventTimeBuffer<>(getRuntimeContext().getListState(pending), time, tieBreak());
  }

  @Override
  public final void processElement(I input, ReadOnlyContext ctx, Collector<ScoredHit> out) throws Exception {
    if (!buffer.add(input, ctx.timerService())) {
      screen(input, ctx, out);
    }
  }

  @Override
  public final void onTimer(long timestamp, OnTimerContext ctx, Collector<ScoredHit> out) throws Exception {
    for (I input : buffer.takeUpTo(timestamp)) {
      screen(input, ctx, out);
    }
    if (isCleanupTimer(timestamp)) {
      clearIfIdle(timestamp);
    }
  }
}
