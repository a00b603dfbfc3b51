package dev.moneytrail.simulator.behaviour;

import java.util.ArrayList;
import java.util.List;

/**
 * Books the wages of a set of employments on their paydays: an employer's payroll run (internal
 * worker accounts get both legs, workers banking elsewhere only the employer's debit), or the
 * incoming salary of one customer whose employer banks elsewhere.
 */
public final class WagePayments implements Activity {

  private final List<Employment> employments = new ArrayList<>();

  public WagePayments add(Employment e) {
    employments.add(e);
    return this;
  }

  public List<Employment> employments() {
    return employments;
  }

  @Override
  public void emit(DayContext ctx) {
    for (int i = 0; i < employments.size(); i++) {
      employments.get(i).book(ctx);
    }
  }
}
