package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * An account's outflows into asset categories (catalogue H3), as of {@code asOf}: whole-month sums
 * over the monitored span and the largest single outflows, which are the asset register a referral
 * lists. Flink keeps only these (a few month sums and a bounded list), so the fact is built only
 * when the account pays into an asset category.
 *
 * <p>Sums are per calendar month, so a window is rounded out to the whole months it touches (as G1
 * rounds its 90 days): up to a month more than the window, never less. The register holds the
 * largest outflows still in state; smaller ones are in the sums only.
 */
public final class AssetOutflows {
  private final String accountId;
  private final Instant asOf;
  private final List<AssetMonth> months;
  private final List<AssetOutflow> largest;

  public AssetOutflows(String accountId, Instant asOf, List<AssetMonth> months, List<AssetOutflow> largest) {
    this.accountId = accountId;
    this.asOf = asOf;
    this.months = List.copyOf(months);
    this.largest = List.copyOf(largest);
  }

  public String getAccountId() { return accountId; }
  public Instant getAsOf() { return asOf; }
  public List<AssetMonth> getMonths() { return months; }
  public List<AssetOutflow> getLargest() { return largest; }

  /** Sum of the months the window touches (rounded out to whole months), up to {@code asOf}. */
  public BigDecimal totalWithin(Duration window) {
    BigDecimal sum = BigDecimal.ZERO;
    for (AssetMonth m : within(window)) {
      sum = sum.add(m.total());
    }
    return sum;
  }

  /** How many asset outflows the months of the window hold. */
  public int countWithin(Duration window) {
    int n = 0;
    for (AssetMonth m : within(window)) {
      n += m.count();
    }
    return n;
  }

  /** The first instant counted: the start of the earliest month the window touches. */
  public Instant countedFrom(Duration window) {
    return asOf.minus(window).atZone(ZoneOffset.UTC).withDayOfMonth(1).toLocalDate()
        .atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private List<AssetMonth> within(Duration window) {
    Instant from = countedFrom(window);
    List<AssetMonth> out = new ArrayList<>();
    for (AssetMonth m : months) {
      if (!m.monthStart().isBefore(from) && !m.monthStart().isAfter(asOf)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The kept outflows of the counted months, largest first (ties: earlier first, then by id). */
  public List<AssetOutflow> registerWithin(Duration window) {
    Instant from = countedFrom(window);
    List<AssetOutflow> out = new ArrayList<>();
    for (AssetOutflow o : largest) {
      if (!o.at().isBefore(from) && !o.at().isAfter(asOf)) {
        out.add(o);
      }
    }
    out.sort(Comparator.comparing(AssetOutflow::amount).reversed()
        .thenComparing(AssetOutflow::at).thenComparing(AssetOutflow::txnId));
    return out;
  }

  public List<String> txnIdsWithin(Duration window) {
    return registerWithin(window).stream().map(AssetOutflow::txnId).toList();
  }

  /** The categories in the register, sorted, comma-separated. */
  public String categoriesWithin(Duration window) {
    TreeSet<String> c = new TreeSet<>();
    for (AssetOutflow o : registerWithin(window)) {
      c.add(o.category());
    }
    return String.join(",", c);
  }

  /**
   * The register as one line per outflow, for the referral: "txn, date, amount, category, payee
   * (country)"; separated by "; ".
   */
  public String registerText(Duration window) {
    List<String> lines = new ArrayList<>();
    for (AssetOutflow o : registerWithin(window)) {
      lines.add(o.txnId() + " " + o.at().atZone(ZoneOffset.UTC).toLocalDate() + " "
          + dev.moneytrail.rules.RuleText.amount(o.amount()) + " " + o.category()
          + (o.counterparty() == null ? "" : " to " + o.counterparty())
          + (o.counterpartyCountry() == null ? "" : " (" + o.counterpartyCountry() + ")"));
    }
    return String.join("; ", lines);
  }
}
