package dev.moneytrail.stream.governance;

import dev.moneytrail.rules.engine.CarriedTests;
import dev.moneytrail.rules.engine.CompileError;
import dev.moneytrail.rules.engine.CompiledRulePackage;
import dev.moneytrail.rules.engine.RuleCompiler;
import dev.moneytrail.rules.engine.RulePackageDirectory;
import dev.moneytrail.rules.engine.RulePackageException;
import dev.moneytrail.rules.engine.RulePackageManifest;
import dev.moneytrail.rules.engine.RulePackageSource;
import dev.moneytrail.schemas.RuleAuditAction;
import dev.moneytrail.schemas.RuleAuditEvent;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.RuleRole;
import dev.moneytrail.stream.screening.MakerChecker;
import dev.moneytrail.stream.screening.RuleAudit;
import dev.moneytrail.stream.screening.RulePackages;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a rule package directory into a publishable package, or a refusal: it must compile,
 * validate and pass the hit/near-miss tests it carries, and its approver must be a second person (maker/checker). Pure apart from reading the
 * directory; publishing is the command's job.
 */
public final class RuleDeployment {

  /** What a deployment attempt came to: the package to publish, or why not, and its audit entry. */
  public record Outcome(RulePackage pkg, RuleAuditEvent audit, boolean approved) {}

  public static Outcome prepare(Path dir, String approvedBy, Instant effectiveFrom, Instant now,
      RulePackage published) throws Exception {
    return prepare(dir, approvedBy, effectiveFrom, now, published, RuleRole.CHAMPION);
  }

  /**
   * As above for any role: a shadow challenger goes through exactly the same validation and
   * maker/checker as a champion (a trial still runs in the production job); a shadow withdrawal
   * is not compiled again (it stops a package, it does not run one) but needs the same two people.
   *
   * @param published the champion now published under the same id (the diff is against it), or null
   */
  public static Outcome prepare(Path dir, String approvedBy, Instant effectiveFrom, Instant now,
      RulePackage published, RuleRole role) throws Exception {
    RulePackageManifest manifest = RulePackageDirectory.manifest(dir);
    RulePackageSource source = RulePackageDirectory.load(dir);
    String author = manifest.author() == null ? "" : manifest.author();
    RulePackage pkg = RulePackage.newBuilder(RulePackages.toAvro(source, author, approvedBy,
            manifest.parentVersion(), manifest.description(), now))
        .setEffectiveFrom(effectiveFrom).setRole(role).build();
    if (role != RuleRole.WITHDRAW_SHADOW) {
      String failed = validationFailure(dir, source);
      if (failed != null) {
        return new Outcome(pkg, audit(RuleAuditAction.VALIDATION_FAILED, pkg, author, now, failed, published), false);
      }
    }
    if (author.isBlank()) {
      return new Outcome(pkg, audit(RuleAuditAction.DEPLOY_REFUSED, pkg, "unknown", now,
          "the manifest names no author: a deployment needs a maker and a checker", published), false);
    }
    if (!MakerChecker.isSecondPerson(author, approvedBy)) {
      return new Outcome(pkg, audit(RuleAuditAction.DEPLOY_REFUSED, pkg, author, now,
          "approval must come from a second person: author '" + author + "', approver '" + approvedBy + "'", published), false);
    }
    return switch (role) {
      case SHADOW -> new Outcome(pkg, audit(RuleAuditAction.DEPLOYED, pkg, author, now,
          "in shadow beside the champion from " + effectiveFrom + "; alerts to the shadow topic only", published), true);
      case WITHDRAW_SHADOW -> new Outcome(pkg, audit(RuleAuditAction.WITHDRAWN, pkg, author, now,
          "shadow run withdrawn from " + effectiveFrom, published), true);
      default -> new Outcome(pkg, audit(RuleAuditAction.DEPLOYED, pkg, author, now,
          "effective from " + effectiveFrom, published), true);
    };
  }

  /**
   * What {@code rules validate} would fail the package for, or null: it must compile and pass
   * the hit/near-miss tests it carries (a rule without carried tests is not a failure).
   */
  private static String validationFailure(Path dir, RulePackageSource source) throws Exception {
    CompiledRulePackage compiled;
    try {
      compiled = RuleCompiler.compile(source);
    } catch (RulePackageException e) {
      return e.getMessage();
    }
    CarriedTests.Loaded carried = CarriedTests.load(dir);
    List<CompileError> failures = new ArrayList<>(carried.errors());
    failures.addAll(CarriedTests.run(compiled, carried.tests()).failures());
    if (failures.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder(failures.size() + " carried test(s) failed:");
    failures.forEach(f -> sb.append('\n').append(f));
    return sb.toString();
  }

  private static RuleAuditEvent audit(RuleAuditAction action, RulePackage pkg, String actor, Instant now,
      String detail, RulePackage published) {
    RuleAuditEvent e = RuleAudit.event(action, pkg, actor, now.toEpochMilli(), detail);
    e.setDiffSummary(diff(published, pkg));
    return e;
  }

  /** Files and parameters that differ from the package now published under the same id. */
  static String diff(RulePackage before, RulePackage after) {
    if (before == null) {
      return "first publication of " + after.getPackageId();
    }
    StringBuilder sb = new StringBuilder("against " + before.getPackageId() + "@" + before.getVersion() + ":");
    Map<String, String> a = files(before);
    Map<String, String> b = files(after);
    for (String path : new TreeSet<>(union(a.keySet(), b.keySet()))) {
      if (!a.containsKey(path)) {
        sb.append("\n+ file ").append(path);
      } else if (!b.containsKey(path)) {
        sb.append("\n- file ").append(path);
      } else if (!a.get(path).equals(b.get(path))) {
        sb.append("\n~ file ").append(path);
      }
    }
    for (String name : new TreeSet<>(union(before.getParameters().keySet(), after.getParameters().keySet()))) {
      String x = before.getParameters().get(name);
      String y = after.getParameters().get(name);
      if (x == null || y == null || !x.equals(y)) {
        sb.append("\n~ ").append(name).append(": ").append(x == null ? "(none)" : x).append(" -> ").append(y == null ? "(none)" : y);
      }
    }
    return sb.toString();
  }

  private static Map<String, String> files(RulePackage p) {
    Map<String, String> m = new java.util.TreeMap<>();
    p.getFiles().forEach(f -> m.put(f.getPath(), f.getText()));
    return m;
  }

  private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.Set<String> u = new java.util.HashSet<>(a);
    u.addAll(b);
    return u;
  }

  private RuleDeployment() {}
}
