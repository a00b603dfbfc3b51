package dev.moneytrail.schemas.interchange;

/**
 * Where an interchange reader sends the lines it refuses, so one bad line never stops a read or
 * disappears. Implementations: {@link RejectsFile} (JSON Lines on disk), {@link CollectingRejects}
 * (in memory).
 */
@FunctionalInterface
public interface RejectSink {

  /** Takes one refused line. Called on the reading thread, in file order. */
  void reject(Reject reject);
}
