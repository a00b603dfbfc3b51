package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Recent cash deposits and withdrawals of an account, as of {@code asOf}: the anchor of D1, B3 and I3. */
public final class CashActivity {
  private final String accountId;
  private final Instant asOf;
  private final List<CashEntry> entries;

  public CashActivity(String accountId, Instant asOf, List<CashEntry> entries) {
    this.accountId = accountId;
    this.asOf = asOf;
    this.entries = List.copyOf(entries);
  }

  public String getAccountId() { return accountId; }
  public Instant getAsOf() { return asOf; }
  public List<CashEntry> getEntries() { return entries; }

  /**
   * Entries in the window whose amount lies in [{@code low}, {@code highExclusive}): amounts kept
   * just under a reporting threshold.
   */
  public List<CashEntry> inBand(BigDecimal low, BigDecimal highExclusive, Duration window) {
    Instant from = asOf.minus(window);
    List<CashEntry> out = new ArrayList<>();
    for (CashEntry e : entries) {
      if (!e.at().isBefore(from) && !e.at().isAfter(asOf)
          && e.amount().compareTo(low) >= 0 && e.amount().compareTo(highExclusive) < 0) {
        out.add(e);
      }
    }
    return out;
  }

  public int countInBand(BigDecimal low, BigDecimal highExclusive, Duration window) {
    return inBand(low, highExclusive, window).size();
  }

  /** Sum of the cash in the window in the given direction (CREDIT deposits, DEBIT withdrawals). */
  public BigDecimal total(String direction, Duration window) {
    Instant from = asOf.minus(window);
    BigDecimal sum = BigDecimal.ZERO;
    for (CashEntry e : entries) {
      if (!e.at().isBefore(from) && !e.at().isAfter(asOf) && direction.equals(e.direction())) {
        sum = sum.add(e.amount());
      }
    }
    return sum;
  }

  /** Distinct locations (branches, ATMs) used in the window in the given direction. */
  public int distinctLocations(String direction, Duration window) {
    Instant from = asOf.minus(window);
    Set<String> locations = new LinkedHashSet<>();
    for (CashEntry e : entries) {
      if (!e.at().isBefore(from) && !e.at().isAfter(asOf) && direction.equals(e.direction())
          && e.location() != null) {
        locations.add(e.location());
      }
    }
    return locations.size();
  }

  public List<String> txnIdsInBand(BigDecimal low, BigDecimal highExclusive, Duration window) {
    return inBand(low, highExclusive, window).stream().map(CashEntry::txnId).toList();
  }
}
