package dev.moneytrail.stream.governance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped core package to edit in tests. */
final class PackageDirs {

  static final Path CORE = Path.of("../rules/packages/core");

  static Path copyOfCore(Path into) throws IOException {
    Files.createDirectories(into);
    try (Stream<Path> files = Files.list(CORE)) {
      for (Path f : files.toList()) {
        Files.copy(f, into.resolve(f.getFileName()));
      }
    }
    // The reference tables are package content the rules read: a copy without them does not compile.
    try (Stream<Path> files = Files.list(CORE.resolve("reference"))) {
      for (Path f : files.toList()) {
        Files.copy(f, into.resolve("reference").resolve(f.getFileName()));
      }
    }
    return into;
  }

  /** A copy with the hit/near-miss tests the package carries (tests/*.json), as {@code cp -r} makes. */
  static Path copyOfCoreWithCarriedTests(Path into) throws IOException {
    copyOfCore(into);
    Files.createDirectories(into.resolve("tests"));
    try (Stream<Path> files = Files.list(CORE.resolve("tests"))) {
      for (Path f : files.toList()) {
        Files.copy(f, into.resolve("tests").resolve(f.getFileName()));
      }
    }
    return into;
  }

  static void set(Path dir, String file, String key, String value) throws IOException {
    Path p = dir.resolve(file);
    StringBuilder out = new StringBuilder();
    boolean found = false;
    for (String line : Files.readAllLines(p)) {
      if (line.startsWith(key + "=")) {
        out.append(key).append('=').append(value).append('\n');
        found = true;
      } else {
        out.append(line).append('\n');
      }
    }
    if (!found) {
      throw new IllegalArgumentException(key + " not in " + p);
    }
    Files.writeString(p, out.toString());
  }

  private PackageDirs() {}
}
