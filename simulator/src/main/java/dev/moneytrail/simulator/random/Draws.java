package dev.moneytrail.simulator.random;

import java.util.List;
import java.util.SplittableRandom;

/** Small, pure helpers for drawing from a {@link SplittableRandom}; all amounts are integers. */
public final class Draws {

  private Draws() {}

  /** Uniform long in [lo, hi] inclusive. */
  public static long between(SplittableRandom rng, long lo, long hi) {
    if (hi <= lo) {
      return lo;
    }
    return lo + rng.nextLong(hi - lo + 1);
  }

  /** Uniform int in [lo, hi] inclusive. */
  public static int between(SplittableRandom rng, int lo, int hi) {
    if (hi <= lo) {
      return lo;
    }
    return lo + rng.nextInt(hi - lo + 1);
  }

  /** Uniform fraction in [lo, hi) expressed in basis points (1/10000), so shares stay exact. */
  public static int basisPoints(SplittableRandom rng, int loBp, int hiBp) {
    return between(rng, loBp, hiBp);
  }

  /** True with probability p. */
  public static boolean chance(SplittableRandom rng, double p) {
    return rng.nextDouble() < p;
  }

  /** One element, uniformly. */
  public static <T> T pick(SplittableRandom rng, List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }

  /** One element, uniformly. */
  @SafeVarargs
  public static <T> T pick(SplittableRandom rng, T... items) {
    return items[rng.nextInt(items.length)];
  }

  /** An index drawn with the given relative weights. */
  public static int weightedIndex(SplittableRandom rng, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Running totals of weights, for {@link #cumulativeIndex}. */
  public static double[] cumulative(double[] weights) {
    double[] c = new double[weights.length];
    double t = 0;
    for (int i = 0; i < weights.length; i++) {
      t += weights[i];
      c[i] = t;
    }
    return c;
  }

  /** An index drawn with weights given as running totals (no summing per draw). */
  public static int cumulativeIndex(SplittableRandom rng, double[] cumulative) {
    double x = rng.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (x < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  /** Poisson count with mean lambda (Knuth's method; lambda is small here). */
  public static int poisson(SplittableRandom rng, double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    double limit = Math.exp(-lambda);
    double p = 1.0;
    int k = 0;
    do {
      k++;
      p *= rng.nextDouble();
    } while (p > limit && k < 1000);
    return k - 1;
  }

  /**
   * A skewed amount between lo and hi (inclusive), denser near lo: most card payments are small,
   * a few are large. Integer cents in, integer cents out.
   */
  public static long skewed(SplittableRandom rng, long lo, long hi) {
    double u = rng.nextDouble();
    return lo + (long) ((hi - lo) * u * u);
  }

  /** Applies a multiplicative jitter of +-pct percent to an integer amount. */
  public static long jitter(SplittableRandom rng, long amount, int pct) {
    long spread = amount * pct / 100;
    return amount + between(rng, -spread, spread);
  }

  /** Standard normal draw (Box-Muller); used only to shape integer draws, never as money. */
  public static double gaussian(SplittableRandom rng) {
    double u1 = Math.max(rng.nextDouble(), 1e-12);
    double u2 = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
