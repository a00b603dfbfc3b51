package dev.moneytrail.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A standalone Flink session cluster of separate JVMs (one JobManager, TaskManagers with two slots
 * each) and a Kafka broker in its own JVM, started from the project's Maven artifacts the way
 * Flink's own scripts would start them from a distribution: the same main classes, a generated
 * {@code config.yaml}, explicit memory sizes and JVM flags (versions.md pitfall 8).
 *
 * <p>Every process gets a pid file under {@code pids/}; {@link #stop()} ends only processes whose
 * pid file it finds and whose command line is the one it started (a recycled pid is left alone).
 * With {@code ownedByThisJvm}, a shutdown hook also kills them when this JVM exits (tests).
 */
public final class LocalCluster {

  /** Flink's {@code env.java.default-opts.all} of the 2.x distribution: what Flink needs on Java 17. */
  public static final List<String> JAVA_17_OPTS = List.of(
      "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
      "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED",
      "--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED",
      "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.text=ALL-UNNAMED",
      "--add-opens=java.base/java.time=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

  static final String JOBMANAGER_MAIN = "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
  static final String TASKMANAGER_MAIN = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
  static final String CLIENT_MAIN = "org.apache.flink.client.cli.CliFrontend";
  static final String KAFKA_MAIN = "dev.moneytrail.embedded.EmbeddedKafka";

  /** JobManager: heap 256m, off-heap 64m, metaspace 192m (it loads the job's source enumerators). */
  static final List<String> JM_JVM = List.of("-Xms256m", "-Xmx256m", "-XX:MaxDirectMemorySize=64m",
      "-XX:MaxMetaspaceSize=192m");
  /** TaskManager, from the sizes in config.yaml: heap 64+256, direct 64+0+32, metaspace 256 = 768m process. */
  static final List<String> TM_JVM = List.of("-Xms320m", "-Xmx320m", "-XX:MaxDirectMemorySize=96m",
      "-XX:MaxMetaspaceSize=256m");
  static final List<String> KAFKA_JVM = List.of("-Xmx384m");
  static final List<String> CLIENT_JVM = List.of("-Xmx256m");

  private final ClusterLayout layout;
  private final boolean ownedByThisJvm;
  private final List<ProcessHandle> started = new ArrayList<>();
  private final AtomicInteger taskManagerIds = new AtomicInteger();

  public LocalCluster(ClusterLayout layout, boolean ownedByThisJvm) {
    this.layout = layout;
    this.ownedByThisJvm = ownedByThisJvm;
    if (ownedByThisJvm) {
      Runtime.getRuntime().addShutdownHook(new Thread(this::killAllStartedHere, "local-cluster-cleanup"));
    }
  }

  public ClusterLayout layout() {
    return layout;
  }

  /** The Flink REST endpoint (and web UI) of this cluster, from the generated configuration. */
  public FlinkRest rest() {
    return new FlinkRest("http://127.0.0.1:" + restPort(), this::diagnostics);
  }

  public int restPort() {
    try {
      return Integer.parseInt(Files.readString(layout.restPortFile()).trim());
    } catch (IOException e) {
      throw new IllegalStateException("no cluster configured in " + layout.dir(), e);
    }
  }

  public Optional<String> bootstrapServers() {
    try {
      return Files.exists(layout.bootstrapFile())
          ? Optional.of(Files.readString(layout.bootstrapFile()).trim()) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the configuration and starts the broker, the JobManager and {@code taskManagers}
   * TaskManagers; returns when the REST API answers and the TaskManagers have registered.
   *
   * @param restPort 0 for any free loopback port
   */
  public void start(int restPort, int taskManagers, Duration timeout) throws Exception {
    launch(restPort, taskManagers);
    awaitUp(taskManagers, timeout);
  }

  /**
   * Writes the configuration and launches the broker, JobManager and TaskManager JVMs without
   * waiting for them: a caller with other work (a test computing its expected results) does it
   * while they start, then calls {@link #awaitUp}.
   */
  public void launch(int restPort, int taskManagers) throws IOException {
    if (!runningProcesses().isEmpty()) {
      throw new IllegalStateException("a cluster is already running from " + layout.dir()
          + " (" + String.join(", ", runningProcesses().keySet()) + "): ./screen cluster stop first");
    }
    layout.createDirectories();
    int port = restPort == 0 ? freePort() : restPort;
    writeConfiguration(port, freePort());
    launchKafka();
    launch("jobmanager", layout.flinkClasspath(), JM_JVM, JOBMANAGER_MAIN,
        List.of("--configDir", layout.conf().toString()));
    for (int i = 0; i < taskManagers; i++) {
      startTaskManager();
    }
  }

  /** Waits for the broker's address and {@code taskManagers} registered TaskManagers; fails at once if one of them died. */
  public void awaitUp(int taskManagers, Duration timeout) throws InterruptedException {
    awaitKafka(timeout);
    List<String> launched = new ArrayList<>(runningProcesses().keySet());
    Poll.until("the JobManager and " + taskManagers + " registered TaskManagers", timeout, () -> {
      for (String name : launched) {
        if (!isAlive(name)) {
          throw new Poll.Hopeless(name + " exited");
        }
      }
      return rest().overview().path("taskmanagers").asInt() >= taskManagers;
    }, this::diagnostics);
  }

  /** Starts the broker JVM (topics of the catalogue, 4 partitions); returns its bootstrap address. */
  public String startKafka(Duration timeout) throws Exception {
    launchKafka();
    awaitKafka(timeout);
    return bootstrapServers().orElseThrow();
  }

  private void launchKafka() throws IOException {
    Files.deleteIfExists(layout.bootstrapFile());
    launch("kafka", layout.toolsClasspath(), KAFKA_JVM, KAFKA_MAIN,
        List.of("--create-topics", "4", "--bootstrap-file", layout.bootstrapFile().toString()));
  }

  private void awaitKafka(Duration timeout) throws InterruptedException {
    Poll.until("the Kafka broker's address (topics created)", timeout, () -> {
      if (!isAlive("kafka")) {
        throw new Poll.Hopeless("the Kafka broker exited");
      }
      return bootstrapServers().filter(s -> !s.isEmpty()).isPresent();
    }, this::diagnostics);
  }

  /**
   * What a failed wait should show: every process of this cluster directory, up or not, with the
   * last lines of its log (and of its stdout when the JVM wrote anything there, e.g. a crash).
   */
  public String diagnostics() {
    StringBuilder s = new StringBuilder("cluster processes in " + layout.dir() + ":\n");
    List<String> names = new ArrayList<>();
    try (Stream<Path> logs = Files.exists(layout.log()) ? Files.list(layout.log()) : Stream.empty()) {
      logs.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".log") && !f.equals("client.log"))
          .map(f -> f.substring(0, f.length() - 4)).sorted().forEach(names::add);
    } catch (IOException e) {
      s.append("  (cannot list ").append(layout.log()).append(": ").append(e).append(")\n");
    }
    for (String name : names) {
      s.append("--- ").append(name).append(isAlive(name) ? " (up, pid " + process(name).map(ProcessHandle::pid)
          .orElse(-1L) + ")" : " (not running)").append(", last lines of ").append(name).append(".log:\n");
      tail(layout.log().resolve(name + ".log"), 8).forEach(l -> s.append("    ").append(l).append('\n'));
      List<String> out = tail(layout.log().resolve(name + ".out"), 8);
      if (!out.isEmpty()) {
        s.append("  ").append(name).append(".out:\n");
        out.forEach(l -> s.append("    ").append(l).append('\n'));
      }
    }
    return s.toString();
  }

  private static List<String> tail(Path file, int lines) {
    try {
      if (!Files.exists(file)) {
        return List.of();
      }
      List<String> all = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
      return all.subList(Math.max(0, all.size() - lines), all.size()).stream()
          .map(l -> l.length() > 300 ? l.substring(0, 300) + "..." : l).toList();
    } catch (IOException e) {
      return List.of("(cannot read " + file + ": " + e + ")");
    }
  }

  /** Ends the broker (SIGTERM, then SIGKILL), e.g. to give the next test fresh topics. */
  public void stopKafka() {
    stopProcess("kafka");
    try {
      Files.deleteIfExists(layout.bootstrapFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts one more TaskManager JVM with a fresh resource id; returns its name ({@code taskmanager-N}). */
  public String startTaskManager() throws IOException {
    String name = "taskmanager-" + nextTaskManagerId();
    launch(name, layout.flinkClasspath(), TM_JVM, TASKMANAGER_MAIN,
        List.of("--configDir", layout.conf().toString(), "-Dtaskmanager.resource-id=" + name));
    return name;
  }

  private int nextTaskManagerId() {
    int n = taskManagerIds.incrementAndGet();
    while (Files.exists(layout.pids().resolve("taskmanager-" + n + ".pid"))) {
      n = taskManagerIds.incrementAndGet();
    }
    return n;
  }

  /** SIGKILL, as a crashed machine or the OOM killer would: no shutdown hooks, no goodbye to the JobManager. */
  public void kill(String name) throws Exception {
    ProcessHandle p = process(name).orElseThrow(() -> new IllegalStateException(name + " is not running"));
    p.destroyForcibly();
    p.onExit().get(30, TimeUnit.SECONDS).pid();
    Files.deleteIfExists(pidFile(name));
  }

  /** Ends every process this cluster directory has a pid file for: TaskManagers, JobManager, broker. */
  public List<String> stop() {
    List<String> stopped = new ArrayList<>();
    List<String> names = new ArrayList<>(pidFileNames());
    names.sort((a, b) -> order(a) - order(b));
    for (String name : names) {
      if (stopProcess(name)) {
        stopped.add(name);
      }
    }
    return stopped;
  }

  private static int order(String name) {
    return name.startsWith("taskmanager") ? 0 : name.equals("jobmanager") ? 1 : 2;
  }

  /** Name -> pid of the processes that are up (their pid file exists and the pid runs the expected main). */
  public Map<String, Long> runningProcesses() {
    Map<String, Long> up = new LinkedHashMap<>();
    for (String name : pidFileNames()) {
      process(name).ifPresent(p -> up.put(name, p.pid()));
    }
    return up;
  }

  public boolean isAlive(String name) {
    return process(name).isPresent();
  }

  /**
   * Runs Flink's own command-line client ({@code flink ...} of a distribution) against this
   * cluster: {@code FLINK_CONF_DIR} is the generated configuration. Returns its output.
   */
  public ClientResult client(List<String> args, Duration timeout) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBin());
    cmd.addAll(CLIENT_JVM);
    cmd.addAll(JAVA_17_OPTS);
    cmd.add("-Dlog4j.configurationFile=" + layout.conf().resolve("log4j-cli.properties"));
    cmd.add("-Dlog.file=" + layout.log().resolve("client.log"));
    cmd.add("-cp");
    cmd.add(layout.flinkClasspath());
    cmd.add(CLIENT_MAIN);
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("FLINK_CONF_DIR", layout.conf().toString());
    Path out = Files.createTempFile(layout.tmp(), "client-", ".out");
    pb.redirectOutput(out.toFile());
    Process p = pb.start();
    try {
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("flink client did not finish within " + timeout + ": " + Files.readString(out));
      }
      return new ClientResult(p.exitValue(), Files.readString(out));
    } finally {
      p.destroyForcibly();
      Files.deleteIfExists(out);
    }
  }

  /** Exit code and combined output of one client run. */
  public record ClientResult(int exitCode, String output) {
    private static final Pattern JOB_ID = Pattern.compile("JobID ([0-9a-f]{32})");
    private static final Pattern SAVEPOINT = Pattern.compile("Savepoint completed\\. Path: (\\S+)");

    public String jobId() {
      return find(JOB_ID, "job id");
    }

    public String savepointPath() {
      return find(SAVEPOINT, "savepoint path");
    }

    private String find(Pattern p, String what) {
      Matcher m = p.matcher(output);
      if (exitCode != 0 || !m.find()) {
        throw new IllegalStateException("flink client (exit " + exitCode + ") printed no " + what + ":\n" + output);
      }
      return m.group(1);
    }
  }

  /**
   * Submits the job jar detached through {@code flink run -d}; returns the job id.
   *
   * @param savepoint restore from this savepoint, or null
   * @param jobArgs the job's {@code --key value} arguments
   */
  public String submit(Path jobJar, int parallelism, String savepoint, List<String> jobArgs)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("run", "-d", "-p", Integer.toString(parallelism)));
    if (savepoint != null) {
      args.add("-s");
      args.add(savepoint);
    }
    args.add("-c");
    args.add("dev.moneytrail.stream.pipeline.ScreeningJob");
    args.add(jobJar.toString());
    args.addAll(jobArgs);
    return client(args, Duration.ofMinutes(5)).jobId();
  }

  /** {@code flink stop --savepointPath DIR JOBID}: a savepoint, then the job finishes; returns the savepoint path. */
  public String stopWithSavepoint(String jobId) throws IOException, InterruptedException {
    return client(List.of("stop", "--savepointPath", layout.savepoints().toUri().toString(), jobId),
        Duration.ofMinutes(5)).savepointPath();
  }

  // ---------------------------------------------------------------------------------------------

  private void writeConfiguration(int restPort, int rpcPort) throws IOException {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("jobmanager.rpc.address", "127.0.0.1");
    c.put("jobmanager.rpc.port", Integer.toString(rpcPort));
    c.put("jobmanager.bind-host", "127.0.0.1");
    c.put("jobmanager.memory.heap.size", "256m");
    c.put("jobmanager.memory.off-heap.size", "64m");
    c.put("jobmanager.memory.jvm-metaspace.size", "192m");
    c.put("jobmanager.memory.jvm-overhead.min", "64m");
    c.put("jobmanager.memory.jvm-overhead.max", "64m");
    c.put("rest.address", "127.0.0.1");
    c.put("rest.bind-address", "127.0.0.1");
    c.put("rest.port", Integer.toString(restPort));
    c.put("taskmanager.host", "127.0.0.1");
    c.put("taskmanager.bind-host", "127.0.0.1");
    c.put("taskmanager.numberOfTaskSlots", "2");
    c.put("taskmanager.cpu.cores", "2");
    // Explicit sizes (what the distribution's scripts compute), matching TM_JVM: 768m in all.
    c.put("taskmanager.memory.framework.heap.size", "64m");
    c.put("taskmanager.memory.task.heap.size", "256m");
    c.put("taskmanager.memory.framework.off-heap.size", "64m");
    c.put("taskmanager.memory.task.off-heap.size", "0m");
    c.put("taskmanager.memory.managed.size", "32m");
    c.put("taskmanager.memory.network.min", "32m");
    c.put("taskmanager.memory.network.max", "32m");
    c.put("taskmanager.memory.jvm-metaspace.size", "256m");
    c.put("taskmanager.memory.jvm-overhead.min", "64m");
    c.put("taskmanager.memory.jvm-overhead.max", "64m");
    c.put("parallelism.default", "2");
    c.put("classloader.resolve-order", "child-first");
    c.put("state.backend.type", "hashmap");
    c.put("execution.checkpointing.dir", layout.checkpoints().toUri().toString());
    c.put("execution.checkpointing.savepoint-dir", layout.savepoints().toUri().toString());
    c.put("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
    c.put("execution.checkpointing.num-retained", "2");
    // Flink's default for checkpointed jobs, with short delays: restart at once after the first
    // failure, back off while failures repeat (e.g. slots not yet back), never give up. A fixed
    // number of attempts turns a slow TaskManager start on a busy machine into a failed job.
    c.put("restart-strategy.type", "exponential-delay");
    c.put("restart-strategy.exponential-delay.initial-backoff", "1 s");
    c.put("restart-strategy.exponential-delay.max-backoff", "10 s");
    c.put("restart-strategy.exponential-delay.backoff-multiplier", "2.0");
    c.put("restart-strategy.exponential-delay.reset-backoff-threshold", "1 min");
    // A killed TaskManager is noticed from refused heartbeat RPCs (heartbeat.rpc-failure-threshold,
    // 2 in a row: ~2 s), not from this timeout; a long timeout only stops a JVM that is starved of
    // CPU for a while (busy machine, long GC) from being declared dead.
    c.put("heartbeat.interval", "2000");
    c.put("heartbeat.timeout", "60000");
    c.put("heartbeat.rpc-failure-threshold", "2");
    // RPC asks (deploy a task, trigger a checkpoint) that a starved JVM answers late.
    c.put("pekko.ask.timeout", "60 s");
    c.put("io.tmp.dirs", layout.tmp().toString());
    c.put("web.tmpdir", layout.tmp().resolve("web").toString());
    c.put("blob.storage.directory", layout.tmp().resolve("blobs").toString());
    c.put("env.log.dir", layout.log().toString());
    c.put("env.java.default-opts.all", String.join(" ", JAVA_17_OPTS));
    StringBuilder yaml = new StringBuilder("# Generated by ./screen cluster start: a standalone session cluster on loopback.\n");
    c.forEach((k, v) -> yaml.append(k).append(": ").append(quote(v)).append('\n'));
    Files.writeString(layout.conf().resolve("config.yaml"), yaml.toString());
    Files.writeString(layout.conf().resolve("log4j.properties"), String.join("\n",
        "rootLogger.level = INFO",
        "rootLogger.appenderRef.file.ref = MainAppender",
        "logger.kafka.name = org.apache.kafka",
        "logger.kafka.level = WARN",
        "logger.drools.name = org.drools",
        "logger.drools.level = WARN",
        "appender.main.name = MainAppender",
        "appender.main.type = File",
        "appender.main.append = true",
        "appender.main.fileName = ${sys:log.file}",
        "appender.main.layout.type = PatternLayout",
        "appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n", ""));
    Files.writeString(layout.conf().resolve("log4j-cli.properties"), String.join("\n",
        "rootLogger.level = WARN",
        "rootLogger.appenderRef.file.ref = FileAppender",
        "appender.file.name = FileAppender",
        "appender.file.type = File",
        "appender.file.append = true",
        "appender.file.fileName = ${sys:log.file}",
        "appender.file.layout.type = PatternLayout",
        "appender.file.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n", ""));
    Files.writeString(layout.restPortFile(), Integer.toString(restPort));
  }

  private static String quote(String v) {
    return v.matches("[A-Za-z0-9._:/ -]*") && !v.contains(": ") ? v : "'" + v.replace("'", "''") + "'";
  }

  private void launch(String name, String classpath, List<String> jvm, String main, List<String> args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    // setsid: the cluster outlives the shell that started it (no SIGHUP when the terminal closes).
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      cmd.add("/usr/bin/setsid");
    }
    cmd.add(javaBin());
    cmd.addAll(jvm);
    cmd.addAll(JAVA_17_OPTS);
    Path logFile = layout.log().resolve(name + ".log");
    cmd.add("-Dlog.file=" + logFile);
    cmd.add("-Dlog4j.configurationFile=" + layout.conf().resolve("log4j.properties"));
    cmd.add("-Dscreen.cluster.process=" + name);
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.add(main);
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log().resolve(name + ".out").toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().put("FLINK_CONF_DIR", layout.conf().toString());
    Process p = pb.start();
    Files.writeString(pidFile(name), Long.toString(p.pid()));
    synchronized (started) {
      started.add(p.toHandle());
    }
  }

  private boolean stopProcess(String name) {
    Optional<ProcessHandle> p = process(name);
    try {
      if (p.isPresent()) {
        p.get().destroy();
        try {
          p.get().onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception timeout) {
          p.get().destroyForcibly();
          p.get().onExit().get(10, TimeUnit.SECONDS);
        }
      }
      Files.deleteIfExists(pidFile(name));
      return p.isPresent();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop " + name, e);
    }
  }

  private void killAllStartedHere() {
    synchronized (started) {
      for (ProcessHandle p : started) {
        p.destroyForcibly();
      }
    }
  }

  private Optional<ProcessHandle> process(String name) {
    Path file = pidFile(name);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(Files.readString(file).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
          .filter(p -> p.info().arguments().map(a -> List.of(a).contains("-Dscreen.cluster.process=" + name))
              .orElse(true));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private List<String> pidFileNames() {
    if (!Files.isDirectory(layout.pids())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(layout.pids())) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".pid"))
          .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path pidFile(String name) {
    return layout.pids().resolve(name + ".pid");
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
