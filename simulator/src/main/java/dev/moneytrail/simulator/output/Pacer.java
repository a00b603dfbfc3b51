package dev.moneytrail.simulator.output;

import java.time.Instant;

/**
 * Paces a replay: as fast as possible, at a fixed number of events per second, or with simulated
 * time compressed by a factor (at speed 3600 an hour of bank activity passes in a second). Events
 * timed before the run start (accounts opened earlier) are never held back.
 */
public abstract class Pacer {

  /** Waits until the event may be sent. */
  public abstract void await(Instant eventTime) throws InterruptedException;

  public static Pacer unlimited() {
    return new Pacer() {
      @Override
      public void await(Instant eventTime) {
      }
    };
  }

  /** At most {@code eventsPerSecond} events per second. */
  public static Pacer rate(double eventsPerSecond) {
    if (eventsPerSecond <= 0) {
      throw new IllegalArgumentException("rate must be positive");
    }
    return new Pacer() {
      private final long start = System.nanoTime();
      private long sent;

      @Override
      public void await(Instant eventTime) throws InterruptedException {
        long due = start + (long) (sent++ * 1e9 / eventsPerSecond);
        sleepUntil(due);
      }
    };
  }

  /** Simulated time runs {@code factor} times faster than wall-clock time from {@code simStart}. */
  public static Pacer speed(double factor, Instant simStart) {
    if (factor <= 0) {
      throw new IllegalArgumentException("speed must be positive");
    }
    return new Pacer() {
      private final long start = System.nanoTime();

      @Override
      public void await(Instant eventTime) throws InterruptedException {
        long simMillis = eventTime.toEpochMilli() - simStart.toEpochMilli();
        if (simMillis <= 0) {
          return;
        }
        sleepUntil(start + (long) (simMillis * 1e6 / factor));
      }
    };
  }

  static void sleepUntil(long dueNanos) throws InterruptedException {
    long wait = dueNanos - System.nanoTime();
    if (wait > 1_000_000) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
