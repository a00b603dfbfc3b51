package dev.moneytrail.simulator.money;

import dev.moneytrail.schemas.Money;
import dev.moneytrail.schemas.money.Amounts;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * Turns the simulator's price list, written in euro cents, into exact amounts in the run's currency.
 *
 * <p>All behaviour is calibrated once in euro cents; a run in another currency multiplies by a rough
 * price level (a fixed table, not a market FX rate: the point is that rent in JPY looks like rent in
 * JPY) and rounds to the currency's minor unit. Amounts are longs of minor units throughout and become
 * {@link BigDecimal} of scale 4 only at the edge ({@link #money}).
 */
public final class Prices {

  // Roughly what one euro buys in each currency; currencies not listed use 1.
  private static final Map<String, Double> LEVEL = Map.ofEntries(
      Map.entry("EUR", 1.0), Map.entry("GBP", 0.86), Map.entry("USD", 1.08), Map.entry("CHF", 0.95),
      Map.entry("SEK", 11.3), Map.entry("NOK", 11.6), Map.entry("DKK", 7.46), Map.entry("PLN", 4.3),
      Map.entry("CZK", 25.0), Map.entry("HUF", 395.0), Map.entry("RON", 4.97), Map.entry("JPY", 160.0),
      Map.entry("CAD", 1.48), Map.entry("AUD", 1.65), Map.entry("NZD", 1.8), Map.entry("SGD", 1.45),
      Map.entry("AED", 3.97), Map.entry("INR", 90.0));

  private final String currency;
  private final double level;
  private final int digits;
  private final long minorPerMajor;
  private final long toScale4;

  private Prices(String currency) {
    this.currency = currency;
    this.level = LEVEL.getOrDefault(currency, 1.0);
    int d = Currency.getInstance(currency).getDefaultFractionDigits();
    this.digits = Math.max(0, Math.min(d, Amounts.SCALE));
    long m = 1;
    for (int i = 0; i < digits; i++) {
      m *= 10;
    }
    this.minorPerMajor = m;
    long f = 1;
    for (int i = digits; i < Amounts.SCALE; i++) {
      f *= 10;
    }
    this.toScale4 = f;
  }

  /** Prices for an ISO 4217 currency. */
  public static Prices in(String currency) {
    return new Prices(currency);
  }

  public String currency() {
    return currency;
  }

  /** Minor units per major unit (100 for EUR, 1 for JPY). */
  public long minorPerMajor() {
    return minorPerMajor;
  }

  /** An amount from the euro-cent price list, in minor units of the run currency (at least 1). */
  public long of(long eurCents) {
    double major = eurCents / 100.0 * level;
    return Math.max(1, Math.round(major * minorPerMajor));
  }

  /**
   * A price-list amount rounded to a "nice" step (10, 20, 50 ... after scaling), for amounts people
   * choose rather than get charged: rent, cash withdrawals, savings.
   */
  public long rounded(long eurCents, long stepEurCents) {
    long step = niceStep(of(stepEurCents));
    long v = of(eurCents);
    return Math.max(step, Math.round((double) v / step) * step);
  }

  /** An amount already in minor units, rounded to the nice step for a euro-cent step. */
  public long roundMinor(long minor, long stepEurCents) {
    long step = niceStep(of(stepEurCents));
    return Math.max(step, Math.round((double) minor / step) * step);
  }

  /** Minor units of a whole number of major units of the run currency (for thresholds). */
  public long major(long units) {
    return units * minorPerMajor;
  }

  /** The exact Avro money value of an amount in minor units. */
  public Money money(long minor) {
    return new Money(decimal(minor), currency);
  }

  /** Minor units as a decimal of scale 4. */
  public BigDecimal decimal(long minor) {
    // One allocation: the unscaled value at scale 4 directly (called once per ledger entry).
    return BigDecimal.valueOf(Math.multiplyExact(minor, toScale4), Amounts.SCALE);
  }

  // 1, 2 or 5 times a power of ten: the steps a person or a price list uses.
  static long niceStep(long raw) {
    if (raw <= 1) {
      return 1;
    }
    long p = 1;
    while (p * 10 <= raw) {
      p *= 10;
    }
    long[] candidates = {p, 2 * p, 5 * p, 10 * p};
    long best = p;
    for (long c : candidates) {
      if (Math.abs(c - raw) < Math.abs(best - raw)) {
        best = c;
      }
    }
    return best;
  }
}
