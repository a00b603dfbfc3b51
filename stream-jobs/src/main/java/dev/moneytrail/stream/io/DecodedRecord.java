package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.TransactionEvent;

/**
 * One screening input record as its Kafka source emits it: decoded once, at the source, so the
 * per-partition watermark and the screening read the same decoded event. Exactly one field is set.
 * A Flink POJO whose fields are Avro records, so it travels without Kryo.
 */
public class DecodedRecord {

  /** Timestamp of refused records: below every watermark, so garbage can never move event time. */
  public static final long NO_EVENT_TIME = Long.MIN_VALUE;

  public TransactionEvent transaction;
  public AccountEvent account;
  public DeadLetter refused;

  public DecodedRecord() {}

  public static DecodedRecord of(TransactionEvent transaction) {
    DecodedRecord r = new DecodedRecord();
    r.transaction = transaction;
    return r;
  }

  public static DecodedRecord of(AccountEvent account) {
    DecodedRecord r = new DecodedRecord();
    r.account = account;
    return r;
  }

  public static DecodedRecord refused(DeadLetter deadLetter) {
    DecodedRecord r = new DecodedRecord();
    r.refused = deadLetter;
    return r;
  }

  /** Event time in epoch milliseconds, or {@link #NO_EVENT_TIME} for a refused record. */
  public long eventTimeMillis() {
    if (transaction != null) {
      return transaction.getTimestamp().toEpochMilli();
    }
    return account != null ? account.getAsOf().toEpochMilli() : NO_EVENT_TIME;
  }
}
