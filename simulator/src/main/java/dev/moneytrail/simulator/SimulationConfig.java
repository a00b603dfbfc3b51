package dev.moneytrail.simulator;

import dev.moneytrail.schemas.money.Codes;
import dev.moneytrail.simulator.typology.TypologyName;
import dev.moneytrail.simulator.world.HomeCountry;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The validated options of a run. Same config, same output, byte for byte.
 *
 * @param accounts ordinary accounts; planted cases add their own accounts on top
 * @param start the first simulated instant; days are local calendar days of the home country,
 *     starting with the local date of {@code start}, and nothing is booked before {@code start}
 * @param typologyCases cases per typology, or null to derive from {@code typologyRate}
 * @param typologyRate cases per typology per 10,000 ordinary accounts (at least one when positive)
 * @param decoyCases cases per decoy kind, or null to derive from {@code decoyRate}
 * @param decoyRate cases per decoy kind per 10,000 ordinary accounts
 * @param only typologies and decoys to plant (empty: all)
 * @param cashThreshold reporting threshold T for cash in major units (structuring sits in [0.8T, T))
 * @param threads generation threads (output does not depend on it)
 */
public record SimulationConfig(
    long seed,
    int accounts,
    int days,
    Instant start,
    String currency,
    String country,
    Integer typologyCases,
    double typologyRate,
    Integer decoyCases,
    double decoyRate,
    Set<TypologyName> only,
    long cashThreshold,
    int threads) {

  public static final Instant DEFAULT_START = Instant.parse("2026-01-05T00:00:00Z");

  public SimulationConfig {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(country, "country");
    only = only == null ? Set.of() : Set.copyOf(only);
    if (accounts < 50) {
      throw new IllegalArgumentException("--accounts must be at least 50 (got " + accounts + ")");
    }
    if (accounts > 50_000_000) {
      throw new IllegalArgumentException("--accounts must be at most 50,000,000 (got " + accounts + ")");
    }
    if (days < 1 || days > 3_660) {
      throw new IllegalArgumentException("--days must be between 1 and 3660 (got " + days + ")");
    }
    if (!Codes.isCurrency(currency)) {
      throw new IllegalArgumentException("--currency '" + currency + "' is not an ISO 4217 code such as EUR");
    }
    if (HomeCountry.forCode(country) == null) {
      throw new IllegalArgumentException("--country '" + country + "' is not supported; use one of "
          + HomeCountry.supported());
    }
    if (typologyCases != null && typologyCases < 0 || decoyCases != null && decoyCases < 0) {
      throw new IllegalArgumentException("case counts must not be negative");
    }
    if (typologyRate < 0 || decoyRate < 0) {
      throw new IllegalArgumentException("case rates must not be negative");
    }
    if (cashThreshold < 100) {
      throw new IllegalArgumentException("--cash-threshold must be at least 100 (got " + cashThreshold + ")");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1");
    }
  }

  /** Defaults for a seed and a size: 90 days from 2026-01-05 in Germany, in euro. */
  public static SimulationConfig of(long seed, int accounts, int days) {
    return new SimulationConfig(seed, accounts, days, DEFAULT_START, "EUR", "DE", null, 1.5, null, 1.5,
        Set.of(), 10_000, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  public SimulationConfig withCases(int perTypology, int perDecoy) {
    return new SimulationConfig(seed, accounts, days, start, currency, country, perTypology, typologyRate,
        perDecoy, decoyRate, only, cashThreshold, threads);
  }

  public SimulationConfig withOnly(Set<TypologyName> names) {
    return new SimulationConfig(seed, accounts, days, start, currency, country, typologyCases, typologyRate,
        decoyCases, decoyRate, names, cashThreshold, threads);
  }

  public SimulationConfig withThreads(int n) {
    return new SimulationConfig(seed, accounts, days, start, currency, country, typologyCases, typologyRate,
        decoyCases, decoyRate, only, cashThreshold, n);
  }

  public SimulationConfig withPlace(String homeCountry, String currencyCode) {
    return new SimulationConfig(seed, accounts, days, start, currencyCode, homeCountry, typologyCases, typologyRate,
        decoyCases, decoyRate, only, cashThreshold, threads);
  }

  public SimulationConfig withStart(Instant s) {
    return new SimulationConfig(seed, accounts, days, s, currency, country, typologyCases, typologyRate,
        decoyCases, decoyRate, only, cashThreshold, threads);
  }

  /** How many cases of each typology and decoy to plant. */
  public Map<TypologyName, Integer> caseCounts() {
    Map<TypologyName, Integer> out = new EnumMap<>(TypologyName.class);
    Set<TypologyName> selected = only.isEmpty() ? EnumSet.allOf(TypologyName.class) : only;
    for (TypologyName t : selected) {
      Integer fixed = t.decoy() ? decoyCases : typologyCases;
      double rate = t.decoy() ? decoyRate : typologyRate;
      int n = fixed != null ? fixed : rate <= 0 ? 0 : Math.max(1, (int) Math.round(accounts / 10_000.0 * rate));
      out.put(t, n);
    }
    return out;
  }
}
