package dev.moneytrail.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference-data tables of a rule package ({@code reference/*.csv}), bound to the DRL global
 * {@code refdata} (declared {@code global dev.moneytrail.rules.ReferenceData refdata;}; not
 * "reference", which inside a Txn pattern is the payment's own reference text): parsed, validated and indexed once when the package is compiled, read-only
 * afterwards, and shared by every evaluation of the package. A rule reads a table by its name, the
 * file name without {@code .csv}; a rule that names a table the package does not carry is refused
 * by the validator, not discovered on the event path.
 */
public final class ReferenceData {
  /** A package without reference tables. */
  public static final ReferenceData EMPTY = new ReferenceData(List.of());

  private final Map<String, ReferenceTable> tables;

  public ReferenceData(List<ReferenceTable> tables) {
    Map<String, ReferenceTable> m = new TreeMap<>();
    for (ReferenceTable t : tables) {
      if (m.put(t.name(), t) != null) {
        throw new IllegalArgumentException("two reference tables named " + t.name());
      }
    }
    this.tables = java.util.Collections.unmodifiableMap(m);
  }

  /** The table, e.g. {@code table("licensed-agencies")}. */
  public ReferenceTable table(String name) {
    ReferenceTable t = tables.get(name);
    if (t == null) {
      throw new IllegalArgumentException("the rule package has no reference table " + name
          + " (reference/" + name + ".csv); it has " + tables.keySet());
    }
    return t;
  }

  /** Whether table {@code name} has a row keyed {@code value} (first column, case-insensitive). */
  public boolean contains(String name, String value) {
    return table(name).contains(value);
  }

  /** Every table by name. */
  public Map<String, ReferenceTable> tables() {
    return tables;
  }

  @Override
  public String toString() {
    return tables.values().toString();
  }
}
