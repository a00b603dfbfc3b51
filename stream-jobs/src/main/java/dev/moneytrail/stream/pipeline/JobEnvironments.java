package dev.moneytrail.stream.pipeline;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Execution settings every run of the screening job shares, live or replay. */
public final class JobEnvironments {

  /**
   * No Kryo fallback: every record and state type must be Avro or a Flink POJO, so a type that
   * would silently fall back to generic serialisation fails at job build time instead.
   */
  public static Configuration baseConfiguration() {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
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
