package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.codec.AvroCodec;
import java.io.IOException;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Decodes untrusted bytes with {@link AvroCodec} (raw Avro binary) after checking that they are
 * structurally a value of the schema, so the bytes cannot decide how much memory decoding takes.
 *
 * <p>Why the check: Avro allocates a string, byte array or array at the length the data claims
 * before it reads it. Five garbage bytes claiming a 1 GiB string throw {@link OutOfMemoryError} in
 * a 256 MiB heap (or silently take 1 GiB in a bigger one), and a task that fails on a record fails
 * again on it after every restart: one bad record would stop the job for good. The check walks the
 * schema over the bytes without allocating and refuses any length, count, union branch or enum
 * index that the remaining bytes or the schema cannot hold.
 *
 * <p>It is stricter than Avro in one corner our schemas never use: an array or map block may not
 * claim more items than there are bytes left, which refuses very long arrays of nulls.
 *
 * <p>Not thread-safe (the codec is not); make one per task, in {@code open()}.
 */
public final class SafeAvroDecoder<T extends SpecificRecord> {

  // Our schemas nest three deep; the bound only matters for recursive schemas fed garbage.
  private static final int MAX_DEPTH = 64;

  private final AvroCodec<T> codec;
  private final Schema schema;

  private SafeAvroDecoder(Class<T> type) {
    this.codec = AvroCodec.of(type);
    this.schema = SpecificData.get().getSchema(type);
  }

  public static <T extends SpecificRecord> SafeAvroDecoder<T> of(Class<T> type) {
    return new SafeAvroDecoder<>(type);
  }

  /**
   * Decodes one value.
   *
   * @throws IOException for bytes that are not exactly one value of the schema; the message names
   *     the field where the bytes stopped making sense
   */
  public T decode(byte[] bytes) throws IOException {
    new Walker(bytes).walk(schema, "", 0);
    try {
      return codec.decode(bytes);
    } catch (RuntimeException e) {
      // Structurally sound bytes can still hold a value Avro refuses (an empty decimal, say).
      throw new IOException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** Checks bytes against the schema without decoding them; same failures as {@link #decode}. */
  public static void checkStructure(Schema schema, byte[] bytes) throws IOException {
    new Walker(bytes).walk(schema, "", 0);
  }

  private static final class Walker {
    private final byte[] bytes;
    private int pos;

    Walker(byte[] bytes) {
      this.bytes = bytes;
    }

    void walk(Schema root, String path, int depth) throws IOException {
      value(root, path, depth);
      if (pos != bytes.length) {
        throw new IOException((bytes.length - pos) + " trailing bytes after a complete "
            + root.getName() + " of " + pos + " bytes");
      }
    }

    private void value(Schema s, String path, int depth) throws IOException {
      if (depth > MAX_DEPTH) {
        throw new IOException(at(path) + "nested deeper than " + MAX_DEPTH);
      }
      switch (s.getType()) {
        case NULL -> { }
        case BOOLEAN -> skip(1, path, "a boolean");
        case INT, LONG -> varLong(path);
        case FLOAT -> skip(4, path, "a float");
        case DOUBLE -> skip(8, path, "a double");
        case FIXED -> skip(s.getFixedSize(), path, "a fixed(" + s.getFixedSize() + ")");
        case STRING, BYTES -> {
          long length = varLong(path);
          if (length < 0 || length > remaining()) {
            throw new IOException(at(path) + "claims " + length + " bytes of "
                + s.getType().getName() + " but " + remaining() + " are left");
          }
          pos += (int) length;
        }
        case ENUM -> {
          long index = varLong(path);
          if (index < 0 || index >= s.getEnumSymbols().size()) {
            throw new IOException(at(path) + "enum index " + index + " is not a symbol of "
                + s.getName() + " (0.." + (s.getEnumSymbols().size() - 1) + ")");
          }
        }
        case UNION -> {
          List<Schema> branches = s.getTypes();
          long index = varLong(path);
          if (index < 0 || index >= branches.size()) {
            throw new IOException(at(path) + "union branch " + index + " does not exist (0.."
                + (branches.size() - 1) + ")");
          }
          value(branches.get((int) index), path, depth + 1);
        }
        case RECORD -> {
          for (Schema.Field f : s.getFields()) {
            value(f.schema(), path.isEmpty() ? f.name() : path + "." + f.name(), depth + 1);
          }
        }
        case ARRAY -> blocks(s.getElementType(), null, path, depth);
        case MAP -> blocks(s.getValueType(), Schema.create(Schema.Type.STRING), path, depth);
        default -> throw new IOException(at(path) + "unsupported type " + s.getType());
      }
    }

    private void blocks(Schema item, Schema key, String path, int depth) throws IOException {
      while (true) {
        long count = varLong(path);
        if (count == 0) {
          return;
        }
        if (count < 0) {
          // A negative count is followed by the block's size in bytes.
          if (count == Long.MIN_VALUE) {
            throw new IOException(at(path) + "block count out of range");
          }
          count = -count;
          varLong(path);
        }
        if (count > remaining()) {
          throw new IOException(at(path) + "claims " + count + " items but " + remaining()
              + " bytes are left");
        }
        for (long i = 0; i < count; i++) {
          String itemPath = path + "[" + i + "]";
          if (key != null) {
            value(key, itemPath, depth + 1);
          }
          value(item, itemPath, depth + 1);
        }
      }
    }

    private long varLong(String path) throws IOException {
      long raw = 0;
      for (int shift = 0; shift < 70; shift += 7) {
        if (pos >= bytes.length) {
          throw new IOException(at(path) + "ends inside a number after " + bytes.length + " bytes");
        }
        int b = bytes[pos++] & 0xff;
        raw |= (long) (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          return (raw >>> 1) ^ -(raw & 1);
        }
      }
      throw new IOException(at(path) + "a number longer than 10 bytes");
    }

    private void skip(int n, String path, String what) throws IOException {
      if (n > remaining()) {
        throw new IOException(at(path) + "ends inside " + what + " after " + bytes.length
            + " bytes");
      }
      pos += n;
    }

    private int remaining() {
      return bytes.length - pos;
    }

    private static String at(String path) {
      return path.isEmpty() ? "" : path + ": ";
    }
  }
}
