package dev.moneytrail.simulator.output;

import java.io.PrintStream;

/**
 * A one-line progress bar on a terminal: days done, transactions and throughput, redrawn in place.
 * Use {@link #none()} when stderr is not a terminal, so CI logs stay quiet.
 */
public final class ProgressBar {

  private final PrintStream out;
  private final long startNanos = System.nanoTime();
  private long lastDraw;

  private ProgressBar(PrintStream out) {
    this.out = out;
  }

  public static ProgressBar on(PrintStream out) {
    return new ProgressBar(out);
  }

  public static ProgressBar none() {
    return new ProgressBar(null);
  }

  /** Whether the JVM looks attached to an interactive terminal. */
  public static boolean terminal() {
    return System.console() != null && System.getenv("CI") == null;
  }

  public void update(int day, int days, long transactions) {
    if (out == null) {
      return;
    }
    long now = System.nanoTime();
    if (day < days && now - lastDraw < 200_000_000L) {
      return;
    }
    lastDraw = now;
    int width = 30;
    int filled = (int) ((long) width * day / Math.max(1, days));
    double secs = Math.max(1e-3, (now - startNanos) / 1e9);
    out.print("\r[" + "=".repeat(filled) + (filled < width ? ">" + " ".repeat(width - filled - 1) : "") + "] day "
        + day + "/" + days + "  " + String.format("%,d", transactions) + " txns  "
        + String.format("%,.0f", transactions / secs) + "/s   ");
    if (day >= days) {
      out.println();
    }
    out.flush();
  }
}
