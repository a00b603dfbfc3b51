package dev.moneytrail.rules.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule facts as JSON, for the tests a package carries: {@code {"type": "Txn", "txnId": ...}} with
 * the fact class's own field names. Every fact class takes its fields, in declaration order, as its
 * constructor's parameters (records by definition, the others by convention of the facts
 * package), so no per-class mapping is kept here and a new fact class works as it is. Money and
 * other decimals are strings (exact), times ISO-8601 instants, durations ISO-8601 ({@code PT48H}).
 */
public final class FactJson {

  static final String FACTS_PACKAGE = "dev.moneytrail.rules.facts.";

  private FactJson() {}

  /** The fact a JSON object describes; its {@code type} is the simple name of a fact class. */
  public static Object read(JsonNode node) {
    JsonNode type = node.get("type");
    if (type == null || !type.isTextual()) {
      throw new IllegalArgumentException("a fact needs a \"type\" (e.g. \"Txn\", \"PayrollHistory\")");
    }
    Class<?> cls;
    try {
      cls = Class.forName(FACTS_PACKAGE + type.asText(), true, FactJson.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no fact type " + type.asText());
    }
    return readObject(cls, node, true);
  }

  /** A fact as a JSON object with its {@code type}; null fields are left out. */
  public static ObjectNode write(Object fact, ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    n.put("type", fact.getClass().getSimpleName());
    writeFields(fact, n, mapper);
    return n;
  }

  private record Slot(String name, Class<?> type, Type genericType) {}

  private static List<Slot> slots(Class<?> cls) {
    List<Slot> slots = new ArrayList<>();
    if (cls.isRecord()) {
      for (RecordComponent c : cls.getRecordComponents()) {
        slots.add(new Slot(c.getName(), c.getType(), c.getGenericType()));
      }
    } else {
      for (Field f : cls.getDeclaredFields()) {
        // Transient fields are derived (a count remembered on first use), not data a test gives.
        if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
          slots.add(new Slot(f.getName(), f.getType(), f.getGenericType()));
        }
      }
    }
    return slots;
  }

  private static Constructor<?> constructor(Class<?> cls, List<Slot> slots) {
    Class<?>[] types = slots.stream().map(Slot::type).toArray(Class<?>[]::new);
    for (Constructor<?> c : cls.getConstructors()) {
      if (Arrays.equals(c.getParameterTypes(), types)) {
        return c;
      }
    }
    throw new IllegalArgumentException(cls.getSimpleName() + " cannot be built from JSON: no public constructor takes its fields in order");
  }

  private static Object readObject(Class<?> cls, JsonNode node, boolean typed) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(cls.getSimpleName() + " must be a JSON object");
    }
    List<Slot> slots = slots(cls);
    Map<String, Slot> byName = new LinkedHashMap<>();
    slots.forEach(s -> byName.put(s.name(), s));
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!byName.containsKey(name) && !(typed && name.equals("type"))) {
        throw new IllegalArgumentException(cls.getSimpleName() + " has no field \"" + name + "\" (fields: " + byName.keySet() + ")");
      }
    }
    Object[] args = new Object[slots.size()];
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      try {
        args[i] = value(s.type(), s.genericType(), node.get(s.name()));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(cls.getSimpleName() + "." + s.name() + ": " + e.getMessage(), e);
      }
    }
    try {
      return constructor(cls, slots).newInstance(args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw new IllegalArgumentException(cls.getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(cls.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private static Object value(Class<?> type, Type generic, JsonNode v) {
    if (v == null || v.isNull()) {
      if (type.isPrimitive()) {
        throw new IllegalArgumentException("is required");
      }
      return type == List.class ? List.of() : null;
    }
    if (type == String.class) {
      return v.asText();
    }
    if (type == Instant.class) {
      return Instant.parse(v.asText());
    }
    if (type == BigDecimal.class) {
      return new BigDecimal(v.asText());
    }
    if (type == Duration.class) {
      return Duration.parse(v.asText());
    }
    if (type == int.class || type == Integer.class) {
      return Integer.parseInt(v.asText());
    }
    if (type == long.class || type == Long.class) {
      return Long.parseLong(v.asText());
    }
    if (type == boolean.class || type == Boolean.class) {
      return Boolean.parseBoolean(v.asText());
    }
    if (type == List.class) {
      if (!v.isArray()) {
        throw new IllegalArgumentException("must be a JSON array");
      }
      Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
      Class<?> elementClass = element instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) element;
      List<Object> list = new ArrayList<>();
      for (JsonNode e : v) {
        list.add(value(elementClass, element, e));
      }
      return list;
    }
    if (type.getName().startsWith(FACTS_PACKAGE)) {
      return readObject(type, v, false);
    }
    throw new IllegalArgumentException("values of type " + type.getSimpleName() + " cannot be read from JSON");
  }

  private static void writeFields(Object o, ObjectNode n, ObjectMapper mapper) {
    for (Slot s : slots(o.getClass())) {
      Object v;
      try {
        Field f = o.getClass().getDeclaredField(s.name());
        f.setAccessible(true);
        v = f.get(o);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (v != null) {
        n.set(s.name(), json(v, mapper));
      }
    }
  }

  private static JsonNode json(Object v, ObjectMapper mapper) {
    if (v instanceof BigDecimal d) {
      return mapper.getNodeFactory().textNode(d.toPlainString());
    }
    if (v instanceof Instant || v instanceof Duration || v instanceof String) {
      return mapper.getNodeFactory().textNode(v.toString());
    }
    if (v instanceof Integer i) {
      return mapper.getNodeFactory().numberNode(i);
    }
    if (v instanceof Long l) {
      return mapper.getNodeFactory().numberNode(l);
    }
    if (v instanceof Boolean b) {
      return mapper.getNodeFactory().booleanNode(b);
    }
    if (v instanceof List<?> list) {
      ArrayNode a = mapper.createArrayNode();
      list.forEach(e -> a.add(json(e, mapper)));
      return a;
    }
    if (v.getClass().getName().startsWith(FACTS_PACKAGE)) {
      ObjectNode n = mapper.createObjectNode();
      writeFields(v, n, mapper);
      return n;
    }
    throw new IllegalArgumentException("values of type " + v.getClass().getSimpleName() + " cannot be written as JSON");
  }
}
