package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
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
  private final Instant observedSince;

  /**
   * @param observedSince the earliest activity of the account that state still holds (null when
   *     not known): how long the account has been seen, paid or not
   */
  public PayrollHistory(String accountId, String holderName, List<PayCycle> cycles, Instant observedSince) {
    this.accountId = accountId;
    this.holderName = holderName;
    this.cycles = List.copyOf(cycles);
    this.observedSince = observedSince;
  }

  public PayrollHistory(String accountId, String holderName, List<PayCycle> cycles) {
    this(accountId, holderName, cycles, null);
  }

  public Instant getObservedSince() { return observedSince; }
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

  // ---- CTX-CORRIDOR: a remittance soon after payday -------------------------------------------

  /**
   * The latest cycle paid at or before {@code at} and no earlier than {@code within} before it, or
   * null: the wage a debit at {@code at} follows closely.
   */
  public PayCycle paidWithinBefore(Instant at, Duration within) {
    for (int i = cycles.size() - 1; i >= 0; i--) {
      Instant paid = cycles.get(i).paidAt();
      if (!paid.isAfter(at)) {
        return paid.isBefore(at.minus(within)) ? null : cycles.get(i);
      }
    }
    return null;
  }

  /**
   * Whether {@code name} carries the holder's surname: money sent to family, the kinship heuristic
   * of E1 and E2. A relative with another surname (in-laws, married names) is not recognised.
   */
  public boolean isHolderFamily(String name) {
    return Names.sameSurname(holderName, name);
  }

  // ---- B3: payday cash-out -------------------------------------------------------------------

  /** The share of each of the last {@code lastN} wages withdrawn in cash within {@code within}, oldest first. */
  public List<BigDecimal> cashShares(Duration within, int lastN) {
    List<BigDecimal> shares = new ArrayList<>();
    for (PayCycle c : lastCycles(lastN)) {
      shares.add(c.cashShare(within));
    }
    return shares;
  }

  /** The payroll credits and the cash withdrawals after them of the last {@code lastN} cycles. */
  public List<String> cashOutEvidence(Duration within, int lastN) {
    Set<String> ids = new LinkedHashSet<>();
    for (PayCycle c : lastCycles(lastN)) {
      List<String> cash = c.cashTxnIds(within);
      if (!cash.isEmpty()) {
        ids.add(c.payrollTxnId());
        ids.addAll(cash);
      }
    }
    return new ArrayList<>(ids);
  }

  // ---- B4: no subsistence spending ------------------------------------------------------------

  /**
   * The last {@code lastN} complete cycles, oldest first: every cycle but the most recent, whose
   * spending until the next payday is known.
   */
  public List<PayCycle> completeCycles(int lastN) {
    if (cycles.size() < 2) {
      return List.of();
    }
    List<PayCycle> complete = cycles.subList(0, cycles.size() - 1);
    return complete.subList(Math.max(0, complete.size() - lastN), complete.size());
  }

  /**
   * What the last {@code lastN} complete cycles spent on everyday needs by card plus all cash
   * withdrawn (cash may buy food, so a cash spender is not without subsistence), over their wages;
   * 4 decimals, zero without wages.
   */
  public BigDecimal subsistenceShare(int lastN) {
    BigDecimal spent = BigDecimal.ZERO;
    BigDecimal wages = BigDecimal.ZERO;
    for (PayCycle c : completeCycles(lastN)) {
      spent = spent.add(c.subsistenceSpent()).add(c.cashWithdrawn());
      wages = wages.add(c.amount());
    }
    return wages.signum() <= 0 ? BigDecimal.ZERO : spent.divide(wages, 4, RoundingMode.HALF_UP);
  }

  /**
   * In how many of the last {@code lastN} complete cycles less than {@code leftShare} of the wage
   * was left {@code within} after payday, judged from the wage and the debits that followed it
   * (the balance is not carried, so money already on the account is not counted). Debits to an
   * account in the holder's own name do not empty it: that money is still the holder's.
   */
  public int cyclesLeavingInBlocks(BigDecimal leftShare, Duration within, int lastN) {
    int n = 0;
    for (PayCycle c : completeCycles(lastN)) {
      BigDecimal left = c.amount().subtract(c.leftWithin(within, this::isHolderName));
      if (c.amount().signum() > 0 && left.compareTo(leftShare.multiply(c.amount())) < 0) {
        n++;
      }
    }
    return n;
  }

  /** The share of each complete cycle's wage left {@code within} after payday, oldest first, 4 decimals. */
  public List<BigDecimal> sharesLeft(Duration within, int lastN) {
    List<BigDecimal> out = new ArrayList<>();
    for (PayCycle c : completeCycles(lastN)) {
      BigDecimal left = c.amount().subtract(c.leftWithin(within, this::isHolderName));
      out.add(c.amount().signum() <= 0 ? BigDecimal.ZERO : left.max(BigDecimal.ZERO).divide(c.amount(), 4, RoundingMode.HALF_UP));
    }
    return out;
  }

  /** Payroll credit ids of the last {@code lastN} complete cycles. */
  public List<String> completeCycleTxnIds(int lastN) {
    return completeCycles(lastN).stream().map(PayCycle::payrollTxnId).toList();
  }

  // ---- B6: wages withheld, then paid irregularly -----------------------------------------------

  /** The most recent cycle, or null. */
  public PayCycle latest() {
    return cycles.isEmpty() ? null : cycles.get(cycles.size() - 1);
  }

  /**
   * The kept cycles paid by the payer of the most recent wage, oldest first: withholding is one
   * employer's doing, and an account paid by several employers (or collecting several workers'
   * wages) has no single pay period.
   */
  public List<PayCycle> cyclesOfLatestPayer() {
    PayCycle last = latest();
    if (last == null) {
      return List.of();
    }
    List<PayCycle> out = new ArrayList<>();
    for (PayCycle c : cycles) {
      if (java.util.Objects.equals(c.payerId(), last.payerId())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The regular pay period of the latest payer before its most recent payday: the shortest gap of
   * a day or more between two of its earlier paydays (a missed cycle makes a gap longer, never
   * shorter; two credits within a day are one payday, e.g. a wage split in two). Null unless the
   * payer paid three times or more.
   */
  public Duration regularPeriod() {
    List<PayCycle> own = cyclesOfLatestPayer();
    if (own.size() < 3) {
      return null;
    }
    Duration shortest = null;
    for (int i = 1; i < own.size() - 1; i++) {
      Duration gap = Duration.between(own.get(i - 1).paidAt(), own.get(i).paidAt());
      if (gap.compareTo(Duration.ofDays(1)) >= 0 && (shortest == null || gap.compareTo(shortest) < 0)) {
        shortest = gap;
      }
    }
    return shortest;
  }

  /** The gap before the most recent payday since the same payer's previous one, or null without one. */
  public Duration gapBeforeLatest() {
    List<PayCycle> own = cyclesOfLatestPayer();
    if (own.size() < 2) {
      return null;
    }
    return Duration.between(own.get(own.size() - 2).paidAt(), own.get(own.size() - 1).paidAt());
  }

  /** The median of the same payer's wages before the most recent one (the normal wage), or null without any. */
  public BigDecimal normalWage() {
    List<PayCycle> own = cyclesOfLatestPayer();
    if (own.size() < 2) {
      return null;
    }
    List<BigDecimal> earlier = new ArrayList<>();
    for (PayCycle c : own.subList(0, own.size() - 1)) {
      earlier.add(c.amount());
    }
    earlier.sort(null);
    int n = earlier.size();
    return n % 2 == 1 ? earlier.get(n / 2)
        : earlier.get(n / 2 - 1).add(earlier.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
  }

  /**
   * How long the account was seen before its only wage in state without any wage: from the
   * earliest activity state holds to that payday. Zero when there is more than one wage or the
   * start of observation is not known.
   */
  public Duration unpaidBeforeFirstWage() {
    if (cycles.size() != 1 || observedSince == null || !observedSince.isBefore(latest().paidAt())) {
      return Duration.ZERO;
    }
    return Duration.between(observedSince, latest().paidAt());
  }
}
