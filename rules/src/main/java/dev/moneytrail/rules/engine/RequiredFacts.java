package dev.moneytrail.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The fact types each rule cannot fire without: the classes of the top-level positive patterns
 * that match inserted facts (not {@code from} sources, not inside {@code not}/{@code exists}/
 * {@code or}). Most events carry no anchor fact any rule needs (a card purchase without pay-cycle
 * history, say), and for them a Drools session need not be created at all.
 */
final class RequiredFacts {

  private final List<Set<Class<?>>> perRule;

  private RequiredFacts(List<Set<Class<?>>> perRule) {
    this.perRule = perRule;
  }

  static RequiredFacts of(KieBase kieBase) {
    List<Set<Class<?>>> perRule = new ArrayList<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        Set<Class<?>> required = new LinkedHashSet<>();
        if (r instanceof RuleImpl impl && impl.getLhs().isAnd()) {
          for (RuleConditionElement e : impl.getLhs().getChildren()) {
            if (e instanceof Pattern pattern && pattern.getSource() == null
                && pattern.getObjectType() instanceof ClassObjectType type) {
              required.add(type.getClassType());
            }
          }
        }
        // A rule whose conditions we cannot read has no requirements: it is always evaluated.
        perRule.add(required);
      }
    }
    return new RequiredFacts(List.copyOf(perRule));
  }

  /** Whether some rule has every fact type it needs among {@code facts}. */
  boolean anyRuleCanFire(Collection<?> facts) {
    for (Set<Class<?>> required : perRule) {
      boolean all = true;
      for (Class<?> type : required) {
        if (!containsInstance(facts, type)) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsInstance(Collection<?> facts, Class<?> type) {
    for (Object f : facts) {
      if (type.isInstance(f)) {
        return true;
      }
    }
    return false;
  }

  int ruleCount() {
    return perRule.size();
  }

  /** For tests: the required types of every rule, in KieBase order. */
  List<Set<Class<?>>> perRule() {
    return perRule;
  }

}
