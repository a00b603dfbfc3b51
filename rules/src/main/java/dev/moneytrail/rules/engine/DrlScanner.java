package dev.moneytrail.rules.engine;

import dev.moneytrail.rules.ParameterSpec;
import dev.moneytrail.rules.ParameterType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what Drools does not check for us from DRL text, with line numbers: parameter
 * declarations ({@code //@param} lines), parameter reads ({@code params.decimal("...")}) and where
 * each rule starts. Line based and deliberately simple: parameter names must be string literals so
 * that a package can be validated before it runs.
 */
final class DrlScanner {
  static final String DECLARATION_FORM =
      "//@param <RULE-ID>.<name> DECIMAL|INTEGER|DURATION|STRING default=<v> min=<v> max=<v> : <description>";

  private static final Pattern DECLARATION_START = Pattern.compile("^\\s*//\\s*@param\\b");
  private static final Pattern DECLARATION = Pattern.compile(
      "^\\s*//\\s*@param\\s+(\\S+)\\s+(\\S+)\\s+default=(\\S+)\\s+min=(\\S+)\\s+max=(\\S+)\\s*:\\s*(\\S.*)$");
  private static final Pattern PARAMETER_NAME =
      Pattern.compile("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-]$");
  private static final Pattern READ = Pattern.compile(
      "\\bparams\\s*\\.\\s*(decimal|integer|duration|string)\\s*\\(\\s*([^)]*?)\\s*\\)");
  private static final Pattern LITERAL = Pattern.compile("^\"([^\"]*)\"$");
  private static final Pattern RULE =
      Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

  /** A parameter read in DRL text. */
  record Read(String name, ParameterType type, String path, int line) {}

  /** Where a rule is declared. */
  record RuleLocation(String name, String path, int line) {}

  private DrlScanner() {}

  static void declarations(RuleFile file, List<ParameterSpec> specs, List<CompileError> errors) {
    String[] lines = file.text().split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!DECLARATION_START.matcher(lines[i]).find()) {
        continue;
      }
      int line = i + 1;
      Matcher m = DECLARATION.matcher(lines[i]);
      if (!m.matches()) {
        errors.add(new CompileError(file.path(), line,
            "malformed parameter declaration; expected " + DECLARATION_FORM));
        continue;
      }
      String name = m.group(1);
      if (!PARAMETER_NAME.matcher(name).matches()) {
        errors.add(new CompileError(file.path(), line, "parameter name " + name
            + " is not of the form <RULE-ID>.<name>"));
        continue;
      }
      ParameterType type;
      try {
        type = ParameterType.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new CompileError(file.path(), line, "parameter " + name + " has unknown type "
            + m.group(2) + "; use DECIMAL, INTEGER, DURATION or STRING"));
        continue;
      }
      ParameterSpec spec = new ParameterSpec(name, type, m.group(3), m.group(4), m.group(5),
          m.group(6).trim(), file.path(), line);
      spec.declarationProblem().ifPresent(p -> errors.add(new CompileError(file.path(), line, p)));
      specs.add(spec);
    }
  }

  static void reads(RuleFile file, List<Read> reads, List<CompileError> errors) {
    String[] lines = file.text().split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String text = lines[i];
      if (text.trim().startsWith("//")) {
        continue;
      }
      Matcher m = READ.matcher(text);
      while (m.find()) {
        Matcher lit = LITERAL.matcher(m.group(2));
        if (!lit.matches()) {
          errors.add(new CompileError(file.path(), i + 1, "parameter read params." + m.group(1)
              + "(" + m.group(2) + ") must name the parameter as a string literal so the package"
              + " can be validated"));
          continue;
        }
        reads.add(new Read(lit.group(1), ParameterType.valueOf(m.group(1).toUpperCase(Locale.ROOT)),
            file.path(), i + 1));
      }
    }
  }

  static void rules(RuleFile file, List<RuleLocation> out) {
    String[] lines = file.text().split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = RULE.matcher(lines[i]);
      if (m.find()) {
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        out.add(new RuleLocation(name, file.path(), i + 1));
      }
    }
  }
}
