package dev.moneytrail.stream.screening;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.RuleMetadata;
import dev.moneytrail.rules.engine.CompiledRulePackage;
import dev.moneytrail.rules.engine.RuleCompiler;
import dev.moneytrail.rules.engine.RulePackageSource;
import dev.moneytrail.schemas.RuleHit;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import dev.moneytrail.stream.metrics.ScreeningMetrics;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.apache.flink.util.Collector;

/**
 * A compiled rule package as one task uses it. Compilation goes through the engine's cache, keyed
 * by content hash, so each package is compiled once per JVM however many operators and subtasks
 * use it, and never per event.
 */
final class RuleRuntime {

  private static final Timer EVALUATION = ScreeningMetrics.evaluationTimer();

  private final CompiledRulePackage compiled;
  private final String label;
  private final Map<String, String> descriptions = new HashMap<>();
  /** The typologies of the package's indicators, sorted: where a context hit is carried. */
  private final List<String> indicatorTypologies;
  /** Each rule's typology: a conditional hit goes to its predicates' typologies. */
  private final Map<String, String> typologyOf = new HashMap<>();

  private RuleRuntime(CompiledRulePackage compiled) {
    this.compiled = compiled;
    this.label = compiled.ref();
    TreeSet<String> typologies = new TreeSet<>();
    for (RuleMetadata m : compiled.rules()) {
      descriptions.put(m.ruleId(), m.description());
      typologyOf.put(m.ruleId(), m.typology());
      if (!m.context() && !m.conditional()) {
        typologies.add(m.typology());
      }
    }
    this.indicatorTypologies = List.copyOf(typologies);
  }

  /**
   * Compiles (or fetches from cache) a package. Throws when it does not compile, fails validation,
   * or its content does not match its declared hash (a package altered in transit is refused).
   */
  static RuleRuntime of(RulePackage pkg, ClassLoader classLoader) {
    RulePackageSource source = RulePackages.toSource(pkg);
    if (!source.contentHash().equals(pkg.getContentHash())) {
      throw new IllegalArgumentException("content hash mismatch: declared " + pkg.getContentHash()
          + ", computed " + source.contentHash());
    }
    return new RuleRuntime(RuleCompiler.compile(source, classLoader));
  }

  String contentHash() {
    return compiled.contentHash();
  }

  void evaluate(List<Object> facts, Collector<ScoredHit> out, ScreeningMetrics metrics) {
    long started = System.nanoTime();
    List<Hit> hits = compiled.evaluate(facts);
    EVALUATION.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    for (Hit h : hits) {
      metrics.ruleHits(h.ruleId()).increment();
      scored(h, out::collect);
    }
  }

  /**
   * An indicator's hit goes to its own typology's alert. A context modifier's hit weighs on the
   * subject's alerts whatever their typology, and consolidation is keyed by subject and typology,
   * so it is carried to each indicator typology of the package: it joins the subject's open alerts
   * (and the one it later opens) and never opens one of its own. Context hits are rare (a
   * remittance to a corridor soon after payday), so the copies cost little. A conditional hit
   * (H3) goes to the typologies of the rules it waits for, where consolidation holds it until one
   * of them has a HIGH hit in the subject's alert (ADR 0006).
   */
  private void scored(Hit h, Consumer<ScoredHit> out) {
    RuleHit avro = toAvro(h);
    String description = descriptions.getOrDefault(h.ruleId(), "");
    if (!h.requires().isEmpty()) {
      // A conditional hit waits in the consolidation keys where its predicates' alerts open.
      TreeSet<String> typologies = new TreeSet<>();
      for (String predicate : h.requires()) {
        typologies.add(typologyOf.getOrDefault(predicate, h.typology()));
      }
      for (String typology : typologies) {
        out.accept(new ScoredHit(h.subjectAccountId(), typology, label, description, RuleHit.newBuilder(avro).build()));
      }
      return;
    }
    if (!h.context()) {
      out.accept(new ScoredHit(h.subjectAccountId(), h.typology(), label, description, avro));
      return;
    }
    for (String typology : indicatorTypologies) {
      out.accept(new ScoredHit(h.subjectAccountId(), typology, label, description, RuleHit.newBuilder(avro).build()));
    }
  }

  /**
   * Evaluates a challenger in shadow: the same hits as {@link #evaluate}, stamped with this
   * package, but counted in neither the champion's evaluation timer nor its per-rule hit counters,
   * so dashboards of the live screening are not changed by a trial beside it.
   */
  void evaluateInShadow(List<Object> facts, Consumer<ScoredHit> out) {
    for (Hit h : compiled.evaluate(facts)) {
      scored(h, out);
    }
  }

  static RuleHit toAvro(Hit h) {
    return RuleHit.newBuilder()
        .setRuleId(h.ruleId())
        .setRuleVersion(h.ruleVersion())
        .setSeverity(Severity.valueOf(h.severity().name()))
        .setSource(h.source())
        .setFiredAt(h.firedAt())
        .setTxnIds(h.txnIds())
        .setRelatedAccountIds(h.relatedAccountIds())
        .setFeatures(h.features())
        .setParameters(h.parameters())
        .setDetail(h.detail())
        .setContext(h.context())
        .setRequires(h.requires())
        .build();
  }
}
