package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.simulator.random.Draws;
import java.util.SplittableRandom;

/** How much to pay out of a wage: a share, a fixed instalment, rounded as people round. */
@FunctionalInterface
public interface AmountRule {

  /** @return minor units to pay given the wage just received; 0 or less means nothing */
  long amount(long wage, SplittableRandom rng);

  /** A share in [loBp, hiBp] basis points of the wage, rounded down to a step (minor units). */
  static AmountRule share(int loBp, int hiBp, long step) {
    return (wage, rng) -> {
      long a = wage * Draws.between(rng, loBp, hiBp) / 10_000;
      return step > 1 ? a / step * step : a;
    };
  }

  /** The same amount every time. */
  static AmountRule fixed(long amount) {
    return (wage, rng) -> amount;
  }
}
