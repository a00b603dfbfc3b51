package dev.moneytrail.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The content hash that names a compiled package. */
class RulePackageSourceTest {
  private static final RuleFile A = new RuleFile("a.drl", "rule A\n");
  private static final RuleFile B = new RuleFile("sub/b.drl", "rule B ü\n");

  private static Map<String, String> params(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void hashesTheDocumentedCanonicalForm() {
    // Golden value computed independently from the canonical form in RulePackageSource's Javadoc
    // (a few lines of Python): changing the form would orphan every content_hash already published.
    RulePackageSource s = new RulePackageSource("p", "1", List.of(B, A), params("X.b", "2h", "X.a", "1"));
    assertEquals("64649099dd9bc139785119a28d472bbbf1841284583a46444f9d250a5d5b54ea", s.contentHash());
  }

  @Test
  void ignoresFileOrderParameterOrderNameAndVersion() {
    RulePackageSource one = new RulePackageSource("p", "1", List.of(A, B), params("X.a", "1", "X.b", "2"));
    RulePackageSource two = new RulePackageSource("q", "7.0.0", List.of(B, A), params("X.b", "2", "X.a", "1"));
    assertEquals(one.contentHash(), two.contentHash());
    assertEquals(List.of("a.drl", "sub/b.drl"), two.files().stream().map(RuleFile::path).toList());
  }

  @Test
  void changesWithAnyTextOrValue() {
    RulePackageSource base = new RulePackageSource("p", "1", List.of(A, B), params("X.a", "1"));
    assertNotEquals(base.contentHash(), new RulePackageSource("p", "1",
        List.of(A, new RuleFile("sub/b.drl", "rule B ü \n")), params("X.a", "1")).contentHash());
    assertNotEquals(base.contentHash(), base.withParameters(params("X.a", "1.0")).contentHash());
    assertNotEquals(base.contentHash(), new RulePackageSource("p", "1",
        List.of(new RuleFile("a2.drl", "rule A\n"), B), params("X.a", "1")).contentHash());
  }

  @Test
  void cannotBeFooledByMovingTextBetweenNameAndValue() {
    RulePackageSource one = new RulePackageSource("p", "1", List.of(A), params("X.a", "1X.b"));
    RulePackageSource two = new RulePackageSource("p", "1", List.of(A), params("X.a1", "X.b"));
    assertNotEquals(one.contentHash(), two.contentHash());
  }

  @Test
  void refusesTwoFilesAtOnePath() {
    assertThrows(IllegalArgumentException.class,
        () -> new RulePackageSource("p", "1", List.of(A, new RuleFile("a.drl", "x")), Map.of()));
  }

  @Test
  void refusesPathsThatLeaveThePackage() {
    assertThrows(IllegalArgumentException.class, () -> new RuleFile("../x.drl", ""));
    assertThrows(IllegalArgumentException.class, () -> new RuleFile("/abs.drl", ""));
    assertThrows(IllegalArgumentException.class, () -> new RuleFile("notes.txt", ""));
  }
}
