package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The recent pay cycles of a worker's account, oldest first, as of the current event. The anchor
 * of the pay-cycle-relative indicators (B1, B3, A3, A4, H1): windows are measured from each payday,
 * and thresholds are passed in by the rule so an FIU can tune them without touching state.
 */
public final class PayrollHistory {
  private final String accountId;
  private final String holderName;
  private final List<PayCycle> cycles;

  public PayrollHistory(String accountId, String holderName, List<PayCycle> cycles) {
    this.accountId = accountId;
    this.holderName = holderName;
    this.cycles = List.copyOf(cycles);
  }

  public String getAccountId() { return accountId; }
  public String getHolderName() { return holderName; }
  public List<PayCycle> getCycles() { return cycles; }
  public int getCycleCount() { return cycles.size(); }

  /** The last {@code n} cycles (fewer if the account has fewer), oldest first. */
  public List<PayCycle> lastCycles(int n) {
    return cycles.subList(Math.max(0, cycles.size() - n), cycles.size());
  }

  /**
   * In how many of the last {@code lastN} cycles at least {@code share} of the wage went to
   * {@code counterpartyId} within {@code within} of payday.
   */
  public int cyclesForwardingAtLeast(String counterpartyId, BigDecimal share, Duration within, int lastN) {
    if (counterpartyId == null) {
      return 0;
    }
    int count = 0;
    for (PayCycle c : lastCycles(lastN)) {
      // Exact comparison: the rounded share would let 0.599995 pass a 0.60 threshold.
      if (c.forwardsAtLeast(counterpartyId, share, within)) {
        count++;
      }
    }
    return count;
  }

  /** In how many of the last {@code lastN} cycles at least {@code share} was taken out in cash within the window. */
  public int cyclesCashingOutAtLeast(BigDecimal share, Duration within, int lastN) {
    int count = 0;
    for (PayCycle c : lastCycles(lastN)) {
      if (c.cashesOutAtLeast(share, within)) {
        count++;
      }
    }
    return count;
  }

  /** Smallest forwarded share to {@code counterpartyId} over the cycles that met {@code share}; for explanations. */
  public BigDecimal meanShareForwarded(String counterpartyId, Duration within, int lastN) {
    List<PayCycle> last = lastCycles(lastN);
    if (last.isEmpty() || counterpartyId == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (PayCycle c : last) {
      sum = sum.add(c.shareForwardedTo(counterpartyId, within));
    }
    return sum.divide(BigDecimal.valueOf(last.size()), 4, java.math.RoundingMode.HALF_EVEN);
  }

  /**
   * The share of each of the last {@code lastN} wages sent to {@code counterpartyId} within
   * {@code within} of payday, oldest first: the per-cycle figures behind a B1 hit.
   */
  public List<BigDecimal> sharesForwardedTo(String counterpartyId, Duration within, int lastN) {
    List<BigDecimal> shares = new ArrayList<>();
    if (counterpartyId == null) {
      return shares;
    }
    for (PayCycle c : lastCycles(lastN)) {
      shares.add(c.shareForwardedTo(counterpartyId, within));
    }
    return shares;
  }

  /** The payroll credits and the forwarding debits of the last {@code lastN} cycles: the evidence. */
  public List<String> forwardingEvidence(String counterpartyId, Duration within, int lastN) {
    Set<String> ids = new LinkedHashSet<>();
    for (PayCycle c : lastCycles(lastN)) {
      List<String> out = c.outflowTxnIdsTo(counterpartyId, within);
      if (!out.isEmpty()) {
        ids.add(c.payrollTxnId());
        ids.addAll(out);
      }
    }
    return new ArrayList<>(ids);
  }

  /** Cycles paid within {@code window} before the most recent payday (inclusive), oldest first. */
  public List<PayCycle> cyclesWithin(Duration window) {
    if (cycles.isEmpty()) {
      return List.of();
    }
    java.time.Instant from = cycles.get(cycles.size() - 1).paidAt().minus(window);
    List<PayCycle> out = new ArrayList<>();
    for (PayCycle c : cycles) {
      if (!c.paidAt().isBefore(from)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Distinct beneficiary names on the payroll credits paid within {@code window} before the most
   * recent payday, as written on the first credit that carried each (two spellings of one name,
   * e.g. "JOHN SMITH" and "Smith John", count once; credits without a name, or carrying the
   * payer's own name as payroll bureaus sometimes write it, are skipped).
   */
  public List<String> beneficiaryNames(Duration window) {
    List<String> names = new ArrayList<>();
    for (PayCycle c : cyclesWithin(window)) {
      String n = c.beneficiaryName();
      // Payroll bureau trap: a bureau or employer that writes its own name in the beneficiary field.
      if (n == null || Names.normalise(n).isEmpty() || Names.sameName(n, c.payerName())) {
        continue;
      }
      if (names.stream().noneMatch(x -> Names.sameName(x, n))) {
        names.add(n);
      }
    }
    return names;
  }

  /** How many of {@link #beneficiaryNames} are not the holder's own name. */
  public int beneficiaryNamesOtherThanHolder(Duration window) {
    return (int) beneficiaryNames(window).stream().filter(n -> !isHolderName(n)).count();
  }

  /** Payroll credit ids within {@code window} before the most recent payday, oldest first. */
  public List<String> payrollTxnIdsWithin(Duration window) {
    return cyclesWithin(window).stream().map(PayCycle::payrollTxnId).toList();
  }

  /** Payers of the last {@code lastN} cycles (employers), distinct, in order. */
  public List<String> payers(int lastN) {
    Set<String> ids = new LinkedHashSet<>();
    for (PayCycle c : lastCycles(lastN)) {
      if (c.payerId() != null) {
        ids.add(c.payerId());
      }
    }
    return new ArrayList<>(ids);
  }

  /**
   * Whether {@code name} is the holder's own name (an own-account sweep is the main false positive
   * of B1). Token-set match after normalisation, so "SMITH John" matches "John Smith".
   */
  public boolean isHolderName(String name) {
    return Names.sameName(holderName, name);
  }
}
