package dev.moneytrail.stream.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Money;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import java.math.BigDecimal;
import java.time.Instant;
import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.TimestampAssignerSupplier;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class KafkaInputsTest {

  private static final long KAFKA_TIME = 1_900_000_000_000L;

  private final TimestampAssigner<DecodedRecord> assigner = KafkaInputs.watermarks(EventTimeSettings.DEFAULT)
      .createTimestampAssigner(new TimestampAssignerSupplier.Context() {
        @Override
        public org.apache.flink.metrics.MetricGroup getMetricGroup() {
          return new UnregisteredMetricsGroup();
        }
      });

  private static ConsumerRecord<byte[], byte[]> record(byte[] value) {
    return new ConsumerRecord<>("t", 0, 0L, null, value);
  }

  private long eventTime(DecodingDeserializer<?> deserializer, byte[] value) {
    return assigner.extractTimestamp(deserializer.decode(record(value)), KAFKA_TIME);
  }

  @Test
  void takesEventTimeFromTheTransactionNotFromKafka() {
    TransactionEvent e = Transactions.credit("acc-1", "1.00").at("2026-03-01T08:15:00Z").build();
    assertEquals(Instant.parse("2026-03-01T08:15:00Z").toEpochMilli(),
        eventTime(DecodingDeserializer.transactions(), AvroCodec.of(TransactionEvent.class).encode(e)));
  }

  @Test
  void takesEventTimeFromAsOfForAccounts() {
    AccountEvent a = Accounts.person("acc-1").changedAt("2026-04-01T00:00:00Z").build();
    assertEquals(Instant.parse("2026-04-01T00:00:00Z").toEpochMilli(),
        eventTime(DecodingDeserializer.accounts(), AvroCodec.of(AccountEvent.class).encode(a)));
  }

  // A record headed for the dead-letter topic must not move event time, or one event dated 2100
  // would make every later event late.
  @Test
  void recordsThatWillBeDeadLetteredNeverMoveEventTime() {
    TransactionEvent future = Transactions.credit("acc-1", "1.00").at("2100-01-01T00:00:00Z").build();
    future.setMoney(new Money(BigDecimal.ZERO.setScale(4), "EUR"));
    DecodingDeserializer<TransactionEvent> transactions = DecodingDeserializer.transactions();

    assertEquals(Long.MIN_VALUE, eventTime(transactions, AvroCodec.of(TransactionEvent.class).encode(future)));
    assertEquals(Long.MIN_VALUE, eventTime(transactions, new byte[] {1, 2, 3}));
    assertEquals(Long.MIN_VALUE, eventTime(transactions, null));
  }
}
