package dev.moneytrail.simulator;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.TransactionEvent;
import java.time.Instant;

/**
 * One event of a simulation in event-time order: an account line (opening or change of details) or
 * a ledger entry. Ledger entries carry the planted case they belong to as ground truth (null for
 * ordinary activity); it is not part of the Avro event.
 */
public sealed interface SimulationEvent {

  /** Event time: as_of for accounts, timestamp for ledger entries. */
  Instant eventTime();

  /** The account the event is about (the Kafka key). */
  String accountId();

  /** An account opening or change of details, for {@code Topics.ACCOUNTS}. */
  record AccountChange(AccountEvent event) implements SimulationEvent {
    @Override
    public Instant eventTime() {
      return event.getAsOf();
    }

    @Override
    public String accountId() {
      return event.getAccountId();
    }
  }

  /** A ledger entry, for {@code Topics.TRANSACTIONS}. */
  record Posting(TransactionEvent event, String caseId) implements SimulationEvent {
    @Override
    public Instant eventTime() {
      return event.getTimestamp();
    }

    @Override
    public String accountId() {
      return event.getAccountId();
    }
  }
}
