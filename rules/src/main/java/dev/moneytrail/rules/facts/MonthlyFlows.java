package dev.moneytrail.rules.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An account's money flows summed by calendar month (a few months, oldest first): what the
 * employer-side, broker and cash-business indicators compare with headcount and minimum wage.
 * Read through {@link #over(Duration)}, which rounds the window out to whole months.
 */
public final class MonthlyFlows {
  /** ISO 4217 "no currency": the account event that names the currency has not arrived. */
  public static final String NO_CURRENCY = "XXX";

  private final String accountId;
  private final String currency;
  private final Instant asOf;
  private final List<MonthFlow> months;

  public MonthlyFlows(String accountId, String currency, Instant asOf, List<MonthFlow> months) {
    this.accountId = accountId;
    this.currency = currency == null ? NO_CURRENCY : currency;
    this.asOf = asOf;
    this.months = List.copyOf(months);
  }

  public String getAccountId() { return accountId; }
  /** The account's currency (KYC), which every sum is in; {@link #NO_CURRENCY} if not known. */
  public String getCurrency() { return currency; }
  public Instant getAsOf() { return asOf; }
  public List<MonthFlow> getMonths() { return months; }

  /**
   * The months that overlap the {@code window} before {@link #getAsOf()}, summed. A month is taken
   * whole (sums are not kept per day), so the span runs from the first entry of the earliest
   * month taken to {@code asOf}, and rates per month are computed over that span.
   */
  public FlowWindow over(Duration window) {
    return new FlowWindow(monthsWithin(window), asOf);
  }

  /**
   * {@code over(window).getDistinctPayers()} without summing the window: a cheap first test for
   * rules that need several payers, which most accounts never have.
   */
  public int distinctPayersOver(Duration window) {
    return FlowWindow.distinct(monthsWithin(window), MonthFlow::payers);
  }

  /** {@code over(window).getDistinctCities()} without summing the window, for the same reason. */
  public int distinctCitiesOver(Duration window) {
    return FlowWindow.distinct(monthsWithin(window), MonthFlow::cities);
  }

  private List<MonthFlow> monthsWithin(Duration window) {
    Instant from = asOf.minus(window);
    List<MonthFlow> taken = new ArrayList<>();
    for (MonthFlow m : months) {
      if (!m.lastAt().isBefore(from) && !m.monthStart().isAfter(asOf)) {
        taken.add(m);
      }
    }
    return taken;
  }
}
