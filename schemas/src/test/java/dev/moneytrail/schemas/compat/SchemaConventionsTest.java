package dev.moneytrail.schemas.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * House rules for every schema (style.md, after fineract's Avro schemas): a doc on every field,
 * a default symbol on every enum so readers survive new symbols, and money only as the one
 * {@code Money} record, never a float.
 */
class SchemaConventionsTest {

  private static final String MONEY = "dev.moneytrail.schemas.Money";
  // A score is a ranking, not an amount: the alert's score (which the contract asks for) and the
  // cluster's points (halves, for context indicators) are the only doubles.
  private static final Set<String> ALLOWED_FLOATS = Set.of("dev.moneytrail.schemas.Alert.score",
      "dev.moneytrail.schemas.Alert.cluster_score");
  private static final Pattern MONEY_NAME =
      Pattern.compile(".*(amount|income|balance|price|salary|wage|fee|proceeds|turnover).*");

  @Test
  void everyRecordEnumAndFieldHasADoc() {
    assertEquals(List.of(), missingDocs(CurrentSchemas.ALL), "give these a doc");
  }

  @Test
  void everyEnumHasADefaultSymbol() {
    assertEquals(List.of(), enumsWithoutDefault(CurrentSchemas.ALL),
        "an enum without default breaks readers on a new symbol");
  }

  @Test
  void moneyIsOnlyEverTheMoneyRecordNeverAFloat() {
    assertEquals(List.of(), moneyViolations(CurrentSchemas.ALL));
  }

  @Test
  void checksCatchTheMistakesTheyExistFor() {
    // Guards the guards: a schema with each mistake must be reported.
    Schema bad = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Bad\","
        + "\"namespace\":\"x\",\"doc\":\"d\",\"fields\":["
        + "{\"name\":\"fee_amount\",\"type\":\"double\",\"doc\":\"d\"},"
        + "{\"name\":\"income\",\"type\":[\"null\",\"string\"],\"doc\":\"d\"},"
        + "{\"name\":\"total\",\"type\":{\"type\":\"bytes\",\"logicalType\":\"decimal\","
        + "\"precision\":10,\"scale\":2},\"doc\":\"d\"},"
        + "{\"name\":\"undocumented\",\"type\":{\"type\":\"enum\",\"name\":\"E\","
        + "\"doc\":\"d\",\"symbols\":[\"A\"]}}]}");
    assertEquals(List.of("x.Bad.undocumented"), missingDocs(List.of(bad)));
    assertEquals(List.of("x.E"), enumsWithoutDefault(List.of(bad)));
    assertEquals(4, moneyViolations(List.of(bad)).size(), moneyViolations(List.of(bad)).toString());
  }

  private static List<String> missingDocs(List<Schema> schemas) {
    List<String> missing = new ArrayList<>();
    forEachNamed(schemas, s -> {
      if (blank(s.getDoc())) {
        missing.add(s.getFullName());
      }
      if (s.getType() == Schema.Type.RECORD) {
        for (Schema.Field f : s.getFields()) {
          if (blank(f.doc())) {
            missing.add(s.getFullName() + "." + f.name());
          }
        }
      }
    });
    return missing;
  }

  private static List<String> enumsWithoutDefault(List<Schema> schemas) {
    List<String> missing = new ArrayList<>();
    forEachNamed(schemas, s -> {
      if (s.getType() == Schema.Type.ENUM && s.getEnumDefault() == null) {
        missing.add(s.getFullName());
      }
    });
    return missing;
  }

  private static List<String> moneyViolations(List<Schema> schemas) {
    List<String> wrong = new ArrayList<>();
    forEachNamed(schemas, s -> {
      if (s.getType() != Schema.Type.RECORD || s.getFullName().equals(MONEY)) {
        return;
      }
      for (Schema.Field f : s.getFields()) {
        String name = s.getFullName() + "." + f.name();
        Schema type = unwrapNullable(f.schema());
        if ((type.getType() == Schema.Type.FLOAT || type.getType() == Schema.Type.DOUBLE)
            && !ALLOWED_FLOATS.contains(name)) {
          wrong.add(name + " is a " + type.getType());
        }
        if (type.getLogicalType() instanceof LogicalTypes.Decimal) {
          wrong.add(name + " is a decimal outside Money");
        }
        // A record such as ProceedsEstimate may wrap Money; a bare number or string may not.
        if (MONEY_NAME.matcher(f.name()).matches() && type.getType() != Schema.Type.RECORD) {
          wrong.add(name + " looks like money but is a " + type.getType() + ", not Money");
        }
      }
    });
    return wrong;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Schema unwrapNullable(Schema s) {
    if (s.getType() == Schema.Type.UNION) {
      List<Schema> nonNull = s.getTypes().stream()
          .filter(t -> t.getType() != Schema.Type.NULL).toList();
      return nonNull.size() == 1 ? nonNull.get(0) : s;
    }
    return s;
  }

  /** Visits every named schema (record, enum, fixed) reachable from the current schemas once. */
  private static void forEachNamed(List<Schema> schemas, Consumer<Schema> visitor) {
    Set<String> seen = new HashSet<>();
    for (Schema s : schemas) {
      visit(s, visitor, seen);
    }
  }

  private static void visit(Schema s, Consumer<Schema> visitor,
      Set<String> seen) {
    switch (s.getType()) {
      case RECORD, ENUM, FIXED -> {
        if (!seen.add(s.getFullName())) {
          return;
        }
        visitor.accept(s);
        if (s.getType() == Schema.Type.RECORD) {
          for (Schema.Field f : s.getFields()) {
            visit(f.schema(), visitor, seen);
          }
        }
      }
      case UNION -> s.getTypes().forEach(t -> visit(t, visitor, seen));
      case ARRAY -> visit(s.getElementType(), visitor, seen);
      case MAP -> visit(s.getValueType(), visitor, seen);
      default -> { }
    }
  }
}
