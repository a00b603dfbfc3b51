package dev.moneytrail.schemas.interchange;

import dev.moneytrail.schemas.AccountEventKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a directory is a valid interchange data set:
 * {@code java -cp schemas.jar dev.moneytrail.schemas.interchange.InterchangeCheck DIR
 * [--rejects FILE]}. Reads accounts, transactions, labels and, when present, {@code alerts.jsonl};
 * prints counts per file and the first rejects. Exit status: 0 when no line was rejected, 1 when
 * some were, 2 when the data set cannot be read at all (missing directory or required file).
 */
public final class InterchangeCheck {

  /** Rejects printed to the console; the full list goes to {@code --rejects FILE}. */
  static final int SHOWN_REJECTS = 20;

  private InterchangeCheck() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the check and returns the exit status, without exiting (for tests). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path dir = null;
    Path rejectsPath = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--rejects") && i + 1 < args.length) {
        rejectsPath = Path.of(args[++i]);
      } else if (dir == null && !args[i].startsWith("--")) {
        dir = Path.of(args[i]);
      } else {
        return usage(err);
      }
    }
    if (dir == null) {
      return usage(err);
    }
    CollectingRejects shown = new CollectingRejects();
    long[] total = {0};
    RejectsFile file = null;
    try {
      file = rejectsPath == null ? null : RejectsFile.open(rejectsPath);
      RejectsFile target = file;
      RejectSink sink = r -> {
        total[0]++;
        if (shown.size() < SHOWN_REJECTS) {
          shown.reject(r);
        }
        if (target != null) {
          target.reject(r);
        }
      };
      InterchangeReader reader = InterchangeReader.open(dir, sink);
      long[] changes = {0};
      reader.readAccounts(a -> {
        if (a.getKind() == AccountEventKind.DETAILS_CHANGED) {
          changes[0]++;
        }
      });
      reader.readTransactions(t -> { });
      List<CaseLabel> labels = reader.readLabels();
      List<FileCounts> counts = new ArrayList<>(reader.counts());
      Path alerts = dir.resolve(InterchangeWriter.ALERTS);
      if (Files.isRegularFile(alerts)) {
        counts.add(InterchangeReader.readAlerts(alerts, sink, a -> { }));
      }
      out.println("data set " + dir);
      for (FileCounts c : counts) {
        out.println("  " + c);
      }
      out.println("  " + changes[0] + " account detail changes, " + labels.size() + " cases ("
          + labels.stream().filter(CaseLabel::decoy).count() + " decoys)");
      if (total[0] == 0) {
        out.println("OK: no rejects");
        return 0;
      }
      out.println("REJECTED " + total[0] + " line(s)"
          + (total[0] > shown.size() ? ", first " + shown.size() + ":" : ":"));
      for (Reject r : shown.rejects()) {
        out.println("  " + r.describe());
      }
      if (rejectsPath != null) {
        out.println("all rejects in " + rejectsPath);
      }
      return 1;
    } catch (IOException e) {
      err.println("cannot check " + dir + ": " + e.getMessage());
      return 2;
    } finally {
      if (file != null) {
        try {
          file.close();
        } catch (IOException e) {
          err.println("cannot close " + rejectsPath + ": " + e.getMessage());
        }
      }
    }
  }

  private static int usage(PrintStream err) {
    err.println("usage: InterchangeCheck DIR [--rejects FILE]");
    return 2;
  }
}
