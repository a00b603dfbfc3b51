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
    new Walker(bytes).walk(schema);
    try {
      return codec.decode(bytes);
    } catch (RuntimeException e) {
      // Structurally sound bytes can still hold a value Avro refuses (an empty decimal, say).
      throw new IOException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** Checks bytes against the schema without decoding them; same failures as {@link #decode}. */
  public static void checkStructure(Schema schema, byte[] bytes) throws IOException {
    new Walker(bytes).walk(schema);
  }

  private static final class Walker {
    private final byte[] bytes;
    private int pos;
    // The path from the root to the value walked (a field name, or null and an item index), kept
    // as a stack and spelt out only in an error: it used to be concatenated for every field of
    // every record, on the input's hot path, to be read only for the rare refused record.
    private final String[] fields = new String[MAX_DEPTH + 2];
    private final long[] items = new long[MAX_DEPTH + 2];
    private int top;

    Walker(byte[] bytes) {
      this.bytes = bytes;
    }

    void walk(Schema root) throws IOException {
      value(root, 0);
      if (pos != bytes.length) {
        throw new IOException((bytes.length - pos) + " trailing bytes after a complete "
            + root.getName() + " of " + pos + " bytes");
      }
    }

    private void value(Schema s, int depth) throws IOException {
      if (depth > MAX_DEPTH) {
        throw new IOException(at() + "nested deeper than " + MAX_DEPTH);
      }
      switch (s.getType()) {
        case NULL -> { }
        case BOOLEAN -> skip(1, "a boolean");
        case INT, LONG -> varLong();
        case FLOAT -> skip(4, "a float");
        case DOUBLE -> skip(8, "a double");
        case FIXED -> skip(s.getFixedSize(), "a fixed(" + s.getFixedSize() + ")");
        case STRING, BYTES -> {
          long length = varLong();
          if (length < 0 || length > remaining()) {
            throw new IOException(at() + "claims " + length + " bytes of "
                + s.getType().getName() + " but " + remaining() + " are left");
          }
          pos += (int) length;
        }
        case ENUM -> {
          long index = varLong();
          if (index < 0 || index >= s.getEnumSymbols().size()) {
            throw new IOException(at() + "enum index " + index + " is not a symbol of "
                + s.getName() + " (0.." + (s.getEnumSymbols().size() - 1) + ")");
          }
        }
        case UNION -> {
          List<Schema> branches = s.getTypes();
          long index = varLong();
          if (index < 0 || index >= branches.size()) {
            throw new IOException(at() + "union branch " + index + " does not exist (0.."
                + (branches.size() - 1) + ")");
          }
          value(branches.get((int) index), depth + 1);
        }
        case RECORD -> {
          for (Schema.Field f : s.getFields()) {
            enter(f.name(), -1);
            value(f.schema(), depth + 1);
            top--;
          }
        }
        case ARRAY -> blocks(s.getElementType(), null, depth);
        case MAP -> blocks(s.getValueType(), Schema.create(Schema.Type.STRING), depth);
        default -> throw new IOException(at() + "unsupported type " + s.getType());
      }
    }

    private void blocks(Schema item, Schema key, int depth) throws IOException {
      while (true) {
        long count = varLong();
        if (count == 0) {
          return;
        }
        if (count < 0) {
          // A negative count is followed by the block's size in bytes.
          if (count == Long.MIN_VALUE) {
            throw new IOException(at() + "block count out of range");
          }
          count = -count;
          varLong();
        }
        if (count > remaining()) {
          throw new IOException(at() + "claims " + count + " items but " + remaining()
              + " bytes are left");
        }
        for (long i = 0; i < count; i++) {
          enter(null, i);
          if (key != null) {
            value(key, depth + 1);
          }
          value(item, depth + 1);
          top--;
        }
      }
    }

    private long varLong() throws IOException {
      long raw = 0;
      for (int shift = 0; shift < 70; shift += 7) {
        if (pos >= bytes.length) {
          throw new IOException(at() + "ends inside a number after " + bytes.length + " bytes");
        }
        int b = bytes[pos++] & 0xff;
        raw |= (long) (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          return (raw >>> 1) ^ -(raw & 1);
        }
      }
      throw new IOException(at() + "a number longer than 10 bytes");
    }

    private void skip(int n, String what) throws IOException {
      if (n > remaining()) {
        throw new IOException(at() + "ends inside " + what + " after " + bytes.length
            + " bytes");
      }
      pos += n;
    }

    private int remaining() {
      return bytes.length - pos;
    }

    private void enter(String field, long item) {
      fields[top] = field;
      items[top] = item;
      top++;
    }

    /** Where the walk is, as "field.nested[item].field: ", for an error message; "" at the root. */
    private String at() {
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < top; i++) {
        if (fields[i] == null) {
          path.append('[').append(items[i]).append(']');
        } else {
          path.append(path.length() == 0 ? "" : ".").append(fields[i]);
        }
      }
      return path.length() == 0 ? "" : path.append(": ").toString();
    }
  }
}
