package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.simulator.random.Draws;
import java.util.SplittableRandom;

/** Local times of day at which people and businesses act; seconds after local midnight. */
public final class Clock {

  // Card use by hour of day: quiet at night, peaks at lunch and early evening.
  private static final double[] PERSON = {
      0.25, 0.12, 0.06, 0.04, 0.04, 0.12, 0.45, 1.0, 1.5, 1.7, 1.9, 2.3,
      2.7, 2.3, 1.9, 1.9, 2.2, 2.7, 2.9, 2.5, 1.8, 1.2, 0.7, 0.45};
  private static final double[] PERSON_CUMULATIVE = Draws.cumulative(PERSON);

  private Clock() {}

  /** A moment a person might pay by card. */
  public static int personal(SplittableRandom rng) {
    int h = Draws.cumulativeIndex(rng, PERSON_CUMULATIVE);
    return h * 3600 + rng.nextInt(3600);
  }

  /** Between two local hours (hi exclusive), uniformly. */
  public static int between(SplittableRandom rng, int fromHour, int toHour) {
    return fromHour * 3600 + rng.nextInt(Math.max(1, (toHour - fromHour) * 3600));
  }

  /** Office hours, for transfers businesses and people key in. */
  public static int office(SplittableRandom rng) {
    return between(rng, 8, 18);
  }

  /** Late night, 23:00 to 05:00, for the late-night typologies (returns seconds, may be early morning). */
  public static int lateNight(SplittableRandom rng) {
    int s = rng.nextInt(6 * 3600);
    return s < 3600 ? 23 * 3600 + s : s - 3600;
  }
}
