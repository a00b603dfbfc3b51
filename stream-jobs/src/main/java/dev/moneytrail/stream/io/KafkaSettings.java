package dev.moneytrail.stream.io;

import dev.moneytrail.stream.io.KafkaOptions.StartingOffsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;

/**
 * The validated Kafka settings of the job (keys and defaults in {@link KafkaOptions}): where the
 * brokers are, the consumer group, where to start, the exactly-once sinks' transactional id prefix
 * and timeout, and client properties passed through untouched (security above all). Immutable;
 * every problem is reported at start-up with the key to fix, not later by a Kafka client.
 */
public final class KafkaSettings {

  /** The broker's default {@code transaction.max.timeout.ms}; a longer timeout is refused. */
  public static final Duration BROKER_MAX_TRANSACTION_TIMEOUT = Duration.ofMinutes(15);

  // Set by the job on each client from the options above; a second way to set them would let the
  // two disagree silently (e.g. a consumer reading uncommitted, i.e. aborted, alerts).
  private static final Set<String> MANAGED = Set.of(
      "bootstrap.servers", "group.id", "isolation.level", "transactional.id",
      "transaction.timeout.ms", "key.serializer", "value.serializer", "key.deserializer",
      "value.deserializer", "enable.auto.commit", "auto.offset.reset");

  private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9a-fA-F:.]+]|[^\\s:,\\[\\]]+):(\\d{1,5})");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");

  private final String bootstrapServers;
  private final String groupId;
  private final StartingOffsets startingOffsets;
  private final String transactionalIdPrefix;
  private final Duration transactionTimeout;
  private final Map<String, String> clientProperties;

  private KafkaSettings(Builder b) {
    this.bootstrapServers = checkBootstrap(b.bootstrapServers);
    this.groupId = checkId(KafkaOptions.GROUP_ID.key(), b.groupId);
    this.startingOffsets = Objects.requireNonNull(b.startingOffsets, "startingOffsets");
    this.transactionalIdPrefix =
        checkId(KafkaOptions.TRANSACTIONAL_ID_PREFIX.key(), b.transactionalIdPrefix);
    this.transactionTimeout = checkTimeout(b.transactionTimeout);
    this.clientProperties = checkProperties(b.clientProperties);
  }

  /** Settings with every default and the given brokers, e.g. the embedded demo broker. */
  public static KafkaSettings defaults(String bootstrapServers) {
    return builder().bootstrapServers(bootstrapServers).build();
  }

  /** Starts from the defaults of {@link KafkaOptions}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the options of {@link KafkaOptions} (absent keys take their defaults) and every {@code
   * kafka.properties.*} key.
   *
   * @throws IllegalArgumentException naming the key of the first invalid value
   */
  public static KafkaSettings from(Configuration config) {
    Builder b = builder()
        .bootstrapServers(config.get(KafkaOptions.BOOTSTRAP_SERVERS))
        .groupId(config.get(KafkaOptions.GROUP_ID))
        .startingOffsets(config.get(KafkaOptions.STARTING_OFFSETS))
        .transactionalIdPrefix(config.get(KafkaOptions.TRANSACTIONAL_ID_PREFIX))
        .transactionTimeout(config.get(KafkaOptions.TRANSACTION_TIMEOUT));
    config.toMap().forEach((key, value) -> {
      if (key.startsWith(KafkaOptions.PROPERTIES_PREFIX)) {
        b.clientProperty(key.substring(KafkaOptions.PROPERTIES_PREFIX.length()), value);
      }
    });
    return b.build();
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public String groupId() {
    return groupId;
  }

  public StartingOffsets startingOffsets() {
    return startingOffsets;
  }

  public String transactionalIdPrefix() {
    return transactionalIdPrefix;
  }

  public Duration transactionTimeout() {
    return transactionTimeout;
  }

  /** The pass-through client properties (security and tuning), unmodifiable. */
  public Map<String, String> clientProperties() {
    return clientProperties;
  }

  /** The pass-through properties plus {@code bootstrap.servers}, as a fresh object to add to. */
  public Properties baseClientProperties() {
    Properties props = new Properties();
    props.putAll(clientProperties);
    props.setProperty("bootstrap.servers", bootstrapServers);
    return props;
  }

  /** Secrets in pass-through properties (passwords, JAAS configs, keys) are masked. */
  @Override
  public String toString() {
    Map<String, String> shown = new TreeMap<>();
    clientProperties.forEach((k, v) -> shown.put(k, isSecret(k) ? "******" : v));
    return "KafkaSettings{bootstrapServers=" + bootstrapServers + ", groupId=" + groupId
        + ", startingOffsets=" + startingOffsets + ", transactionalIdPrefix="
        + transactionalIdPrefix + ", transactionTimeout=" + transactionTimeout
        + ", clientProperties=" + shown + "}";
  }

  private static boolean isSecret(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("password") || k.contains("jaas") || k.contains("secret")
        || k.contains("token") || k.endsWith(".key") || k.contains("credentials");
  }

  private static String checkBootstrap(String value) {
    String key = KafkaOptions.BOOTSTRAP_SERVERS.key();
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " must not be empty");
    }
    for (String server : value.split(",")) {
      var m = HOST_PORT.matcher(server.trim());
      if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 65535) {
        throw new IllegalArgumentException(
            key + ": '" + server.trim() + "' is not host:port (e.g. broker-1.example:9092)");
      }
    }
    return value.trim();
  }

  private static String checkId(String key, String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw new IllegalArgumentException(key + ": '" + value
          + "' must be letters, digits, '.', '_' or '-' (it names a Kafka group or transaction)");
    }
    return value;
  }

  private static Duration checkTimeout(Duration value) {
    String key = KafkaOptions.TRANSACTION_TIMEOUT.key();
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(key + " must be positive, got " + value);
    }
    if (value.compareTo(BROKER_MAX_TRANSACTION_TIMEOUT) > 0) {
      throw new IllegalArgumentException(key + " " + value + " exceeds the broker's default"
          + " transaction.max.timeout.ms (15 min): the sink could not begin a transaction");
    }
    return value;
  }

  private static Map<String, String> checkProperties(Map<String, String> props) {
    Set<String> managed = props.keySet().stream()
        .filter(MANAGED::contains)
        .collect(Collectors.toCollection(TreeSet::new));
    if (!managed.isEmpty()) {
      throw new IllegalArgumentException(KafkaOptions.PROPERTIES_PREFIX + managed
          + " are set by the job itself; use the kafka.* options instead, or leave them out");
    }
    return Collections.unmodifiableMap(new TreeMap<>(props));
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private String bootstrapServers = KafkaOptions.BOOTSTRAP_SERVERS.defaultValue();
    private String groupId = KafkaOptions.GROUP_ID.defaultValue();
    private StartingOffsets startingOffsets = KafkaOptions.STARTING_OFFSETS.defaultValue();
    private String transactionalIdPrefix = KafkaOptions.TRANSACTIONAL_ID_PREFIX.defaultValue();
    private Duration transactionTimeout = KafkaOptions.TRANSACTION_TIMEOUT.defaultValue();
    private final Map<String, String> clientProperties = new TreeMap<>();

    private Builder() {}

    public Builder bootstrapServers(String value) {
      this.bootstrapServers = value;
      return this;
    }

    public Builder groupId(String value) {
      this.groupId = value;
      return this;
    }

    public Builder startingOffsets(StartingOffsets value) {
      this.startingOffsets = value;
      return this;
    }

    public Builder transactionalIdPrefix(String value) {
      this.transactionalIdPrefix = value;
      return this;
    }

    public Builder transactionTimeout(Duration value) {
      this.transactionTimeout = value;
      return this;
    }

    /** A client property passed to every consumer and producer, e.g. {@code security.protocol}. */
    public Builder clientProperty(String key, String value) {
      clientProperties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, key));
      return this;
    }

    public KafkaSettings build() {
      return new KafkaSettings(this);
    }
  }
}
