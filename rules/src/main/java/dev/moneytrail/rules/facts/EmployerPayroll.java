package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An employer's pay runs and payees, from the salary debits of its own account, as of one salary
 * debit: the cohort view of B6 (indicators.md: "take the cohort period p ... while E paid others").
 * A pay run is a UTC day with at least one salary debit; the state keeps the recent ones.
 *
 * @param accountId the employer's account
 * @param asOf the salary debit being screened; its day is the current run
 * @param runs the pay-run days kept (start of the UTC day), oldest first, the current one included
 * @param payees the payees kept, with their latest and previous paydays
 */
public record EmployerPayroll(String accountId, Instant asOf, List<Instant> runs, List<PayeeHistory> payees) {

  public EmployerPayroll {
    runs = List.copyOf(runs);
    payees = List.copyOf(payees);
  }

  /**
   * Payees paid again at the current run after going at least {@code gapFactor} of their own pay
   * periods without pay (whole days between the paydays), during which the employer ran payroll for
   * others, with a payment of at least {@code backPayFactor} normal wages (back pay), and paid at
   * least {@code minPayments} times before the gap. Ordered by account id.
   */
  public List<PayeeHistory> withheldThenSettled(BigDecimal gapFactor, int minPayments, BigDecimal backPayFactor) {
    Instant today = day(asOf);
    List<PayeeHistory> out = new ArrayList<>();
    for (PayeeHistory h : payees) {
      if (h.previousPaidAt() == null || !day(h.lastPaidAt()).equals(today) || h.payments() - 1 < minPayments
          || h.normalWage() == null || h.periodDays() == null || h.periodDays() < 1) {
        continue;
      }
      if (BigDecimal.valueOf(h.gapDaysBeforeLatest()).compareTo(gapFactor.multiply(BigDecimal.valueOf(h.periodDays()))) < 0
          || runsWithout(h).isEmpty()) {
        continue;
      }
      if (h.lastAmount().compareTo(h.normalWage().multiply(backPayFactor)) < 0) {
        continue;
      }
      out.add(h);
    }
    out.sort(Comparator.comparing(PayeeHistory::accountId));
    return out;
  }

  /** Pay runs strictly between the payee's previous and latest paydays: others were paid, not this payee. */
  public List<Instant> runsWithout(PayeeHistory h) {
    if (h.previousPaidAt() == null) {
      return List.of();
    }
    Instant from = day(h.previousPaidAt());
    Instant to = day(h.lastPaidAt());
    return runs.stream().filter(r -> r.isAfter(from) && r.isBefore(to)).toList();
  }

  /** The pay runs without any of {@code withheld}, as ISO dates in order: the runs the others were paid at. */
  public List<String> runsWithout(WithheldPay withheld) {
    return withheld.payees().stream().flatMap(h -> runsWithout(h).stream()).distinct().sorted()
        .map(r -> r.toString().substring(0, 10)).toList();
  }

  /**
   * The staff the withheld payees are measured against: payees with at least {@code minPayments}
   * paydays who were still on the payroll when the earliest of the gaps began (their latest payday
   * is not before it). The withheld payees are among them.
   */
  int staff(List<PayeeHistory> withheld, int minPayments) {
    Instant since = withheld.stream().map(PayeeHistory::previousPaidAt).min(Comparator.naturalOrder()).orElse(asOf);
    return (int) payees.stream()
        .filter(h -> h.payments() >= minPayments && !h.lastPaidAt().isBefore(since))
        .count();
  }

  /**
   * The payees {@link #withheldThenSettled} finds at the current run, against the {@link #staff};
   * null when there are none.
   */
  public WithheldPay withheldPay(BigDecimal gapFactor, int minPayments, BigDecimal backPayFactor) {
    List<PayeeHistory> withheld = withheldThenSettled(gapFactor, minPayments, backPayFactor);
    if (withheld.isEmpty()) {
      return null;
    }
    int staff = staff(withheld, minPayments);
    return new WithheldPay(withheld, staff, share(withheld.size(), staff));
  }

  /** withheld / staff, two decimals; zero without staff. */
  static BigDecimal share(int withheld, int staff) {
    return staff == 0 ? BigDecimal.ZERO
        : BigDecimal.valueOf(withheld).divide(BigDecimal.valueOf(staff), 2, RoundingMode.HALF_UP);
  }

  private static Instant day(Instant t) {
    return t.truncatedTo(ChronoUnit.DAYS);
  }
}
