package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One pay cycle of a worker's account: a payroll credit and the debits that followed it until the
 * next payroll credit (bounded by the feature window kept in state).
 *
 * @param outflows the debits in the days after payday (bounded: the largest are kept)
 * @param subsistenceSpent card payments in everyday-needs merchant categories (groceries,
 *     transport, phone, pharmacy, utilities) over the whole cycle, until the next payday; zero when
 *     not known
 * @param cashWithdrawn cash withdrawn over the whole cycle, until the next payday; zero when not known
 */
public record PayCycle(String payrollTxnId, Instant paidAt, BigDecimal amount, String payerId,
    String payerName, String beneficiaryName, List<Outflow> outflows, BigDecimal subsistenceSpent,
    BigDecimal cashWithdrawn) {

  public PayCycle {
    outflows = List.copyOf(outflows);
    subsistenceSpent = subsistenceSpent == null ? BigDecimal.ZERO : subsistenceSpent;
    cashWithdrawn = cashWithdrawn == null ? BigDecimal.ZERO : cashWithdrawn;
  }

  /** A cycle whose whole-cycle spending is not known (zero). */
  public PayCycle(String payrollTxnId, Instant paidAt, BigDecimal amount, String payerId,
      String payerName, String beneficiaryName, List<Outflow> outflows) {
    this(payrollTxnId, paidAt, amount, payerId, payerName, beneficiaryName, outflows, BigDecimal.ZERO, BigDecimal.ZERO);
  }

  /**
   * Sum of the debits in (paidAt, paidAt + within] except those to a counterparty named like the
   * holder (an own account elsewhere keeps the money the holder's): what a balance 3 days after
   * payday would have lost of this wage.
   */
  public BigDecimal leftWithin(Duration within, java.util.function.Predicate<String> ownName) {
    Instant end = paidAt.plus(within);
    BigDecimal sum = BigDecimal.ZERO;
    for (Outflow o : outflows) {
      if (o.at().isAfter(paidAt) && !o.at().isAfter(end) && !ownName.test(o.counterpartyName())) {
        sum = sum.add(o.amount());
      }
    }
    return sum;
  }

  /** Transaction ids of the cash withdrawals within the window after payday. */
  public List<String> cashTxnIds(Duration within) {
    Instant end = paidAt.plus(within);
    return outflows.stream()
        .filter(o -> "CASH".equals(o.channel()))
        .filter(o -> o.at().isAfter(paidAt) && !o.at().isAfter(end))
        .map(Outflow::txnId)
        .toList();
  }

  /** Sum sent to {@code counterpartyId} in (paidAt, paidAt + within]. */
  public BigDecimal forwardedTo(String counterpartyId, Duration within) {
    Instant end = paidAt.plus(within);
    BigDecimal sum = BigDecimal.ZERO;
    for (Outflow o : outflows) {
      if (counterpartyId.equals(o.counterpartyId()) && o.at().isAfter(paidAt) && !o.at().isAfter(end)) {
        sum = sum.add(o.amount());
      }
    }
    return sum;
  }

  /** Share of this wage sent to {@code counterpartyId} within the window, 4 decimals. */
  public BigDecimal shareForwardedTo(String counterpartyId, Duration within) {
    if (amount.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return forwardedTo(counterpartyId, within).divide(amount, 4, RoundingMode.HALF_EVEN);
  }

  /**
   * Whether at least {@code share} of this wage went to {@code counterpartyId} within the window,
   * compared exactly: the 4-decimal share would round 1,199.99 of 2,000 up to 0.6000.
   */
  public boolean forwardsAtLeast(String counterpartyId, BigDecimal share, Duration within) {
    return amount.signum() > 0
        && forwardedTo(counterpartyId, within).compareTo(share.multiply(amount)) >= 0;
  }

  /** Whether at least {@code share} of this wage was withdrawn in cash within the window, exactly. */
  public boolean cashesOutAtLeast(BigDecimal share, Duration within) {
    if (amount.signum() <= 0) {
      return false;
    }
    Instant end = paidAt.plus(within);
    BigDecimal sum = BigDecimal.ZERO;
    for (Outflow o : outflows) {
      if ("CASH".equals(o.channel()) && o.at().isAfter(paidAt) && !o.at().isAfter(end)) {
        sum = sum.add(o.amount());
      }
    }
    return sum.compareTo(share.multiply(amount)) >= 0;
  }

  /** Share of this wage withdrawn in cash within the window, 4 decimals. */
  public BigDecimal cashShare(Duration within) {
    if (amount.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    Instant end = paidAt.plus(within);
    BigDecimal sum = BigDecimal.ZERO;
    for (Outflow o : outflows) {
      if ("CASH".equals(o.channel()) && o.at().isAfter(paidAt) && !o.at().isAfter(end)) {
        sum = sum.add(o.amount());
      }
    }
    return sum.divide(amount, 4, RoundingMode.HALF_EVEN);
  }

  /** Transaction ids of the debits to {@code counterpartyId} within the window. */
  public List<String> outflowTxnIdsTo(String counterpartyId, Duration within) {
    Instant end = paidAt.plus(within);
    return outflows.stream()
        .filter(o -> counterpartyId.equals(o.counterpartyId()))
        .filter(o -> o.at().isAfter(paidAt) && !o.at().isAfter(end))
        .map(Outflow::txnId)
        .toList();
  }
}
