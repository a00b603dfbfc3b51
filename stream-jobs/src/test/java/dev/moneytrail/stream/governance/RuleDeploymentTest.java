package dev.moneytrail.stream.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.RuleAuditAction;
import dev.moneytrail.stream.screening.MakerChecker;
import dev.moneytrail.stream.screening.RulePackages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleDeploymentTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @TempDir
  Path tmp;

  private Path tuned() throws Exception {
    Path dir = PackageDirs.copyOfCore(tmp.resolve("core-1.1.0"));
    PackageDirs.set(dir, "manifest.properties", "version", "1.1.0");
    PackageDirs.set(dir, "manifest.properties", "author", "Ana Analyst");
    PackageDirs.set(dir, "manifest.properties", "parent", "1.0.0");
    PackageDirs.set(dir, "parameters.properties", "LT-PAYROLL-FUNNEL.fwd.share", "0.70");
    return dir;
  }

  @Test
  void approvesAPackageCheckedByASecondPersonAndSummarisesWhatChanged() throws Exception {
    RuleDeployment.Outcome o = RuleDeployment.prepare(tuned(), "Sam Supervisor", NOW, NOW, RulePackages.load(null));
    assertTrue(o.approved());
    assertEquals(RuleAuditAction.DEPLOYED, o.audit().getAction());
    assertEquals("Sam Supervisor", o.pkg().getApprovedBy());
    assertEquals(NOW, o.pkg().getEffectiveFrom());
    assertTrue(o.audit().getDiffSummary().contains("~ LT-PAYROLL-FUNNEL.fwd.share: 0.60 -> 0.70"), o.audit().getDiffSummary());
  }

  @Test
  void refusesAPackageWhoseCarriedTestsFailAsValidateWould() throws Exception {
    // The threshold moved but the package's own boundary tests still describe the old one.
    Path dir = PackageDirs.copyOfCoreWithCarriedTests(tmp.resolve("core-1.2.0"));
    PackageDirs.set(dir, "manifest.properties", "author", "Ana Analyst");
    PackageDirs.set(dir, "parameters.properties", "LT-PAYROLL-FUNNEL.fwd.share", "0.90");
    RuleDeployment.Outcome o = RuleDeployment.prepare(dir, "Sam Supervisor", NOW, NOW, null,
        dev.moneytrail.schemas.RuleRole.SHADOW);
    assertFalse(o.approved());
    assertEquals(RuleAuditAction.VALIDATION_FAILED, o.audit().getAction());
    assertTrue(o.audit().getShadow());
    assertTrue(o.audit().getDetail().contains("tests/wage-control.json: test '"), o.audit().getDetail());
  }

  @Test
  void deploysAShadowChallengerThroughTheSameChecksAndSaysSo() throws Exception {
    RuleDeployment.Outcome o = RuleDeployment.prepare(tuned(), "Sam Supervisor", NOW, NOW, RulePackages.load(null),
        dev.moneytrail.schemas.RuleRole.SHADOW);
    assertTrue(o.approved());
    assertEquals(dev.moneytrail.schemas.RuleRole.SHADOW, o.pkg().getRole());
    assertEquals(RuleAuditAction.DEPLOYED, o.audit().getAction());
    assertTrue(o.audit().getShadow());
    assertTrue(o.audit().getDetail().contains("shadow"), o.audit().getDetail());
    RuleDeployment.Outcome self = RuleDeployment.prepare(tuned2(), "ana analyst", NOW, NOW, null,
        dev.moneytrail.schemas.RuleRole.SHADOW);
    assertEquals(RuleAuditAction.DEPLOY_REFUSED, self.audit().getAction());
  }

  private Path tuned2() throws Exception {
    Path dir = PackageDirs.copyOfCore(tmp.resolve("core-1.1.1"));
    PackageDirs.set(dir, "manifest.properties", "author", "Ana Analyst");
    return dir;
  }

  @Test
  void refusesAnAuthorApprovingTheirOwnChangeHoweverTheNameIsWritten() throws Exception {
    RuleDeployment.Outcome o = RuleDeployment.prepare(tuned(), "  ana ANALYST ", NOW, NOW, null);
    assertFalse(o.approved());
    assertEquals(RuleAuditAction.DEPLOY_REFUSED, o.audit().getAction());
    assertTrue(o.audit().getDetail().contains("second person"), o.audit().getDetail());
  }

  @Test
  void refusesAPackageThatDoesNotCompileNamingFileAndLine() throws Exception {
    Path dir = tuned();
    Files.writeString(dir.resolve("cash.drl"), Files.readString(dir.resolve("cash.drl")).replace("then", "thne"));
    RuleDeployment.Outcome o = RuleDeployment.prepare(dir, "Sam Supervisor", NOW, NOW, null);
    assertFalse(o.approved());
    assertEquals(RuleAuditAction.VALIDATION_FAILED, o.audit().getAction());
    assertTrue(o.audit().getDetail().contains("cash.drl"), o.audit().getDetail());
  }

  @Test
  void refusesAParameterOutOfItsRange() throws Exception {
    Path dir = tuned();
    PackageDirs.set(dir, "parameters.properties", "LT-PAYROLL-FUNNEL.fwd.share", "1.70");
    RuleDeployment.Outcome o = RuleDeployment.prepare(dir, "Sam Supervisor", NOW, NOW, null);
    assertEquals(RuleAuditAction.VALIDATION_FAILED, o.audit().getAction());
    assertTrue(o.audit().getDetail().contains("LT-PAYROLL-FUNNEL.fwd.share"), o.audit().getDetail());
  }

  @Test
  void knowsASecondPersonFromTheSameOne() {
    assertTrue(MakerChecker.isSecondPerson("ana", "sam"));
    assertFalse(MakerChecker.isSecondPerson("ana", "Ana"));
    assertFalse(MakerChecker.isSecondPerson("ana", null));
    assertFalse(MakerChecker.isSecondPerson("", "sam"));
  }
}
