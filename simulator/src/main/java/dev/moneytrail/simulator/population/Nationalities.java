package dev.moneytrail.simulator.population;

import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.Origin;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws a person's nationality and name origin. The foreign share depends only on the kind of work
 * (labour-intensive sectors employ more migrants), never on whether the person is a victim, a decoy
 * or ordinary: planted cases call the same function, so nationality carries no signal.
 */
public final class Nationalities {

  private static final Map<String, Object[]> FOREIGN = Map.of(
      "DE", new Object[] {new String[] {"TR", "PL", "RO", "SY", "UA", "BG", "IT", "AL", "VN", "IN", "PT", "ES", "NG", "PH", "BR", "MD"},
          new double[] {18, 14, 12, 8, 8, 6, 5, 4, 4, 5, 3, 3, 3, 2, 3, 2}},
      "AT", new Object[] {new String[] {"TR", "RO", "PL", "SY", "UA", "BG", "AL", "IT", "IN", "PH", "BR", "MD"},
          new double[] {16, 15, 10, 10, 8, 8, 6, 5, 4, 3, 3, 3}},
      "GB", new Object[] {new String[] {"IN", "PL", "RO", "PK", "PT", "IT", "NG", "PH", "BG", "LT", "UA", "BD", "NP", "BR", "ES", "GH", "AL", "VN"},
          new double[] {14, 14, 12, 8, 5, 5, 6, 5, 5, 5, 5, 4, 3, 3, 3, 3, 3, 3}},
      "IE", new Object[] {new String[] {"PL", "LT", "RO", "BR", "IN", "UA", "PH", "NG", "ES", "IT", "PT", "PK"},
          new double[] {20, 10, 10, 12, 10, 10, 6, 5, 5, 5, 4, 3}});

  private Nationalities() {}

  /** A person's nationality and the origin of their name. */
  public record Draw(String nationality, Origin origin) {
    public boolean foreign(String home) {
      return !nationality.equals(home);
    }
  }

  /**
   * @param labourIntensive whether the person works (or will work) in a labour-intensive sector
   * @param working whether the person works at all
   */
  public static Draw draw(SplittableRandom rng, String home, boolean labourIntensive, boolean working) {
    double foreignShare = !working ? 0.10 : labourIntensive ? 0.38 : 0.14;
    if (Draws.chance(rng, foreignShare)) {
      String c = foreignOrigin(rng, home);
      return new Draw(c, Origin.of(c));
    }
    // Naturalised citizens and second generation keep names from their family's origin.
    if (Draws.chance(rng, 0.13)) {
      return new Draw(home, Origin.of(foreignOrigin(rng, home)));
    }
    return new Draw(home, Origin.of(home));
  }

  /** A foreign country of origin weighted by the home country's migration pattern. */
  public static String foreignOrigin(SplittableRandom rng, String home) {
    Object[] t = FOREIGN.get(home);
    String[] codes = (String[]) t[0];
    return codes[Draws.weightedIndex(rng, (double[]) t[1])];
  }
}
