package dev.moneytrail.stream.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.Money;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class DecodingDeserializerTest {

  private static final String TOPIC = "screening.transactions.v1";
  private static final byte[] KEY = "acc-1".getBytes(StandardCharsets.UTF_8);

  private final DecodingDeserializer<TransactionEvent> transactions = DecodingDeserializer.transactions();

  private static ConsumerRecord<byte[], byte[]> record(long offset, byte[] value) {
    return new ConsumerRecord<>(TOPIC, 1, offset, KEY, value);
  }

  private static byte[] encode(TransactionEvent e) {
    return AvroCodec.of(TransactionEvent.class).encode(e);
  }

  private DeadLetter refused(long offset, byte[] value) {
    DecodedRecord r = transactions.decode(record(offset, value));
    assertNull(r.transaction);
    assertNull(r.account);
    return r.refused;
  }

  @Test
  void decodesValidTransactions() {
    TransactionEvent event = Transactions.credit("acc-1", "10.00").build();
    DecodedRecord r = transactions.decode(record(0, encode(event)));
    assertEquals(event, r.transaction);
    assertNull(r.refused);
  }

  @Test
  void decodesAccountEvents() {
    AccountEvent account = Accounts.person("acc-1").phone("+4915112345678").build();
    DecodedRecord r = DecodingDeserializer.accounts().decode(
        new ConsumerRecord<>("screening.accounts.v1", 0, 0L, null, AvroCodec.of(AccountEvent.class).encode(account)));
    assertEquals(account, r.account);
  }

  @Test
  void refusesGarbageKeepingBytesOriginAndReason() {
    byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
    DeadLetter d = refused(17, garbage);
    assertEquals(TOPIC, d.getSourceTopic());
    assertEquals(1, d.getSourcePartition());
    assertEquals(17L, d.getSourceOffset());
    assertArrayEquals(KEY, DecodeFunction.bytes(d.getRawKey()));
    assertArrayEquals(garbage, DecodeFunction.bytes(d.getRawValue()));
    assertEquals("UNDECODABLE", d.getReason());
    assertTrue(d.getDetail().startsWith("value: not a raw-Avro TransactionEvent: "), d.getDetail());
  }

  @Test
  void refusesTheLengthBombInsteadOfFailingTheSource() {
    byte[] bomb = {(byte) 0xf0, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07};
    assertEquals("UNDECODABLE", refused(3, bomb).getReason());
  }

  @Test
  void refusesInvalidFieldsNamingThem() {
    TransactionEvent event = Transactions.credit("acc-1", "10.00").build();
    event.setMoney(new Money(new BigDecimal("0.0000"), "XYZ"));
    byte[] value = encode(event);
    DeadLetter d = refused(5, value);
    assertEquals("INVALID_FIELD", d.getReason());
    assertEquals("money.amount: 0.00 must be greater than 0; money.currency: 'XYZ' is not an"
        + " ISO 4217 currency code (e.g. EUR)", d.getDetail());
    assertArrayEquals(value, DecodeFunction.bytes(d.getRawValue()));
  }

  @Test
  void refusesRecordsWithoutValue() {
    DeadLetter d = refused(9, null);
    assertEquals("NULL_VALUE", d.getReason());
    assertNull(d.getRawValue());
    assertTrue(d.getDetail().startsWith("value: missing"), d.getDetail());
  }

  // An account event is valid Avro but not a TransactionEvent: wrong topic, wrong schema.
  @Test
  void refusesAnotherEventType() {
    AccountEvent account = Accounts.person("acc-1").build();
    DeadLetter d = refused(11, AvroCodec.of(AccountEvent.class).encode(account));
    assertTrue(d.getReason().equals("UNDECODABLE") || d.getReason().equals("INVALID_FIELD"), d.getReason());
  }
}
