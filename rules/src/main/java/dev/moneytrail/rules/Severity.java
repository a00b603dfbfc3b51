package dev.moneytrail.rules;

/** Severity scale of indicators.md section 0.2, as carried by every rule and every hit. */
public enum Severity {
  /** Context or risk modifier only; never alerts alone. */
  LOW,
  /** Meaningful, but raises suspicion only in combination with other signs. */
  MEDIUM,
  /** A strong sign of control, coercion or extraction of proceeds; can open a case alone. */
  HIGH
}
