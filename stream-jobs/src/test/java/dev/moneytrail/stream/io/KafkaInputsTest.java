package dev.moneytrail.stream.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Money;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import dev.moneytrail.stream.io.KafkaInputs.RawEventTimeAssigner;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KafkaInputsTest {

  private static final long KAFKA_TIME = 1_900_000_000_000L;

  private static RawRecord raw(byte[] value) {
    return new RawRecord("t", 0, 0L, null, value == null ? null : ByteBuffer.wrap(value),
        Instant.ofEpochMilli(KAFKA_TIME));
  }

  @Test
  void takesEventTimeFromTheTransactionNotFromKafka() {
    TransactionEvent e = Transactions.credit("acc-1", "1.00").at("2026-03-01T08:15:00Z").build();
    var assigner = new RawEventTimeAssigner<>(InputType.TRANSACTIONS);
    assertEquals(Instant.parse("2026-03-01T08:15:00Z").toEpochMilli(),
        assigner.extractTimestamp(raw(AvroCodec.of(TransactionEvent.class).encode(e)), KAFKA_TIME));
  }

  @Test
  void takesEventTimeFromAsOfForAccounts() {
    AccountEvent a = Accounts.person("acc-1").changedAt("2026-04-01T00:00:00Z").build();
    var assigner = new RawEventTimeAssigner<>(InputType.ACCOUNTS);
    assertEquals(Instant.parse("2026-04-01T00:00:00Z").toEpochMilli(),
        assigner.extractTimestamp(raw(AvroCodec.of(AccountEvent.class).encode(a)), KAFKA_TIME));
  }

  // A record headed for the dead-letter topic must not move event time, or one event dated 2100
  // would make every later event late.
  @Test
  void recordsThatWillBeDeadLetteredNeverMoveEventTime() {
    var assigner = new RawEventTimeAssigner<>(InputType.TRANSACTIONS);
    TransactionEvent future = Transactions.credit("acc-1", "1.00").at("2100-01-01T00:00:00Z").build();
    future.setMoney(new Money(BigDecimal.ZERO.setScale(4), "EUR"));

    assertEquals(Long.MIN_VALUE, assigner.extractTimestamp(
        raw(AvroCodec.of(TransactionEvent.class).encode(future)), KAFKA_TIME));
    assertEquals(Long.MIN_VALUE, assigner.extractTimestamp(raw(new byte[] {1, 2, 3}), KAFKA_TIME));
    assertEquals(Long.MIN_VALUE, assigner.extractTimestamp(raw(null), KAFKA_TIME));
  }
}
