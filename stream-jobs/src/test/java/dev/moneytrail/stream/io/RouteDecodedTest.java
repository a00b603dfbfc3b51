package dev.moneytrail.stream.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.testdata.Accounts;
import dev.moneytrail.schemas.testdata.Transactions;
import dev.moneytrail.stream.screening.ScreeningEvent;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RouteDecodedTest {

  private OneInputStreamOperatorTestHarness<DecodedRecord, ScreeningEvent> harness;

  @BeforeEach
  void open() throws Exception {
    harness = ProcessFunctionTestHarnesses.forProcessFunction(new RouteDecoded());
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  @Test
  void sendsEventsOnWithTheirEventTimeTimestamp() throws Exception {
    TransactionEvent t = Transactions.credit("acc-1", "10.00").build();
    AccountEvent a = Accounts.person("acc-2").build();
    harness.processElement(DecodedRecord.of(t), 1234L);
    harness.processElement(DecodedRecord.of(a), 1235L);

    List<ScreeningEvent> out = harness.extractOutputValues();
    assertEquals(t, out.get(0).transaction);
    assertEquals(a, out.get(1).account);
    assertEquals(1234L, ((StreamRecord<?>) harness.getOutput().peek()).getTimestamp());
  }

  @Test
  void sendsRefusedRecordsToTheDeadLetters() throws Exception {
    DeadLetter d = DeadLetter.newBuilder()
        .setSourceTopic("screening.transactions.v1").setSourcePartition(0).setSourceOffset(4L)
        .setRawKey(null).setRawValue(ByteBuffer.wrap(new byte[] {1}))
        .setReason("UNDECODABLE").setDetail("value: not a raw-Avro TransactionEvent")
        .setReceivedAt(Instant.EPOCH).build();
    harness.processElement(DecodedRecord.refused(d), DecodedRecord.NO_EVENT_TIME);

    assertEquals(List.of(), harness.extractOutputValues());
    assertEquals(List.of(d), harness.getSideOutput(DecodeFunction.DEAD_LETTERS).stream()
        .map(StreamRecord::getValue).toList());
  }
}
