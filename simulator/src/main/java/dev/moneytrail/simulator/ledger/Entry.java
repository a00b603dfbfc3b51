package dev.moneytrail.simulator.ledger;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.simulator.money.Prices;
import java.time.Instant;

/**
 * One ledger entry as the simulator builds it: the fields of a {@link TransactionEvent} with time
 * as epoch millis and the amount in minor units, plus the case it was planted for (never written
 * out; tests and the demo use it as ground truth per transaction).
 *
 * @param caseId the planted case this entry belongs to, or null for ordinary activity
 */
public record Entry(
    long epochMillis,
    String txnId,
    String accountId,
    Direction direction,
    long amountMinor,
    Channel channel,
    Purpose purpose,
    String counterpartyAccountId,
    String counterpartyName,
    String beneficiaryName,
    String counterpartyCountry,
    String merchantCategoryCode,
    String reference,
    String deviceId,
    String location,
    String caseId) {

  public Entry {
    if (amountMinor <= 0) {
      throw new IllegalArgumentException("ledger amounts are positive: " + amountMinor + " on " + txnId);
    }
  }

  /** The idempotency key of the Avro event: txn_id:direction:account_id. */
  public String eventId() {
    return txnId + ":" + direction + ":" + accountId;
  }

  /** The Avro event for this entry, amount exact at scale 4. */
  public TransactionEvent toEvent(Prices prices) {
    return new TransactionEvent(eventId(), txnId, Instant.ofEpochMilli(epochMillis), accountId,
        direction, prices.money(amountMinor), channel, purpose, counterpartyAccountId,
        counterpartyName, beneficiaryName, counterpartyCountry, merchantCategoryCode, reference,
        deviceId, location);
  }
}
