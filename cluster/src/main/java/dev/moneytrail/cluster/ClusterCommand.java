package dev.moneytrail.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./screen cluster start|status|submit|stop-job|stop}: a standalone Flink session cluster
 * (one JobManager, two TaskManagers of two slots, separate JVMs) and a Kafka broker in its own JVM
 * on this machine's loopback, all from the project's Maven artifacts; the shaded job jar submitted
 * through Flink's own client. See docs/cluster.md.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Standalone Flink session cluster + Kafka broker on this machine (loopback only).",
    subcommands = {ClusterCommand.Start.class, ClusterCommand.Status.class, ClusterCommand.Submit.class,
        ClusterCommand.StopJob.class, ClusterCommand.Stop.class})
public final class ClusterCommand implements Callable<Integer> {

  @Option(names = "--dir", description = "Cluster directory: config, logs, pids, checkpoints,"
      + " savepoints (default: <checkout>/" + ClusterLayout.DEFAULT_DIR + ").")
  Path dir;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ClusterCommand()).execute(args));
  }

  @Override
  public Integer call() {
    CommandLine.usage(this, System.out);
    return 2;
  }

  LocalCluster cluster() {
    Path d = dir != null ? dir : ClusterLayout.projectRootOfThisBuild().resolve(ClusterLayout.DEFAULT_DIR);
    return new LocalCluster(ClusterLayout.of(d), false);
  }

  @Command(name = "start", mixinStandardHelpOptions = true,
      description = "Starts the broker, the JobManager and the TaskManagers; prints the web UI URL.")
  static final class Start implements Callable<Integer> {
    @CommandLine.ParentCommand ClusterCommand parent;

    @Option(names = "--rest-port", description = "Web UI / REST port (default ${DEFAULT-VALUE}; 0 = any free port).")
    int restPort = 8081;

    @Option(names = "--taskmanagers", description = "TaskManagers, 2 slots each (default ${DEFAULT-VALUE}).")
    int taskManagers = 2;

    @Override
    public Integer call() throws Exception {
      LocalCluster c = parent.cluster();
      long t0 = System.nanoTime();
      try {
        c.start(restPort, taskManagers, Duration.ofMinutes(5));
      } catch (Exception e) {
        System.err.println("cluster: start failed (" + e.getMessage() + "); stopping what was started."
            + " Logs: " + c.layout().log());
        c.stop();
        return 1;
      }
      System.out.printf("cluster: up in %.1f s (JobManager, %d TaskManagers x 2 slots, Kafka broker)%n",
          (System.nanoTime() - t0) / 1e9, taskManagers);
      System.out.println("cluster: web UI       " + c.rest().url());
      System.out.println("cluster: kafka        " + c.bootstrapServers().orElse("?"));
      System.out.println("cluster: config, logs " + c.layout().dir());
      System.out.println("cluster: next         ./screen cluster submit");
      return 0;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Which processes are up, and the Flink jobs (REST).")
  static final class Status implements Callable<Integer> {
    @CommandLine.ParentCommand ClusterCommand parent;

    @Override
    public Integer call() throws Exception {
      LocalCluster c = parent.cluster();
      Map<String, Long> up = c.runningProcesses();
      if (up.isEmpty()) {
        System.out.println("cluster: not running (" + c.layout().dir() + ")");
        return 3;
      }
      up.forEach((name, pid) -> System.out.printf("  %-16s pid %d%n", name, pid));
      c.bootstrapServers().ifPresent(b -> System.out.println("  kafka            " + b));
      FlinkRest rest = c.rest();
      if (!rest.isUp()) {
        System.out.println("  flink REST       not answering at " + rest.url());
        return 1;
      }
      JsonNode o = rest.overview();
      System.out.printf("  flink            %s  taskmanagers %d  slots %d (%d free)%n", rest.url(),
          o.path("taskmanagers").asInt(), o.path("slots-total").asInt(), o.path("slots-available").asInt());
      for (JsonNode j : rest.jobs()) {
        System.out.printf("  job %s  %-9s since %s  %s%n", j.path("jid").asText(), j.path("state").asText(),
            Instant.ofEpochMilli(j.path("start-time").asLong()), j.path("name").asText());
      }
      return 0;
    }
  }

  @Command(name = "submit", mixinStandardHelpOptions = true,
      description = "Submits the shaded job jar through Flink's own client (flink run -d), reading the cluster's broker.")
  static final class Submit implements Callable<Integer> {
    @CommandLine.ParentCommand ClusterCommand parent;

    @Option(names = {"-p", "--parallelism"}, description = "Job parallelism (default ${DEFAULT-VALUE}).")
    int parallelism = 2;

    @Option(names = {"-s", "--from-savepoint"}, description = "Restore from this savepoint (or retained checkpoint).")
    String savepoint;

    @Option(names = "--rules", description = "Rule package directory (default: the core package in the jar).")
    Path rules;

    @Option(names = "--jar", description = "Job jar (default: stream-jobs/target/stream-jobs-<version>-job.jar, built if missing).")
    Path jar;

    @Option(names = "--starting-offsets", description = "EARLIEST, LATEST or COMMITTED (default ${DEFAULT-VALUE}).")
    String startingOffsets = "EARLIEST";

    @Parameters(description = "More job arguments (--key value), after --.")
    List<String> more = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      LocalCluster c = parent.cluster();
      String bootstrap = c.bootstrapServers().orElse(null);
      if (bootstrap == null || !c.rest().isUp()) {
        System.err.println("cluster: not running: ./screen cluster start first");
        return 1;
      }
      Path jobJar = jar != null ? jar : JobJar.ensureBuilt(c.layout());
      List<String> args = new ArrayList<>(List.of("--kafka.bootstrap-servers", bootstrap,
          "--kafka.starting-offsets", startingOffsets));
      if (rules != null) {
        args.add("--screening.rules.dir");
        args.add(rules.toAbsolutePath().toString());
      }
      args.addAll(more);
      String jobId = c.submit(jobJar, parallelism, savepoint, args);
      System.out.println("cluster: submitted job " + jobId + " (" + jobJar.getFileName() + ", parallelism "
          + parallelism + (savepoint != null ? ", from " + savepoint : "") + ")");
      System.out.println("cluster: watch it at " + c.rest().url() + "/#/job/running/" + jobId + "/overview");
      return 0;
    }
  }

  @Command(name = "stop-job", mixinStandardHelpOptions = true,
      description = "Stops a job with a savepoint (flink stop); prints the savepoint path for submit -s.")
  static final class StopJob implements Callable<Integer> {
    @CommandLine.ParentCommand ClusterCommand parent;

    @Parameters(index = "0", description = "Job id (./screen cluster status).")
    String jobId;

    @Override
    public Integer call() throws Exception {
      String path = parent.cluster().stopWithSavepoint(jobId);
      System.out.println("cluster: job " + jobId + " stopped; savepoint " + path);
      return 0;
    }
  }

  @Command(name = "stop", mixinStandardHelpOptions = true,
      description = "Ends the processes that start started (by their pid files), nothing else.")
  static final class Stop implements Callable<Integer> {
    @CommandLine.ParentCommand ClusterCommand parent;

    @Override
    public Integer call() {
      List<String> stopped = parent.cluster().stop();
      System.out.println(stopped.isEmpty() ? "cluster: nothing was running" : "cluster: stopped " + String.join(", ", stopped));
      return 0;
    }
  }

  /** The shaded job jar of this checkout, built with Maven when it is missing. */
  static final class JobJar {
    static Path ensureBuilt(ClusterLayout layout) throws Exception {
      String version = ClusterCommand.class.getPackage().getImplementationVersion();
      Path jar = layout.defaultJobJar(version != null ? version : "0.1.0-SNAPSHOT");
      if (Files.exists(jar)) {
        return jar;
      }
      System.err.println("cluster: building the job jar (mvn install -pl stream-jobs)...");
      Process p = new ProcessBuilder("mvn", "-B", "-q", "-o", "install", "-pl", "stream-jobs", "-DskipTests")
          .directory(layout.projectRoot().toFile()).inheritIO().start();
      if (p.waitFor() != 0 || !Files.exists(jar)) {
        throw new IllegalStateException("could not build " + jar);
      }
      return jar;
    }
  }
}
