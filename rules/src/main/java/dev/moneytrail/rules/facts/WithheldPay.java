package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * The payees an employer paid again at one run after withholding their pay, measured against its
 * staff ({@link EmployerPayroll#withheldPay}).
 *
 * @param payees the withheld payees paid back at the run, by account id
 * @param staff the regular payees on the payroll since the earliest gap began
 * @param share payees / staff, two decimals
 */
public record WithheldPay(List<PayeeHistory> payees, int staff, BigDecimal share) {

  public WithheldPay {
    payees = List.copyOf(payees);
  }

  public int getCount() {
    return payees.size();
  }

  public BigDecimal getShare() {
    return share;
  }

  public List<String> accountIds() {
    return payees.stream().map(PayeeHistory::accountId).toList();
  }

  /** Each withheld payee's payday before the gap (ISO dates, in payee order). */
  public List<String> lastPaidBefore() {
    return payees.stream().map(h -> h.previousPaidAt().toString().substring(0, 10)).toList();
  }

  /** Each withheld payee's own pay period in days (in payee order). */
  public List<Long> periodDays() {
    return payees.stream().map(PayeeHistory::periodDays).toList();
  }

  /** Each withheld payee's days without pay before the settlement (in payee order). */
  public List<Long> gapDays() {
    return payees.stream().map(PayeeHistory::gapDaysBeforeLatest).toList();
  }

  /** Each withheld payee's settlement in normal wages (in payee order). */
  public List<BigDecimal> wagesPaidAtOnce() {
    return payees.stream().map(PayeeHistory::wagesPaidAtOnce).toList();
  }
}
