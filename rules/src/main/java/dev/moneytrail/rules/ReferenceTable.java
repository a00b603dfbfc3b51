package dev.moneytrail.rules;

import dev.moneytrail.rules.facts.Names;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One reference-data table of a rule package ({@code reference/NAME.csv}): a registry, a list of
 * jurisdictions, a corridor list. Read-only and indexed when the package is compiled, so a rule's
 * lookup is a hash-map probe, never a scan or a parse on the event path.
 *
 * <p>Format (docs/adr/0007-reference-data.md, docs/governance.md): UTF-8; lines starting with
 * {@code #} and blank lines are ignored; the first other line is the header, comma-separated column
 * names {@code [a-z][a-z0-9_]*}, each optionally typed as {@code name:type} with type {@code text}
 * (the default), {@code country} (ISO 3166-1 alpha-2, upper case), {@code date} (ISO
 * {@code yyyy-mm-dd}) or {@code decimal}; every further line is one row with exactly as many
 * fields. A field may be double-quoted (RFC 4180: {@code ""} is a quote inside), which is how a
 * name holding a comma is written; a quoted field cannot span lines. The first column is the key
 * and must not be empty; other fields may be.
 */
public final class ReferenceTable {
  /** Column types a header may declare. */
  public enum ColumnType { TEXT, COUNTRY, DATE, DECIMAL, SHA256 }

  /** One row: its fields by column name, and the line of the file it came from. */
  public record Row(Map<String, String> fields, int line) {
    /** The field, "" when empty. */
    public String get(String column) {
      String v = fields.get(column);
      if (v == null) {
        throw new IllegalArgumentException("no column '" + column + "' (columns: " + fields.keySet() + ")");
      }
      return v;
    }

    /** The date of a {@code date} column, null when empty. */
    public LocalDate date(String column) {
      String v = get(column);
      return v.isEmpty() ? null : LocalDate.parse(v);
    }
  }

  /** A malformed table: every problem found, each with its 1-based line (0: the file as a whole). */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    Malformed(List<Problem> problems) {
      super(problems.size() + " problem(s), first: line " + problems.get(0).line() + ": "
          + problems.get(0).reason());
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() { return problems; }
  }

  /** One problem of a malformed table. */
  public record Problem(int line, String reason) {}

  private static final Pattern COLUMN = Pattern.compile("^[a-z][a-z0-9_]*$");
  private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
  private static final Pattern SHA256_HEX = Pattern.compile("^[0-9a-fA-F]{64}$");
  // A code no country has (UK for GB, a typo) would match no payment: refused, not silently inert.
  // The user-assigned ranges stay open for placeholders (XA, XB ...) and national extensions (XK).
  private static final Set<String> ASSIGNED_COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern USER_ASSIGNED_COUNTRY = Pattern.compile("^(AA|Q[M-Z]|X[A-Z]|ZZ)$");
  // Legal-form words: a registry holds "Acme Staffing GmbH", a payment says "ACME STAFFING"; a
  // German register writes "UG", the bank's record "UG (haftungsbeschränkt)".
  private static final Set<String> LEGAL_FORMS = Set.of("ltd", "limited", "plc", "llc", "llp",
      "inc", "incorporated", "corp", "corporation", "co", "company", "gmbh", "mbh", "ag", "ug", "kg",
      "ohg", "ek", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "pty", "pvt", "private", "sdn",
      "bhd", "oy", "ab", "as", "aps", "sp", "zoo", "kft", "doo", "haftungsbeschrankt");

  private final String name;
  private final String sha256;
  private final List<String> columns;
  private final List<Row> rows;
  private final Map<String, Map<String, List<Row>>> byValue;
  private final Map<String, Map<String, List<Row>>> byOrganisation;

  private ReferenceTable(String name, String sha256, List<String> columns, List<Row> rows) {
    this.name = name;
    this.sha256 = sha256;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
    this.byValue = new HashMap<>();
    this.byOrganisation = new HashMap<>();
    for (String c : columns) {
      Map<String, List<Row>> values = new HashMap<>();
      Map<String, List<Row>> organisations = new HashMap<>();
      for (Row r : rows) {
        String v = r.get(c);
        if (!v.isEmpty()) {
          values.computeIfAbsent(valueKey(v), k -> new ArrayList<>(1)).add(r);
          String org = organisation(v);
          if (!org.isEmpty()) {
            organisations.computeIfAbsent(org, k -> new ArrayList<>(1)).add(r);
          }
        }
      }
      values.replaceAll((k, l) -> List.copyOf(l));
      organisations.replaceAll((k, l) -> List.copyOf(l));
      byValue.put(c, values);
      byOrganisation.put(c, organisations);
    }
  }

  /**
   * Parses and indexes one table.
   *
   * @param name the table name (the file name without {@code .csv})
   * @throws Malformed with every problem found, by line
   */
  public static ReferenceTable parse(String name, String text) throws Malformed {
    List<Problem> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    List<String> columns = null;
    List<ColumnType> types = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      String raw = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (i == 0 && raw.startsWith("\uFEFF")) {
        raw = raw.substring(1); // a byte-order mark, as spreadsheet exports write it
      }
      if (raw.isBlank() || raw.startsWith("#")) {
        continue;
      }
      List<String> fields = fields(raw, line, problems);
      if (fields == null) {
        continue;
      }
      if (columns == null) {
        columns = header(fields, types, line, problems);
        continue;
      }
      if (fields.size() != columns.size()) {
        problems.add(new Problem(line, fields.size() + " fields, the header has " + columns.size()
            + " (" + String.join(",", columns) + ")"));
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      boolean ok = true;
      for (int c = 0; c < columns.size(); c++) {
        String v = fields.get(c).strip();
        if (c == 0 && v.isEmpty()) {
          problems.add(new Problem(line, "the key column '" + columns.get(0) + "' is empty"));
          ok = false;
        } else if (!v.isEmpty() && !valid(types.get(c), v)) {
          problems.add(new Problem(line, "column '" + columns.get(c) + "' is "
              + types.get(c).name().toLowerCase(Locale.ROOT) + ", '" + v + "' is not "
              + describe(types.get(c))));
          ok = false;
        }
        row.put(columns.get(c), v);
      }
      if (ok) {
        rows.add(new Row(java.util.Collections.unmodifiableMap(row), line));
      }
    }
    if (columns == null && problems.isEmpty()) {
      problems.add(new Problem(0, "no header line (the first line that is not blank or a # comment)"));
    }
    if (!problems.isEmpty()) {
      throw new Malformed(problems);
    }
    return new ReferenceTable(name, sha256(text), columns, rows);
  }

  /** The table name, e.g. {@code licensed-agencies}. */
  public String name() { return name; }

  /**
   * SHA-256 (hex) of the file's text: the snapshot id of this table, reported in the evidence of
   * the hits that read it. The package's content hash covers it too.
   */
  public String sha256() { return sha256; }

  public List<String> columns() { return columns; }

  /** Every row, in file order. */
  public List<Row> rows() { return rows; }

  /** Whether a row's key (first column) equals {@code value}, ignoring case and outer spaces. */
  public boolean contains(String value) {
    return !rows(columns.get(0), value).isEmpty();
  }

  /** The rows whose {@code column} equals {@code value}, ignoring case and outer spaces. */
  public List<Row> rows(String column, String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return index(byValue, column).getOrDefault(valueKey(value), List.of());
  }

  /**
   * The distinct non-empty values of {@code column} in the rows keyed {@code key}, in file order,
   * joined by "; ": evidence text, e.g. the sources (NRA, TIP) that list a corridor; "" for none.
   */
  public String keyedValues(String key, String column) {
    return String.join("; ", rows(columns.get(0), key).stream().map(r -> r.get(column))
        .filter(v -> !v.isEmpty()).distinct().toList());
  }

  /**
   * The rows whose {@code column} holds the same organisation name as {@code name}: compared after
   * {@link #organisation(String)}, so case, accents, punctuation, word order and legal-form words
   * (Ltd, GmbH, ...) do not matter. Exact otherwise: no fuzzy score.
   */
  public List<Row> rowsByName(String column, String name) {
    String org = organisation(name);
    return org.isEmpty() ? List.of() : index(byOrganisation, column).getOrDefault(org, List.of());
  }

  /**
   * An organisation name reduced for matching: {@link Names#normalise} (lower case, accents and
   * punctuation stripped, words sorted) without legal-form words; "" for null or blank.
   */
  public static String organisation(String name) {
    String n = Names.normalise(name);
    if (n.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(n.length());
    for (String t : n.split(" ")) {
      if (!LEGAL_FORMS.contains(t)) {
        out.append(out.length() == 0 ? "" : " ").append(t);
      }
    }
    return out.toString();
  }

  private Map<String, List<Row>> index(Map<String, Map<String, List<Row>>> indexes, String column) {
    Map<String, List<Row>> m = indexes.get(column);
    if (m == null) {
      throw new IllegalArgumentException("reference table " + name + " has no column '" + column
          + "' (columns: " + columns + ")");
    }
    return m;
  }

  private static String valueKey(String v) {
    return v.strip().toLowerCase(Locale.ROOT);
  }

  private static List<String> header(List<String> fields, List<ColumnType> types, int line,
      List<Problem> problems) {
    List<String> names = new ArrayList<>();
    for (String f : fields) {
      String h = f.strip();
      int colon = h.indexOf(':');
      String col = colon < 0 ? h : h.substring(0, colon);
      String type = colon < 0 ? "text" : h.substring(colon + 1);
      if (!COLUMN.matcher(col).matches()) {
        problems.add(new Problem(line, "header: column name '" + col
            + "' must be lower case letters, digits and _ starting with a letter"));
      } else if (names.contains(col)) {
        problems.add(new Problem(line, "header: column '" + col + "' appears twice"));
      }
      ColumnType t;
      try {
        t = ColumnType.valueOf(type.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(line, "header: column '" + col + "' has unknown type '" + type
            + "' (text, country, date, decimal, sha256)"));
        t = ColumnType.TEXT;
      }
      names.add(col);
      types.add(t);
    }
    return names;
  }

  /** The fields of one line, or null (with a problem) when a quoted field is not closed. */
  private static List<String> fields(String line, int lineNo, List<Problem> problems) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int i = 0;
    while (true) {
      if (i < line.length() && line.charAt(i) == '"' && cur.toString().isBlank()) {
        cur.setLength(0);
        i++;
        boolean closed = false;
        while (i < line.length()) {
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              cur.append('"');
              i++;
            } else {
              closed = true;
              break;
            }
          } else {
            cur.append(c);
          }
        }
        if (!closed) {
          problems.add(new Problem(lineNo, "a quoted field is not closed (a field cannot span lines)"));
          return null;
        }
        while (i < line.length() && line.charAt(i) == ' ') {
          i++;
        }
        if (i < line.length() && line.charAt(i) != ',') {
          problems.add(new Problem(lineNo, "text after a closing quote at column " + (i + 1)));
          return null;
        }
      }
      while (i < line.length() && line.charAt(i) != ',') {
        char c = line.charAt(i++);
        if (c == '"') {
          problems.add(new Problem(lineNo, "a quote inside an unquoted field at column " + i
              + " (quote the whole field and double the quote)"));
          return null;
        }
        cur.append(c);
      }
      out.add(cur.toString());
      cur.setLength(0);
      if (i >= line.length()) {
        return out;
      }
      i++; // the comma
    }
  }

  private static boolean valid(ColumnType type, String v) {
    switch (type) {
      case COUNTRY:
        return COUNTRY.matcher(v).matches()
            && (ASSIGNED_COUNTRIES.contains(v) || USER_ASSIGNED_COUNTRY.matcher(v).matches());
      case SHA256:
        return SHA256_HEX.matcher(v).matches();
      case DATE:
        try {
          LocalDate.parse(v);
          return true;
        } catch (DateTimeParseException e) {
          return false;
        }
      case DECIMAL:
        try {
          new BigDecimal(v);
          return true;
        } catch (NumberFormatException e) {
          return false;
        }
      default:
        return true;
    }
  }

  private static String describe(ColumnType type) {
    return switch (type) {
      case COUNTRY -> "an ISO 3166-1 alpha-2 code in upper case (assigned, e.g. GB not UK, or user-assigned"
          + " AA, QM-QZ, XA-XZ, ZZ for placeholders)";
      case DATE -> "a date yyyy-mm-dd";
      case DECIMAL -> "a decimal number";
      case SHA256 -> "a SHA-256 in hex (64 characters 0-9, a-f)";
      case TEXT -> "text";
    };
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "reference/" + name + ".csv (" + rows.size() + " rows, sha256 " + sha256.substring(0, 12) + ")";
  }
}
