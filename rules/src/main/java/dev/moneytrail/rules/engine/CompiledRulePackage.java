package dev.moneytrail.rules.engine;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.HitCollector;
import dev.moneytrail.rules.ParameterSpec;
import dev.moneytrail.rules.RuleMetadata;
import dev.moneytrail.rules.RuleParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A compiled, validated rule package, ready to screen fact snapshots. Thread-safe and shared: one
 * instance can serve every task of a JVM. Drools keeps nothing between calls of
 * {@link #evaluate(Collection)}: each call inserts the snapshot it is given into an idle session,
 * fires, and deletes the snapshot again before the session is reused, so all temporal state stays in Flink.
 *
 * <p>Obtain one with {@link RuleCompiler#compile(RulePackageSource, ClassLoader)}.
 */
public final class CompiledRulePackage {
  private static final Comparator<Hit> HIT_ORDER =
      Comparator.comparing(Hit::ruleId).thenComparing(Hit::subjectAccountId);

  private final RulePackageSource source;
  private final RuleCompiler.CompiledRules compiled;
  private final Function<Rule, RuleMetadata> metadataOf;
  private final List<RuleMetadata> rules;
  private final RequiredFacts requiredFacts;
  // Idle sessions, reused instead of built per call (building the working memory was a fifth of
  // the evaluation cost in the benchmark's profile). A session comes back emptied by deleting the
  // facts it was given, not by Drools' pool reset: the reset clears the memory of every node of
  // every rule, a deletion only the nodes its facts reached (EvaluationThroughputBench). Sessions
  // are not shared between threads: each call takes one from the queue or builds one.
  // Drools refuses a global no DRL package declares, and a package without tables need not.
  private final boolean declaresReference;
  private final Queue<KieSession> idle = new ConcurrentLinkedQueue<>();

  CompiledRulePackage(RulePackageSource source, RuleCompiler.CompiledRules compiled) {
    this.source = source;
    this.compiled = compiled;
    this.requiredFacts = RequiredFacts.of(compiled.kieBase());
    this.declaresReference = compiled.kieBase().getKiePackages().stream()
        .flatMap(p -> p.getGlobalVariables().stream())
        .anyMatch(g -> g.getName().equals(RulePackageValidator.REFERENCE_GLOBAL));
    Map<String, RuleMetadata> byKey = compiled.rulesByKey();
    // Keyed by package then name: both strings come from the KieBase with their hash cached, so
    // stamping a hit builds no new key.
    Map<String, Map<String, RuleMetadata>> byPackage = new HashMap<>();
    for (RuleMetadata m : byKey.values()) {
      byPackage.computeIfAbsent(m.packageName(), k -> new HashMap<>()).put(m.ruleName(), m);
    }
    this.metadataOf = r -> byPackage.getOrDefault(r.getPackageName(), Map.of()).get(r.getName());
    List<RuleMetadata> list = new ArrayList<>(byKey.values());
    list.sort(Comparator.comparing(RuleMetadata::ruleId));
    this.rules = List.copyOf(list);
  }

  /**
   * Screens one event's fact snapshot (e.g. the Txn, its AccountProfile and the PayrollHistory of
   * its account) and returns what fired, ordered by rule id then subject. Event time is read from
   * the facts ({@link EventTime#of}). The collection must not hold nulls.
   *
   * @throws IllegalArgumentException when no fact carries an event time
   * @throws RuntimeException (Drools' ConsequenceException) when a rule's consequence fails, e.g.
   *     reports a hit without a subject: a rule bug that tests should have caught
   */
  public List<Hit> evaluate(Collection<?> facts) {
    return evaluate(EventTime.of(facts), facts);
  }

  /** As {@link #evaluate(Collection)} with the event time given by the caller. */
  public List<Hit> evaluate(Instant eventTime, Collection<?> facts) {
    if (!requiredFacts.anyRuleCanFire(facts)) {
      return List.of();
    }
    HitCollector hits = new HitCollector(metadataOf, compiled.parameters(), eventTime,
        EventTime.accountOf(facts));
    KieSession session = idle.poll();
    if (session == null) {
      session = compiled.kieBase().newKieSession();
      session.setGlobal("params", compiled.parameters());
      if (declaresReference) {
        session.setGlobal(RulePackageValidator.REFERENCE_GLOBAL, compiled.reference());
      }
    }
    boolean empty = false;
    try {
      session.setGlobal("hits", hits);
      List<FactHandle> handles = new ArrayList<>(facts.size());
      for (Object fact : facts) {
        handles.add(session.insert(fact));
      }
      session.fireAllRules();
      for (FactHandle h : handles) {
        session.delete(h);
      }
      // Settles the deletions now, so the next snapshot starts from an empty network. Nothing can
      // fire on an empty one: every rule needs at least one fact (RequiredFacts); a rule that did
      // would be screening no event at all.
      if (session.fireAllRules() != 0) {
        throw new IllegalStateException("a rule of " + ref() + " fired with no facts inserted");
      }
      empty = true;
    } finally {
      if (empty) {
        idle.offer(session);
      } else {
        session.dispose(); // a failed evaluation may leave facts behind: never reuse that session
      }
    }
    List<Hit> out = hits.hits();
    if (out.isEmpty()) {
      return List.of();
    }
    List<Hit> sorted = new ArrayList<>(out);
    sorted.sort(HIT_ORDER);
    return List.copyOf(sorted);
  }

  RuleCompiler.CompiledRules compiledRules() {
    return compiled;
  }

  /** The package as loaded: id, version, files, parameters and content hash. */
  public RulePackageSource source() { return source; }
  public String packageId() { return source.packageId(); }
  public String version() { return source.version(); }
  public String contentHash() { return source.contentHash(); }
  /** {@code id@version}, e.g. {@code core@1.0.0}. */
  public String ref() { return source.ref(); }

  /** Every rule's metadata, sorted by id. */
  public List<RuleMetadata> rules() { return rules; }

  /** The metadata of one rule. */
  public Optional<RuleMetadata> rule(String ruleId) {
    return rules.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }

  /** Every parameter declaration, sorted by name. */
  public List<ParameterSpec> parameterSpecs() { return compiled.specs(); }

  /** The declarations of one rule's parameters, sorted by name. */
  public List<ParameterSpec> parameterSpecs(String ruleId) {
    return compiled.specs().stream().filter(s -> s.ruleId().equals(ruleId)).toList();
  }

  /** The reference tables of the package, parsed and indexed when it was compiled. */
  public dev.moneytrail.rules.ReferenceData reference() { return compiled.reference(); }

  /** The parameter values in force. */
  public RuleParameters parameters() { return compiled.parameters(); }

  KieBase kieBase() { return compiled.kieBase(); }

  @Override
  public String toString() {
    return source + " " + rules.size() + " rules";
  }
}
