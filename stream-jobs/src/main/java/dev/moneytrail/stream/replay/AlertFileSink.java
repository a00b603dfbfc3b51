package dev.moneytrail.stream.replay;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.codec.AvroCodec;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes every alert revision of a bounded local run to a file (one subtask: run it at
 * parallelism 1), read back once the job has finished. A replay does not stream its results back
 * through the client: with a per-job local cluster that path can lose the tail of the results when
 * the cluster shuts down before the client has fetched them.
 */
final class AlertFileSink implements Sink<Alert> {

  private final String path;

  AlertFileSink(Path path) {
    this.path = path.toString();
  }

  @Override
  public SinkWriter<Alert> createWriter(WriterInitContext context) throws IOException {
    return new Writer(Path.of(path));
  }

  private static final class Writer implements SinkWriter<Alert> {
    private final DataOutputStream out;
    private final AvroCodec<Alert> codec = AvroCodec.of(Alert.class);

    Writer(Path file) throws IOException {
      out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    @Override
    public void write(Alert alert, Context context) throws IOException {
      byte[] bytes = codec.encode(alert);
      out.writeInt(bytes.length);
      out.write(bytes);
    }

    @Override
    public void flush(boolean endOfInput) throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Every alert revision the sink wrote, in the order written. */
  static List<Alert> read(Path file) throws IOException {
    AvroCodec<Alert> codec = AvroCodec.of(Alert.class);
    List<Alert> alerts = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      while (true) {
        int length;
        try {
          length = in.readInt();
        } catch (EOFException end) {
          return alerts;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        alerts.add(codec.decode(bytes));
      }
    }
  }
}
