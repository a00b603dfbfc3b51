package dev.moneytrail.schemas.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Someone else's data through our reader: IBM AMLSim's 10K-account run, converted to interchange
 * format by people who did not write this code. Guards against a reader that only accepts what
 * our own writer produces. Skipped where the shared data set is not mounted.
 */
class AmlsimExternalDataTest {

  static final Path AMLSIM = Path.of(
      System.getProperty("amlsim.dir", "/work/shared/external/amlsim-10k"));

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void readsTheAmlsimSetWithZeroRejects() throws IOException {
    assumeTrue(Files.isDirectory(AMLSIM), "AMLSim data set not present at " + AMLSIM);
    CollectingRejects rejects = new CollectingRejects();
    InterchangeReader reader = InterchangeReader.open(AMLSIM, rejects);
    long[] seen = new long[2];
    reader.readAccounts(a -> seen[0]++);
    reader.readTransactions(t -> seen[1]++);
    List<CaseLabel> labels = reader.readLabels();
    assertEquals(List.of(), rejects.rejects().stream().limit(10).toList());
    // Figures from the data set's README: a changed count means a changed reader or data set.
    assertEquals(12_043, seen[0]);
    assertEquals(398_018, seen[1]);
    assertEquals(112, labels.size());
    assertEquals(32, labels.stream().filter(CaseLabel::decoy).count());
  }
}
