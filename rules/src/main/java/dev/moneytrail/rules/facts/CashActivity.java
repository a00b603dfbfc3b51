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

  /** Deposits (CREDIT) in the window with an amount in [{@code low}, {@code high}], oldest first. */
  public List<CashEntry> depositsBetween(BigDecimal low, BigDecimal high, Duration window) {
    Instant from = asOf.minus(window);
    List<CashEntry> out = new ArrayList<>();
    for (CashEntry e : entries) {
      if (!e.at().isBefore(from) && !e.at().isAfter(asOf) && "CREDIT".equals(e.direction())
          && e.amount().compareTo(low) >= 0 && e.amount().compareTo(high) <= 0) {
        out.add(e);
      }
    }
    return out;
  }

  public int countDepositsBetween(BigDecimal low, BigDecimal high, Duration window) {
    return depositsBetween(low, high, window).size();
  }

  /**
   * Of {@link #depositsBetween}, those made at night: at or after {@code nightStartHour} or before
   * {@code nightEndHour}, in UTC (the facts carry UTC timestamps, not the ATM's local time).
   */
  public int countNightDepositsBetween(BigDecimal low, BigDecimal high, Duration window,
      int nightStartHour, int nightEndHour) {
    int n = 0;
    for (CashEntry e : depositsBetween(low, high, window)) {
      if (atNight(e.at(), nightStartHour, nightEndHour)) {
        n++;
      }
    }
    return n;
  }

  /** Whether {@code at} falls in [start, 24:00) or [00:00, end) UTC (or [start, end) when start < end). */
  public static boolean atNight(Instant at, int nightStartHour, int nightEndHour) {
    int hour = at.atZone(java.time.ZoneOffset.UTC).getHour();
    if (nightStartHour <= nightEndHour) {
      return hour >= nightStartHour && hour < nightEndHour;
    }
    return hour >= nightStartHour || hour < nightEndHour;
  }
}
