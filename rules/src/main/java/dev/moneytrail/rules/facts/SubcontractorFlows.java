package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The flows of a young business in a labour-supply sector (catalogue G3 LT-SHELL-SUBCONTRACTOR),
 * as of {@code asOf}, as the account operator keeps them: weekly sums of payments from business
 * payers and of what left again within seven days of each (as cash, to individuals, abroad), the
 * business payers and the individuals paid with when each was last seen, and the largest payments
 * either way as evidence. Flink keeps this only for business accounts young enough and in a
 * labour-supply sector, so the fact exists only for them.
 *
 * <p>Sums are per week, so a window is rounded out to the whole weeks it touches: up to six days
 * more than the window, never less. Payers and payees count when last seen in that span too.
 */
public final class SubcontractorFlows {
  private final String accountId;
  private final Instant asOf;
  private final List<SubcontractorWeek> weeks;
  private final List<PartySighting> payers;
  private final List<PartySighting> payees;
  private final List<SubcontractorEntry> entries;

  public SubcontractorFlows(String accountId, Instant asOf, List<SubcontractorWeek> weeks, List<PartySighting> payers,
      List<PartySighting> payees, List<SubcontractorEntry> entries) {
    this.accountId = accountId;
    this.asOf = asOf;
    this.weeks = List.copyOf(weeks);
    this.payers = List.copyOf(payers);
    this.payees = List.copyOf(payees);
    this.entries = List.copyOf(entries);
  }

  public String getAccountId() { return accountId; }
  public Instant getAsOf() { return asOf; }
  public List<SubcontractorWeek> getWeeks() { return weeks; }
  public List<PartySighting> getPayers() { return payers; }
  public List<PartySighting> getPayees() { return payees; }
  public List<SubcontractorEntry> getEntries() { return entries; }

  /** The first instant counted: Monday 00:00 UTC of the week {@code asOf - window} falls in. */
  public Instant countedFrom(Duration window) {
    return weekStart(asOf.minus(window));
  }

  /** Monday 00:00 UTC of the week holding {@code t}. */
  public static Instant weekStart(Instant t) {
    var day = t.atZone(ZoneOffset.UTC).toLocalDate();
    return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue())
        .atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private List<SubcontractorWeek> within(Duration window) {
    Instant from = countedFrom(window);
    List<SubcontractorWeek> out = new ArrayList<>();
    for (SubcontractorWeek w : weeks) {
      if (!w.weekStart().isBefore(from) && !w.weekStart().isAfter(asOf)) {
        out.add(w);
      }
    }
    return out;
  }

  private BigDecimal sumWithin(Duration window, Function<SubcontractorWeek, BigDecimal> sum) {
    return within(window).stream().map(sum).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** What business payers paid in the weeks the window touches. */
  public BigDecimal businessInWithin(Duration window) {
    return sumWithin(window, SubcontractorWeek::businessIn);
  }

  /** How much of it left within seven days as cash, to individuals or abroad. */
  public BigDecimal forwardedWithin(Duration window) {
    return sumWithin(window, SubcontractorWeek::forwarded);
  }

  public BigDecimal forwardedAsCashWithin(Duration window) {
    return sumWithin(window, SubcontractorWeek::forwardedAsCash);
  }

  public BigDecimal forwardedToIndividualsWithin(Duration window) {
    return sumWithin(window, SubcontractorWeek::forwardedToIndividuals);
  }

  public BigDecimal forwardedAbroadWithin(Duration window) {
    return sumWithin(window, SubcontractorWeek::forwardedAbroad);
  }

  /** {@link #forwardedWithin} as a share of {@link #businessInWithin}, 4 decimals; zero when nothing came in. */
  public BigDecimal forwardedShareWithin(Duration window) {
    BigDecimal in = businessInWithin(window);
    return in.signum() == 0 ? BigDecimal.ZERO : forwardedWithin(window).divide(in, 4, RoundingMode.HALF_UP);
  }

  /** Distinct business payers last seen in the counted span. */
  public int payersWithin(Duration window) {
    return seenWithin(payers, window);
  }

  /** Distinct individuals paid (not as wages, not for goods or services) last seen in the counted span. */
  public int individualPayeesWithin(Duration window) {
    return seenWithin(payees, window);
  }

  private int seenWithin(List<PartySighting> parties, Duration window) {
    Instant from = countedFrom(window);
    int n = 0;
    for (PartySighting p : parties) {
      if (!p.lastAt().isBefore(from) && !p.lastAt().isAfter(asOf)) {
        n++;
      }
    }
    return n;
  }

  /** The kept entries of the counted span: business payments first, then money out; largest first in each. */
  public List<SubcontractorEntry> entriesWithin(Duration window) {
    Instant from = countedFrom(window);
    List<SubcontractorEntry> out = new ArrayList<>();
    for (SubcontractorEntry e : entries) {
      if (!e.at().isBefore(from) && !e.at().isAfter(asOf)) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparing((SubcontractorEntry e) -> !e.kind().equals(BUSINESS_PAYMENT))
        .thenComparing(SubcontractorEntry::amount, Comparator.reverseOrder())
        .thenComparing(SubcontractorEntry::at).thenComparing(SubcontractorEntry::txnId));
    return out;
  }

  public List<String> txnIdsWithin(Duration window) {
    return entriesWithin(window).stream().map(SubcontractorEntry::txnId).toList();
  }

  /** The entries as "txn date amount kind from/to party", separated by "; ". */
  public String entriesText(Duration window) {
    List<String> lines = new ArrayList<>();
    for (SubcontractorEntry e : entriesWithin(window)) {
      boolean in = e.kind().equals(BUSINESS_PAYMENT);
      lines.add(e.txnId() + " " + e.at().atZone(ZoneOffset.UTC).toLocalDate() + " "
          + dev.moneytrail.rules.RuleText.amount(e.amount()) + " " + e.kind()
          + (e.counterparty() == null ? "" : in ? " from " + e.counterparty() : " (" + e.counterparty() + ")"));
    }
    return String.join("; ", lines);
  }

  /** The kind of an entry paid in by a business payer; the others name how money left. */
  public static final String BUSINESS_PAYMENT = "business payment";
}
