package dev.moneytrail.stream.replay;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.stream.screening.ScreeningEvent;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The event-time-ordered input of a replay: a flat file of framed Avro records (tag byte, length,
 * raw Avro binary), written once from the interchange data set and read by one source task, so
 * every run feeds the pipeline the same events in the same order.
 */
public final class ReplayFile {

  private static final byte TRANSACTION = 'T';
  private static final byte ACCOUNT = 'A';

  /** Appends events to a replay file. */
  public static final class Writer implements Closeable {
    private final DataOutputStream out;
    private final AvroCodec<TransactionEvent> transactions = AvroCodec.of(TransactionEvent.class);
    private final AvroCodec<AccountEvent> accounts = AvroCodec.of(AccountEvent.class);
    private long count;

    public Writer(Path file) throws IOException {
      out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    public void write(ScreeningEvent e) throws IOException {
      byte[] bytes;
      if (e.transaction != null) {
        out.writeByte(TRANSACTION);
        bytes = transactions.encode(e.transaction);
      } else {
        out.writeByte(ACCOUNT);
        bytes = accounts.encode(e.account);
      }
      out.writeInt(bytes.length);
      out.write(bytes);
      count++;
    }

    public long count() {
      return count;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Reads every event of a replay file in order. */
  public static long read(Path file, Consumer<ScreeningEvent> sink) throws IOException {
    AvroCodec<TransactionEvent> transactions = AvroCodec.of(TransactionEvent.class);
    AvroCodec<AccountEvent> accounts = AvroCodec.of(AccountEvent.class);
    long count = 0;
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      while (true) {
        int tag;
        try {
          tag = in.readByte();
        } catch (EOFException end) {
          return count;
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        sink.accept(tag == TRANSACTION
            ? ScreeningEvent.of(transactions.decode(bytes))
            : ScreeningEvent.of(accounts.decode(bytes)));
        count++;
      }
    }
  }

  private ReplayFile() {}
}
