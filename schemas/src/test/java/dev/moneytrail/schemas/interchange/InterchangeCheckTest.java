package dev.moneytrail.schemas.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterchangeCheckTest {

  @TempDir Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void exitsZeroAndPrintsCountsForAValidDataSet() throws IOException {
    Path dir = tmp.resolve("set");
    try (InterchangeWriter w = InterchangeWriter.open(dir)) {
      InterchangeRoundTripTest.accounts().forEach(w::account);
      InterchangeRoundTripTest.transactions().forEach(w::transaction);
      InterchangeRoundTripTest.labels().forEach(w::label);
    }
    InterchangeWriter.writeAlerts(dir.resolve("alerts.jsonl"), InterchangeRoundTripTest.alerts());
    assertEquals(0, run(dir.toString()));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("accounts.jsonl: 3 read, 3 accepted, 0 rejected"), text);
    assertTrue(text.contains("transactions.jsonl: 5 read, 5 accepted, 0 rejected"), text);
    assertTrue(text.contains("alerts.jsonl: 3 read"), text);
    assertTrue(text.contains("1 account detail changes, 2 cases (1 decoys)"), text);
    assertTrue(text.contains("OK: no rejects"), text);
  }

  @Test
  void exitsOneAndNamesFileLineAndFieldOfEachReject() throws IOException {
    Path dir = tmp.resolve("set");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("accounts.jsonl"), InterchangeJsonTest.ACCOUNT + "\n");
    Files.writeString(dir.resolve("transactions.jsonl"), InterchangeJsonTest.TRANSACTION + "\n"
        + InterchangeJsonTest.TRANSACTION.replace("\"100.00\"", "\"1e3\"").replace("T1", "T2")
        + "\n");
    Path rejects = tmp.resolve("rejects.jsonl");
    assertEquals(1, run(dir.toString(), "--rejects", rejects.toString()));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("REJECTED 1 line(s):"), text);
    assertTrue(text.contains("transactions.jsonl:2 amount: '1e3' uses exponent notation"), text);
    assertEquals(1, Files.readAllLines(rejects).size());
  }

  @Test
  void exitsTwoWhenTheDataSetCannotBeRead() {
    assertEquals(2, run(tmp.resolve("missing").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot check"));
  }

  @Test
  void exitsTwoWithUsageWithoutADirectory() {
    assertEquals(2, run());
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage:"));
  }

  private int run(String... args) {
    return InterchangeCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
