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
import java.util.function.Supplier;

/** The few calls of Flink's REST API (the one the web UI uses) that operating the cluster needs. */
public final class FlinkRest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SETTLED_TASK_STATES = Set.of("RUNNING", "FINISHED");

  /** A JobManager starved of CPU by other processes may take long to answer; that is not an error. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Supplier<String> diagnostics;

  public FlinkRest(String base) {
    this(base, () -> "");
  }

  /** @param diagnostics what to add to a failed wait: which processes are up, their last log lines */
  public FlinkRest(String base, Supplier<String> diagnostics) {
    this.base = base;
    this.diagnostics = diagnostics;
  }

  public String url() {
    return base;
  }

  public JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
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
  public void awaitTaskManagers(int n, Duration timeout) throws InterruptedException {
    Poll.until(n + " TaskManagers registered at the JobManager", timeout,
        () -> overview().path("taskmanagers").asInt() >= n, diagnostics);
  }

  /** Resource ids of the registered TaskManagers. */
  public Set<String> taskManagerIds() throws IOException, InterruptedException {
    Set<String> ids = new TreeSet<>();
    get("/taskmanagers").path("taskmanagers").forEach(tm -> ids.add(tm.path("id").asText()));
    return ids;
  }

  /** Waits until the TaskManager with this resource id has registered (a replacement, say). */
  public Duration awaitTaskManager(String resourceId, Duration timeout) throws InterruptedException {
    return Poll.until("TaskManager " + resourceId + " registered at the JobManager", timeout,
        () -> taskManagerIds().contains(resourceId), diagnostics);
  }

  /** Waits until the cluster has at least {@code n} free slots (no job holds them). */
  public void awaitFreeSlots(int n, Duration timeout) throws InterruptedException {
    Poll.until(n + " free task slots", timeout, () -> overview().path("slots-available").asInt() >= n, diagnostics);
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

  /** Waits for {@link #allTasksRunning}; fails at once if the job reached a terminal state. */
  public Duration awaitAllTasksRunning(String jobId, Duration timeout) throws InterruptedException {
    return Poll.until("job " + jobId + " RUNNING with all its tasks", timeout, () -> {
      if (allTasksRunning(jobId)) {
        return true;
      }
      String state = jobState(jobId);
      if (Set.of("FAILED", "CANCELED", "FINISHED").contains(state)) {
        throw new Poll.Hopeless("job " + jobId + " is " + state + ": " + get("/jobs/" + jobId + "/exceptions"));
      }
      return false;
    }, () -> jobSummary(jobId) + diagnostics.get());
  }

  public void awaitJobState(String jobId, String state, Duration timeout) throws InterruptedException {
    Poll.until("job " + jobId + " " + state, timeout, () -> state.equals(jobState(jobId)),
        () -> jobSummary(jobId) + diagnostics.get());
  }

  /** State and task counts per vertex, and the latest root exception: for a failed wait's message. */
  public String jobSummary(String jobId) {
    try {
      StringBuilder s = new StringBuilder("job ").append(jobId).append(' ').append(jobState(jobId)).append('\n');
      for (JsonNode v : job(jobId).path("vertices")) {
        s.append("  ").append(v.path("name").asText()).append(' ').append(v.path("tasks")).append('\n');
      }
      JsonNode entries = get("/jobs/" + jobId + "/exceptions").path("exceptionHistory").path("entries");
      if (entries.size() > 0) {
        String trace = entries.get(0).path("stacktrace").asText();
        s.append("  latest failure: ").append(trace, 0, Math.min(trace.length(), 600)).append('\n');
      }
      return s.toString();
    } catch (Exception e) {
      return "job " + jobId + ": REST not answering (" + e + ")\n";
    }
  }

  /** Cancels the job (no savepoint); returns at once. */
  public void cancel(String jobId) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/jobs/" + jobId + "?mode=cancel"))
        .timeout(REQUEST_TIMEOUT).method("PATCH", HttpRequest.BodyPublishers.noBody()).build(),
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
    Poll.until(n + " more completed checkpoints of job " + jobId, timeout,
        () -> completedCheckpoints(jobId) >= target, () -> jobSummary(jobId) + diagnostics.get());
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
