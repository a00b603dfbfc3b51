package dev.moneytrail.rules.engine;

import java.util.Objects;

/**
 * The {@code manifest.properties} of a rule package directory: who made which version from which.
 *
 * @param packageId package identity ({@code id}), e.g. {@code core}
 * @param version semantic version ({@code version})
 * @param author identity of the maker ({@code author})
 * @param description what the package is or what changed ({@code description})
 * @param parentVersion version this one derives from ({@code parent}); null for {@code none}
 */
public record RulePackageManifest(String packageId, String version, String author,
    String description, String parentVersion) {

  public RulePackageManifest {
    Objects.requireNonNull(packageId, "packageId");
    Objects.requireNonNull(version, "version");
    author = author == null ? "" : author;
    description = description == null ? "" : description;
  }
}
