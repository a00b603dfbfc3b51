package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Direction;
import dev.moneytrail.simulator.behaviour.CashOut;
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
 * Payroll far below headcount (G1 LT-PAYROLL-HEADCOUNT-GAP, B5 LT-SUBMINIMUM-WAGE, D3 cash wages):
 * a labour-intensive business declares 25-90 employees and turns over at least what they would
 * cost at minimum wage, but pays wages to only 1-4 people, at 20-45 % of the minimum monthly wage,
 * pays no payroll tax (or tax on the token payroll only), and draws cash at the counter every week
 * instead.
 */
public final class PayrollHeadcountGapTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.PAYROLL_HEADCOUNT_GAP;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    Sector sector = CaseKit.sector(rng, Sector.F, Sector.A01, Sector.C10, Sector.I55, Sector.N81, Sector.C14, Sector.Q87);
    int declared = Draws.between(rng, 25, 90);
    Business b = ctx.business(new BusinessSpec(sector).declaredEmployees(declared));
    long minWage = ctx.world().minimumMonthlyWage();
    int paid = Draws.between(rng, 1, 4);
    for (int i = 0; i < paid; i++) {
      Person w = ctx.person(new PersonSpec().works(sector));
      ctx.employ(b, w, minWage * Draws.between(rng, 20, 45) / 100);
      ctx.lifestyles().person(w, CaseKit.controlledLife(rng, 0));
    }
    Person owner = ctx.person(new PersonSpec().age(30, 64).notWorking().occupation("company director"));
    b.owner(owner);
    long expected = declared * minWage;
    long revenue = expected * Draws.between(rng, 110, 170) / 100;
    Lifestyles.BusinessLife life = new Lifestyles.BusinessLife().revenue(revenue).tag(ctx.caseId());
    if (Draws.chance(rng, 0.6)) {
      life.noPayrollTax();
    }
    ctx.lifestyles().business(b, life);
    ctx.lifestyles().person(owner, CaseKit.comfortableLife(rng));
    long unit = ctx.world().prices().minorPerMajor();
    long weekly = expected / 4 * Draws.between(rng, 15, 35) / 100;
    ctx.add(new CashOut(b.party(), Direction.DEBIT, Draws.between(rng, 2, 4), weekly / 4, weekly / 2, unit * 100,
        List.of(ctx.world().cash().randomBranch(rng, b.city), ctx.world().cash().randomBranch(rng, b.city)))
        .exactlyPerWeek(ctx.key("cash")).caseId(ctx.caseId()));
  }
}
