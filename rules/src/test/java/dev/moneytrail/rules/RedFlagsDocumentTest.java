package dev.moneytrail.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moneytrail.rules.engine.RedFlagsDocument;
import dev.moneytrail.rules.engine.RuleCompiler;
import dev.moneytrail.rules.engine.RulePackageDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/red-flags.md is generated from the rules; this fails when someone changed a rule or a
 * parameter and did not regenerate it. Regenerate with
 * {@code mvn -o -q -B install -pl rules -Dtest=RedFlagsDocumentTest -Dredflags.write=true}.
 */
class RedFlagsDocumentTest {
  private static final Path PACKAGE = Path.of("packages", "core");
  private static final Path DOC = Path.of("..", "docs", "red-flags.md");

  @Test
  void theRedFlagsDocumentMatchesTheRules() throws Exception {
    String rendered = RedFlagsDocument.render(RuleCompiler.compile(RulePackageDirectory.load(PACKAGE)),
        RulePackageDirectory.manifest(PACKAGE), "rules/packages/core");
    if (Boolean.getBoolean("redflags.write")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
    assertEquals(rendered, committed, "docs/red-flags.md is stale; regenerate with mvn -o -q -B"
        + " install -pl rules -Dtest=RedFlagsDocumentTest -Dredflags.write=true");
  }
}
