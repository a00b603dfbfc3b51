package dev.moneytrail.schemas.interchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link RejectSink} that keeps every reject in memory, for tests and small checks. Its memory
 * grows with the rejects: use {@link RejectsFile} for data sets of unknown quality.
 */
public final class CollectingRejects implements RejectSink {

  private final List<Reject> rejects = new ArrayList<>();

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }

  /** The rejects so far, in the order received (read-only view). */
  public List<Reject> rejects() {
    return Collections.unmodifiableList(rejects);
  }

  public int size() {
    return rejects.size();
  }

  public boolean isEmpty() {
    return rejects.isEmpty();
  }
}
