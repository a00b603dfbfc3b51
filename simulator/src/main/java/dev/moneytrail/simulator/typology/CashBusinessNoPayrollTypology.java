package dev.moneytrail.simulator.typology;

import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.Sector;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Cash-heavy labour business without payroll (D2 LT-CASH-BIZ-NO-PAYROLL): a nail bar, car wash,
 * takeaway or sewing workshop declaring 8-35 staff takes 65-85 % of its turnover in cash, banks a
 * third to two thirds of it in the evening after closing time, and runs no electronic payroll and
 * no payroll tax; the owner draws the profit.
 */
public final class CashBusinessNoPayrollTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.CASH_BUSINESS_NO_PAYROLL;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    Sector sector = CaseKit.sector(rng, Sector.S96, Sector.I56, Sector.G47, Sector.C14);
    int declared = Draws.between(rng, 8, 35);
    Business b = ctx.business(new BusinessSpec(sector).declaredEmployees(declared));
    Person owner = ctx.person(new PersonSpec().age(28, 62).notWorking().occupation("self-employed"));
    b.owner(owner);
    long minWage = ctx.world().minimumMonthlyWage();
    long revenue = declared * minWage * Draws.between(rng, 90, 150) / 100;
    String branch = ctx.world().cash().randomBranch(rng, b.city);
    String depositAtm = ctx.world().cash().randomAtm(rng, b.city);
    ctx.lifestyles().business(b, new Lifestyles.BusinessLife()
        .revenue(revenue)
        .cashShare(0.65 + rng.nextDouble() * 0.2)
        .eveningCash(0.35 + rng.nextDouble() * 0.3)
        .cashAt(List.of(branch, depositAtm))
        .noPayrollTax()
        .tag(ctx.caseId()));
    ctx.lifestyles().person(owner, CaseKit.comfortableLife(rng));
  }
}
