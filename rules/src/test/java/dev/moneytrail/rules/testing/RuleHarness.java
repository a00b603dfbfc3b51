package dev.moneytrail.rules.testing;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.engine.CompiledRulePackage;
import dev.moneytrail.rules.engine.RuleCompiler;
import dev.moneytrail.rules.engine.RuleFile;
import dev.moneytrail.rules.engine.RulePackageDirectory;
import dev.moneytrail.rules.engine.RulePackageSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs fact snapshots through the bundled {@code core} package (the copy that ships in the jar)
 * and records what each evaluation produced, for {@link RuleTestVerifier}.
 */
public final class RuleHarness {
  private static final RulePackageSource CORE_SOURCE = RulePackageDirectory.loadBundled("core");
  private static final ThreadLocal<List<List<Hit>>> LOG = ThreadLocal.withInitial(ArrayList::new);
  private static final ThreadLocal<List<Evaluated>> EVALUATED = ThreadLocal.withInitial(ArrayList::new);

  /** One evaluation as a test made it: the facts, what fired, and whether parameters were tuned. */
  public record Evaluated(List<Object> facts, List<Hit> hits, boolean tuned) {}

  private final CompiledRulePackage rules;
  private final boolean tuned;

  private RuleHarness(CompiledRulePackage rules, boolean tuned) {
    this.rules = rules;
    this.tuned = tuned;
  }

  /** The bundled package with its shipped parameters. */
  public static RuleHarness core() {
    return new RuleHarness(RuleCompiler.compile(CORE_SOURCE), false);
  }

  /** The bundled package with some parameters tuned, as an FIU would. */
  public static RuleHarness coreWith(String... nameValuePairs) {
    Map<String, String> p = new HashMap<>(CORE_SOURCE.parameters());
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      if (!p.containsKey(nameValuePairs[i])) {
        throw new IllegalArgumentException("no such parameter " + nameValuePairs[i]);
      }
      p.put(nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return new RuleHarness(RuleCompiler.compile(CORE_SOURCE.withParameters(p)), true);
  }

  /**
   * The bundled package with one reference table replaced, as an FIU loads its own registry or
   * corridor list ({@code name} is the table's name, e.g. {@code high-risk-corridors}).
   */
  public static RuleHarness coreWithTable(String name, String text) {
    String path = RuleFile.REFERENCE_DIR + name + ".csv";
    List<RuleFile> files = new ArrayList<>();
    boolean replaced = false;
    for (RuleFile f : CORE_SOURCE.files()) {
      replaced |= f.path().equals(path);
      files.add(f.path().equals(path) ? new RuleFile(path, text) : f);
    }
    if (!replaced) {
      throw new IllegalArgumentException("no such reference table " + path);
    }
    return new RuleHarness(RuleCompiler.compile(new RulePackageSource(CORE_SOURCE.packageId(),
        CORE_SOURCE.version(), files, CORE_SOURCE.parameters())), true);
  }

  /** The ids of every rule of the bundled package, sorted. */
  public static List<String> coreSourceRuleIds() {
    return RuleCompiler.compile(CORE_SOURCE).rules().stream().map(r -> r.ruleId()).sorted().toList();
  }

  public static RulePackageSource coreSource() {
    return CORE_SOURCE;
  }

  public CompiledRulePackage rules() {
    return rules;
  }

  /** Evaluates one snapshot and records the result for the running test. */
  public List<Hit> evaluate(Object... facts) {
    List<Hit> hits = rules.evaluate(Arrays.asList(facts));
    LOG.get().add(hits);
    EVALUATED.get().add(new Evaluated(List.of(facts), hits, tuned));
    return hits;
  }

  /** The rule ids among {@code hits}, sorted. */
  public static Set<String> ids(List<Hit> hits) {
    Set<String> ids = new TreeSet<>();
    hits.forEach(h -> ids.add(h.ruleId()));
    return ids;
  }

  /** The only hit of {@code ruleId}; fails when there is none or more than one. */
  public static Hit only(List<Hit> hits, String ruleId) {
    List<Hit> of = hits.stream().filter(h -> h.ruleId().equals(ruleId)).toList();
    if (of.size() != 1) {
      throw new AssertionError("expected one hit of " + ruleId + " but got " + hits);
    }
    return of.get(0);
  }

  /** Every evaluation since the last call on this thread (for exporting tests a package carries). */
  public static List<Evaluated> takeEvaluated() {
    List<Evaluated> log = new ArrayList<>(EVALUATED.get());
    EVALUATED.get().clear();
    return log;
  }

  static List<List<Hit>> takeLog() {
    EVALUATED.get().clear();
    List<List<Hit>> log = new ArrayList<>(LOG.get());
    LOG.get().clear();
    return log;
  }
}
