package dev.moneytrail.simulator.world;

import dev.moneytrail.simulator.random.Draws;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A city of the home country: its name, a short code used in branch and ATM ids, and postcode
 * templates ({@code #} digit, {@code @} letter).
 *
 * @param weight relative share of the population living there
 * @param rural farming and fishing districts draw agricultural employers
 */
public record City(String name, String code, List<String> postcodes, int weight, boolean rural) {

  private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  /** A postcode in this city. */
  public String postcode(SplittableRandom rng) {
    String t = Draws.pick(rng, postcodes);
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '#') {
        sb.append((char) ('0' + rng.nextInt(10)));
      } else if (c == '@') {
        sb.append(LETTERS.charAt(rng.nextInt(LETTERS.length())));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
