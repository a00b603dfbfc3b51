package dev.moneytrail.schemas.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

/**
 * The one wire encoding of every Avro value on our topics: raw Avro binary of the writer schema
 * (no single-object header, no registry id). Flink's {@code AvroDeserializationSchema.forSpecific}
 * reads exactly this, so producers and the job agree (versions.md pitfall 4).
 *
 * <p>Instances are not thread-safe (they reuse an encoder buffer); make one per thread or task.
 */
public final class AvroCodec<T extends SpecificRecord> {

  private final Class<T> type;
  private final SpecificDatumWriter<T> writer;
  private final SpecificDatumReader<T> reader;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
  private BinaryEncoder encoder;
  private BinaryDecoder decoder;

  private AvroCodec(Class<T> type) {
    this.type = type;
    Schema schema = SpecificData.get().getSchema(type);
    SpecificData model = SpecificData.getForClass(type);
    this.writer = new SpecificDatumWriter<>(schema, model);
    this.reader = new SpecificDatumReader<>(schema, schema, model);
  }

  public static <T extends SpecificRecord> AvroCodec<T> of(Class<T> type) {
    return new AvroCodec<>(type);
  }

  public Class<T> type() {
    return type;
  }

  public byte[] encode(T value) {
    buffer.reset();
    encoder = EncoderFactory.get().directBinaryEncoder(buffer, encoder);
    try {
      writer.write(value, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + type.getSimpleName(), e);
    }
    return buffer.toByteArray();
  }

  /**
   * Decodes one value. Throws {@link IOException} (or a runtime exception from Avro) for bytes that
   * are not a value of this schema; callers route those to the dead-letter topic with the reason.
   */
  public T decode(byte[] bytes) throws IOException {
    decoder = DecoderFactory.get().binaryDecoder(bytes, decoder);
    T value = reader.read(null, decoder);
    if (!decoder.isEnd()) {
      throw new IOException("trailing bytes after a " + type.getSimpleName() + " record");
    }
    return value;
  }
}
