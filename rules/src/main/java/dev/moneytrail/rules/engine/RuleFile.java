package dev.moneytrail.rules.engine;

import java.util.Objects;

/**
 * One DRL file of a rule package.
 *
 * @param path package-relative path with forward slashes, e.g. {@code wage-control.drl}; it is
 *     what compile errors and parameter declarations are reported against
 * @param text the DRL source
 */
public record RuleFile(String path, String text) {

  public RuleFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    if (path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains("..")) {
      throw new IllegalArgumentException("rule file path must be relative with forward slashes: "
          + path);
    }
    if (!path.endsWith(".drl")) {
      throw new IllegalArgumentException("rule file must be a .drl file: " + path);
    }
  }
}
