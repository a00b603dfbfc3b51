package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.simulator.money.Prices;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Merchants;
import java.time.LocalDate;

/**
 * Run-wide facts every activity may read: the home country, prices in the run currency, merchants,
 * public bodies, the cash-reporting threshold, and the run's seed-derived id offset.
 *
 * @param cashThresholdMinor the reporting threshold T for cash (structuring sits in [0.8T, T))
 */
public record World(
    HomeCountry home,
    Prices prices,
    Merchants merchants,
    Institutions institutions,
    CashNetwork cash,
    Calendar calendar,
    long seed,
    long runOffset,
    long cashThresholdMinor,
    LocalDate firstDay,
    int days,
    java.time.Instant start) {

  /** The last simulated date. */
  public LocalDate lastDay() {
    return firstDay.plusDays(days - 1L);
  }

  /** Statutory minimum monthly wage (gross) in minor units of the run currency. */
  public long minimumMonthlyWage() {
    return prices.of(home.minimumMonthlyWageEurCents);
  }
}
