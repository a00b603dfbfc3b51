package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The sums of some whole months of an account's flows, with the ratios the employer-side rules
 * read. Rates "per month" are over the observed span (first entry to the evaluation time) in
 * months of 30.44 days, so a window that started mid-month is not read as a short month's pay.
 */
public final class FlowWindow {

  private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.44");
  private static final int SCALE = 4;

  private final List<MonthFlow> months;
  private final Instant asOf;
  private final Map<Integer, PayeeFlow> payees;

  FlowWindow(List<MonthFlow> months, Instant asOf) {
    this.months = List.copyOf(months);
    this.asOf = asOf;
    this.payees = mergePayees(months);
  }

  private static Map<Integer, PayeeFlow> mergePayees(List<MonthFlow> months) {
    Map<Integer, PayeeFlow> merged = new TreeMap<>();
    for (MonthFlow m : months) {
      for (PayeeFlow p : m.payees()) {
        merged.merge(p.key(), p, (a, b) -> new PayeeFlow(a.key(), a.wages().add(b.wages()),
            a.other().add(b.other()), a.largestOther().max(b.largestOther()), a.otherPayments() + b.otherPayments(),
            a.cheques() + b.cheques()));
      }
    }
    return merged;
  }

  /** How long the window has observed the account: first entry counted to the evaluation time. */
  public Duration getSpan() {
    if (months.isEmpty()) {
      return Duration.ZERO;
    }
    Instant first = months.get(0).firstAt();
    return first.isAfter(asOf) ? Duration.ZERO : Duration.between(first, asOf);
  }

  /** The span in months of 30.44 days. */
  public BigDecimal getMonthsObserved() {
    return BigDecimal.valueOf(getSpan().toSeconds())
        .divide(DAYS_PER_MONTH.multiply(BigDecimal.valueOf(86_400)), SCALE, RoundingMode.HALF_UP);
  }

  /** An amount of the window as a rate per month over the observed span; zero before a day has passed. */
  public BigDecimal perMonth(BigDecimal amount) {
    BigDecimal months = getMonthsObserved();
    if (getSpan().compareTo(Duration.ofDays(1)) < 0 || months.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return amount.divide(months, 2, RoundingMode.HALF_UP);
  }

  /**
   * What {@code perMonth} comes to over the observed span, less what was {@code paid} in the window:
   * a wage shortfall for the proceeds estimate (indicators.md 6.3, hc x lawful wage - wages paid),
   * rounded down to the cent and never below zero, so a floor.
   */
  public BigDecimal shortfall(BigDecimal perMonth, BigDecimal paid) {
    BigDecimal owed = perMonth.multiply(getMonthsObserved()).subtract(paid);
    return owed.signum() <= 0 ? BigDecimal.ZERO.setScale(2) : owed.setScale(2, RoundingMode.DOWN);
  }

  private BigDecimal sum(Function<MonthFlow, BigDecimal> f) {
    BigDecimal s = BigDecimal.ZERO;
    for (MonthFlow m : months) {
      s = s.add(f.apply(m));
    }
    return s;
  }

  public BigDecimal getCredits() { return sum(MonthFlow::credits); }
  public BigDecimal getCashIn() { return sum(MonthFlow::cashIn); }
  public BigDecimal getCashInEvening() { return sum(MonthFlow::cashInEvening); }
  public BigDecimal getTransfersIn() { return sum(MonthFlow::transfersIn); }
  public BigDecimal getWagesIn() { return sum(MonthFlow::wagesIn); }
  public BigDecimal getWagesOut() { return sum(MonthFlow::wagesOut); }
  public BigDecimal getPayrollProviderOut() { return sum(MonthFlow::payrollProviderOut); }
  public BigDecimal getTaxOut() { return sum(MonthFlow::taxOut); }
  public BigDecimal getCashOut() { return sum(MonthFlow::cashOut); }
  public BigDecimal getOwnOut() { return sum(MonthFlow::ownOut); }

  /**
   * Labour cost visible through the account: wages, payroll run by a bureau or staffing firm, tax
   * and social contributions, and transfers to the holder's own accounts elsewhere (payroll may be
   * paid from another bank: the catalogue's first false-positive trap for G1 and D2).
   */
  public BigDecimal getLabourCost() {
    return getWagesOut().add(getPayrollProviderOut()).add(getTaxOut()).add(getOwnOut());
  }

  /** Share of the credits that came in cash; zero without credits. */
  public BigDecimal getCashShareOfCredits() {
    return ratio(getCashIn(), getCredits());
  }

  /** Share of the cash deposits made in the evening or at night; zero without cash. */
  public BigDecimal getEveningShareOfCash() {
    return ratio(getCashInEvening(), getCashIn());
  }

  /** Distinct payers of transfer credits (a lower bound: each month keeps a few). */
  public int getDistinctPayers() {
    return distinct(months, MonthFlow::payers);
  }

  /** Distinct payees paid wages, plus the payments beyond each month's bound (an upper estimate). */
  public int getWagePayees() {
    int n = (int) payees.values().stream().filter(p -> p.wages().signum() > 0).count();
    for (MonthFlow m : months) {
      n += m.payeesNotKept();
    }
    return n;
  }

  /** Payees never paid wages whose every payment was below {@code limit}: informal pay to individuals. */
  public List<PayeeFlow> smallPayees(BigDecimal limit) {
    return payees.values().stream()
        .filter(p -> p.wages().signum() == 0 && p.other().signum() > 0 && p.largestOther().compareTo(limit) < 0)
        .toList();
  }

  /**
   * {@link #smallPayees(BigDecimal) Small payees} paid at least {@code minPayments} times in the
   * window: people paid like workers, again and again, not the one-off payees of a busy account.
   */
  public List<PayeeFlow> regularSmallPayees(BigDecimal limit, int minPayments) {
    return smallPayees(limit).stream().filter(p -> p.otherPayments() >= minPayments).toList();
  }

  /** What {@code payees} received in all, wages aside. */
  public static BigDecimal paidOtherwiseTo(List<PayeeFlow> payees) {
    BigDecimal s = BigDecimal.ZERO;
    for (PayeeFlow p : payees) {
      s = s.add(p.other());
    }
    return s;
  }

  /**
   * Payees paid by cheque, never paid wages, whose every payment was below {@code limit}: the
   * many small cheques of a cash payroll (indicators.md D3).
   */
  public List<PayeeFlow> smallChequePayees(BigDecimal limit) {
    return smallPayees(limit).stream().filter(p -> p.cheques() > 0).toList();
  }

  /** Cash withdrawn less cash deposited, never below zero: a till float taken out and paid back in nets to nothing. */
  public BigDecimal getNetCashOut() {
    BigDecimal net = getCashOut().subtract(getCashIn());
    return net.signum() < 0 ? BigDecimal.ZERO : net;
  }

  /** What the {@link #smallPayees(BigDecimal) small payees} received in all. */
  public BigDecimal paidToSmallPayees(BigDecimal limit) {
    return paidOtherwiseTo(smallPayees(limit));
  }

  public int getMonthCount() { return months.size(); }

  public BigDecimal getSpendOut() { return sum(MonthFlow::spendOut); }
  public BigDecimal getSustenanceOut() { return sum(MonthFlow::sustenanceOut); }

  /** Share of the spending (all debits but own-name transfers) that went on sustenance (F2). */
  public BigDecimal getSustenanceShareOfSpend() {
    return ratio(getSustenanceOut(), getSpendOut());
  }

  /**
   * Weeks observed: seven-day blocks from the first entry counted to the evaluation time, the
   * current unfinished block included.
   */
  public int getWeeksObserved() {
    if (months.isEmpty() || months.get(0).firstAt().isAfter(asOf)) {
      return 0;
    }
    return (int) ((epochDay(asOf) - epochDay(months.get(0).firstAt())) / 7) + 1;
  }

  /** Of {@link #getWeeksObserved()}, the blocks with at least one sustenance payment. */
  public int getSustenanceWeeks() {
    if (months.isEmpty()) {
      return 0;
    }
    long first = epochDay(months.get(0).firstAt());
    long last = epochDay(asOf);
    Set<Long> weeks = new HashSet<>();
    for (MonthFlow m : months) {
      long monthDay0 = epochDay(m.monthStart());
      for (int d = 0; d < 31; d++) {
        long day = monthDay0 + d;
        if ((m.sustenanceDays() & (1 << d)) != 0 && day >= first && day <= last) {
          weeks.add((day - first) / 7);
        }
      }
    }
    return weeks.size();
  }

  /** Share of the weeks observed with a sustenance payment: 1 for weekly or more frequent buying. */
  public BigDecimal getSustenanceWeekShare() {
    return ratio(BigDecimal.valueOf(getSustenanceWeeks()), BigDecimal.valueOf(getWeeksObserved()));
  }

  /** Whether the sustenance spending per month over the observed span reaches {@code amount}. */
  public boolean sustenancePerMonthAtLeast(BigDecimal amount) {
    return perMonth(getSustenanceOut()).compareTo(amount) >= 0;
  }

  /**
   * Whether the labour cost seen (wages, payroll tax, payroll run elsewhere, own-account
   * transfers) is below {@code factor} times the sustenance spending: the people are kept more
   * than they are paid.
   */
  public boolean labourCostBelowSustenance(BigDecimal factor) {
    return getLabourCost().compareTo(getSustenanceOut().multiply(factor)) < 0;
  }

  /** Card payments for taxis, coaches, flights and van rental made at night (F3). */
  public int getNightTransport() {
    int n = 0;
    for (MonthFlow m : months) {
      n += m.nightTransport();
    }
    return n;
  }

  /** Distinct places of card-present payments (a lower bound: each month keeps a few). */
  public int getDistinctCities() {
    return distinct(months, MonthFlow::cities);
  }

  /** Distinct keys of one of the months' bounded key lists (payers, cities) over {@code months}. */
  static int distinct(List<MonthFlow> months, java.util.function.Function<MonthFlow, List<Integer>> keysOf) {
    Set<Integer> keys = new HashSet<>();
    for (MonthFlow m : months) {
      keys.addAll(keysOf.apply(m));
    }
    return keys.size();
  }

  private static long epochDay(Instant t) {
    return Math.floorDiv(t.getEpochSecond(), 86_400L);
  }

  /** What {@code headcount} people cost per month at {@code minMonthlyWage}. */
  public static BigDecimal wageBill(int headcount, BigDecimal minMonthlyWage) {
    return minMonthlyWage.multiply(BigDecimal.valueOf(headcount));
  }

  /** {@code part} over {@code whole}, 4 decimals; zero when {@code whole} is not positive. */
  public static BigDecimal share(BigDecimal part, BigDecimal whole) {
    return ratio(part, whole);
  }

  /**
   * The largest wage credits of any one month in the window. A monthly wage seen once in a span
   * of six weeks reads as two thirds of a wage per month; the month that holds it shows it whole.
   */
  public BigDecimal getLargestMonthlyWagesIn() {
    BigDecimal max = BigDecimal.ZERO;
    for (MonthFlow m : months) {
      max = max.max(m.wagesIn());
    }
    return max;
  }

  /**
   * The largest labour cost of any one month in the window. A business that paid its workforce in
   * full in some month and nothing in another paused for a season; a steady gap is what G1 is about.
   */
  public BigDecimal getLargestMonthlyLabourCost() {
    BigDecimal max = BigDecimal.ZERO;
    for (MonthFlow m : months) {
      max = max.max(m.wagesOut().add(m.payrollProviderOut()).add(m.taxOut()).add(m.ownOut()));
    }
    return max;
  }

  static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    if (whole.signum() <= 0) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    return part.divide(whole, SCALE, RoundingMode.HALF_UP);
  }
}
