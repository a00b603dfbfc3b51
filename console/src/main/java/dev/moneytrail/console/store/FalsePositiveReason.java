package dev.moneytrail.console.store;

/**
 * Reason codes for closing an alert as a false positive: the known benign look-alikes of
 * indicators.md section 9, so rule authors can see which suppression a rule is missing.
 */
public enum FalsePositiveReason {
  OWN_ACCOUNT_SWEEP, FAMILY_REMITTANCE, ROSCA_SAVINGS_CLUB, EMPLOYER_PAID_TRAVEL_OR_HOUSING,
  LANDLORD_OR_RENT_SHARE, PAYROLL_BUREAU, LAWFUL_BUSINESS_EXPLAINED, DATA_QUALITY, OTHER
}
