package dev.moneytrail.rules;

import dev.moneytrail.rules.engine.CarriedTests;
import dev.moneytrail.rules.engine.CompileError;
import dev.moneytrail.rules.engine.CompiledRulePackage;
import dev.moneytrail.rules.engine.RuleCompiler;
import dev.moneytrail.rules.engine.RulePackageDirectory;
import dev.moneytrail.rules.engine.RulePackageException;
import dev.moneytrail.rules.engine.RulePackageSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ValidateCommand [DIR]}: compiles a rule package directory, checks its metadata and
 * parameters, runs the hit/near-miss tests the package carries in {@code tests/*.json} (see
 * {@link CarriedTests}), and prints every problem as {@code file:line: message} (a failed test as
 * {@code file: test 'name': ...}). Without DIR it checks the {@code core} package bundled in the
 * jar. Exit code 0 when the package is usable, 1 otherwise; a rule without carried tests is a
 * warning only.
 */
public final class ValidateCommand {
  private ValidateCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * The package's own hit/near-miss tests ({@code tests/*.json}), run with its own parameters:
   * a failing or unreadable test fails validation; a rule without tests is only a warning.
   */
  private static int runCarriedTests(CompiledRulePackage p, CarriedTests.Loaded carried, String where,
      PrintStream out, PrintStream err) {
    CarriedTests.Outcome outcome = CarriedTests.run(p, carried.tests());
    List<CompileError> failures = new ArrayList<>(carried.errors());
    failures.addAll(outcome.failures());
    out.printf("carried tests: %d passed, %d failed%n", outcome.passed(), failures.size());
    for (String w : outcome.warnings()) {
      out.println("warning: " + w);
    }
    if (failures.isEmpty()) {
      return 0;
    }
    err.printf("%s: %d carried test%s failed%n", p.ref(), failures.size(), failures.size() == 1 ? "" : "s");
    for (CompileError c : failures) {
      err.println(new CompileError(where + "/" + c.path(), c.line(), c.message()));
    }
    return 1;
  }

  /** Runs the command; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 1 || args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
      err.println("usage: ValidateCommand [RULE-PACKAGE-DIR]   (no DIR: the bundled core package)");
      return 1;
    }
    String where;
    RulePackageSource source;
    CarriedTests.Loaded carried;
    try {
      if (args.length == 0) {
        where = RulePackageDirectory.BUNDLED_ROOT + "core";
        source = RulePackageDirectory.loadBundled("core");
        carried = RulePackageDirectory.readBundled("core", ValidateCommand.class.getClassLoader(), CarriedTests::load);
      } else {
        where = args[0];
        source = RulePackageDirectory.load(Path.of(args[0]));
        carried = CarriedTests.load(Path.of(args[0]));
      }
    } catch (IOException | RuntimeException e) {
      err.println("cannot read rule package: " + e.getMessage());
      return 1;
    }
    try {
      CompiledRulePackage p = RuleCompiler.compileUncached(source, ValidateCommand.class.getClassLoader());
      out.printf("%s OK: %d rules, %d parameters, sha256 %s%n", p.ref(), p.rules().size(),
          p.parameterSpecs().size(), p.contentHash());
      for (RuleMetadata r : p.rules()) {
        out.printf("  %-36s %-7s %s%n", r.ref(), r.severity(), r.typology());
      }
      for (ReferenceTable t : p.reference().tables().values()) {
        out.printf("  reference/%-26s %5d rows sha256 %s%n", t.name() + ".csv", t.rows().size(), t.sha256());
      }
      return runCarriedTests(p, carried, where, out, err);
    } catch (RulePackageException e) {
      err.printf("%s: %d problem%s%n", source.ref(), e.errors().size(),
          e.errors().size() == 1 ? "" : "s");
      for (CompileError c : e.errors()) {
        err.println(c.path().isEmpty() ? where + ": " + c.message()
            : new CompileError(where + "/" + c.path(), c.line(), c.message()));
      }
      return 1;
    }
  }
}
