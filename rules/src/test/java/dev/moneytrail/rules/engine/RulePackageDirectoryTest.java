package dev.moneytrail.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading packages from a directory, from the classes folder and from inside a jar. */
class RulePackageDirectoryTest {
  @TempDir
  Path dir;

  private void write(Path root, String name, String text) throws IOException {
    Path p = root.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private void samplePackage(Path root) throws IOException {
    write(root, "manifest.properties", "id=sample\nversion=2.1.0\nauthor=fiu desk\nparent=2.0.0\n"
        + "description=Tuned for the 2026 season\n");
    write(root, "parameters.properties", "# comment\nT-BIG.min.amount = 750 \n");
    write(root, "big.drl", TestPackages.HEADER + TestPackages.bigDebit("T-BIG", "HIGH"));
    write(root, "nested/empty.drl", TestPackages.HEADER);
    write(root, "README.md", "not a rule");
  }

  @Test
  void loadsManifestParametersAndEveryDrlBelowTheDirectory() throws Exception {
    samplePackage(dir);

    RulePackageSource s = RulePackageDirectory.load(dir);
    RulePackageManifest m = RulePackageDirectory.manifest(dir);

    assertEquals("sample@2.1.0", s.ref());
    assertEquals(List.of("big.drl", "nested/empty.drl"), s.files().stream().map(RuleFile::path).toList());
    assertEquals("750", s.parameters().get("T-BIG.min.amount"));
    assertEquals("2.0.0", m.parentVersion());
    assertEquals("fiu desk", m.author());
    assertEquals(1, RuleCompiler.compile(s).rules().size());
  }

  @Test
  void readsParentNoneAsNoParent() throws Exception {
    assertNull(RulePackageDirectory.manifest(Path.of("packages", "core")).parentVersion());
  }

  @Test
  void refusesADirectoryWithoutManifest() {
    assertThrows(IOException.class, () -> RulePackageDirectory.load(dir));
  }

  @Test
  void refusesAnUnknownBundledPackage() {
    assertThrows(IllegalArgumentException.class, () -> RulePackageDirectory.loadBundled("nope"));
  }

  @Test
  void loadsABundledPackageFromInsideAJar() throws Exception {
    Path jar = dir.resolve("job.jar");
    Path staging = dir.resolve("staging");
    samplePackage(staging);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name : List.of("manifest.properties", "parameters.properties", "big.drl",
          "nested/empty.drl")) {
        out.putNextEntry(new JarEntry("rule-packages/sample/" + name));
        out.write(Files.readAllBytes(staging.resolve(name)));
        out.closeEntry();
      }
    }
    try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      RulePackageSource fromJar = RulePackageDirectory.loadBundled("sample", cl);
      assertEquals(RulePackageDirectory.load(staging).contentHash(), fromJar.contentHash());
    }
  }
}
