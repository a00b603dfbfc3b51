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
  SEASONAL_LAYOFF("seasonal-layoff", true, "LT-WAGE-WITHHOLD-IRREGULAR"),

  // Added after the first set, typologies and decoys alike: cases are planted in this order and
  // each creates customers and actors in turn, so appending keeps every earlier case of a seed
  // (ids, names, entries) exactly as it was.
  PAYDAY_CASH_OUT("payday-cash-out", false, "LT-PAYDAY-CASHOUT", "LT-CARD-CUSTODY-ATM"),
  BOARD_AND_BLOCK_TRANSFERS("board-and-block-transfers", false, "LT-NO-SUBSISTENCE-SPEND", "LT-FANIN-CONTROLLER",
      "CTX-CORRIDOR"),
  WAGE_WITHHOLDING("wage-withholding", false, "LT-WAGE-WITHHOLD-IRREGULAR"),
  WORKFORCE_PROVISIONING("workforce-provisioning", false, "LT-BIZ-SUSTENANCE-SPEND", "LT-GROUP-TRANSPORT-MOBILITY"),
  CASH_FUNNEL_ACCOUNT("cash-funnel-account", false, "LT-FUNNEL-ACCOUNT"),

  CASH_WAGE_HOUSEHOLD("cash-wage-household", true, "LT-PAYDAY-CASHOUT"),
  MULTI_OUTLET_CASH("multi-outlet-cash", true, "LT-FUNNEL-ACCOUNT"),
  RESTAURANT_SUPPLIES("restaurant-supplies", true, "LT-BIZ-SUSTENANCE-SPEND"),
  HOTEL_HOUSED_CREW("hotel-housed-crew", true, "LT-BIZ-SUSTENANCE-SPEND", "LT-GROUP-TRANSPORT-MOBILITY"),

  // H3 is conditional: its case is a controller fan-in (the predicate) whose controller buys assets,
  // and its look-alike buys the same assets without a predicate.
  CONTROLLER_ASSET_BUILDUP("controller-asset-buildup", false, "LT-CONTROLLER-ASSET-BUILDUP", "LT-FANIN-CONTROLLER",
      "LT-PAYROLL-FUNNEL"),
  OWNER_WEALTH_ASSETS("owner-wealth-assets", true, "LT-CONTROLLER-ASSET-BUILDUP", "LT-FANIN-CONTROLLER"),
  // Then G3 (session 7), appended the same way: G3 and its look-alike.
  SHELL_SUBCONTRACTOR("shell-subcontractor", false, "LT-SHELL-SUBCONTRACTOR", "LT-BROKER-PASS-THROUGH"),
  SPECIALIST_SUBCONTRACTOR("specialist-subcontractor", true, "LT-SHELL-SUBCONTRACTOR");

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
