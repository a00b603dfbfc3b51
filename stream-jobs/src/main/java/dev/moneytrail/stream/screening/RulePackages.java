package dev.moneytrail.stream.screening;

import dev.moneytrail.rules.engine.RuleFile;
import dev.moneytrail.rules.engine.RulePackageSource;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.rules.engine.RulePackageDirectory;
import dev.moneytrail.rules.engine.RulePackageManifest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Converts rule packages between the rule engine's source form and their Avro form on the rules topic. */
public final class RulePackages {

  /** The engine's view of a package received from the topic; its content hash is recomputed. */
  public static RulePackageSource toSource(RulePackage pkg) {
    List<RuleFile> files = new ArrayList<>(pkg.getFiles().size());
    for (dev.moneytrail.schemas.RuleFile f : pkg.getFiles()) {
      files.add(new RuleFile(f.getPath(), f.getText()));
    }
    return new RulePackageSource(pkg.getPackageId(), pkg.getVersion(), files, pkg.getParameters());
  }

  /**
   * The package in {@code dir} (a rule package directory: manifest, parameters, DRL files), or the
   * core package shipped with the engine when {@code dir} is null. Bundled packages carry the time
   * stamp 0 so that every run of the same build publishes byte-identical packages.
   */
  public static RulePackage load(Path dir) throws IOException {
    if (dir == null) {
      RulePackageSource core = RulePackageDirectory.loadBundled("core");
      return toAvro(core, "bundled", null, null, "core package shipped with the engine", Instant.EPOCH);
    }
    RulePackageManifest m = RulePackageDirectory.manifest(dir);
    return toAvro(RulePackageDirectory.load(dir), m.author() == null ? "unknown" : m.author(), null,
        m.parentVersion(), m.description(), Instant.EPOCH);
  }

  public static RulePackage toAvro(RulePackageSource source, String author, String approvedBy,
      String parentVersion, String description, Instant createdAt) {
    List<dev.moneytrail.schemas.RuleFile> files = new ArrayList<>(source.files().size());
    for (RuleFile f : source.files()) {
      files.add(new dev.moneytrail.schemas.RuleFile(f.path(), f.text()));
    }
    return RulePackage.newBuilder()
        .setPackageId(source.packageId())
        .setVersion(source.version())
        .setParentVersion(parentVersion)
        .setDescription(description == null ? "" : description)
        .setAuthor(author)
        .setApprovedBy(approvedBy)
        .setCreatedAt(createdAt)
        .setFiles(files)
        .setParameters(new TreeMap<>(source.parameters()))
        .setContentHash(source.contentHash())
        .build();
  }

  private RulePackages() {}
}
