package dev.moneytrail.rules.engine;

import dev.moneytrail.rules.HitCollector;
import dev.moneytrail.rules.ParameterSpec;
import dev.moneytrail.rules.ReferenceData;
import dev.moneytrail.rules.RuleMetadata;
import dev.moneytrail.rules.RuleParameters;
import dev.moneytrail.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;

/**
 * The checks Drools does not make: every rule carries complete metadata with a unique id and a
 * known severity, every parameter a rule reads is declared (with the type it is read as), every
 * declared parameter belongs to a rule of the package, is read, and has a value of its type within
 * its range, and the package declares the globals the engine binds.
 */
final class RulePackageValidator {
  static final List<String> REQUIRED_METADATA =
      List.of("id", "version", "typology", "severity", "source", "description");
  static final String PARAMETERS_FILE = "parameters.properties";
  /** The optional global a package declares to read its reference tables. */
  static final String REFERENCE_GLOBAL = "refdata";
  /** {@code @kind} of an indicator, the default: its hits make alerts. */
  static final String KIND_INDICATOR = "INDICATOR";
  /** {@code @kind} of a context modifier: its hits only weigh on other indicators' scores. */
  static final String KIND_CONTEXT = "CONTEXT";

  /**
   * {@code @kind} of a conditional indicator (catalogue H3): its hits count only beside a HIGH hit
   * of one of the rules its {@code <id>.predicates} parameter names.
   */
  static final String KIND_CONDITIONAL = "CONDITIONAL";

  // No dots: parameter names are <RULE-ID>.<param> and split at the first dot.
  private static final Pattern RULE_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]*$");

  record Validated(Map<String, RuleMetadata> rules, List<ParameterSpec> specs,
      RuleParameters parameters, List<CompileError> errors) {}

  private RulePackageValidator() {}

  /**
   * Every problem found. With {@code kieBase} null (the DRL did not compile) only the checks that
   * need no compiled rules run, so an author still sees parameter problems in the same pass.
   */
  static Validated validate(RulePackageSource source, KieBase kieBase, List<ParameterSpec> declared) {
    List<CompileError> errors = new ArrayList<>();
    List<DrlScanner.RuleLocation> locations = new ArrayList<>();
    List<DrlScanner.Read> reads = new ArrayList<>();
    for (RuleFile f : source.files()) {
      if (!f.isDrl()) {
        continue;
      }
      DrlScanner.rules(f, locations);
      DrlScanner.reads(f, reads, errors);
    }
    Map<String, DrlScanner.RuleLocation> whereIs = new HashMap<>();
    for (DrlScanner.RuleLocation l : locations) {
      whereIs.putIfAbsent(l.name(), l);
    }

    Map<String, RuleMetadata> byKey = new LinkedHashMap<>();
    Map<String, String> firstRuleWithId = new HashMap<>();
    Set<String> ruleIds = new TreeSet<>();
    if (kieBase != null) {
      checkGlobals(kieBase, errors);
    }
    for (KiePackage p : kieBase == null ? List.<KiePackage>of() : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        DrlScanner.RuleLocation at = whereIs.getOrDefault(r.getName(),
            new DrlScanner.RuleLocation(r.getName(), "", 0));
        Object rawId = metaValue(r.getMetaData(), "id");
        if (rawId != null) {
          // Known even when other metadata is missing, so parameters are not reported as orphans.
          ruleIds.add(String.valueOf(rawId).trim());
        }
        RuleMetadata m = metadata(r, at, errors);
        if (m == null) {
          continue;
        }
        String other = firstRuleWithId.putIfAbsent(m.ruleId(), describe(at));
        if (other != null) {
          errors.add(new CompileError(at.path(), at.line(), "rule id " + m.ruleId()
              + " is already used by the rule at " + other + "; never reuse an id"));
          continue;
        }
        byKey.put(key(r), m);
      }
    }
    if (kieBase != null && byKey.isEmpty() && errors.isEmpty()) {
      errors.add(new CompileError("", 0, "rule package " + source.ref() + " has no rules"));
    }

    Map<String, ParameterSpec> specs = new TreeMap<>();
    for (ParameterSpec s : declared) {
      ParameterSpec earlier = specs.putIfAbsent(s.name(), s);
      if (earlier != null) {
        errors.add(new CompileError(s.path(), s.line(), "parameter " + s.name()
            + " is already declared at " + earlier.location()));
      } else if (kieBase != null && !ruleIds.contains(s.ruleId())) {
        errors.add(new CompileError(s.path(), s.line(), "parameter " + s.name()
            + " belongs to rule " + s.ruleId() + ", which is not in this package"));
      }
    }
    Set<String> read = new TreeSet<>();
    for (DrlScanner.Read r : reads) {
      read.add(r.name());
      ParameterSpec s = specs.get(r.name());
      if (s == null) {
        errors.add(new CompileError(r.path(), r.line(), "rule " + ParameterSpec.ruleIdOf(r.name())
            + " reads parameter " + r.name() + ", which is not declared (add a //@param line)"));
      } else if (s.type() != r.type() && r.type() != dev.moneytrail.rules.ParameterType.STRING) {
        errors.add(new CompileError(r.path(), r.line(), "parameter " + r.name() + " is declared "
            + s.type() + " at " + s.location() + " but read as "
            + r.type().name().toLowerCase(Locale.ROOT)));
      }
    }
    for (ParameterSpec s : specs.values()) {
      if (!read.contains(s.name())) {
        errors.add(new CompileError(s.path(), s.line(), "parameter " + s.name()
            + " is declared but no rule reads it"));
      }
      s.valueProblem(source.parameters().get(s.name()))
          .ifPresent(p -> errors.add(new CompileError(PARAMETERS_FILE, 0, p)));
    }
    for (String name : source.parameters().keySet()) {
      if (!specs.containsKey(name)) {
        errors.add(new CompileError(PARAMETERS_FILE, 0, "parameter " + name
            + " has a value but no rule declares it"));
      }
    }
    checkPredicates(byKey.values(), specs, source.parameters(), errors);
    RuleParameters parameters = errors.isEmpty()
        ? RuleParameters.of(source.parameters(), specs) : RuleParameters.of(source.parameters());
    return new Validated(byKey, List.copyOf(specs.values()), parameters, errors);
  }

  /**
   * A conditional rule must say what it waits for: a declared {@code <id>.predicates} parameter
   * whose value names at least one HIGH indicator of this package (neither a context modifier nor
   * another conditional rule), or its hits could never count.
   */
  private static void checkPredicates(java.util.Collection<RuleMetadata> rules, Map<String, ParameterSpec> specs,
      Map<String, String> values, List<CompileError> errors) {
    Map<String, RuleMetadata> byId = new HashMap<>();
    for (RuleMetadata m : rules) {
      byId.put(m.ruleId(), m);
    }
    for (RuleMetadata m : rules) {
      if (!m.conditional()) {
        continue;
      }
      String name = RuleMetadata.predicatesParameter(m.ruleId());
      ParameterSpec spec = specs.get(name);
      if (spec == null) {
        errors.add(new CompileError("", 0, "rule " + m.ruleId() + " is @kind " + KIND_CONDITIONAL
            + " but declares no parameter " + name + " naming its predicate rules"));
        continue;
      }
      String value = values.getOrDefault(name, spec.defaultValue());
      List<String> ids = dev.moneytrail.rules.HitCollector.predicates(value);
      if (ids.isEmpty()) {
        errors.add(new CompileError(spec.path(), spec.line(), "parameter " + name + " names no predicate rule"));
      }
      for (String id : ids) {
        RuleMetadata p = byId.get(id);
        if (p == null || p.context() || p.conditional() || p.severity() != Severity.HIGH) {
          errors.add(new CompileError(spec.path(), spec.line(), "parameter " + name + " names " + id
              + ", which is not a HIGH indicator rule of this package"));
        }
      }
    }
  }

  static String key(Rule rule) {
    return rule.getPackageName() + "/" + rule.getName();
  }

  private static void checkGlobals(KieBase kieBase, List<CompileError> errors) {
    for (KiePackage p : kieBase.getKiePackages()) {
      if (p.getRules().isEmpty()) {
        continue;
      }
      Map<String, String> globals = new HashMap<>();
      for (Global g : p.getGlobalVariables()) {
        globals.put(g.getName(), g.getType());
      }
      requireGlobal(p, globals, "params", RuleParameters.class, errors);
      requireGlobal(p, globals, "hits", HitCollector.class, errors);
      if (globals.containsKey(REFERENCE_GLOBAL)) {
        requireGlobal(p, globals, REFERENCE_GLOBAL, ReferenceData.class, errors);
      }
    }
  }

  private static void requireGlobal(KiePackage p, Map<String, String> globals, String name,
      Class<?> type, List<CompileError> errors) {
    String declared = globals.get(name);
    if (!type.getName().equals(declared)) {
      errors.add(new CompileError("", 0, "DRL package " + p.getName() + " must declare 'global "
          + type.getName() + " " + name + ";'" + (declared == null ? "" : " (found " + declared + ")")));
    }
  }

  private static RuleMetadata metadata(Rule r, DrlScanner.RuleLocation at,
      List<CompileError> errors) {
    Map<String, Object> meta = r.getMetaData();
    int before = errors.size();
    Map<String, String> values = new HashMap<>();
    for (String k : REQUIRED_METADATA) {
      Object v = metaValue(meta, k);
      String s = v == null ? "" : String.valueOf(v).trim();
      if (s.isEmpty()) {
        errors.add(new CompileError(at.path(), at.line(), "rule \"" + r.getName()
            + "\" has no @" + k + " metadata"));
      }
      values.put(k, s);
    }
    String id = values.get("id");
    if (!id.isEmpty() && !RULE_ID.matcher(id).matches()) {
      errors.add(new CompileError(at.path(), at.line(), "rule \"" + r.getName() + "\": @id " + id
          + " may hold only letters, digits, '-' and '_'"));
    }
    int version = 0;
    if (!values.get("version").isEmpty()) {
      try {
        version = Integer.parseInt(values.get("version"));
        if (version < 1) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        errors.add(new CompileError(at.path(), at.line(), "rule \"" + r.getName() + "\": @version "
            + values.get("version") + " is not a positive whole number"));
      }
    }
    Severity severity = null;
    if (!values.get("severity").isEmpty()) {
      try {
        severity = Severity.valueOf(values.get("severity"));
      } catch (IllegalArgumentException e) {
        errors.add(new CompileError(at.path(), at.line(), "rule \"" + r.getName() + "\": @severity "
            + values.get("severity") + " is not one of LOW, MEDIUM, HIGH"));
      }
    }
    Object kind = metaValue(meta, "kind");
    String k = kind == null ? KIND_INDICATOR : String.valueOf(kind).trim();
    boolean context = KIND_CONTEXT.equals(k);
    boolean conditional = KIND_CONDITIONAL.equals(k);
    if (!context && !conditional && !KIND_INDICATOR.equals(k)) {
      errors.add(new CompileError(at.path(), at.line(), "rule \"" + r.getName() + "\": @kind " + k
          + " is not one of " + KIND_INDICATOR + ", " + KIND_CONTEXT + ", " + KIND_CONDITIONAL));
    } else if (context && severity != null && severity != Severity.LOW) {
      // A context modifier never alerts alone (catalogue section 10, CTX); LOW says so to every
      // reader of the severity who does not know the kind.
      errors.add(new CompileError(at.path(), at.line(), "rule \"" + r.getName() + "\": a @kind "
          + KIND_CONTEXT + " rule must have @severity LOW, not " + severity));
    }
    if (errors.size() > before) {
      return null;
    }
    Object data = metaValue(meta, "data");
    return new RuleMetadata(id, version, values.get("typology"), severity, context, conditional, values.get("source"),
        values.get("description"), data == null ? "" : String.valueOf(data).trim(),
        r.getPackageName(), r.getName());
  }

  /**
   * A metadata value by key. Drools files some keys under the kie-api annotation type they
   * resemble ({@code @description} becomes {@code org.kie.api.definition.type.Description}), so the
   * simple name is matched too.
   */
  static Object metaValue(Map<String, Object> meta, String key) {
    Object v = meta.get(key);
    if (v != null) {
      return v;
    }
    for (Map.Entry<String, Object> e : meta.entrySet()) {
      String k = e.getKey();
      String simple = k.substring(k.lastIndexOf('.') + 1);
      if (simple.equalsIgnoreCase(key)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String describe(DrlScanner.RuleLocation at) {
    return at.path().isEmpty() ? "\"" + at.name() + "\"" : at.path() + ":" + at.line();
  }
}
