package dev.moneytrail.schemas.compat;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.Money;
import dev.moneytrail.schemas.RuleAuditEvent;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.TransactionEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaFormatter;

/**
 * The top-level schemas this module publishes, as compiled, and the tool that snapshots them into
 * {@code src/test/resources/released/vN/} when a version is released (see the README there).
 */
public final class CurrentSchemas {

  /** Every top-level schema of src/main/avro; nested records travel inside their parent. */
  public static final List<Schema> ALL = List.of(
      Money.getClassSchema(),
      TransactionEvent.getClassSchema(),
      AccountEvent.getClassSchema(),
      Alert.getClassSchema(),
      RulePackage.getClassSchema(),
      DeadLetter.getClassSchema(),
      RuleAuditEvent.getClassSchema());

  private CurrentSchemas() {}

  /**
   * Writes each schema, fully resolved and pretty-printed, to {@code DIR/<Name>.avsc}. Usage from
   * the schemas module: {@code java -cp target/classes:target/test-classes:<avro+jackson>
   * dev.moneytrail.schemas.compat.CurrentSchemas src/test/resources/released/v2}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CurrentSchemas DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    if (Files.exists(dir)) {
      // A released snapshot is history: rewriting it would hide exactly the change we guard.
      System.err.println(dir + " exists; released snapshots are never overwritten");
      System.exit(1);
    }
    Files.createDirectories(dir);
    for (Schema s : ALL) {
      // json/pretty is Schema.toString(true) without the deprecation.
      Files.writeString(dir.resolve(s.getName() + ".avsc"),
          SchemaFormatter.format("json/pretty", s) + "\n", StandardCharsets.UTF_8);
    }
  }
}
