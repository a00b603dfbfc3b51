package dev.moneytrail.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The few calls of Flink's REST API (the one the web UI uses) that operating the cluster needs. */
public final class FlinkRest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SETTLED_TASK_STATES = Set.of("RUNNING", "FINISHED");

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public FlinkRest(String base) {
    this.base = base;
  }

  public String url() {
    return base;
  }

  public JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("GET " + path + " -> " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /** True when the REST endpoint answers. */
  public boolean isUp() {
    try {
      get("/overview");
      return true;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  public JsonNode overview() throws IOException, InterruptedException {
    return get("/overview");
  }

  /** Waits until at least {@code n} TaskManagers have registered. */
  public void awaitTaskManagers(int n, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        if (overview().path("taskmanagers").asInt() >= n) {
          return;
        }
      } catch (IOException notYet) {
        // the JobManager is still starting
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(n + " TaskManagers did not register within " + timeout);
      }
      Thread.sleep(200);
    }
  }

  /** One line per job: id, state, name. */
  public List<JsonNode> jobs() throws IOException, InterruptedException {
    List<JsonNode> jobs = new ArrayList<>();
    get("/jobs/overview").path("jobs").forEach(jobs::add);
    return jobs;
  }

  public JsonNode job(String jobId) throws IOException, InterruptedException {
    return get("/jobs/" + jobId);
  }

  public String jobState(String jobId) throws IOException, InterruptedException {
    return job(jobId).path("state").asText();
  }

  /**
   * The job is RUNNING and so is every one of its tasks (a bounded source's tasks may have
   * FINISHED): it is processing again, not just scheduled.
   */
  public boolean allTasksRunning(String jobId) throws IOException, InterruptedException {
    JsonNode job = job(jobId);
    if (!"RUNNING".equals(job.path("state").asText())) {
      return false;
    }
    boolean anyRunning = false;
    for (JsonNode v : job.path("vertices")) {
      var tasks = v.path("tasks").fields();
      while (tasks.hasNext()) {
        var e = tasks.next();
        if (e.getValue().asInt() > 0 && !SETTLED_TASK_STATES.contains(e.getKey())) {
          return false;
        }
      }
      anyRunning |= v.path("tasks").path("RUNNING").asInt() > 0;
    }
    return anyRunning;
  }

  /** Waits for {@link #allTasksRunning}; returns when it held. */
  public void awaitAllTasksRunning(String jobId, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!allTasksRunning(jobId)) {
      String state = jobState(jobId);
      if (Set.of("FAILED", "CANCELED", "FINISHED").contains(state)) {
        throw new IllegalStateException("job " + jobId + " is " + state + ": " + get("/jobs/" + jobId + "/exceptions"));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("job " + jobId + " not running with all tasks within " + timeout + ": " + job(jobId));
      }
      Thread.sleep(100);
    }
  }

  public void awaitJobState(String jobId, String state, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!state.equals(jobState(jobId))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("job " + jobId + " not " + state + " within " + timeout + ": " + jobState(jobId));
      }
      Thread.sleep(200);
    }
  }

  /** Cancels the job (no savepoint); returns at once. */
  public void cancel(String jobId) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/jobs/" + jobId + "?mode=cancel"))
        .timeout(Duration.ofSeconds(10)).method("PATCH", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IOException("cancel " + jobId + " -> " + r.statusCode() + ": " + r.body());
    }
  }

  /** Completed checkpoints of the job since it was submitted (restores included). */
  public long completedCheckpoints(String jobId) throws IOException, InterruptedException {
    return get("/jobs/" + jobId + "/checkpoints").path("counts").path("completed").asLong();
  }

  /** Waits until {@code n} more checkpoints than now have completed. */
  public void awaitMoreCheckpoints(String jobId, int n, Duration timeout) throws Exception {
    long target = completedCheckpoints(jobId) + n;
    long deadline = System.nanoTime() + timeout.toNanos();
    while (completedCheckpoints(jobId) < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(n + " more checkpoints did not complete within " + timeout);
      }
      Thread.sleep(200);
    }
  }

  /** Failures in the job's exception history (a TaskManager loss is one). */
  public int failures(String jobId) throws IOException, InterruptedException {
    return get("/jobs/" + jobId + "/exceptions").path("exceptionHistory").path("entries").size();
  }

  /** Resource ids of the TaskManagers that run at least one task of the job. */
  public Set<String> taskManagersOf(String jobId) throws IOException, InterruptedException {
    Set<String> ids = new TreeSet<>();
    for (JsonNode v : job(jobId).path("vertices")) {
      for (JsonNode tm : get("/jobs/" + jobId + "/vertices/" + v.path("id").asText() + "/taskmanagers").path("taskmanagers")) {
        ids.add(tm.path("taskmanager-id").asText());
      }
    }
    return ids;
  }
}
