package dev.moneytrail.simulator.output;

import dev.moneytrail.schemas.interchange.InterchangeWriter;
import dev.moneytrail.simulator.SimulationEvent;
import dev.moneytrail.simulator.SimulationStream;
import dev.moneytrail.simulator.typology.PlantedCase;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a simulation as an interchange data set: accounts.jsonl and transactions.jsonl in
 * event-time order, labels.jsonl with every planted case and decoy.
 */
public final class InterchangeSink {

  private InterchangeSink() {}

  /** Drains the stream into {@code dir}; returns the number of transactions written. */
  public static long write(SimulationStream events, Path dir) throws IOException {
    long transactions = 0;
    try (InterchangeWriter out = InterchangeWriter.open(dir)) {
      for (PlantedCase c : events.simulation().cases()) {
        out.label(c.label());
      }
      while (events.hasNext()) {
        SimulationEvent e = events.next();
        if (e instanceof SimulationEvent.Posting p) {
          out.transaction(p.event());
          transactions++;
        } else if (e instanceof SimulationEvent.AccountChange a) {
          out.account(a.event());
        }
      }
    }
    return transactions;
  }
}
