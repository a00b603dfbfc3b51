package dev.moneytrail.app;

import org.apache.flink.api.common.accumulators.LongMinimum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Pass-through that records, in a job accumulator, the wall-clock time at which the first record
 * reached it in any subtask: the benchmark measures throughput from there to the job's end, so
 * task deployment and Kafka split discovery are not counted as processing time.
 */
final class FirstRecordClock<T> extends RichMapFunction<T, T> {

  private static final long serialVersionUID = 1L;
  static final String NAME = "first-record-millis";

  private transient LongMinimum first;
  private transient boolean seen;

  @Override
  public void open(OpenContext openContext) {
    first = new LongMinimum();
    getRuntimeContext().addAccumulator(NAME, first);
  }

  @Override
  public T map(T value) {
    if (!seen) {
      seen = true;
      first.add(System.currentTimeMillis());
    }
    return value;
  }
}
