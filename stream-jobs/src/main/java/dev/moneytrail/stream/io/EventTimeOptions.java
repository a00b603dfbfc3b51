package dev.moneytrail.stream.io;

import java.time.Duration;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/**
 * Configuration keys of event time on the inputs; {@link EventTimeSettings} is the validated value.
 * The defaults and the reasons for them are documented on {@link EventTimeSettings#DEFAULT}.
 */
public final class EventTimeOptions {

  public static final ConfigOption<Duration> MAX_OUT_OF_ORDERNESS =
      ConfigOptions.key("event-time.max-out-of-orderness")
          .durationType()
          .defaultValue(EventTimeSettings.DEFAULT.maxOutOfOrderness())
          .withDescription("How far behind the newest event time of a Kafka partition an event may"
              + " arrive and still count as on time.");

  public static final ConfigOption<Duration> IDLENESS =
      ConfigOptions.key("event-time.idleness")
          .durationType()
          .defaultValue(EventTimeSettings.DEFAULT.idleness())
          .withDescription("A partition that delivers nothing for this long stops holding back"
              + " event time until it delivers again.");

  private EventTimeOptions() {}
}
