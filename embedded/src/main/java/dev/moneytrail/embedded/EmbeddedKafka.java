package dev.moneytrail.embedded;

import dev.moneytrail.schemas.topics.Topic;
import dev.moneytrail.schemas.topics.Topics;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Kafka broker running inside this JVM: one combined KRaft node (broker and controller),
 * plaintext, listening on ephemeral ports of 127.0.0.1 only, with its logs in a temporary directory
 * that {@link #close()} deletes. For tests and the embedded demo only; production points the same
 * client code at a real cluster through configuration.
 *
 * <p>Configured so that what the job relies on works with a single replica: transactions (the
 * exactly-once alert sink), consumer groups without the initial rebalance delay, and compacted
 * topics. Topics are not auto-created: they come from the catalogue through {@link #createTopics},
 * so a misspelt topic name fails loudly instead of silently creating an empty topic.
 *
 * <p>Why not {@code KafkaClusterTestKit}: in Kafka 4.2 it pre-binds its listener sockets on the
 * wildcard address (every interface, verified with {@code ss -ltn}), which would expose an
 * unauthenticated broker to the network on a shared machine, and it formats with the unstable
 * latest-testing metadata version. {@link KafkaRaftServer} is the class {@code kafka-server-start}
 * runs, so this is the production broker code path with our own listeners.
 *
 * <p>A fatal broker fault halts the JVM, exactly as it would a standalone broker.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final String HOST = "127.0.0.1";
  private static final int NODE_ID = 1;
  private static final String BROKER_LISTENER = "PLAINTEXT";
  private static final String CONTROLLER_LISTENER = "CONTROLLER";
  // The controller port has to be in the static voter list before the server starts, so ports are
  // chosen by briefly binding 127.0.0.1:0; another process may grab one in between, hence retries.
  private static final int START_ATTEMPTS = 3;
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaRaftServer server;
  private final Path baseDir;
  private final String bootstrapServers;
  private final Duration startupTime;
  private boolean closed;

  private EmbeddedKafka(
      KafkaRaftServer server, Path baseDir, String bootstrapServers, Duration startupTime) {
    this.server = server;
    this.baseDir = baseDir;
    this.bootstrapServers = bootstrapServers;
    this.startupTime = startupTime;
  }

  /**
   * Formats fresh storage in a new temporary directory and starts the broker; returns once it
   * accepts client requests.
   *
   * @throws IllegalStateException when the broker cannot be started
   */
  public static EmbeddedKafka start() {
    return start(Map.of());
  }

  /**
   * Like {@link #start()}, with broker settings overriding the defaults (for example a shorter
   * {@code transaction.max.timeout.ms} in a test of transaction timeouts). Listener, node and
   * directory settings cannot be overridden.
   */
  public static EmbeddedKafka start(Map<String, String> brokerOverrides) {
    long began = System.nanoTime();
    Path baseDir;
    try {
      baseDir = Files.createTempDirectory("embedded-kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a directory for the broker's logs", e);
    }
    RuntimeException last = null;
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      Path attemptDir = baseDir.resolve("attempt-" + attempt);
      int brokerPort = freeLoopbackPort();
      int controllerPort = freeLoopbackPort();
      KafkaRaftServer server = null;
      try {
        Map<String, String> props =
            brokerConfig(attemptDir, brokerPort, controllerPort, brokerOverrides);
        KafkaConfig config = new KafkaConfig(props, false);
        format(props);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        String bootstrap = HOST + ":" + brokerPort;
        awaitReady(bootstrap);
        return new EmbeddedKafka(
            server, baseDir, bootstrap, Duration.ofNanos(System.nanoTime() - began));
      } catch (Exception e) {
        last = new IllegalStateException("embedded Kafka broker did not start", e);
        if (server != null) {
          stopQuietly(server);
        }
        if (!causedByBind(e)) {
          break;
        }
      }
    }
    deleteQuietly(baseDir);
    throw last;
  }

  /** Bootstrap address for clients, {@code 127.0.0.1:<port>}. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Client properties pointing at this broker, as a starting point for producers/consumers. */
  public Properties clientProperties() {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrapServers);
    return props;
  }

  /** Wall-clock time {@link #start()} took, from creating the directory to accepting requests. */
  public Duration startupTime() {
    return startupTime;
  }

  /**
   * Creates the topics with {@code partitions} partitions each (replication factor 1) and the
   * topic-level settings of {@link #topicConfig}, and waits until every partition has a leader.
   * Topics that already exist are left as they are, so it is safe to call again.
   */
  public void createTopics(Collection<Topic<?>> topics, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    }
    List<NewTopic> wanted = new ArrayList<>();
    for (Topic<?> topic : topics) {
      wanted.add(new NewTopic(topic.name(), partitions, (short) 1).configs(topicConfig(topic)));
    }
    Set<String> names = wanted.stream().map(NewTopic::name).collect(Collectors.toSet());
    try (Admin admin = admin(bootstrapServers)) {
      var results = admin.createTopics(wanted).values();
      for (var entry : results.entrySet()) {
        try {
          entry.getValue().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create topic " + entry.getKey(), e.getCause());
          }
        }
      }
      awaitLeaders(admin, names);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics " + names, e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("timed out creating topics " + names, e);
    }
  }

  /**
   * Topic-level settings for a catalogue topic. The rules topic is compacted: a job started months
   * after a package was published must still find the latest package per id, which time-based
   * retention would have deleted. Event, alert and dead-letter topics keep the broker's
   * time-based retention: every record on them matters, not only the latest per key (alerts are
   * kept for good in the console's store).
   */
  public static Map<String, String> topicConfig(Topic<?> topic) {
    if (topic.name().equals(Topics.RULES.name())) {
      return Map.of("cleanup.policy", "compact");
    }
    return Map.of();
  }

  Path baseDirectory() {
    return baseDir;
  }

  /** Stops the broker and deletes its directory. Safe to call more than once. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stopQuietly(server);
    deleteQuietly(baseDir);
  }

  /**
   * Starts a broker, prints {@code bootstrap.servers=<host:port>} and keeps it running until the
   * JVM is stopped (Ctrl-C). Options: {@code --create-topics N} creates every catalogue topic with
   * N partitions; {@code --bootstrap-file PATH} also writes the address to PATH, for launchers that
   * start the broker in the background.
   */
  public static void main(String[] args) throws Exception {
    Integer partitions = null;
    Path bootstrapFile = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--create-topics" -> partitions = Integer.parseInt(requireValue(args, ++i));
        case "--bootstrap-file" -> bootstrapFile = Path.of(requireValue(args, ++i));
        default -> {
          System.err.println(
              "usage: EmbeddedKafka [--create-topics PARTITIONS] [--bootstrap-file PATH]");
          System.exit(2);
        }
      }
    }
    EmbeddedKafka kafka = start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  kafka.close();
                  stopped.countDown();
                },
                "embedded-kafka-shutdown"));
    if (partitions != null) {
      kafka.createTopics(Topics.all(), partitions);
    }
    if (bootstrapFile != null) {
      Files.writeString(bootstrapFile, kafka.bootstrapServers() + "\n", StandardCharsets.UTF_8);
    }
    System.out.println("bootstrap.servers=" + kafka.bootstrapServers());
    System.out.println(
        "embedded Kafka up in " + kafka.startupTime().toMillis() + " ms; Ctrl-C to stop");
    stopped.await();
  }

  private static String requireValue(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static Map<String, String> brokerConfig(
      Path dir, int brokerPort, int controllerPort, Map<String, String> overrides) {
    Map<String, String> props = new LinkedHashMap<>();
    // One replica only: the internal topics' defaults (3) could never be satisfied, and
    // transactions and consumer-group commits would fail until they time out.
    props.put("offsets.topic.replication.factor", "1");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    // 50 partitions each (the defaults) cost seconds the first time a group or a transactional
    // producer appears; one broker gains nothing from them.
    props.put("offsets.topic.num.partitions", "4");
    props.put("transaction.state.log.num.partitions", "4");
    // The delay only waits for more members to join; tests and the demo would just wait 3 s.
    props.put("group.initial.rebalance.delay.ms", "0");
    props.put("auto.create.topics.enable", "false");
    // The cleaner's default 128 MiB dedupe buffer is sized for production logs, not a demo.
    props.put("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
    // Shared 2-core machines: production thread pools only add contention here.
    props.put("num.network.threads", "2");
    props.put("num.io.threads", "2");
    props.put("background.threads", "2");
    props.putAll(overrides);

    props.put("process.roles", "broker,controller");
    props.put("node.id", Integer.toString(NODE_ID));
    props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
    props.put(
        "listeners",
        BROKER_LISTENER + "://" + HOST + ":" + brokerPort + ","
            + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
    props.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
    props.put(
        "listener.security.protocol.map",
        BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    props.put("inter.broker.listener.name", BROKER_LISTENER);
    props.put("controller.listener.names", CONTROLLER_LISTENER);
    props.put("log.dirs", dir.resolve("data").toString());
    props.put("metadata.log.dir", dir.resolve("metadata").toString());
    return props;
  }

  private static void format(Map<String, String> props) throws Exception {
    Formatter formatter =
        new Formatter()
            // The formatter narrates to stdout; main prints the one line a launcher parses.
            .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
            .setNodeId(NODE_ID)
            .setClusterId(Uuid.randomUuid().toString())
            .setDirectories(List.of(props.get("log.dirs"), props.get("metadata.log.dir")))
            .setMetadataLogDirectory(props.get("metadata.log.dir"))
            .setControllerListenerName(CONTROLLER_LISTENER)
            // Production features only: the demo must behave like the clusters it stands in for.
            .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION);
    formatter.run();
  }

  private static void awaitReady(String bootstrap)
      throws InterruptedException, ExecutionException, TimeoutException {
    try (Admin admin = admin(bootstrap)) {
      admin.describeCluster().nodes().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static void awaitLeaders(Admin admin, Set<String> names)
      throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + ADMIN_TIMEOUT.toNanos();
    while (true) {
      try {
        Map<String, TopicDescription> described =
            admin.describeTopics(names).allTopicNames().get(5, TimeUnit.SECONDS);
        boolean allLed =
            described.values().stream()
                .flatMap(d -> d.partitions().stream())
                .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        if (allLed) {
          return;
        }
      } catch (ExecutionException | TimeoutException e) {
        // The broker's metadata cache can trail the controller for a moment after creation.
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("partitions of " + names + " have no leader yet");
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  private static Admin admin(String bootstrap) {
    Map<String, Object> config = new HashMap<>();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
    return Admin.create(config);
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + HOST, e);
    }
  }

  private static boolean causedByBind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException
          || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
        return true;
      }
    }
    return false;
  }

  private static void stopQuietly(KafkaRaftServer server) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException e) {
      // Closing is best effort: the directory goes anyway and the JVM is usually about to end.
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      Utils.delete(dir.toFile());
    } catch (IOException e) {
      // A leftover temp directory is harmless; failing close() over it would mask test results.
    }
  }
}
