package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.RuleAuditAction;
import dev.moneytrail.schemas.RuleAuditEvent;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.RuleRole;
import java.time.Instant;

/** Builds rule audit trail entries. */
public final class RuleAudit {

  public static RuleAuditEvent event(RuleAuditAction action, RulePackage pkg, String actor,
      long atMillis, String detail) {
    return RuleAuditEvent.newBuilder()
        .setAuditId(action + (pkg.getRole() == RuleRole.CHAMPION ? "" : "/" + pkg.getRole()) + ":" + pkg.getPackageId() + "@" + pkg.getVersion() + ":"
            + pkg.getContentHash().substring(0, Math.min(12, pkg.getContentHash().length())) + ":" + atMillis)
        .setAt(Instant.ofEpochMilli(atMillis))
        .setAction(action)
        .setPackageId(pkg.getPackageId())
        .setVersion(pkg.getVersion())
        .setContentHash(pkg.getContentHash())
        .setActor(actor)
        .setApprovedBy(pkg.getApprovedBy())
        .setDetail(detail == null ? "" : detail)
        .setDiffSummary("")
        .setShadow(pkg.getRole() != RuleRole.CHAMPION)
        .build();
  }

  private RuleAudit() {}
}
