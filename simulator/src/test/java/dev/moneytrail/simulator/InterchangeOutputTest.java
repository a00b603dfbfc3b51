package dev.moneytrail.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.interchange.CaseLabel;
import dev.moneytrail.schemas.interchange.CollectingRejects;
import dev.moneytrail.schemas.interchange.InterchangeCheck;
import dev.moneytrail.schemas.interchange.InterchangeReader;
import dev.moneytrail.simulator.output.InterchangeSink;
import dev.moneytrail.simulator.typology.TypologyName;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run is a valid interchange data set: it loads with zero rejects. */
class InterchangeOutputTest {

  @TempDir
  Path tmp;

  @Test
  void smallRunLoadsThroughTheInterchangeReaderWithZeroRejects() throws Exception {
    long written;
    try (SimulationStream events = SimulationStream.open(SimulationConfig.of(5, 300, 14).withCases(1, 1).withThreads(1))) {
      written = InterchangeSink.write(events, tmp);
    }
    CollectingRejects rejects = new CollectingRejects();
    InterchangeReader reader = InterchangeReader.open(tmp, rejects);
    long[] accounts = {0};
    long[] transactions = {0};
    reader.readAccounts(a -> accounts[0]++);
    reader.readTransactions(t -> transactions[0]++);
    List<CaseLabel> labels = reader.readLabels();
    assertEquals(0, rejects.size(), () -> "rejects: " + rejects.rejects());
    assertEquals(written, transactions[0]);
    assertTrue(accounts[0] > 300);
    assertEquals(TypologyName.values().length, labels.size(), "one label per typology and decoy");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = InterchangeCheck.run(new String[] {tmp.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
  }
}
