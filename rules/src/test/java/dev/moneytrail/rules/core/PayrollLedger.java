package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.money;

import dev.moneytrail.rules.facts.EmployerPayroll;
import dev.moneytrail.rules.facts.PayeeHistory;
import dev.moneytrail.rules.facts.Txn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An employer's salary debits, and the {@link EmployerPayroll} fact its state gives as of the last
 * of them (what EmployerPayrollFeatures keeps: per payee the first, previous and latest payday,
 * paydays counted and the mean earlier pay). Days count from {@link #FIRST}, a Friday.
 */
final class PayrollLedger {
  static final String EMPLOYER = "EMP-ACC";
  static final Instant FIRST = Instant.parse("2026-01-02T09:00:00Z");

  private final List<Object[]> debits = new ArrayList<>();

  PayrollLedger pay(String payee, String amount, int... days) {
    for (int d : days) {
      debits.add(new Object[] {payee, FIRST.plus(Duration.ofDays(d)), money(amount)});
    }
    return this;
  }

  /** Staff {@code from}..{@code to} (W01, W02, ...) paid {@code amount} on {@code days}. */
  PayrollLedger staff(int from, int to, String amount, int... days) {
    for (int i = from; i <= to; i++) {
      pay(String.format("W%02d", i), amount, days);
    }
    return this;
  }

  /** The debit to screen, booked last, a minute after the day's run: the salary debit and the fact as of it. */
  Object[] screen(String payee, String amount, int day) {
    return screenAt(payee, amount, FIRST.plus(Duration.ofDays(day)).plusSeconds(60));
  }

  /** As {@link #screen}, at an exact time (a run posted earlier or later in the day). */
  Object[] screenAt(String payee, String amount, Instant at) {
    debits.add(new Object[] {payee, at, money(amount)});
    return new Object[] {salaryDebit(payee, amount, at), payroll(at)};
  }

  EmployerPayroll payroll(Instant asOf) {
    TreeSet<Instant> runs = new TreeSet<>();
    Map<String, List<Object[]>> byPayee = new TreeMap<>();
    for (Object[] d : debits) {
      Instant at = (Instant) d[1];
      if (!at.isAfter(asOf)) {
        runs.add(at.truncatedTo(ChronoUnit.DAYS));
        byPayee.computeIfAbsent((String) d[0], k -> new ArrayList<>()).add(d);
      }
    }
    List<PayeeHistory> payees = new ArrayList<>();
    byPayee.forEach((payee, list) -> {
      list.sort((a, b) -> ((Instant) a[1]).compareTo((Instant) b[1]));
      int n = list.size();
      BigDecimal before = BigDecimal.ZERO;
      for (int i = 0; i < n - 1; i++) {
        before = before.add((BigDecimal) list.get(i)[2]);
      }
      payees.add(new PayeeHistory(payee, n, (Instant) list.get(0)[1], (Instant) list.get(n - 1)[1],
          n > 1 ? (Instant) list.get(n - 2)[1] : null, (BigDecimal) list.get(n - 1)[2],
          n > 1 ? before.divide(BigDecimal.valueOf(n - 1), 2, RoundingMode.HALF_UP) : null));
    });
    return new EmployerPayroll(EMPLOYER, asOf, new ArrayList<>(runs), payees);
  }

  static Txn salaryDebit(String payee, String amount, Instant at) {
    return new Txn("S-" + payee + "-" + at.getEpochSecond(), at, EMPLOYER, "DEBIT", money(amount), "EUR", "ACH",
        "SALARY", payee, "Worker " + payee, null, "DE", null, null, null, null);
  }
}
