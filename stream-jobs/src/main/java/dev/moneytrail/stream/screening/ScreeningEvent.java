package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.TransactionEvent;
import java.time.Instant;

/**
 * One input of the account-keyed screening function: exactly one of a ledger entry or an account
 * event. A Flink POJO whose fields are Avro records, so it travels without Kryo.
 */
public class ScreeningEvent {
  public TransactionEvent transaction;
  public AccountEvent account;

  public ScreeningEvent() {}

  public static ScreeningEvent of(TransactionEvent t) {
    ScreeningEvent e = new ScreeningEvent();
    e.transaction = t;
    return e;
  }

  public static ScreeningEvent of(AccountEvent a) {
    ScreeningEvent e = new ScreeningEvent();
    e.account = a;
    return e;
  }

  public String accountId() {
    return transaction != null ? transaction.getAccountId() : account.getAccountId();
  }

  public Instant eventTime() {
    return transaction != null ? transaction.getTimestamp() : account.getAsOf();
  }
}
