package dev.moneytrail.rules.engine;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file of a rule package: a DRL file, or a reference-data table under {@code reference/}
 * (docs/adr/0007-reference-data.md). Both travel in the same list, so the content hash, the
 * maker/checker review, the shadow trial and the audit diff cover a changed registry exactly as
 * they cover a changed rule.
 *
 * @param path package-relative path with forward slashes, e.g. {@code wage-control.drl} or
 *     {@code reference/licensed-agencies.csv}; it is what compile errors and parameter
 *     declarations are reported against
 * @param text the DRL source or the CSV text
 */
public record RuleFile(String path, String text) {
  /** Folder of the reference-data tables inside a package. */
  public static final String REFERENCE_DIR = "reference/";
  // Lower-case names with hyphens: the table name a rule reads is the file name without ".csv".
  private static final Pattern REFERENCE_PATH =
      Pattern.compile("^reference/[a-z0-9][a-z0-9-]*\\.csv$");

  public RuleFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    if (path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains("..")) {
      throw new IllegalArgumentException("rule file path must be relative with forward slashes: "
          + path);
    }
    if (!path.endsWith(".drl") && !REFERENCE_PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("rule package file must be a .drl file or a reference"
          + " table reference/<lower-case-name>.csv: " + path);
    }
  }

  /** A DRL file. */
  public boolean isDrl() {
    return path.endsWith(".drl");
  }

  /** A reference-data table. */
  public boolean isReference() {
    return !isDrl();
  }

  /** The name rules read a reference table by: {@code reference/licensed-agencies.csv} gives {@code licensed-agencies}. */
  public String tableName() {
    if (!isReference()) {
      throw new IllegalStateException(path + " is not a reference table");
    }
    return path.substring(REFERENCE_DIR.length(), path.length() - ".csv".length());
  }
}
