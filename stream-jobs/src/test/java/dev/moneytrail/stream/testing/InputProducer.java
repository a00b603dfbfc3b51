package dev.moneytrail.stream.testing;

import dev.moneytrail.embedded.EmbeddedKafka;
import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.stream.screening.ScreeningEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Writes screening events to the job's input topics as a bank would: raw Avro, keyed by account. */
public final class InputProducer {

  public static void produce(EmbeddedKafka kafka, List<ScreeningEvent> events) {
    AvroCodec<TransactionEvent> txns = AvroCodec.of(TransactionEvent.class);
    AvroCodec<AccountEvent> accounts = AvroCodec.of(AccountEvent.class);
    Properties props = kafka.clientProperties();
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
      for (ScreeningEvent e : events) {
        byte[] key = e.accountId().getBytes(StandardCharsets.UTF_8);
        producer.send(e.transaction != null
            ? new ProducerRecord<>(Topics.TRANSACTIONS.name(), key, txns.encode(e.transaction))
            : new ProducerRecord<>(Topics.ACCOUNTS.name(), key, accounts.encode(e.account)));
      }
      producer.flush();
    }
  }

  private InputProducer() {}
}
