package dev.moneytrail.rules.engine;

import dev.moneytrail.rules.ParameterSpec;
import dev.moneytrail.rules.RuleMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders {@code docs/red-flags.md}, the human-readable list of what a rule package screens for,
 * from rule metadata and parameter declarations, so the document cannot drift from the rules.
 * {@code main [PACKAGE-DIR [OUT]]} writes it (defaults: {@code rules/packages/core},
 * {@code docs/red-flags.md}, relative to the repository root).
 */
public final class RedFlagsDocument {
  private RedFlagsDocument() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "rules/packages/core");
    Path out = Path.of(args.length > 1 ? args[1] : "docs/red-flags.md");
    String text = render(RuleCompiler.compile(RulePackageDirectory.load(dir)),
        RulePackageDirectory.manifest(dir), dir.toString());
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, text, StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  /** The document for a compiled package loaded from {@code location}. */
  private static String severity(RuleMetadata r) {
    if (r.conditional()) {
      return r.severity() + " (conditional, counts only beside a predicate high, never an alert alone)";
    }
    return r.context() ? r.severity() + " (context modifier, 0.5 points, never an alert)" : r.severity().name();
  }

  public static String render(CompiledRulePackage p, RulePackageManifest manifest, String location) {
    StringBuilder md = new StringBuilder();
    md.append("# Red flags screened by rule package ").append(p.ref()).append("\n\n");
    md.append("<!-- Generated from the rule metadata and //@param declarations in ")
        .append(location).append(" by dev.moneytrail.rules.engine.RedFlagsDocument.\n")
        .append("     Do not edit: RedFlagsDocumentTest fails when this file is stale; regenerate with\n")
        .append("     mvn -o -q -B install -pl rules -Dtest=RedFlagsDocumentTest -Dredflags.write=true -->\n\n");
    if (!manifest.description().isBlank()) {
      md.append(manifest.description()).append("\n\n");
    }
    md.append("Severity follows indicators.md section 0.2. Evidence tags in the sources: [V] verified,"
        + " [X] third-party extraction (re-check before quoting), [K] recalled, [D] design proposal.\n"
        + "Thresholds are tuned in the package's `parameters.properties`, within the ranges below.\n"
        + "A context modifier (catalogue section 10, CTX) never makes an alert: it adds 0.5 points to the"
        + " cluster score of an account's alerts that carry other indicators. A conditional indicator never makes an"
        + " alert either: its hit joins, and counts in, only an alert of the same account that has a HIGH hit of"
        + " one of the rules its `predicates` parameter names.\n\n");
    md.append("| Rule | Typology | Severity | Catalogue entry |\n|---|---|---|---|\n");
    for (RuleMetadata r : p.rules()) {
      md.append("| [").append(r.ruleId()).append("](#").append(anchor(r.ruleId())).append(")")
          .append(" v").append(r.version())
          .append(" | ").append(cell(r.typology()))
          .append(" | ").append(severity(r))
          .append(" | ").append(cell(entry(r.source()))).append(" |\n");
    }
    for (RuleMetadata r : p.rules()) {
      md.append("\n## ").append(r.ruleId()).append("\n\n");
      md.append("- **Version**: ").append(r.version()).append("\n");
      md.append("- **Typology**: ").append(r.typology()).append("\n");
      md.append("- **Severity**: ").append(severity(r)).append("\n");
      md.append("- **Source**: ").append(r.source()).append("\n");
      md.append("- **Data needed**: ").append(r.data().isBlank() ? "(not declared)" : r.data())
          .append("\n\n");
      md.append(r.description()).append("\n\n");
      md.append("| Parameter | Type | Default | In force | Range | Meaning |\n|---|---|---|---|---|---|\n");
      for (ParameterSpec s : p.parameterSpecs(r.ruleId())) {
        md.append("| `").append(s.name()).append("` | ").append(s.type())
            .append(" | ").append(s.defaultValue())
            .append(" | ").append(p.parameters().string(s.name()))
            .append(" | ").append(s.min()).append(" to ").append(s.max())
            .append(" | ").append(cell(s.description())).append(" |\n");
      }
    }
    return md.toString();
  }

  private static String entry(String source) {
    int semicolon = source.indexOf(';');
    return semicolon < 0 ? source : source.substring(0, semicolon);
  }

  private static String anchor(String id) {
    return id.toLowerCase(java.util.Locale.ROOT);
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
