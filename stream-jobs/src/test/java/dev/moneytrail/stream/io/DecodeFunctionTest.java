package dev.moneytrail.stream.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.stream.screening.RulePackages;
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

/** The rules topic's decoder: same judgement as the screening inputs', on raw records. */
class DecodeFunctionTest {

  private static final String TOPIC = "screening.rules.v1";

  private OneInputStreamOperatorTestHarness<RawRecord, RulePackage> harness;

  private static RawRecord raw(long offset, byte[] value) {
    return new RawRecord(TOPIC, 0, offset, ByteBuffer.wrap("core".getBytes(StandardCharsets.UTF_8)),
        value == null ? null : ByteBuffer.wrap(value), Instant.ofEpochMilli(1L));
  }

  @BeforeEach
  void openHarness() throws Exception {
    harness = ProcessFunctionTestHarnesses.forProcessFunction(DecodeFunction.rulePackages());
    harness.setProcessingTime(1_750_000_000_000L);
  }

  @AfterEach
  void closeHarness() throws Exception {
    harness.close();
  }

  private List<DeadLetter> deadLetters() {
    return harness.getSideOutput(DecodeFunction.DEAD_LETTERS) == null
        ? List.of()
        : harness.getSideOutput(DecodeFunction.DEAD_LETTERS).stream().map(StreamRecord::getValue).toList();
  }

  @Test
  void decodesAPublishedPackage() throws Exception {
    RulePackage pkg = RulePackages.load(null);
    harness.processElement(raw(0, AvroCodec.of(RulePackage.class).encode(pkg)), 0L);
    assertEquals(List.of(pkg), harness.extractOutputValues());
    assertEquals(List.of(), deadLetters());
  }

  @Test
  void deadLettersGarbageWithBytesOriginReasonAndProcessingTime() throws Exception {
    byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
    harness.processElement(raw(17, garbage), 0L);
    assertEquals(List.of(), harness.extractOutputValues());
    DeadLetter d = deadLetters().get(0);
    assertEquals(TOPIC, d.getSourceTopic());
    assertEquals(17L, d.getSourceOffset());
    assertArrayEquals(garbage, DecodeFunction.bytes(d.getRawValue()));
    assertEquals("UNDECODABLE", d.getReason());
    assertTrue(d.getDetail().startsWith("value: not a raw-Avro RulePackage: "), d.getDetail());
    assertEquals(Instant.ofEpochMilli(1_750_000_000_000L), d.getReceivedAt());
  }

  @Test
  void deadLettersTombstones() throws Exception {
    harness.processElement(raw(9, null), 0L);
    assertEquals("NULL_VALUE", deadLetters().get(0).getReason());
  }
}
