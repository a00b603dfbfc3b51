package dev.moneytrail.schemas.interchange;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.TransactionEvent;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a data set directory in the interchange format: {@code accounts.jsonl},
 * {@code transactions.jsonl} and {@code labels.jsonl}, UTF-8, one line per record ending in
 * {@code '\n'} on every platform, lines as {@link InterchangeJson} renders them. Streams straight
 * to disk, so memory stays flat however much is written. Existing files are replaced. All three
 * files are created on open, so a data set without cases still has an (empty) labels file.
 *
 * <p>Not thread-safe. Write errors surface as {@link UncheckedIOException} so that generators can
 * call it from lambdas.
 */
public final class InterchangeWriter implements Closeable {

  /** File name of the accounts file. */
  public static final String ACCOUNTS = "accounts.jsonl";
  /** File name of the transactions file. */
  public static final String TRANSACTIONS = "transactions.jsonl";
  /** File name of the labels file. */
  public static final String LABELS = "labels.jsonl";
  /** Conventional file name of a replay's alerts. */
  public static final String ALERTS = "alerts.jsonl";

  private static final int BUFFER = 1 << 16;

  private final Path dir;
  private final LineFile accounts;
  private final LineFile transactions;
  private final LineFile labels;

  private InterchangeWriter(Path dir, LineFile accounts, LineFile transactions, LineFile labels) {
    this.dir = dir;
    this.accounts = accounts;
    this.transactions = transactions;
    this.labels = labels;
  }

  /** Creates {@code dir} if needed and opens its three files for writing. */
  public static InterchangeWriter open(Path dir) throws IOException {
    Files.createDirectories(dir);
    LineFile accounts = LineFile.open(dir.resolve(ACCOUNTS));
    LineFile transactions = null;
    try {
      transactions = LineFile.open(dir.resolve(TRANSACTIONS));
      return new InterchangeWriter(dir, accounts, transactions, LineFile.open(dir.resolve(LABELS)));
    } catch (IOException | RuntimeException e) {
      closeQuietly(accounts, e);
      closeQuietly(transactions, e);
      throw e;
    }
  }

  /** The directory being written. */
  public Path dir() {
    return dir;
  }

  /** Appends one account line. */
  public void account(AccountEvent account) {
    accounts.line(InterchangeJson.accountLine(account));
  }

  /** Appends one ledger line. */
  public void transaction(TransactionEvent transaction) {
    transactions.line(InterchangeJson.transactionLine(transaction));
  }

  /** Appends one ground-truth line. */
  public void label(CaseLabel label) {
    labels.line(InterchangeJson.labelLine(label));
  }

  /** Flushes and closes all three files; the first failure is thrown, later ones suppressed. */
  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (LineFile f : new LineFile[] {accounts, transactions, labels}) {
      try {
        f.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Writes {@code alerts} to {@code file} (replacing it), one line each, in iteration order. */
  public static void writeAlerts(Path file, Iterable<Alert> alerts) throws IOException {
    try (AlertWriter out = AlertWriter.open(file)) {
      for (Alert a : alerts) {
        out.alert(a);
      }
    }
  }

  private static void closeQuietly(LineFile f, Exception into) {
    if (f == null) {
      return;
    }
    try {
      f.close();
    } catch (IOException e) {
      into.addSuppressed(e);
    }
  }

  /** One buffered UTF-8 file of lines; package-private so AlertWriter shares the line rules. */
  static final class LineFile implements Closeable {
    private final Path path;
    private final Writer out;
    private long lines;

    private LineFile(Path path, Writer out) {
      this.path = path;
      this.out = out;
    }

    static LineFile open(Path path) throws IOException {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new LineFile(path, new BufferedWriter(
          Files.newBufferedWriter(path, StandardCharsets.UTF_8), BUFFER));
    }

    void line(String json) {
      try {
        out.write(json);
        // Not newLine(): the files must be byte-identical on every platform.
        out.write('\n');
        lines++;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write line " + (lines + 1) + " of " + path, e);
      }
    }

    long lines() {
      return lines;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
