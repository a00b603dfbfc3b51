package dev.moneytrail.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a local cluster keeps everything: {@code conf/} (config.yaml, log4j), {@code log/} (one
 * log per process), {@code pids/}, {@code checkpoints/}, {@code savepoints/}, {@code tmp/}, and
 * the broker's address in {@code kafka.bootstrap}. Also where the build put the class paths and
 * the job jar.
 *
 * @param dir the cluster directory
 * @param projectRoot the checkout (for the class path files and the job jar)
 */
public record ClusterLayout(Path dir, Path projectRoot) {

  public static final String DEFAULT_DIR = ".screen/cluster";

  /** The checkout this class was built in: {@code <root>/cluster/target/classes}. */
  public static Path projectRootOfThisBuild() {
    try {
      Path classes = Path.of(ClusterLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return classes.getParent().getParent().getParent().toAbsolutePath().normalize();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ClusterLayout of(Path dir) {
    return new ClusterLayout(dir.toAbsolutePath().normalize(), projectRootOfThisBuild());
  }

  public Path conf() { return dir.resolve("conf"); }
  public Path log() { return dir.resolve("log"); }
  public Path pids() { return dir.resolve("pids"); }
  public Path checkpoints() { return dir.resolve("checkpoints"); }
  public Path savepoints() { return dir.resolve("savepoints"); }
  public Path tmp() { return dir.resolve("tmp"); }
  public Path bootstrapFile() { return dir.resolve("kafka.bootstrap"); }
  public Path restPortFile() { return dir.resolve("rest.port"); }

  /** Flink runtime, client, web UI and log4j: the class path of every Flink JVM. */
  public Path flinkClasspathFile() { return projectRoot.resolve("cluster/target/classpath/flink.cp"); }

  /** The tools around the cluster (broker, simulator) plus Flink. */
  public Path toolsClasspathFile() { return projectRoot.resolve("cluster/target/classpath/tools.cp"); }

  public Path defaultJobJar(String version) {
    return projectRoot.resolve("stream-jobs/target/stream-jobs-" + version + "-job.jar");
  }

  public String flinkClasspath() { return read(flinkClasspathFile()); }

  public String toolsClasspath() {
    return projectRoot.resolve("cluster/target/classes") + java.io.File.pathSeparator + read(toolsClasspathFile());
  }

  void createDirectories() {
    try {
      for (Path p : new Path[] {conf(), log(), pids(), checkpoints(), savepoints(), tmp()}) {
        Files.createDirectories(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).trim();
    } catch (IOException e) {
      throw new IllegalStateException(file + " is missing: build the cluster module first"
          + " (mvn -o -q install -pl stream-jobs,cluster -DskipTests)", e);
    }
  }
}
