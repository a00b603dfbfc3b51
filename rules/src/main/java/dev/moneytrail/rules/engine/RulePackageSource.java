package dev.moneytrail.rules.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A rule package as data: id, version, DRL files and the parameter values in force. This is what
 * travels on the rules topic (schema {@code RulePackage}) and what a package directory loads into.
 *
 * <p>{@link #contentHash()} is a SHA-256 over the files sorted by path and the parameters sorted by
 * name, so two packages that would compile to the same rules share one compiled KieBase whatever
 * their id, version or file order. Canonical form, UTF-8, each length a decimal count of UTF-8
 * bytes:
 * <pre>
 * "moneytrail-rule-package/1\n"
 * for each file by path:      "F" len(path) ":" path len(text) ":" text "\n"
 * for each parameter by name: "P" len(name) ":" name len(value) ":" value "\n"
 * </pre>
 * Id and version are left out on purpose: they name a package, they do not change what it does.
 * The files are the DRL files and the reference tables ({@code reference/*.csv}) alike, so the
 * hash is also the snapshot id of the package's reference data.
 */
public final class RulePackageSource {
  private final String packageId;
  private final String version;
  private final List<RuleFile> files;
  private final Map<String, String> parameters;
  private final String contentHash;

  /**
   * @param packageId package identity, e.g. {@code core}
   * @param version semantic version, e.g. {@code 1.0.0}
   * @param files the DRL files and reference tables; paths must be distinct
   * @param parameters parameter values by name ({@code <RULE-ID>.<param>})
   */
  public RulePackageSource(String packageId, String version, List<RuleFile> files,
      Map<String, String> parameters) {
    this.packageId = requireText(packageId, "packageId");
    this.version = requireText(version, "version");
    List<RuleFile> sorted = new ArrayList<>(Objects.requireNonNull(files, "files"));
    sorted.sort(Comparator.comparing(RuleFile::path));
    Set<String> paths = new HashSet<>();
    for (RuleFile f : sorted) {
      if (!paths.add(f.path())) {
        throw new IllegalArgumentException("rule package " + packageId + " has two files at "
            + f.path());
      }
    }
    this.files = List.copyOf(sorted);
    Map<String, String> params = new TreeMap<>();
    Objects.requireNonNull(parameters, "parameters").forEach((k, v) -> params.put(
        Objects.requireNonNull(k, "parameter name"),
        Objects.requireNonNull(v, () -> "value of parameter " + k)));
    this.parameters = Collections.unmodifiableMap(params);
    this.contentHash = hash(this.files, this.parameters);
  }

  public String packageId() { return packageId; }
  public String version() { return version; }
  /** The files, sorted by path. */
  public List<RuleFile> files() { return files; }
  /** The parameter values, sorted by name. */
  public Map<String, String> parameters() { return parameters; }
  /** SHA-256 in lower-case hex over files and parameters, see the class comment. */
  public String contentHash() { return contentHash; }

  /** {@code id@version}, e.g. {@code core@1.0.0}, as alerts name their package. */
  public String ref() {
    return packageId + "@" + version;
  }

  /** The same package with other parameter values (an FIU tuning run, a challenger). */
  public RulePackageSource withParameters(Map<String, String> newParameters) {
    return new RulePackageSource(packageId, version, files, newParameters);
  }

  private static String hash(List<RuleFile> files, Map<String, String> parameters) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    sha.update("moneytrail-rule-package/1\n".getBytes(StandardCharsets.UTF_8));
    for (RuleFile f : files) {
      entry(sha, 'F', f.path(), f.text());
    }
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      entry(sha, 'P', p.getKey(), p.getValue());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void entry(MessageDigest sha, char tag, String key, String value) {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    byte[] v = value.getBytes(StandardCharsets.UTF_8);
    sha.update((byte) tag);
    sha.update((k.length + ":").getBytes(StandardCharsets.UTF_8));
    sha.update(k);
    sha.update((v.length + ":").getBytes(StandardCharsets.UTF_8));
    sha.update(v);
    sha.update((byte) '\n');
  }

  private static String requireText(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RulePackageSource other && packageId.equals(other.packageId)
        && version.equals(other.version) && contentHash.equals(other.contentHash);
  }

  @Override
  public int hashCode() {
    return contentHash.hashCode();
  }

  @Override
  public String toString() {
    return ref() + " (" + files.size() + " files, " + parameters.size() + " parameters, sha256 "
        + contentHash.substring(0, 12) + ")";
  }
}
