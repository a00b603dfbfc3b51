package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.simulator.world.City;
import java.util.SplittableRandom;

/**
 * The bank's ATMs and branches, named {@code ATM-BER-0042} and {@code BR-BER-007}; how many per
 * city grows with the population so a busy ATM sees realistic traffic at any scale.
 */
public final class CashNetwork {

  private final int atmsPerWeight;

  /** @param population ordinary accounts in the run */
  public CashNetwork(int population) {
    // About one ATM per 350 customers; city weights sum to ~100.
    this.atmsPerWeight = Math.max(1, population / 350 / 100 + 1);
  }

  public int atmCount(City city) {
    return Math.max(3, city.weight() * atmsPerWeight);
  }

  public int branchCount(City city) {
    return Math.max(2, atmCount(city) / 4);
  }

  public String atm(City city, int n) {
    return "ATM-" + city.code() + "-" + pad(n, 4);
  }

  public String branch(City city, int n) {
    return "BR-" + city.code() + "-" + pad(n, 3);
  }

  public String randomAtm(SplittableRandom rng, City city) {
    return atm(city, 1 + rng.nextInt(atmCount(city)));
  }

  public String randomBranch(SplittableRandom rng, City city) {
    return branch(city, 1 + rng.nextInt(branchCount(city)));
  }

  private static String pad(int n, int w) {
    String s = Integer.toString(n);
    return "0".repeat(Math.max(0, w - s.length())) + s;
  }
}
