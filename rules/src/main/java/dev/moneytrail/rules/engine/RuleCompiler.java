package dev.moneytrail.rules.engine;

import dev.moneytrail.rules.ParameterSpec;
import dev.moneytrail.rules.ReferenceData;
import dev.moneytrail.rules.ReferenceTable;
import dev.moneytrail.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Results;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles rule packages from DRL text into a {@link CompiledRulePackage}, validates them and
 * caches the result by content hash, so a Flink task compiles a package once in {@code open()}
 * (and every task of the JVM shares it), never per event.
 *
 * <p>Compilation is what {@code KieHelper} does (KieFileSystem, KieBuilder, KieContainer) done by
 * hand for two reasons: KieHelper throws a bare RuntimeException with the messages flattened into
 * one string, and it registers every module under the JVM-wide default ReleaseId, so two tasks
 * compiling different packages at once could pick up each other's module. Here each compilation has
 * its own ReleaseId, is removed from the KieRepository once its KieBase exists, and the class loader
 * given (a Flink task's user-code class loader) is used by the builder, the container, the KieBase
 * configuration and as the context class loader while Drools looks up its services.
 *
 * <p>The cache holds the last {@value #CACHE_SIZE} packages compiled, keyed by content hash and
 * class loader (a KieBase built against one class loader must not serve facts of another).
 * Concurrent requests for the same package wait for one compilation.
 */
public final class RuleCompiler {
  /** How many compiled packages the JVM keeps. */
  public static final int CACHE_SIZE = 8;

  private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
  private static final String RESOURCES = "src/main/resources/";
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_][\\w.]*)");
  // A table named in DRL through the global: refdata.table("x"), refdata.contains("x", ...).
  private static final Pattern TABLE_READ =
      Pattern.compile("refdata\\s*\\.\\s*(?:table|contains)\\s*\\(\\s*\"([^\"]*)\"");
  private static final AtomicLong COMPILATIONS = new AtomicLong();
  private static final Map<CacheKey, CompletableFuture<CompiledRules>> CACHE =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<CacheKey, CompletableFuture<CompiledRules>> e) {
          return size() > CACHE_SIZE;
        }
      };

  private record CacheKey(String contentHash, ClassLoader classLoader) {}

  private RuleCompiler() {}

  /**
   * The compiled package, from the cache when this JVM already compiled the same content with the
   * context class loader (or this library's loader when there is none).
   *
   * @throws RulePackageException when it does not compile or does not validate
   */
  public static CompiledRulePackage compile(RulePackageSource source) {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return compile(source, cl != null ? cl : RuleCompiler.class.getClassLoader());
  }

  /**
   * The compiled package, from the cache when this JVM already compiled the same content with
   * {@code classLoader}. In a Flink task pass {@code getRuntimeContext().getUserCodeClassLoader()}.
   *
   * @throws RulePackageException when it does not compile or does not validate
   */
  public static CompiledRulePackage compile(RulePackageSource source, ClassLoader classLoader) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(classLoader, "classLoader");
    CacheKey key = new CacheKey(source.contentHash(), classLoader);
    CompletableFuture<CompiledRules> future;
    boolean mine = false;
    synchronized (CACHE) {
      future = CACHE.get(key);
      if (future == null) {
        future = new CompletableFuture<>();
        CACHE.put(key, future);
        mine = true;
      }
    }
    if (mine) {
      try {
        future.complete(build(source, classLoader));
      } catch (RuntimeException | Error e) {
        future.completeExceptionally(e);
        synchronized (CACHE) {
          CACHE.remove(key, future);
        }
      }
    }
    try {
      return new CompiledRulePackage(source, future.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }

  /**
   * Compiles and validates without touching the cache: for tools (rule validation, CI) that want
   * every problem reported.
   *
   * @throws RulePackageException when it does not compile or does not validate
   */
  public static CompiledRulePackage compileUncached(RulePackageSource source,
      ClassLoader classLoader) {
    return new CompiledRulePackage(source, build(source, classLoader));
  }

  /** How many compilations this JVM has run (cache misses); for tests and metrics. */
  public static long compilations() {
    return COMPILATIONS.get();
  }

  /** Forgets every compiled package. */
  public static void clearCache() {
    synchronized (CACHE) {
      CACHE.clear();
    }
  }

  private static CompiledRules build(RulePackageSource source, ClassLoader classLoader) {
    long compilation = COMPILATIONS.incrementAndGet();
    long started = System.nanoTime();
    List<CompileError> declarationErrors = new ArrayList<>();
    List<ParameterSpec> specs = new ArrayList<>();
    for (RuleFile f : source.files()) {
      if (f.isDrl()) {
        DrlScanner.declarations(f, specs, declarationErrors);
      }
    }
    // Reference tables are checked with the declarations: a malformed registry is reported in
    // the same pass as a DRL error, and never reaches a rule.
    ReferenceData reference = referenceData(source, declarationErrors);
    List<CompileError> errors = new ArrayList<>();
    if (source.files().stream().noneMatch(RuleFile::isDrl)) {
      errors.add(new CompileError("", 0, "rule package " + source.ref() + " has no DRL files"));
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(classLoader);
    KieBase kieBase = null;
    try {
      KieServices ks = KieServices.Factory.get();
      ReleaseId releaseId = ks.newReleaseId("dev.moneytrail.rule-packages",
          artifactId(source.packageId()),
          "0.0." + compilation + "-" + source.contentHash().substring(0, 16));
      KieFileSystem kfs = ks.newKieFileSystem();
      kfs.generateAndWritePomXML(releaseId);
      KieModuleModel module = ks.newKieModuleModel();
      // Facts are never modified inside a stateless evaluation, so property reactivity would only
      // cost time and warn about constraints that read another pattern's binding.
      module.setConfigurationProperty(PropertySpecificOption.PROPERTY_NAME,
          PropertySpecificOption.ALLOWED.name());
      kfs.writeKModuleXML(module.toXML());
      Map<String, String> pathOf = new HashMap<>();
      for (RuleFile f : source.files()) {
        if (!f.isDrl()) {
          continue;
        }
        // Drools wants the folder to mirror the DRL package; authors should not have to.
        String builderPath = RESOURCES + packageFolder(f.text()) + f.path();
        pathOf.put(builderPath, f.path());
        pathOf.put(builderPath.substring(RESOURCES.length()), f.path());
        kfs.write(builderPath, f.text());
      }
      KieBuilder builder = ks.newKieBuilder(kfs, classLoader);
      builder.buildAll();
      Results results = builder.getResults();
      for (Message m : results.getMessages()) {
        if (m.getLevel() == Message.Level.ERROR) {
          errors.add(new CompileError(pathOf.getOrDefault(m.getPath(), relative(m.getPath())),
              Math.max(0, m.getLine()),
              m.getText() == null ? "" : m.getText().trim()));
        } else if (m.getLevel() == Message.Level.WARNING) {
          LOG.warn("{}: {}", source.ref(), m);
        }
      }
      dropParserEcho(errors);
      if (errors.isEmpty()) {
        try {
          KieContainer container = ks.newKieContainer(releaseId, classLoader);
          kieBase = container.newKieBase(ks.newKieBaseConfiguration(new Properties(), classLoader));
        } finally {
          // The repository is JVM-wide and would otherwise keep every package ever compiled.
          ks.getRepository().removeKieModule(releaseId);
        }
      }
    } finally {
      thread.setContextClassLoader(previous);
    }
    if (!errors.isEmpty()) {
      // Parameter problems are reported in the same pass, as far as they can be without rules.
      errors.addAll(declarationErrors);
      errors.addAll(RulePackageValidator.validate(source, null, specs).errors());
      throw new RulePackageException("rule package " + source.ref() + " does not compile",
          sorted(distinct(errors)));
    }
    RulePackageValidator.Validated v = RulePackageValidator.validate(source, kieBase, specs);
    if (!declarationErrors.isEmpty() || !v.errors().isEmpty()) {
      List<CompileError> all = new ArrayList<>(declarationErrors);
      all.addAll(v.errors());
      throw new RulePackageException("rule package " + source.ref() + " is not valid",
          sorted(distinct(all)));
    }
    LOG.info("compiled rule package {} ({} rules) in {} ms", source,
        v.rules().size(), (System.nanoTime() - started) / 1_000_000);
    return new CompiledRules(kieBase, v.rules(), v.specs(), v.parameters(), reference);
  }

  /**
   * The package's reference tables, parsed and indexed; every malformed line and every table a DRL
   * file reads but the package does not carry is added to {@code errors} (file, line, reason).
   */
  private static ReferenceData referenceData(RulePackageSource source, List<CompileError> errors) {
    List<ReferenceTable> tables = new ArrayList<>();
    for (RuleFile f : source.files()) {
      if (!f.isReference()) {
        continue;
      }
      try {
        tables.add(ReferenceTable.parse(f.tableName(), f.text()));
      } catch (ReferenceTable.Malformed e) {
        for (ReferenceTable.Problem p : e.problems()) {
          errors.add(new CompileError(f.path(), p.line(), "reference table " + f.tableName()
              + ": " + p.reason()));
        }
      }
    }
    java.util.Set<String> carried = new java.util.HashSet<>();
    for (RuleFile f : source.files()) {
      if (f.isReference()) {
        carried.add(f.tableName());
      }
    }
    for (RuleFile f : source.files()) {
      if (!f.isDrl()) {
        continue;
      }
      Matcher m = TABLE_READ.matcher(f.text());
      while (m.find()) {
        if (!carried.contains(m.group(1))) {
          errors.add(new CompileError(f.path(), lineOf(f.text(), m.start()), "reads reference table '"
              + m.group(1) + "' but the package has no reference/" + m.group(1) + ".csv"));
        }
      }
    }
    return new ReferenceData(tables);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * After a syntax error Drools adds "Parser returned a null Package" without a line; the real
   * error with its line is already there, so the echo only hides it.
   */
  private static void dropParserEcho(List<CompileError> errors) {
    errors.removeIf(e -> e.line() == 0 && e.message().contains("Parser returned a null Package")
        && errors.stream().anyMatch(o -> o.path().equals(e.path()) && o.line() > 0));
  }

  private static List<CompileError> distinct(List<CompileError> errors) {
    return new ArrayList<>(new java.util.LinkedHashSet<>(errors));
  }

  private static List<CompileError> sorted(List<CompileError> errors) {
    List<CompileError> out = new ArrayList<>(errors);
    out.sort(Comparator.comparing(CompileError::path).thenComparingInt(CompileError::line));
    return out;
  }

  private static String relative(String path) {
    if (path == null) {
      return "";
    }
    return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
  }

  private static String packageFolder(String drl) {
    Matcher m = PACKAGE.matcher(drl);
    return m.find() ? m.group(1).replace('.', '/') + "/" : "";
  }

  private static String artifactId(String packageId) {
    String s = packageId.replaceAll("[^A-Za-z0-9_.-]", "_");
    return s.isEmpty() ? "package" : s;
  }

  /** What a compilation yields, shared by every {@link CompiledRulePackage} of the same content. */
  record CompiledRules(KieBase kieBase, Map<String, RuleMetadata> rulesByKey,
      List<ParameterSpec> specs, dev.moneytrail.rules.RuleParameters parameters,
      ReferenceData reference) {}
}
