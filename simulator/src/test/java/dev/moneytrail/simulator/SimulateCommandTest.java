package dev.moneytrail.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: a small run, its summary, and clear refusals of bad options. */
class SimulateCommandTest {

  @TempDir
  Path tmp;

  private record Result(int status, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SimulateCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(status, out.toString(), err.toString());
  }

  @Test
  void writesADataSetAndPrintsASummary() throws Exception {
    Path dir = tmp.resolve("out");
    Result r = run("--seed", "3", "--accounts", "200", "--days", "10", "--out", dir.toString(),
        "--typologies", "structured-cash,rosca-savings-club", "--no-progress");
    assertEquals(0, r.status(), r.err());
    assertTrue(Files.size(dir.resolve("transactions.jsonl")) > 0);
    assertTrue(r.out().contains("transactions"), r.out());
    assertTrue(r.out().contains("structured-cash 1"), r.out());
    assertTrue(r.out().contains("rosca-savings-club 1"), r.out());
    assertTrue(r.out().contains("transactions/s"), r.out());
    assertEquals(2, Files.readAllLines(dir.resolve("labels.jsonl")).size());
  }

  @Test
  void refusesBadOptionsWithAMessageAndNoStackTrace() {
    String[][] bad = {
        {"--accounts", "-5", "--out", "x"},
        {"--days", "0", "--out", "x"},
        {"--currency", "EURO", "--out", "x"},
        {"--country", "XX", "--out", "x"},
        {"--start", "yesterday", "--out", "x"},
        {"--typologies", "nonsense", "--out", "x"},
        {"--accounts", "many"},
        {"--accounts", "100"},
        {"--out", "x", "--rate", "10"},
        {"--unknown-option"},
    };
    for (String[] args : bad) {
      Result r = run(args);
      assertEquals(2, r.status(), String.join(" ", args) + " -> " + r.err());
      assertFalse(r.err().isBlank(), "a message for " + String.join(" ", args));
      assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
      assertFalse(r.err().contains("Exception"), "no exception names: " + r.err());
    }
  }

  @Test
  void helpListsTheOptionsAndTypologies() {
    Result r = run("--help");
    assertEquals(0, r.status());
    for (String o : new String[] {"--seed", "--accounts", "--days", "--out", "--start", "--currency", "--country",
        "--typology-cases", "--decoy-cases", "--kafka", "--rate", "--speed", "payroll-funnel-controller"}) {
      assertTrue(r.out().contains(o), o);
    }
  }
}
