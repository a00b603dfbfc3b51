package dev.moneytrail.stream.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Collects a bounded test job's output in this JVM (the mini-cluster runs here), under a name, so
 * one job can feed several sinks. Only for tests on a local mini-cluster.
 */
public final class CollectingSink<T> implements Sink<T> {

  private static final Map<String, ConcurrentLinkedQueue<Object>> RESULTS = new ConcurrentHashMap<>();
  private final String name;

  public CollectingSink(String name) {
    this.name = name;
    RESULTS.put(name, new ConcurrentLinkedQueue<>());
  }

  @SuppressWarnings("unchecked")
  public static <T> List<T> results(String name) {
    return new ArrayList<>((ConcurrentLinkedQueue<T>) (ConcurrentLinkedQueue<?>) RESULTS.getOrDefault(name, new ConcurrentLinkedQueue<>()));
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) {
    ConcurrentLinkedQueue<Object> queue = RESULTS.get(name);
    return new SinkWriter<>() {
      @Override
      public void write(T element, Context ctx) {
        queue.add(element);
      }

      @Override
      public void flush(boolean endOfInput) {}

      @Override
      public void close() {}
    };
  }
}
