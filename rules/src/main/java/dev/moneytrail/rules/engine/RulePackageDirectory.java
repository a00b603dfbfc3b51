package dev.moneytrail.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Loads a rule package from a directory: {@code manifest.properties} (id, version, author,
 * description, parent), {@code parameters.properties} (the values in force, tuned by the FIU),
 * every {@code *.drl} below it and the reference-data tables {@code reference/*.csv}. The packages shipped with the engine are also inside the jar under
 * {@code rule-packages/<id>/} and load with {@link #loadBundled(String)}.
 */
public final class RulePackageDirectory {
  /** Classpath folder of the bundled packages. */
  public static final String BUNDLED_ROOT = "rule-packages/";
  public static final String MANIFEST = "manifest.properties";
  public static final String PARAMETERS = "parameters.properties";

  private RulePackageDirectory() {}

  /** The package in {@code dir}. */
  public static RulePackageSource load(Path dir) throws IOException {
    RulePackageManifest m = manifest(dir);
    Map<String, String> parameters = properties(dir.resolve(PARAMETERS), true);
    List<RuleFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        if (!Files.isRegularFile(p)) {
          continue;
        }
        String rel = dir.relativize(p).toString().replace(dir.getFileSystem().getSeparator(), "/");
        if (rel.endsWith(".drl")) {
          files.add(new RuleFile(rel, Files.readString(p, StandardCharsets.UTF_8)));
        } else if (rel.startsWith(RuleFile.REFERENCE_DIR)) {
          // Everything in reference/ is package content: a file the loader skipped would be a
          // registry the author believes is deployed and the checker never saw.
          try {
            files.add(new RuleFile(rel, readUtf8(p)));
          } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
          }
        }
      }
    }
    if (files.stream().noneMatch(RuleFile::isDrl)) {
      throw new IOException("no .drl files in rule package directory " + dir);
    }
    return new RulePackageSource(m.packageId(), m.version(), files, parameters);
  }

  /** The manifest of the package in {@code dir}. */
  public static RulePackageManifest manifest(Path dir) throws IOException {
    Path file = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a rule package directory (no " + MANIFEST + "): " + dir);
    }
    Map<String, String> p = properties(file, false);
    String id = p.get("id");
    String version = p.get("version");
    if (id == null || id.isBlank() || version == null || version.isBlank()) {
      throw new IOException(file + ": id and version are required");
    }
    String parent = p.get("parent");
    return new RulePackageManifest(id, version, p.get("author"), p.get("description"),
        parent == null || parent.isBlank() || "none".equalsIgnoreCase(parent) ? null : parent);
  }

  /** A package shipped inside this library's jar, e.g. {@code loadBundled("core")}. */
  public static RulePackageSource loadBundled(String packageId) {
    return loadBundled(packageId, RulePackageDirectory.class.getClassLoader());
  }

  /** A package shipped on the classpath of {@code classLoader} under {@code rule-packages/<id>/}. */
  public static RulePackageSource loadBundled(String packageId, ClassLoader classLoader) {
    return readBundled(packageId, classLoader, RulePackageDirectory::load);
  }

  /** Reads from a bundled package's directory (in the jar or on disk) with {@code reader}. */
  public interface DirectoryReader<T> {
    T read(Path dir) throws IOException;
  }

  /**
   * Applies {@code reader} to the directory of a package shipped on the classpath of
   * {@code classLoader}, whether the classpath holds it as files or inside a jar.
   */
  public static <T> T readBundled(String packageId, ClassLoader classLoader, DirectoryReader<T> reader) {
    String manifest = BUNDLED_ROOT + packageId + "/" + MANIFEST;
    URL url = classLoader.getResource(manifest);
    if (url == null) {
      throw new IllegalArgumentException("no bundled rule package '" + packageId + "' (missing "
          + manifest + " on the classpath)");
    }
    try {
      if ("file".equals(url.getProtocol())) {
        return reader.read(Path.of(url.toURI()).getParent());
      }
      if ("jar".equals(url.getProtocol())) {
        URL jar = ((JarURLConnection) url.openConnection()).getJarFileURL();
        try (FileSystem fs = FileSystems.newFileSystem(Path.of(jar.toURI()), (ClassLoader) null)) {
          return reader.read(fs.getPath("/" + BUNDLED_ROOT + packageId));
        }
      }
      throw new IllegalArgumentException("cannot list bundled rule package at " + url);
    } catch (IOException e) {
      throw new UncheckedIOException("reading bundled rule package " + packageId, e);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad classpath URL " + url, e);
    }
  }

  /** The file as UTF-8, refused when it is not (a registry exported as Latin-1 would garble names). */
  private static String readUtf8(Path p) throws IOException {
    try {
      return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p))).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IOException(p + ": not UTF-8 (reference tables are UTF-8 text)", e);
    }
  }

  private static Map<String, String> properties(Path file, boolean optional) throws IOException {
    if (optional && !Files.exists(file)) {
      return Map.of();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file);
        Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : p.stringPropertyNames()) {
      out.put(k.trim(), p.getProperty(k).trim());
    }
    return out;
  }
}
