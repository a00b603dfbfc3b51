package dev.moneytrail.schemas.interchange;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.AccountEventKind;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.TransactionEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Reads a data set directory in the interchange format (shared/interchange.md), streaming: lines
 * are parsed and handed on one at a time. Each file may be plain ({@code accounts.jsonl}) or
 * gzipped ({@code accounts.jsonl.gz}); {@code accounts} and {@code transactions} are required,
 * {@code labels} is optional.
 *
 * <p>A bad line never stops the read: it goes to the {@link RejectSink} with file name, line
 * number, field and reason, and every good line still goes through. Blank lines are skipped. Besides
 * the per-line checks of {@link InterchangeJson}, the reader refuses:
 *
 * <ul>
 *   <li>an account line whose {@code account_id} was already seen with the same or a later
 *       {@code as_of} (a change of details must come after the details it changes); a later line
 *       with a later {@code as_of} is passed on as {@code DETAILS_CHANGED};
 *   <li>a ledger line whose {@code account_id} is not in the accounts file;
 *   <li>a second ledger line with the same {@code (txn_id, direction, account_id)};
 *   <li>a second label with the same {@code case_id}.
 * </ul>
 *
 * <p>Order of use: {@link #readAccounts} before {@link #readTransactions}, each once. Memory grows
 * with the number of accounts (a map of ids) and of ledger lines (about 11 bytes each, see
 * {@link #ledgerKeyHash}), not with line content.
 */
public final class InterchangeReader {

  /** Base name of the accounts file. */
  public static final String ACCOUNTS = InterchangeWriter.ACCOUNTS;
  /** Base name of the transactions file. */
  public static final String TRANSACTIONS = InterchangeWriter.TRANSACTIONS;
  /** Base name of the labels file. */
  public static final String LABELS = InterchangeWriter.LABELS;

  private static final int BUFFER = 1 << 16;

  private final Path dir;
  private final Path accountsFile;
  private final Path transactionsFile;
  private final Path labelsFile;
  private final RejectSink rejects;
  private final Map<String, FileCounts> counts = new LinkedHashMap<>();
  // Latest as_of (epoch millis) per account: both the known-account check and the order check.
  private Map<String, Long> accounts;
  private boolean transactionsRead;

  private InterchangeReader(Path dir, Path accounts, Path transactions, Path labels,
      RejectSink rejects) {
    this.dir = dir;
    this.accountsFile = accounts;
    this.transactionsFile = transactions;
    this.labelsFile = labels;
    this.rejects = rejects;
  }

  /**
   * Opens the data set in {@code dir}.
   *
   * @throws NoSuchFileException when the directory or a required file is missing, naming it
   * @throws IOException when a file is present both plain and gzipped (which one is meant?)
   */
  public static InterchangeReader open(Path dir, RejectSink rejects) throws IOException {
    if (!Files.exists(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "data set directory does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
    Path accounts = required(dir, ACCOUNTS);
    Path transactions = required(dir, TRANSACTIONS);
    return new InterchangeReader(dir, accounts, transactions, find(dir, LABELS), rejects);
  }

  private static Path required(Path dir, String name) throws IOException {
    Path p = find(dir, name);
    if (p == null) {
      throw new NoSuchFileException(dir.resolve(name).toString(), null,
          "required file of the data set is missing (looked for " + name + " and " + name
              + ".gz)");
    }
    return p;
  }

  /** The plain or gzipped variant of {@code name} in {@code dir}, or null when neither exists. */
  private static Path find(Path dir, String name) throws IOException {
    Path plain = dir.resolve(name);
    Path gz = dir.resolve(name + ".gz");
    boolean hasPlain = Files.isRegularFile(plain);
    boolean hasGz = Files.isRegularFile(gz);
    if (hasPlain && hasGz) {
      throw new IOException(dir + " holds both " + name + " and " + name
          + ".gz; keep the one that is meant");
    }
    return hasPlain ? plain : hasGz ? gz : null;
  }

  /** The data set directory. */
  public Path dir() {
    return dir;
  }

  /** Whether the data set has a labels file. */
  public boolean hasLabels() {
    return labelsFile != null;
  }

  /**
   * Reads the accounts file, passing each good line to {@code sink} in file order.
   *
   * @throws IllegalStateException when called twice
   */
  public FileCounts readAccounts(Consumer<? super AccountEvent> sink) throws IOException {
    if (accounts != null) {
      throw new IllegalStateException("accounts already read");
    }
    accounts = new HashMap<>();
    return read(accountsFile, rejects, counts, line -> {
      Parsed<AccountEvent> parsed = InterchangeJson.parseAccount(line);
      if (!parsed.isValid()) {
        return parsed.errors();
      }
      AccountEvent a = parsed.value();
      long asOf = a.getAsOf().toEpochMilli();
      Long previous = accounts.get(a.getAccountId());
      if (previous != null) {
        if (asOf <= previous) {
          return List.of(new FieldError("account_id", "duplicate account_id " + a.getAccountId()
              + ": already has details as of " + InterchangeJson.formatInstant(
                  Instant.ofEpochMilli(previous))
              + "; a change of details needs a later as_of"));
        }
        // Whatever the line says about itself, a second line for an account is a change.
        a.setKind(AccountEventKind.DETAILS_CHANGED);
      }
      accounts.put(a.getAccountId(), asOf);
      sink.accept(a);
      return List.of();
    });
  }

  /**
   * Reads the transactions file, passing each good line to {@code sink} in file order.
   *
   * @throws IllegalStateException unless {@link #readAccounts} has run, or when called twice
   */
  public FileCounts readTransactions(Consumer<? super TransactionEvent> sink) throws IOException {
    if (accounts == null) {
      throw new IllegalStateException("read accounts first: ledger lines are checked against them");
    }
    if (transactionsRead) {
      throw new IllegalStateException("transactions already read");
    }
    transactionsRead = true;
    // Sized from the file so a big extract does not rehash a dozen times; ~100 bytes a line is a
    // typical compressed-or-not line length, and a wrong guess costs only a resize.
    long size = Files.size(transactionsFile);
    int expected = (int) Math.min(1 << 28,
        transactionsFile.toString().endsWith(".gz") ? size / 12 : size / 150);
    LongHashSet seen = new LongHashSet(expected);
    return read(transactionsFile, rejects, counts, line -> {
      Parsed<TransactionEvent> parsed = InterchangeJson.parseTransaction(line);
      if (!parsed.isValid()) {
        return parsed.errors();
      }
      TransactionEvent t = parsed.value();
      if (!accounts.containsKey(t.getAccountId())) {
        return List.of(new FieldError("account_id", "unknown account_id " + t.getAccountId()
            + ": not in " + accountsFile.getFileName()));
      }
      if (!seen.add(ledgerKeyHash(t.getTxnId(), t.getDirection().name(), t.getAccountId()))) {
        return List.of(new FieldError("txn_id", "duplicate ledger entry: txn_id " + t.getTxnId()
            + " " + t.getDirection() + " on " + t.getAccountId() + " appeared before"));
      }
      sink.accept(t);
      return List.of();
    });
  }

  /** Reads the labels file; empty when the data set has none. */
  public List<CaseLabel> readLabels() throws IOException {
    List<CaseLabel> out = new ArrayList<>();
    if (labelsFile == null) {
      return out;
    }
    Set<String> caseIds = new HashSet<>();
    read(labelsFile, rejects, counts, line -> {
      Parsed<CaseLabel> parsed = InterchangeJson.parseLabel(line);
      if (!parsed.isValid()) {
        return parsed.errors();
      }
      CaseLabel label = parsed.value();
      if (!caseIds.add(label.caseId())) {
        return List.of(new FieldError("case_id", "duplicate case_id " + label.caseId()));
      }
      out.add(label);
      return List.of();
    });
    return out;
  }

  /** Counts per file read so far, in reading order. */
  public List<FileCounts> counts() {
    return List.copyOf(counts.values());
  }

  /** Lines rejected so far across all files. */
  public long rejected() {
    return counts.values().stream().mapToLong(FileCounts::rejected).sum();
  }

  /** Reads an {@code alerts.jsonl} (or {@code .jsonl.gz}) file into a list. */
  public static List<Alert> readAlerts(Path file, RejectSink rejects) throws IOException {
    List<Alert> out = new ArrayList<>();
    readAlerts(file, rejects, out::add);
    return out;
  }

  /**
   * Streams an alerts file to {@code sink}. A repeated {@code (alert_id, revision)} is refused:
   * a revised alert must carry a new revision.
   */
  public static FileCounts readAlerts(Path file, RejectSink rejects,
      Consumer<? super Alert> sink) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "alerts file does not exist");
    }
    Set<String> seen = new HashSet<>();
    return read(file, rejects, new LinkedHashMap<>(), line -> {
      Parsed<Alert> parsed = InterchangeJson.parseAlert(line);
      if (!parsed.isValid()) {
        return parsed.errors();
      }
      Alert a = parsed.value();
      if (!seen.add(a.getAlertId() + "#" + a.getRevision())) {
        return List.of(new FieldError("alert_id", "duplicate alert_id " + a.getAlertId()
            + " at revision " + a.getRevision()));
      }
      sink.accept(a);
      return List.of();
    });
  }

  /**
   * A 64-bit hash of a ledger entry's identity, used instead of keeping the key strings so that
   * tens of millions of lines fit in a few hundred megabytes. FNV-1a over the UTF-16 units of the
   * three parts with a separator that cannot occur in them, finished with MurmurHash3's fmix64 so
   * that the low bits (the table index) depend on every character.
   *
   * <p>Collision risk: for n keys about n^2 / 2^65, i.e. 3e-6 for 10 million lines and 7e-5 for 50
   * million. A collision would show as a false "duplicate" reject in the rejects file, visible and
   * never a silent loss, so exact keys are not worth ten times the memory.
   */
  static long ledgerKeyHash(String txnId, String direction, String accountId) {
    long h = 0xcbf29ce484222325L;
    h = fnv(h, txnId);
    h = (h ^ 0xFFFF) * 0x100000001b3L;
    h = fnv(h, direction);
    h = (h ^ 0xFFFF) * 0x100000001b3L;
    h = fnv(h, accountId);
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** Checks one line; returns the reasons to refuse it, or an empty list once it went through. */
  private interface LineCheck {
    List<FieldError> apply(String line);
  }

  private static FileCounts read(Path file, RejectSink rejects, Map<String, FileCounts> counts,
      LineCheck check) throws IOException {
    String name = file.getFileName().toString();
    long lineNo = 0;
    long read = 0;
    long rejected = 0;
    try (BufferedReader in = openLines(file)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          // Spreadsheet tools put a byte order mark in front of UTF-8; it is not part of the JSON.
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        read++;
        List<FieldError> errors = check.apply(line);
        if (!errors.isEmpty()) {
          rejected++;
          rejects.reject(toReject(name, lineNo, errors, line));
        }
      }
    }
    FileCounts result = new FileCounts(name, read, read - rejected, rejected);
    counts.put(name, result);
    return result;
  }

  private static Reject toReject(String file, long lineNo, List<FieldError> errors, String raw) {
    String reason = errors.size() == 1
        ? errors.get(0).reason()
        : errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
    return new Reject(file, lineNo, errors.get(0).field(), reason, raw);
  }

  /** Opens a plain or gzipped file as UTF-8 lines. */
  static BufferedReader openLines(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      if (file.getFileName().toString().endsWith(".gz")) {
        in = new GZIPInputStream(in, BUFFER);
      }
    } catch (IOException e) {
      in.close();
      throw new IOException(file + " is named .gz but is not gzip: " + e.getMessage(), e);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
  }
}
