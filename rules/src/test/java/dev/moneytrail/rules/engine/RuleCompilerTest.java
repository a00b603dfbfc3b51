package dev.moneytrail.rules.engine;

import static dev.moneytrail.rules.engine.TestPackages.HEADER;
import static dev.moneytrail.rules.engine.TestPackages.bigDebit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Compilation, compile errors with file and line, and the compiled-package cache. */
class RuleCompilerTest {

  private static List<CompileError> errorsOf(RulePackageSource source) {
    return assertThrows(RulePackageException.class, () -> RuleCompiler.compileUncached(source,
        RuleCompilerTest.class.getClassLoader())).errors();
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in text");
  }

  @Test
  void reportsASyntaxErrorWithFileAndLine() {
    String good = HEADER + bigDebit("T-GOOD", "HIGH");
    String broken = HEADER + """

        rule "T-BROKEN"
          @id("T-BROKEN")
        when
          $t : Txn( debit ==== )
        then
        end
        """;
    RulePackageSource source = new RulePackageSource("test", "1", List.of(
        new RuleFile("good.drl", good), new RuleFile("nested/broken.drl", broken)),
        Map.of("T-GOOD.min.amount", "1000"));

    List<CompileError> errors = errorsOf(source);

    assertTrue(errors.stream().allMatch(e -> e.path().equals("nested/broken.drl")), errors.toString());
    assertEquals(lineOf(broken, "===="), errors.get(0).line(), errors.toString());
  }

  @Test
  void reportsAnUnknownFieldWithFileAndLine() {
    String drl = HEADER + """

        rule "T-FIELD"
          @id("T-FIELD")
        when
          $t : Txn( noSuchField > 3 )
        then
        end
        """;
    List<CompileError> errors = errorsOf(TestPackages.of(drl, Map.of()));

    CompileError e = errors.get(0);
    assertEquals("test.drl", e.path());
    assertTrue(e.line() >= lineOf(drl, "rule \"T-FIELD\"") && e.line() <= lineOf(drl, "noSuchField"),
        "line " + e.line() + " should point into the rule: " + errors);
    assertTrue(e.toString().startsWith("test.drl:" + e.line() + ": "), e.toString());
  }

  @Test
  void reportsAnErrorInAConsequenceWithFileAndLine() {
    String drl = HEADER + """

        rule "T-RHS"
          @id("T-RHS")
        when
          $t : Txn()
        then
          int x = $t.noSuchMethod();
        end
        """;
    List<CompileError> errors = errorsOf(TestPackages.of(drl, Map.of()));

    assertEquals("test.drl", errors.get(0).path());
    assertTrue(errors.get(0).line() > 0, errors.toString());
  }

  @Test
  void compilesEachPackageOncePerClassLoaderWhateverItsNameOrVersion() {
    RulePackageSource source = TestPackages.bigDebitPackage("cache test A");
    ClassLoader cl = getClass().getClassLoader();
    long before = RuleCompiler.compilations();

    CompiledRulePackage first = RuleCompiler.compile(source, cl);
    CompiledRulePackage again = RuleCompiler.compile(source, cl);
    RulePackageSource renamed = new RulePackageSource("other", "9.9.9", source.files(),
        source.parameters());
    CompiledRulePackage sameContent = RuleCompiler.compile(renamed, cl);

    assertEquals(before + 1, RuleCompiler.compilations());
    assertSame(first.kieBase(), again.kieBase());
    assertSame(first.kieBase(), sameContent.kieBase());
    assertEquals("other@9.9.9", sameContent.ref(), "the package keeps its own name");
  }

  @Test
  void recompilesWhenParametersOrClassLoaderDiffer() throws Exception {
    RulePackageSource source = TestPackages.bigDebitPackage("cache test B");
    ClassLoader cl = getClass().getClassLoader();
    RuleCompiler.compile(source, cl);
    long before = RuleCompiler.compilations();

    RuleCompiler.compile(source.withParameters(Map.of("T-BIG.min.amount", "500")), cl);
    try (URLClassLoader child = new URLClassLoader(new URL[0], cl)) {
      RuleCompiler.compile(source, child);
    }

    assertEquals(before + 2, RuleCompiler.compilations());
  }

  @Test
  void compilesOnceWhenTasksAskForTheSamePackageTogether() throws Exception {
    RulePackageSource source = TestPackages.bigDebitPackage("cache test C");
    ClassLoader cl = getClass().getClassLoader();
    long before = RuleCompiler.compilations();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<CompiledRulePackage>> f = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        f.add(pool.submit(() -> {
          start.await();
          return RuleCompiler.compile(source, cl);
        }));
      }
      start.countDown();
      for (Future<CompiledRulePackage> x : f) {
        assertSame(f.get(0).get().kieBase(), x.get().kieBase());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(before + 1, RuleCompiler.compilations());
  }

  @Test
  void keepsOnlyTheMostRecentPackages() {
    ClassLoader cl = getClass().getClassLoader();
    RulePackageSource oldest = TestPackages.bigDebitPackage("eviction 0");
    RuleCompiler.compile(oldest, cl);
    for (int i = 1; i <= RuleCompiler.CACHE_SIZE; i++) {
      RuleCompiler.compile(TestPackages.bigDebitPackage("eviction " + i), cl);
    }
    long before = RuleCompiler.compilations();

    RuleCompiler.compile(oldest, cl);

    assertEquals(before + 1, RuleCompiler.compilations(), "the oldest should have been evicted");
  }

  @Test
  void doesNotCacheAFailure() {
    RulePackageSource bad = TestPackages.of(HEADER + bigDebit("T-BAD", "HIGH"),
        Map.of("T-BAD.min.amount", "0"));
    ClassLoader cl = getClass().getClassLoader();
    long before = RuleCompiler.compilations();

    assertThrows(RulePackageException.class, () -> RuleCompiler.compile(bad, cl));
    assertThrows(RulePackageException.class, () -> RuleCompiler.compile(bad, cl));

    assertEquals(before + 2, RuleCompiler.compilations());
  }
}
