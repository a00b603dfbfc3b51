package dev.moneytrail.stream.io;

import dev.moneytrail.stream.io.CommittedTopicReader;
import dev.moneytrail.stream.io.CommittedTopicReader.Committed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.embedded.EmbeddedKafka;
import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.Money;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.testdata.Transactions;
import dev.moneytrail.schemas.topics.Topic;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.stream.io.KafkaOptions.StartingOffsets;
import dev.moneytrail.stream.screening.ScreeningEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real broker and a real Flink job: producers write good events, garbage and invalid events to
 * the transactions topic; the job decodes, writes good events through an exactly-once sink and
 * everything else to the dead-letter topic; a read_committed consumer then finds exactly the good
 * events, once each, and one dead letter per bad record with its reason, bytes and offset.
 */
class KafkaRoundTripIT {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(2)
          .build());

  /** Stands in for the alerts topic: same exactly-once sink, a value type we can produce. */
  private static final Topic<TransactionEvent> DECODED =
      new Topic<>("it.transactions.decoded", "account_id", TransactionEvent.class);

  private static final Duration READ_DEADLINE = Duration.ofSeconds(60);

  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startKafka() {
    kafka = EmbeddedKafka.start();
    kafka.createTopics(List.of(Topics.TRANSACTIONS, Topics.DEAD_LETTERS, DECODED), 2);
  }

  @AfterAll
  static void stopKafka() {
    kafka.close();
  }

  /** A record the test produced, with where it landed. */
  private record Sent(String key, byte[] value, int partition, long offset) {}

  @Test
  void deliversGoodEventsExactlyOnceAndDeadLettersTheRest() throws Exception {
    AvroCodec<TransactionEvent> codec = AvroCodec.of(TransactionEvent.class);
    List<TransactionEvent> good = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      good.add(Transactions.credit("acc-" + (i % 3), (100 + i) + ".00")
          .from("payer-" + i).after(Duration.ofMinutes(i)).build());
    }
    TransactionEvent zeroAmount = Transactions.credit("acc-0", "1.00").txnId("T-zero").build();
    zeroAmount.setMoney(new Money(new BigDecimal("0.0000"), "EUR"));
    TransactionEvent badCurrency = Transactions.debit("acc-1", "5.00").txnId("T-xyz").build();
    badCurrency.setMoney(new Money(new BigDecimal("5.0000"), "XYZ"));

    Map<String, Sent> bad = new HashMap<>();
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      for (TransactionEvent e : good) {
        send(producer, e.getAccountId(), codec.encode(e));
      }
      bad.put("garbage", send(producer, "acc-2", "not avro at all".getBytes(StandardCharsets.UTF_8)));
      bad.put("bomb", send(producer, "acc-0",
          new byte[] {(byte) 0xf0, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07}));
      bad.put("zero", send(producer, "acc-0", codec.encode(zeroAmount)));
      bad.put("currency", send(producer, "acc-1", codec.encode(badCurrency)));
      bad.put("tombstone", send(producer, "acc-1", null));
    }

    long began = System.nanoTime();
    runJob();
    System.out.println("round-trip job ran in " + (System.nanoTime() - began) / 1_000_000 + " ms");

    Committed decoded = readCommitted(DECODED.name());
    // Commit markers take offsets of their own: more offsets than records proves transactions.
    assertTrue(decoded.endOffsetSum() > decoded.records().size(),
        "no transaction markers on " + DECODED.name() + ": the sink did not write transactionally");
    List<TransactionEvent> delivered = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : decoded.records()) {
      TransactionEvent e = codec.decode(r.value());
      assertEquals(e.getAccountId(), new String(r.key(), StandardCharsets.UTF_8));
      delivered.add(e);
    }
    Comparator<TransactionEvent> byId = Comparator.comparing(TransactionEvent::getEventId);
    assertEquals(sorted(good, byId), sorted(delivered, byId));

    AvroCodec<DeadLetter> deadCodec = AvroCodec.of(DeadLetter.class);
    Map<Long, DeadLetter> deadByPosition = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : readCommitted(Topics.DEAD_LETTERS.name()).records()) {
      assertEquals(Topics.TRANSACTIONS.name(), new String(r.key(), StandardCharsets.UTF_8));
      DeadLetter d = deadCodec.decode(r.value());
      deadByPosition.put(position(d.getSourcePartition(), d.getSourceOffset()), d);
    }
    assertEquals(bad.size(), deadByPosition.size());

    assertDeadLetter(deadByPosition, bad.get("garbage"), "UNDECODABLE",
        "value: not a raw-Avro TransactionEvent: ");
    assertDeadLetter(deadByPosition, bad.get("bomb"), "UNDECODABLE",
        "value: not a raw-Avro TransactionEvent: event_id: claims 1073741816 bytes");
    assertDeadLetter(deadByPosition, bad.get("zero"), "INVALID_FIELD",
        "money.amount: 0.00 must be greater than 0");
    assertDeadLetter(deadByPosition, bad.get("currency"), "INVALID_FIELD",
        "money.currency: 'XYZ' is not an ISO 4217 currency code (e.g. EUR)");
    assertDeadLetter(deadByPosition, bad.get("tombstone"), "NULL_VALUE", "value: missing");
  }

  private static void runJob() throws Exception {
    Configuration conf = new Configuration();
    // Every record type must be Avro or a proper POJO: fail rather than fall back to Kryo.
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    // The exactly-once sink commits its transaction on checkpoints (and the final one at the end).
    env.enableCheckpointing(500);

    KafkaSettings settings = KafkaSettings.builder()
        .bootstrapServers(kafka.bootstrapServers())
        .groupId("round-trip-it")
        .startingOffsets(StartingOffsets.EARLIEST)
        .transactionalIdPrefix("round-trip-it")
        .build();

    SingleOutputStreamOperator<ScreeningEvent> decoded = env
        .fromSource(KafkaInputs.boundedSource(settings, Topics.TRANSACTIONS, DecodingDeserializer.transactions()),
            KafkaInputs.watermarks(EventTimeSettings.DEFAULT),
            "transactions")
        .uid("transactions-source")
        .process(new RouteDecoded())
        .uid("route-decoded-transactions")
        .name("route decoded transactions");
    decoded
        .map(e -> e.transaction).returns(new AvroTypeInfo<>(TransactionEvent.class))
        .sinkTo(KafkaOutputs.sink(settings, DECODED, DeliveryGuarantee.EXACTLY_ONCE))
        .uid("decoded-sink")
        .name("decoded transactions");
    decoded.getSideOutput(DecodeFunction.DEAD_LETTERS)
        .sinkTo(KafkaOutputs.deadLetters(settings))
        .uid("dead-letter-sink")
        .name("dead letters");

    env.execute("kafka round trip");
  }

  private static void assertDeadLetter(
      Map<Long, DeadLetter> dead, Sent sent, String reason, String detailPrefix) {
    DeadLetter d = dead.get(position(sent.partition(), sent.offset()));
    assertTrue(d != null, "no dead letter for partition " + sent.partition() + " offset "
        + sent.offset() + " in " + dead.values());
    assertEquals(Topics.TRANSACTIONS.name(), d.getSourceTopic());
    assertEquals(reason, d.getReason());
    assertTrue(d.getDetail().startsWith(detailPrefix), d.getDetail());
    assertArrayEquals(sent.key().getBytes(StandardCharsets.UTF_8),
        DecodeFunction.bytes(d.getRawKey()));
    if (sent.value() == null) {
      assertEquals(null, d.getRawValue());
    } else {
      assertArrayEquals(sent.value(), DecodeFunction.bytes(d.getRawValue()));
    }
  }

  private static long position(int partition, long offset) {
    return ((long) partition << 48) | offset;
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    Properties props = kafka.clientProperties();
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new KafkaProducer<>(props);
  }

  private static Sent send(KafkaProducer<byte[], byte[]> producer, String key, byte[] value)
      throws ExecutionException, InterruptedException {
    RecordMetadata m = producer.send(new ProducerRecord<>(Topics.TRANSACTIONS.name(),
        key.getBytes(StandardCharsets.UTF_8), value)).get();
    return new Sent(key, value, m.partition(), m.offset());
  }

  private static Committed readCommitted(String topic) {
    return CommittedTopicReader.records(kafka.clientProperties(), topic, READ_DEADLINE);
  }

  private static <T extends SpecificRecord> List<T> sorted(List<T> list, Comparator<T> order) {
    List<T> copy = new ArrayList<>(list);
    copy.sort(order);
    return copy;
  }
}
