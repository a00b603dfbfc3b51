package dev.moneytrail.schemas.interchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link RejectSink} writing one JSON object per reject:
 * {@code {"file":..,"line":n,"field":..,"reason":..,"raw":..}}, always with all five keys
 * ({@code field} is {@code null} for whole-line problems), UTF-8 with {@code '\n'} line ends.
 * Streams to disk, so a file full of bad lines does not fill memory.
 */
public final class RejectsFile implements RejectSink, Closeable {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final Path path;
  private final Writer out;
  private long count;

  private RejectsFile(Path path, Writer out) {
    this.path = path;
    this.out = out;
  }

  /** Opens {@code path} for writing, replacing it and creating its directory if needed. */
  public static RejectsFile open(Path path) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new RejectsFile(path, new BufferedWriter(
        Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16));
  }

  /** Renders one reject as its JSON line (without the line end). */
  public static String line(Reject r) {
    StringWriter s = new StringWriter(128 + (r.raw() == null ? 0 : r.raw().length()));
    try (JsonGenerator g = FACTORY.createGenerator(s)) {
      g.writeStartObject();
      g.writeStringField("file", r.file());
      g.writeNumberField("line", r.line());
      g.writeStringField("field", r.field());
      g.writeStringField("reason", r.reason());
      g.writeStringField("raw", r.raw());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }

  @Override
  public void reject(Reject reject) {
    try {
      out.write(line(reject));
      out.write('\n');
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write reject to " + path, e);
    }
  }

  /** Rejects written so far. */
  public long count() {
    return count;
  }

  public Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
