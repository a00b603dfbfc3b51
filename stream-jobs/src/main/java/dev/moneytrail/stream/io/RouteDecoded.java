package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.stream.metrics.ScreeningMetrics;
import dev.moneytrail.stream.screening.ScreeningEvent;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Sends decoded events on to screening (keeping their event-time timestamp) and refused records to
 * {@link DecodeFunction#DEAD_LETTERS}, counting both: {@code screening.decoded{type}} and {@code
 * screening.deadletters{reason}} (Flink and Micrometer, see {@link ScreeningMetrics}).
 */
public final class RouteDecoded extends ProcessFunction<DecodedRecord, ScreeningEvent>
    implements ResultTypeQueryable<ScreeningEvent> {

  private static final long serialVersionUID = 1L;

  private transient ScreeningMetrics.DualCounter transactions;
  private transient ScreeningMetrics.DualCounter accounts;
  private transient Map<DeadLetterReason, ScreeningMetrics.DualCounter> refused;

  @Override
  public void open(OpenContext openContext) {
    ScreeningMetrics metrics = new ScreeningMetrics(getRuntimeContext().getMetricGroup());
    transactions = metrics.counter("screening.decoded", "type", InputType.TRANSACTIONS.toString());
    accounts = metrics.counter("screening.decoded", "type", InputType.ACCOUNTS.toString());
    refused = DeadLetterReason.counters(metrics);
  }

  @Override
  public void processElement(DecodedRecord record, Context ctx, Collector<ScreeningEvent> out) {
    if (record.transaction != null) {
      transactions.increment();
      out.collect(ScreeningEvent.of(record.transaction));
    } else if (record.account != null) {
      accounts.increment();
      out.collect(ScreeningEvent.of(record.account));
    } else {
      DeadLetter d = record.refused;
      refused.get(DeadLetterReason.valueOf(d.getReason())).increment();
      ctx.output(DecodeFunction.DEAD_LETTERS, d);
    }
  }

  @Override
  public TypeInformation<ScreeningEvent> getProducedType() {
    return TypeExtractor.getForClass(ScreeningEvent.class);
  }
}
