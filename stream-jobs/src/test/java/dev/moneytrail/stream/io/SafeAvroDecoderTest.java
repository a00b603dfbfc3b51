package dev.moneytrail.stream.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.Severity;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.testdata.Alerts;
import dev.moneytrail.schemas.testdata.Transactions;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SafeAvroDecoderTest {

  private final SafeAvroDecoder<TransactionEvent> decoder =
      SafeAvroDecoder.of(TransactionEvent.class);
  private final AvroCodec<TransactionEvent> codec = AvroCodec.of(TransactionEvent.class);

  @Test
  void decodesWhatTheCodecEncodes() throws IOException {
    TransactionEvent event = Transactions.debit("acc-1", "99.9900").to("acc-9")
        .counterpartyCountry("RO").reference("rent").build();
    assertEquals(event, decoder.decode(codec.encode(event)));
  }

  @Test
  void decodesNestedArraysAndMaps() throws IOException {
    Alert alert = sampleAlert();
    SafeAvroDecoder<Alert> alerts = SafeAvroDecoder.of(Alert.class);
    assertEquals(alert, alerts.decode(AvroCodec.of(Alert.class).encode(alert)));
  }

  // Regression: these five bytes claim a 1 GiB event_id. Plain Avro allocates it first and throws
  // OutOfMemoryError in a 256 MiB heap; the task would fail on the record after every restart.
  @Test
  void refusesALengthBombWithoutAllocatingIt() {
    byte[] bomb = {(byte) 0xf0, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07};
    IOException e = assertThrows(IOException.class, () -> decoder.decode(bomb));
    assertEquals("event_id: claims 1073741816 bytes of string but 0 are left", e.getMessage());
  }

  @Test
  void namesTheFieldWhereTruncatedBytesEnd() throws IOException {
    byte[] whole = codec.encode(Transactions.credit("acc-1", "10.00").build());
    byte[] truncated = Arrays.copyOf(whole, 30);
    IOException e = assertThrows(IOException.class, () -> decoder.decode(truncated));
    assertTrue(e.getMessage().matches("^[a-z_.]+: .*"), e.getMessage());
  }

  @Test
  void refusesTrailingBytes() {
    byte[] whole = codec.encode(Transactions.credit("acc-1", "10.00").build());
    byte[] longer = Arrays.copyOf(whole, whole.length + 2);
    IOException e = assertThrows(IOException.class, () -> decoder.decode(longer));
    assertTrue(e.getMessage().startsWith("2 trailing bytes after a complete TransactionEvent"),
        e.getMessage());
  }

  @Test
  void refusesAnEnumIndexOutsideTheSymbols() {
    // event_id "", txn_id "", timestamp 0, account_id "", direction index 9
    byte[] bytes = {0, 0, 0, 0, 18};
    IOException e = assertThrows(IOException.class, () -> decoder.decode(bytes));
    assertEquals("direction: enum index 9 is not a symbol of Direction (0..2)", e.getMessage());
  }

  @Test
  void refusesAnArrayCountBeyondTheBytesLeft() {
    SafeAvroDecoder<Alert> alerts = SafeAvroDecoder.of(Alert.class);
    // alert_id "a", revision 1, created_at 0, subject "s", related_account_ids: 2^30 items
    byte[] bomb = {2, 'a', 2, 0, 2, 's', (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08};
    IOException e = assertThrows(IOException.class, () -> alerts.decode(bomb));
    assertTrue(e.getMessage().startsWith("related_account_ids: claims 1073741824 items"),
        e.getMessage());
  }

  @Test
  void namesTheFieldInsideANestedRecordOfAnArrayWhereTheBytesStop() throws IOException {
    SafeAvroDecoder<Alert> alerts = SafeAvroDecoder.of(Alert.class);
    byte[] whole = AvroCodec.of(Alert.class).encode(sampleAlert());
    Set<String> paths = new TreeSet<>();
    for (int length = 1; length < whole.length; length++) {
      byte[] truncated = Arrays.copyOf(whole, length);
      IOException e = assertThrows(IOException.class, () -> alerts.decode(truncated));
      String path = e.getMessage().substring(0, Math.max(0, e.getMessage().indexOf(": ")));
      assertTrue(path.matches("[a-z_]+(\\[\\d+])?(\\.[a-z_]+(\\[\\d+])?)*"), e.getMessage());
      paths.add(path);
    }
    assertTrue(paths.contains("hits[0].rule_id"), paths.toString());
    assertTrue(paths.contains("hits[0].txn_ids[0]"), paths.toString());
  }

  // Random bytes must only ever produce IOException: anything else would escape DecodeFunction.
  @Test
  void turnsRandomBytesIntoIoExceptionsOnly() {
    Random random = new Random(20260301);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextInt(64)];
      random.nextBytes(bytes);
      try {
        decoder.decode(bytes);
      } catch (IOException expected) {
        // the only allowed failure
      }
    }
  }

  private static Alert sampleAlert() {
    return Alerts.about("acc-1").related("acc-2", "acc-3").txnIds("T-1", "T-2")
        .hit(Alerts.hit("LT-PAYROLL-FUNNEL", 2).txnIds("T-1").feature("fwd.share", "0.85")
            .parameter("fwd.share", "0.60"))
        .proceeds("1200.00", "EUR", "sum of forwarded wages", Severity.MEDIUM)
        .build();
  }
}
