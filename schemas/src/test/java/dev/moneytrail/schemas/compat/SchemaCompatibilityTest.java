package dev.moneytrail.schemas.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.TransactionEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * BACKWARD_TRANSITIVE: each current schema reads data written with every released version of it,
 * so a new job reads old topics and savepoints. Snapshot layout: released/README.md.
 */
class SchemaCompatibilityTest {

  private static final Map<String, Schema> CURRENT = CurrentSchemas.ALL.stream()
      .collect(Collectors.toMap(Schema::getFullName, Function.identity()));

  @TestFactory
  Stream<DynamicTest> currentSchemasReadEveryReleasedVersion() throws IOException {
    List<Path> snapshots = releasedSnapshots();
    assertFalse(snapshots.isEmpty(), "no released snapshots found");
    return snapshots.stream().map(file -> DynamicTest.dynamicTest(
        file.getParent().getFileName() + "/" + file.getFileName(), () -> {
          Schema released = new Schema.Parser().parse(file.toFile());
          Schema current = CURRENT.get(released.getFullName());
          assertNotNull(current, released.getFullName()
              + " was released but is gone: data written with it could no longer be read");
          SchemaPairCompatibility result =
              SchemaCompatibility.checkReaderWriterCompatibility(current, released);
          assertEquals(SchemaCompatibilityType.COMPATIBLE, result.getType(),
              () -> released.getFullName() + " cannot read " + file + ": "
                  + result.getResult().getIncompatibilities());
        }));
  }

  @Test
  void everyCurrentSchemaHasBeenReleasedAtLeastOnce() throws IOException {
    Set<String> released = new java.util.HashSet<>();
    for (Path file : releasedSnapshots()) {
      released.add(new Schema.Parser().parse(file.toFile()).getFullName());
    }
    assertEquals(CURRENT.keySet(), released,
        "snapshot a new schema into a new released/vN folder (see its README)");
  }

  @Test
  void everyAvscInTheSourceTreeIsListedAsCurrent() throws IOException {
    // Surefire runs in the module directory; this keeps CurrentSchemas.ALL from going stale.
    Path avro = Path.of("src/main/avro");
    if (!Files.isDirectory(avro)) {
      return;
    }
    Set<String> names;
    try (Stream<Path> files = Files.walk(avro)) {
      names = files.filter(p -> p.toString().endsWith(".avsc"))
          .map(p -> p.getFileName().toString().replace(".avsc", ""))
          .collect(Collectors.toSet());
    }
    assertEquals(names, CurrentSchemas.ALL.stream().map(Schema::getName)
        .collect(Collectors.toSet()));
  }

  @Test
  void checkCatchesARequiredFieldAddedWithoutDefault() {
    // Guards the guard: if this passes silently, the compatibility test proves nothing.
    Schema released = TransactionEvent.getClassSchema();
    List<Schema.Field> fields = new ArrayList<>();
    for (Schema.Field f : released.getFields()) {
      fields.add(new Schema.Field(f, f.schema()));
    }
    fields.add(new Schema.Field("new_required", Schema.create(Schema.Type.STRING), "doc",
        (Object) null));
    Schema changed = Schema.createRecord(released.getName(), released.getDoc(),
        released.getNamespace(), false, fields);
    assertTrue(SchemaCompatibility.checkReaderWriterCompatibility(changed, released).getType()
        == SchemaCompatibilityType.INCOMPATIBLE);
  }

  private static List<Path> releasedSnapshots() throws IOException {
    URL root = SchemaCompatibilityTest.class.getResource("/released");
    assertNotNull(root, "released/ missing from test resources");
    Path dir;
    try {
      dir = Path.of(root.toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".avsc")).sorted().toList();
    }
  }
}
