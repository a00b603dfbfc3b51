package dev.moneytrail.simulator.typology;

import java.util.Arrays;
import java.util.List;

/**
 * Every planted pattern the simulator knows, with the label string written to labels.jsonl and the
 * indicator ids of indicators.md it is built to exercise. Decoys name the indicators they would
 * fool if a rule ignored their discriminating signal.
 */
public enum TypologyName {
  PAYROLL_FUNNEL_CONTROLLER("payroll-funnel-controller", false, "LT-PAYROLL-FUNNEL", "LT-FANIN-CONTROLLER", "LT-NO-SUBSISTENCE-SPEND"),
  EMPLOYER_WAGE_RECAPTURE("employer-wage-recapture", false, "LT-WAGE-KICKBACK"),
  RECRUITMENT_DEBT_BONDAGE("recruitment-debt-bondage", false, "LT-RECRUIT-FEE-WORKER-PAID", "LT-DEBT-INSTALMENT-PAYDAY"),
  PROXY_ONBOARDING_CARD_CUSTODY("proxy-onboarding-card-custody", false, "LT-ONBOARD-BY-PROXY", "LT-SHARED-DEVICE-LOGIN",
      "LT-CARD-CUSTODY-ATM", "LT-PAYDAY-CASHOUT", "LT-SHARED-ATTRIBUTE-CLUSTER"),
  PAYROLL_HEADCOUNT_GAP("payroll-headcount-gap", false, "LT-PAYROLL-HEADCOUNT-GAP", "LT-SUBMINIMUM-WAGE", "LT-CASH-PAYROLL-CHECKS"),
  CASH_BUSINESS_NO_PAYROLL("cash-business-no-payroll", false, "LT-CASH-BIZ-NO-PAYROLL"),
  LABOUR_BROKER_PASS_THROUGH("labour-broker-pass-through", false, "LT-BROKER-PASS-THROUGH"),
  MULTI_PAYEE_WAGES("multi-payee-wages", false, "LT-MULTI-PAYEE-WAGES"),
  REMITTANCE_FAN_IN("remittance-fan-in", false, "LT-REMIT-FANIN-BENEFICIARY"),
  DOMESTIC_SERVITUDE("domestic-servitude", false, "LT-DOMESTIC-SPONSOR-NOPAY", "LT-SHARED-DEVICE-LOGIN"),
  SEXUAL_EXPLOITATION("sexual-exploitation", false, "SE-AD-PLATFORM-PAYMENTS", "SE-LODGING-TRAVEL-NIGHT",
      "SE-NIGHT-CASH-P2P-CONSOLIDATION"),
  TIED_HOUSING_OVERCROWDING("tied-housing-overcrowding", false, "LT-HOUSING-OVERCROWD", "LT-WAGE-KICKBACK"),
  STRUCTURED_CASH("structured-cash", false, "LT-STRUCTURED-CASH"),

  ROSCA_SAVINGS_CLUB("rosca-savings-club", true, "LT-FANIN-CONTROLLER"),
  FAMILY_REMITTANCE("family-remittance", true, "LT-REMIT-FANIN-BENEFICIARY", "LT-DEBT-INSTALMENT-PAYDAY"),
  OWN_ACCOUNT_SWEEP("own-account-sweep", true, "LT-PAYROLL-FUNNEL", "LT-NO-SUBSISTENCE-SPEND"),
  EMPLOYER_PAID_TRAVEL("employer-paid-travel", true, "LT-SPONSOR-TRAVEL-BULK", "LT-ONBOARD-BY-PROXY"),
  LICENSED_WORKER_HOSTEL("licensed-worker-hostel", true, "LT-HOUSING-OVERCROWD"),
  LANDLORD_MANY_TENANTS("landlord-many-tenants", true, "LT-FANIN-CONTROLLER"),
  PAYROLL_BUREAU("payroll-bureau", true, "LT-MULTI-PAYEE-WAGES", "LT-BROKER-PASS-THROUGH"),
  SEASONAL_LAYOFF("seasonal-layoff", true, "LT-WAGE-WITHHOLD-IRREGULAR");

  private final String id;
  private final boolean decoy;
  private final List<String> indicators;

  TypologyName(String id, boolean decoy, String... indicators) {
    this.id = id;
    this.decoy = decoy;
    this.indicators = List.of(indicators);
  }

  /** The string written to labels.jsonl {@code typology}. */
  public String id() {
    return id;
  }

  public boolean decoy() {
    return decoy;
  }

  /** Catalogue indicator ids (indicators.md) that should fire on (or, for decoys, stay quiet on) it. */
  public List<String> indicators() {
    return indicators;
  }

  /** The name for a label string, or null. */
  public static TypologyName forId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id) || t.name().equals(id)).findFirst().orElse(null);
  }
}
