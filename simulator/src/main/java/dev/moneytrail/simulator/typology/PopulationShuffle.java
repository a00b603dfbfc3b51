package dev.moneytrail.simulator.typology;

import java.util.List;
import java.util.SplittableRandom;

/** Fisher-Yates shuffle with the simulator's random streams. */
final class PopulationShuffle {

  private PopulationShuffle() {}

  static <T> void shuffle(List<T> list, SplittableRandom rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
