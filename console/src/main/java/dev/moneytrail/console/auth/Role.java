package dev.moneytrail.console.auth;

/** What a console user may do; every endpoint names the roles it admits. */
public enum Role {
  /** Reviews alerts: claims, notes, dispositions, draft exports. */
  ANALYST,
  /** Everything an analyst does, plus assigning work and approving referrals (four eyes). */
  SUPERVISOR,
  /** Sees how rules perform (hits and dispositions per rule), not the case files. */
  RULE_AUTHOR,
  /** Reads everything, including the global audit trail; changes nothing. */
  AUDITOR
}
