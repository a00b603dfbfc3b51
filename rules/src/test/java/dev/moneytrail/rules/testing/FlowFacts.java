package dev.moneytrail.rules.testing;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.Facts.money;

import dev.moneytrail.rules.facts.AccountProfile;
import dev.moneytrail.rules.facts.MonthFlow;
import dev.moneytrail.rules.facts.MonthlyFlows;
import dev.moneytrail.rules.facts.PayeeFlow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Monthly flow sums for rule tests. Months are those of {@link Facts#T0} (5 March 2026) and before:
 * January is observed from the 5th, so January to March at T0 is two months observed (59 days).
 */
public final class FlowFacts {

  /** Builds one month of sums. */
  public static final class Month {
    private final YearMonth month;
    private BigDecimal credits = BigDecimal.ZERO;
    private BigDecimal cashIn = BigDecimal.ZERO;
    private BigDecimal cashInEvening = BigDecimal.ZERO;
    private BigDecimal transfersIn = BigDecimal.ZERO;
    private BigDecimal wagesIn = BigDecimal.ZERO;
    private BigDecimal wagesOut = BigDecimal.ZERO;
    private BigDecimal providerOut = BigDecimal.ZERO;
    private BigDecimal taxOut = BigDecimal.ZERO;
    private BigDecimal cashOut = BigDecimal.ZERO;
    private BigDecimal ownOut = BigDecimal.ZERO;
    private BigDecimal spendOut = BigDecimal.ZERO;
    private BigDecimal sustenanceOut = BigDecimal.ZERO;
    private int sustenanceDays;
    private int nightTransport;
    private final List<Integer> cities = new ArrayList<>();
    private final List<Integer> payers = new ArrayList<>();
    private final List<PayeeFlow> payees = new ArrayList<>();

    private Month(YearMonth month) {
      this.month = month;
    }

    /** Cash deposits (counted in the credits too), {@code evening} of them in the evening. */
    public Month cash(String amount, String evening) {
      cashIn = cashIn.add(money(amount));
      cashInEvening = cashInEvening.add(money(evening));
      credits = credits.add(money(amount));
      return this;
    }

    /** Transfer credits that are not wages, from {@code payers} distinct payers. */
    public Month transfersIn(String amount, int payerCount) {
      transfersIn = transfersIn.add(money(amount));
      credits = credits.add(money(amount));
      for (int i = 0; i < payerCount; i++) {
        if (!payers.contains(1000 + i)) {
          payers.add(1000 + i);
        }
      }
      return this;
    }

    /** Card settlements and other credits. */
    public Month otherCredits(String amount) {
      credits = credits.add(money(amount));
      return this;
    }

    public Month wagesIn(String amount) {
      wagesIn = wagesIn.add(money(amount));
      credits = credits.add(money(amount));
      return this;
    }

    /** {@code people} payees each paid {@code each} as wages. */
    public Month wagesOut(int people, String each) {
      for (int i = 0; i < people; i++) {
        payees.add(new PayeeFlow(2000 + i, money(each), BigDecimal.ZERO, BigDecimal.ZERO, 0, 0));
        wagesOut = wagesOut.add(money(each));
        spendOut = spendOut.add(money(each));
      }
      return this;
    }

    /**
     * {@code people} payees each paid {@code each} in all without a purpose code, at most {@code largest}
     * at once: in as few payments as that allows (600 at most 160 at once is four payments).
     */
    public Month paidInformally(int people, String each, String largest) {
      int payments = money(each).divide(money(largest), 0, java.math.RoundingMode.CEILING).intValueExact();
      for (int i = 0; i < people; i++) {
        payees.add(new PayeeFlow(3000 + i, BigDecimal.ZERO, money(each), money(largest), payments, 0));
        spendOut = spendOut.add(money(each));
      }
      return this;
    }

    /** {@code people} payees each paid one cheque of {@code each}, without a purpose code. */
    public Month paidByCheque(int people, String each) {
      for (int i = 0; i < people; i++) {
        payees.add(new PayeeFlow(4000 + i, BigDecimal.ZERO, money(each), money(each), 1, 1));
        spendOut = spendOut.add(money(each));
      }
      return this;
    }

    public Month payrollProvider(String amount) {
      providerOut = providerOut.add(money(amount));
      spendOut = spendOut.add(money(amount));
      return this;
    }

    public Month tax(String amount) {
      taxOut = taxOut.add(money(amount));
      spendOut = spendOut.add(money(amount));
      return this;
    }

    public Month cashOut(String amount) {
      cashOut = cashOut.add(money(amount));
      spendOut = spendOut.add(money(amount));
      return this;
    }

    public Month ownOut(String amount) {
      ownOut = ownOut.add(money(amount));
      return this;
    }

    /** Other spending: suppliers, rent, fuel, stock; counted in the spend only. */
    public Month otherSpend(String amount) {
      spendOut = spendOut.add(money(amount));
      return this;
    }

    /**
     * Card payments for lodging, groceries, van rental, pharmacy or clothing of {@code amount} in
     * all, on the given days of the month (counted in the spend too).
     */
    public Month sustenance(String amount, int... daysOfMonth) {
      sustenanceOut = sustenanceOut.add(money(amount));
      spendOut = spendOut.add(money(amount));
      for (int d : daysOfMonth) {
        sustenanceDays |= 1 << (d - 1);
      }
      return this;
    }

    /** {@code count} card payments for taxis, coaches, flights or van rental at night. */
    public Month nightTransport(int count) {
      nightTransport += count;
      return this;
    }

    /** Card-present payments in these places. */
    public Month cities(String... names) {
      for (String n : names) {
        int key = n.toLowerCase(java.util.Locale.ROOT).hashCode();
        if (!cities.contains(key)) {
          cities.add(key);
        }
      }
      return this;
    }

    MonthFlow build(Instant asOf) {
      Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant first = month.getMonthValue() == 1 ? start.plus(Duration.ofDays(4)) : start;
      Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
      Instant last = end.isAfter(asOf) ? asOf : end;
      return new MonthFlow(start, first, last, credits, cashIn, cashInEvening, transfersIn, wagesIn, wagesOut,
          providerOut, taxOut, cashOut, ownOut, List.copyOf(payers), List.copyOf(payees), 0, spendOut,
          sustenanceOut, sustenanceDays, nightTransport, List.copyOf(cities));
    }
  }

  /** A month of 2026, e.g. {@code month(1)} for January. */
  public static Month month(int monthOf2026) {
    return new Month(YearMonth.of(2026, monthOf2026));
  }

  /** The sums as seen at {@link Facts#T0}. */
  public static MonthlyFlows flows(String accountId, Month... months) {
    return flowsAt(accountId, T0, months);
  }

  public static MonthlyFlows flowsAt(String accountId, Instant asOf, Month... months) {
    List<MonthFlow> built = new ArrayList<>();
    for (Month m : months) {
      built.add(m.build(asOf));
    }
    return new MonthlyFlows(accountId, "EUR", asOf, built);
  }

  public static AccountProfile business(String accountId, String name, String sector, Integer declaredEmployees) {
    return new AccountProfile(accountId, "CUST-" + accountId, "BUSINESS", name, "DE",
        T0.minus(Duration.ofDays(2000)), null, null, null, null, null, null, null, sector, declaredEmployees, null);
  }

  public static AccountProfile worker(String accountId, String name, String introducerId, String employerId) {
    return new AccountProfile(accountId, "CUST-" + accountId, "PERSON", name, "DE",
        T0.minus(Duration.ofDays(90)), null, null, null, null, introducerId, employerId, "domestic worker", null,
        null, null);
  }

  private FlowFacts() {}
}
