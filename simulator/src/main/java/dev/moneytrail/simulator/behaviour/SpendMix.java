package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.simulator.random.Draws;
import java.util.SplittableRandom;

/**
 * What a kind of card holder buys: merchant categories with relative frequency and a price band in
 * euro cents. Shared, immutable tables.
 */
public final class SpendMix {

  /** Everyday household spending (no fuel). */
  public static final SpendMix HOUSEHOLD = new SpendMix(new Object[][] {
      {"5411", 30, 290, 14_500}, {"5499", 10, 150, 2_400}, {"5814", 11, 350, 2_800},
      {"5812", 5, 1_500, 11_000}, {"4111", 10, 250, 6_000}, {"5912", 5, 300, 5_500},
      {"5311", 4, 900, 14_000}, {"5651", 4, 1_500, 13_000}, {"5999", 6, 800, 11_000},
      {"4121", 2, 800, 4_200}, {"5732", 0.6, 2_900, 60_000}, {"7832", 0.8, 900, 3_000},
      {"5942", 0.8, 800, 3_900}, {"5712", 0.4, 1_900, 45_000}, {"5200", 1.4, 500, 14_000},
      {"7230", 1.2, 1_500, 6_000}, {"5921", 1.0, 500, 4_800}, {"5993", 1.0, 600, 1_200}});

  /** Household spending of a car owner: adds fuel. */
  public static final SpendMix HOUSEHOLD_WITH_CAR = HOUSEHOLD.plus("5541", 7, 2_500, 9_500);

  /** A small business's card: fuel, wholesale, building supplies, telecom top-ups. */
  public static final SpendMix BUSINESS = new SpendMix(new Object[][] {
      {"5541", 30, 3_000, 12_000}, {"5300", 20, 5_000, 60_000}, {"5200", 15, 2_000, 40_000},
      {"5999", 15, 1_500, 30_000}, {"4814", 5, 1_500, 6_000}, {"5814", 10, 600, 4_000},
      {"5411", 5, 1_000, 12_000}});

  final String[] mcc;
  final double[] weight;
  final long[] lo;
  final long[] hi;
  private final double[] cumulative;

  private SpendMix(Object[][] rows) {
    mcc = new String[rows.length];
    weight = new double[rows.length];
    lo = new long[rows.length];
    hi = new long[rows.length];
    for (int i = 0; i < rows.length; i++) {
      mcc[i] = (String) rows[i][0];
      weight[i] = ((Number) rows[i][1]).doubleValue();
      lo[i] = ((Number) rows[i][2]).longValue();
      hi[i] = ((Number) rows[i][3]).longValue();
    }
    cumulative = Draws.cumulative(weight);
  }

  private SpendMix plus(String code, double w, long l, long h) {
    Object[][] rows = new Object[mcc.length + 1][];
    for (int i = 0; i < mcc.length; i++) {
      rows[i] = new Object[] {mcc[i], weight[i], lo[i], hi[i]};
    }
    rows[mcc.length] = new Object[] {code, w, l, h};
    return new SpendMix(rows);
  }

  /** Mean price of a purchase in euro cents (amounts are drawn with mean lo + (hi - lo) / 3). */
  public long meanEurCents() {
    double total = 0;
    double sum = 0;
    for (int i = 0; i < mcc.length; i++) {
      total += weight[i];
      sum += weight[i] * (lo[i] + (hi[i] - lo[i]) / 3.0);
    }
    return Math.round(sum / total);
  }

  int pick(SplittableRandom rng) {
    return Draws.cumulativeIndex(rng, cumulative);
  }

  /** Whether a category is bought online (card not present) rather than at a till. */
  static boolean online(String code) {
    return code.equals("5999") || code.equals("4121");
  }
}
