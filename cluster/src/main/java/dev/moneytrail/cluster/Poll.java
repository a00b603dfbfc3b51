package dev.moneytrail.cluster;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Waiting for a condition on a cluster of separate processes: ask again and again until it holds
 * or the deadline passes, then fail saying what was awaited, for how long, the last answer and
 * whatever the caller can tell about the processes. On a loaded machine a REST call or a broker
 * request may time out now and then; such an answer means "not yet", not "failed".
 */
public final class Poll {

  /** A condition that may need I/O to decide. */
  @FunctionalInterface
  public interface Condition {
    boolean holds() throws Exception;
  }

  /** Thrown by a condition that can no longer come true (the job failed): no point waiting on. */
  public static final class Hopeless extends RuntimeException {
    public Hopeless(String message) {
      super(message);
    }
  }

  private static final Duration EVERY = Duration.ofMillis(200);

  private Poll() {}

  /** Returns the time it took; on timeout, throws with {@code what}, the last error and {@code diagnostics}. */
  public static Duration until(String what, Duration timeout, Condition condition, Supplier<String> diagnostics)
      throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    Exception lastError = null;
    while (true) {
      try {
        if (condition.holds()) {
          return Duration.ofNanos(System.nanoTime() - start);
        }
      } catch (IOException | ExecutionException | java.util.concurrent.TimeoutException transientError) {
        lastError = transientError;
      } catch (InterruptedException e) {
        throw e;
      } catch (Hopeless e) {
        throw new IllegalStateException("while waiting for " + what + ": " + e.getMessage()
            + "\n" + diagnostics.get(), e);
      } catch (Exception e) {
        throw new IllegalStateException("while waiting for " + what + ": " + e + "\n" + diagnostics.get(), e);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for " + what
            + (lastError != null ? " (last error: " + lastError + ")" : "") + "\n" + diagnostics.get(), lastError);
      }
      Thread.sleep(EVERY.toMillis());
    }
  }
}
