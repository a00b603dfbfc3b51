package dev.moneytrail.stream.pipeline;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Execution settings every run of the screening job shares, live or replay. */
public final class JobEnvironments {

  /**
   * No Kryo fallback: every record and state type must be Avro or a Flink POJO, so a type that
   * would silently fall back to generic serialisation fails at job build time instead.
   *
   * <p>Object reuse: without it Flink deep-copies every record between chained operators, which
   * for Avro records is a full copy per event at the sources. It is safe here because no chained
   * operator keeps or changes an object it has emitted or received: the source builds a fresh
   * record per Kafka record and the router wraps it; every keyed operator sits behind a network
   * edge, whose input always deserializes fresh objects; alert consolidation builds a new alert
   * per revision (the one kept in state is never changed in place) before handing it to its sink.
   */
  public static Configuration baseConfiguration() {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    conf.set(PipelineOptions.OBJECT_REUSE, true);
    conf.set(PipelineOptions.AUTO_WATERMARK_INTERVAL, java.time.Duration.ofMillis(50));
    return conf;
  }

  public static StreamExecutionEnvironment create(Configuration extra) {
    Configuration conf = baseConfiguration();
    conf.addAll(extra);
    return StreamExecutionEnvironment.getExecutionEnvironment(conf);
  }

  private JobEnvironments() {}
}
