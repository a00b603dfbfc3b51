package dev.moneytrail.stream.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The catalogue's typical combinations (indicators.md section 10) recognised in a cluster's
 * contributing indicators and named in its explanation, so an analyst and the referral read the
 * scheme's shape, not only its points. Naming never changes points; a complete pattern changes the
 * referral decision only where {@link ReferralSettings#referCompletePatterns()} is set (ADR 0006).
 */
final class ClusterPatterns {

  /**
   * One typical combination: its parts, each met by any of its alternatives ("B1/H1"), and parts
   * that strengthen it but are not needed ("(+ C1)").
   */
  record Pattern(String name, List<List<String>> parts, List<String> optional) {}

  /**
   * A pattern found in a cluster.
   *
   * @param present the indicators that met each part found ("B1/H1" when both did), in the pattern's
   *     order, then any optional one
   * @param missing the parts not met, as the catalogue writes them ("F1", "C2/C3")
   * @param partsMet how many required parts are met
   */
  record Match(Pattern pattern, List<String> present, List<String> missing, int partsMet) {

    boolean complete() {
      return partsMet == pattern.parts().size();
    }

    /** "controller (B1 + C3 + A3), 3 of 3 parts" or "partial exploitative employer (G1 + A4), 2 of 4 parts; missing F1, B5". */
    String describe() {
      StringBuilder sb = new StringBuilder();
      sb.append(complete() ? "pattern: " : "partial pattern: ").append(pattern.name()).append(" (")
          .append(String.join(" + ", present)).append("), ").append(partsMet).append(" of ")
          .append(pattern.parts().size()).append(" parts");
      if (!missing.isEmpty()) {
        sb.append("; missing ").append(String.join(", ", missing));
      }
      return sb.toString();
    }
  }

  /** Catalogue section 10, "Typical combinations", in its order. */
  static final List<Pattern> TYPICAL = List.of(
      new Pattern("controller", List.of(List.of("B1", "H1"), List.of("C2", "C3"), List.of("A1", "A3")), List.of()),
      new Pattern("exploitative employer", List.of(List.of("G1"), List.of("A4"), List.of("F1"), List.of("B5")), List.of()),
      new Pattern("broker", List.of(List.of("B7"), List.of("D3"), List.of("G3")), List.of()),
      new Pattern("domestic servitude", List.of(List.of("G5"), List.of("C3")), List.of()),
      new Pattern("sexual exploitation", List.of(List.of("I1"), List.of("I2"), List.of("I3")), List.of("C1")));

  /**
   * A pattern is named once at least this many of its parts are met: a single indicator is what
   * every cluster already says, and would name most patterns at once.
   */
  static final int MIN_PARTS = 2;

  /** The typical combinations of which {@code indicators} meet at least {@link #MIN_PARTS} parts, complete ones first. */
  static List<Match> find(Collection<String> indicators) {
    Set<String> present = Set.copyOf(indicators);
    List<Match> complete = new ArrayList<>();
    List<Match> partial = new ArrayList<>();
    for (Pattern p : TYPICAL) {
      List<String> found = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (List<String> part : p.parts()) {
        List<String> met = part.stream().filter(present::contains).toList();
        if (met.isEmpty()) {
          missing.add(String.join("/", part));
        } else {
          found.add(String.join("/", met));
        }
      }
      int partsMet = found.size();
      if (partsMet < Math.min(MIN_PARTS, p.parts().size())) {
        continue;
      }
      for (String o : p.optional()) {
        if (present.contains(o)) {
          found.add(o);
        }
      }
      Match m = new Match(p, List.copyOf(found), List.copyOf(missing), partsMet);
      (m.complete() ? complete : partial).add(m);
    }
    complete.addAll(partial);
    return complete;
  }

  private ClusterPatterns() {}
}
