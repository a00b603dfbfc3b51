package dev.moneytrail.stream.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.Money;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecodeFunctionTest {

  private static final String TOPIC = "screening.transactions.v1";
  private static final byte[] KEY = "acc-1".getBytes(StandardCharsets.UTF_8);

  private static RawRecord raw(long offset, byte[] value) {
    return new RawRecord(TOPIC, 1, offset, ByteBuffer.wrap(KEY),
        value == null ? null : ByteBuffer.wrap(value), Instant.ofEpochMilli(1L));
  }

  private static byte[] encode(TransactionEvent e) {
    return AvroCodec.of(TransactionEvent.class).encode(e);
  }

  private OneInputStreamOperatorTestHarness<RawRecord, TransactionEvent> harness;

  @BeforeEach
  void openHarness() throws Exception {
    harness = ProcessFunctionTestHarnesses.forProcessFunction(DecodeFunction.transactions());
    harness.setProcessingTime(1_750_000_000_000L);
  }

  @AfterEach
  void closeHarness() throws Exception {
    harness.close();
  }

  private List<DeadLetter> deadLetters() {
    return harness.getSideOutput(DecodeFunction.DEAD_LETTERS) == null
        ? List.of()
        : harness.getSideOutput(DecodeFunction.DEAD_LETTERS).stream()
            .map(StreamRecord::getValue).toList();
  }

  @Test
  void emitsValidEventsWithTheirTimestamp() throws Exception {
    TransactionEvent event = Transactions.credit("acc-1", "10.00").build();
    harness.processElement(raw(0, encode(event)), 1234L);
    assertEquals(List.of(event), harness.extractOutputValues());
    assertEquals(1234L, ((StreamRecord<?>) harness.getOutput().peek()).getTimestamp());
    assertEquals(List.of(), deadLetters());
  }

  @Test
  void deadLettersGarbageWithBytesOriginAndReason() throws Exception {
    byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
    harness.processElement(raw(17, garbage), 0L);
    assertEquals(List.of(), harness.extractOutputValues());
    List<DeadLetter> dead = deadLetters();
    assertEquals(1, dead.size());
    DeadLetter d = dead.get(0);
    assertEquals(TOPIC, d.getSourceTopic());
    assertEquals(1, d.getSourcePartition());
    assertEquals(17L, d.getSourceOffset());
    assertArrayEquals(KEY, DecodeFunction.bytes(d.getRawKey()));
    assertArrayEquals(garbage, DecodeFunction.bytes(d.getRawValue()));
    assertEquals("UNDECODABLE", d.getReason());
    assertTrue(d.getDetail().startsWith("value: not a raw-Avro TransactionEvent: "), d.getDetail());
    assertEquals(Instant.ofEpochMilli(1_750_000_000_000L), d.getReceivedAt());
  }

  @Test
  void deadLettersTheLengthBombInsteadOfFailingTheTask() throws Exception {
    byte[] bomb = {(byte) 0xf0, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07};
    harness.processElement(raw(3, bomb), 0L);
    assertEquals("UNDECODABLE", deadLetters().get(0).getReason());
  }

  @Test
  void deadLettersInvalidFieldsNamingThem() throws Exception {
    TransactionEvent event = Transactions.credit("acc-1", "10.00").build();
    event.setMoney(new Money(new BigDecimal("0.0000"), "XYZ"));
    byte[] value = encode(event);
    harness.processElement(raw(5, value), 0L);
    DeadLetter d = deadLetters().get(0);
    assertEquals("INVALID_FIELD", d.getReason());
    assertEquals("money.amount: 0.00 must be greater than 0; money.currency: 'XYZ' is not an"
        + " ISO 4217 currency code (e.g. EUR)", d.getDetail());
    assertArrayEquals(value, DecodeFunction.bytes(d.getRawValue()));
  }

  @Test
  void deadLettersRecordsWithoutValue() throws Exception {
    harness.processElement(raw(9, null), 0L);
    DeadLetter d = deadLetters().get(0);
    assertEquals("NULL_VALUE", d.getReason());
    assertEquals(null, d.getRawValue());
    assertTrue(d.getDetail().startsWith("value: missing"), d.getDetail());
  }

  // An account event is valid Avro but not a TransactionEvent: wrong topic, wrong schema.
  @Test
  void deadLettersAnotherEventTypeAsUndecodableOrInvalid() throws Exception {
    AccountEvent account = Accounts.person("acc-1").build();
    harness.processElement(raw(11, AvroCodec.of(AccountEvent.class).encode(account)), 0L);
    assertEquals(List.of(), harness.extractOutputValues());
    assertEquals(1, deadLetters().size());
  }

  @Test
  void decodesAccountEvents() throws Exception {
    AccountEvent account = Accounts.person("acc-1").phone("+4915112345678").build();
    var accounts = ProcessFunctionTestHarnesses.forProcessFunction(DecodeFunction.accounts());
    accounts.processElement(new RawRecord("screening.accounts.v1", 0, 0L, null,
        ByteBuffer.wrap(AvroCodec.of(AccountEvent.class).encode(account)), Instant.EPOCH), 5L);
    assertEquals(List.of(account), accounts.extractOutputValues());
    accounts.close();
  }
}
