package dev.moneytrail.simulator.typology;

import dev.moneytrail.simulator.decoy.CashWageHouseholdDecoy;
import dev.moneytrail.simulator.decoy.EmployerPaidTravelDecoy;
import dev.moneytrail.simulator.decoy.FamilyRemittanceDecoy;
import dev.moneytrail.simulator.decoy.HotelHousedCrewDecoy;
import dev.moneytrail.simulator.decoy.LandlordManyTenantsDecoy;
import dev.moneytrail.simulator.decoy.LicensedWorkerHostelDecoy;
import dev.moneytrail.simulator.decoy.MultiOutletCashDecoy;
import dev.moneytrail.simulator.decoy.OwnAccountSweepDecoy;
import dev.moneytrail.simulator.decoy.OwnerWealthAssetsDecoy;
import dev.moneytrail.simulator.decoy.PayrollBureauDecoy;
import dev.moneytrail.simulator.decoy.RestaurantSuppliesDecoy;
import dev.moneytrail.simulator.decoy.RoscaSavingsClubDecoy;
import dev.moneytrail.simulator.decoy.SeasonalLayoffDecoy;
import dev.moneytrail.simulator.decoy.SpecialistSubcontractorDecoy;

/** The implementation of each typology and decoy name: the one place they are wired. */
public final class Typologies {

  private Typologies() {}

  public static Typology of(TypologyName name) {
    return switch (name) {
      case PAYROLL_FUNNEL_CONTROLLER -> new PayrollFunnelTypology();
      case EMPLOYER_WAGE_RECAPTURE -> new EmployerWageRecaptureTypology();
      case RECRUITMENT_DEBT_BONDAGE -> new RecruitmentDebtTypology();
      case PROXY_ONBOARDING_CARD_CUSTODY -> new ProxyOnboardingTypology();
      case PAYROLL_HEADCOUNT_GAP -> new PayrollHeadcountGapTypology();
      case CASH_BUSINESS_NO_PAYROLL -> new CashBusinessNoPayrollTypology();
      case LABOUR_BROKER_PASS_THROUGH -> new LabourBrokerPassThroughTypology();
      case MULTI_PAYEE_WAGES -> new MultiPayeeWagesTypology();
      case REMITTANCE_FAN_IN -> new RemittanceFanInTypology();
      case DOMESTIC_SERVITUDE -> new DomesticServitudeTypology();
      case SEXUAL_EXPLOITATION -> new SexualExploitationTypology();
      case TIED_HOUSING_OVERCROWDING -> new TiedHousingTypology();
      case STRUCTURED_CASH -> new StructuredCashTypology();
      case ROSCA_SAVINGS_CLUB -> new RoscaSavingsClubDecoy();
      case FAMILY_REMITTANCE -> new FamilyRemittanceDecoy();
      case OWN_ACCOUNT_SWEEP -> new OwnAccountSweepDecoy();
      case EMPLOYER_PAID_TRAVEL -> new EmployerPaidTravelDecoy();
      case LICENSED_WORKER_HOSTEL -> new LicensedWorkerHostelDecoy();
      case LANDLORD_MANY_TENANTS -> new LandlordManyTenantsDecoy();
      case PAYROLL_BUREAU -> new PayrollBureauDecoy();
      case SEASONAL_LAYOFF -> new SeasonalLayoffDecoy();
      case PAYDAY_CASH_OUT -> new PaydayCashOutTypology();
      case BOARD_AND_BLOCK_TRANSFERS -> new BoardAndBlockTransfersTypology();
      case WAGE_WITHHOLDING -> new WageWithholdingTypology();
      case WORKFORCE_PROVISIONING -> new WorkforceProvisioningTypology();
      case CASH_FUNNEL_ACCOUNT -> new CashFunnelAccountTypology();
      case CASH_WAGE_HOUSEHOLD -> new CashWageHouseholdDecoy();
      case MULTI_OUTLET_CASH -> new MultiOutletCashDecoy();
      case RESTAURANT_SUPPLIES -> new RestaurantSuppliesDecoy();
      case HOTEL_HOUSED_CREW -> new HotelHousedCrewDecoy();
      case CONTROLLER_ASSET_BUILDUP -> new ControllerAssetBuildupTypology();
      case OWNER_WEALTH_ASSETS -> new OwnerWealthAssetsDecoy();
      case SHELL_SUBCONTRACTOR -> new ShellSubcontractorTypology();
      case SPECIALIST_SUBCONTRACTOR -> new SpecialistSubcontractorDecoy();
    };
  }
}
