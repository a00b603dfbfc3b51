package dev.moneytrail.schemas.interchange;

import dev.moneytrail.schemas.Alert;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Streams alerts to an {@code alerts.jsonl} file, one {@link InterchangeJson#alertLine} per alert,
 * UTF-8 with {@code '\n'} line ends. Not thread-safe; write errors surface as
 * {@link java.io.UncheckedIOException}.
 */
public final class AlertWriter implements Closeable {

  private final InterchangeWriter.LineFile out;

  private AlertWriter(InterchangeWriter.LineFile out) {
    this.out = out;
  }

  /** Opens {@code file} for writing, replacing it and creating its directory if needed. */
  public static AlertWriter open(Path file) throws IOException {
    return new AlertWriter(InterchangeWriter.LineFile.open(file));
  }

  /** Appends one alert. */
  public void alert(Alert alert) {
    out.line(InterchangeJson.alertLine(alert));
  }

  /** Alerts written so far. */
  public long count() {
    return out.lines();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
