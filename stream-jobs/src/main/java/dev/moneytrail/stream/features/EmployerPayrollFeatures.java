package dev.moneytrail.stream.features;

import dev.moneytrail.rules.facts.EmployerPayroll;
import dev.moneytrail.rules.facts.PayeeHistory;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.stream.state.EmployerPayrollState;
import dev.moneytrail.stream.state.PayeeState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The employer side of wage withholding (B6 employer level): the pay runs and payees of an account
 * that makes salary debits, kept on the employer's own key. A pay run is a UTC day with a salary
 * debit; several debits to one payee on one day are one payday (a wage split in two, or a wage and a
 * settlement).
 */
public final class EmployerPayrollFeatures {

  /** Pay runs kept: 16 weeks of a weekly payroll, 8 months of a fortnightly one. */
  static final int MAX_RUNS = 16;
  /** Payees kept; beyond it the one paid longest ago goes (a larger employer is judged on its recent payees). */
  static final int MAX_PAYEES = 64;
  /**
   * A payee not paid for this long is dropped: withholding is judged over a few pay periods, and a
   * leaver must not stay on the staff count.
   */
  static final Duration PAYEE_HORIZON = Duration.ofDays(120);

  private static final long DAY = Duration.ofDays(1).toMillis();

  private EmployerPayrollFeatures() {}

  public static EmployerPayrollState empty() {
    return EmployerPayrollState.newBuilder()
        .setRuns(new ArrayList<>())
        .setPayees(new ArrayList<>())
        .setLastEventAt(Long.MIN_VALUE)
        .build();
  }

  /** A wage paid out of this account to an identified payee. */
  public static boolean isSalaryDebit(TransactionEvent t) {
    return t.getDirection() == Direction.DEBIT && t.getPurpose() == Purpose.SALARY
        && t.getCounterpartyAccountId() != null;
  }

  /** Books one salary debit (events arrive in event-time order). */
  public static void apply(EmployerPayrollState state, TransactionEvent t) {
    long at = t.getTimestamp().toEpochMilli();
    long units = MoneyUnits.toUnits(t.getMoney().getAmount());
    long day = Math.floorDiv(at, DAY) * DAY;
    List<Long> runs = state.getRuns();
    if (runs.isEmpty() || runs.get(runs.size() - 1) < day) {
      runs.add(day);
      StateLists.dropFirst(runs, runs.size() - MAX_RUNS);
    }
    List<PayeeState> payees = state.getPayees();
    StateLists.removeWhere(payees, p -> p.getLastPaidAt() + PAYEE_HORIZON.toMillis() < at);
    PayeeState payee = null;
    for (int i = 0; i < payees.size(); i++) {
      if (payees.get(i).getAccountId().equals(t.getCounterpartyAccountId())) {
        payee = payees.remove(i);
        break;
      }
    }
    if (payee == null) {
      payee = PayeeState.newBuilder()
          .setAccountId(t.getCounterpartyAccountId())
          .setPayments(1)
          .setFirstPaidAt(at)
          .setLastPaidAt(at)
          .setPreviousPaidAt(null)
          .setLastUnits(units)
          .setEarlierUnits(0L)
          .build();
    } else if (Math.floorDiv(payee.getLastPaidAt(), DAY) * DAY == day) {
      payee.setLastUnits(payee.getLastUnits() + units);
      payee.setLastPaidAt(at);
    } else {
      payee.setEarlierUnits(payee.getEarlierUnits() + payee.getLastUnits());
      payee.setPayments(payee.getPayments() + 1);
      payee.setPreviousPaidAt(payee.getLastPaidAt());
      payee.setLastPaidAt(at);
      payee.setLastUnits(units);
    }
    // Kept in order of latest payday: the one just paid goes last, the first is the one to evict.
    payees.add(payee);
    StateLists.dropFirst(payees, payees.size() - MAX_PAYEES);
    state.setLastEventAt(Math.max(state.getLastEventAt(), at));
  }

  /** The rules' view as of the salary debit {@code t}, already applied. */
  public static EmployerPayroll fact(String accountId, EmployerPayrollState state, TransactionEvent t) {
    List<Instant> runs = state.getRuns().stream().map(Instant::ofEpochMilli).toList();
    List<PayeeHistory> payees = new ArrayList<>(state.getPayees().size());
    for (PayeeState p : state.getPayees()) {
      BigDecimal normal = p.getPayments() < 2 ? null
          : MoneyUnits.fromUnits(p.getEarlierUnits()).divide(BigDecimal.valueOf(p.getPayments() - 1L), 2, RoundingMode.HALF_UP);
      payees.add(new PayeeHistory(p.getAccountId(), p.getPayments(),
          p.getFirstPaidAt() == null ? null : Instant.ofEpochMilli(p.getFirstPaidAt()), Instant.ofEpochMilli(p.getLastPaidAt()),
          p.getPreviousPaidAt() == null ? null : Instant.ofEpochMilli(p.getPreviousPaidAt()),
          MoneyUnits.fromUnits(p.getLastUnits()), normal));
    }
    return new EmployerPayroll(accountId, t.getTimestamp(), runs, payees);
  }
}
