package dev.moneytrail.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.simulator.output.InterchangeSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed and options give byte-identical files, whatever the thread count. */
class DeterminismTest {

  private static final SimulationConfig CONFIG = SimulationConfig.of(42, 400, 21).withCases(1, 1);

  @TempDir
  Path tmp;

  private static byte[] sha256(Path file) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
  }

  private Path run(SimulationConfig config, String name) throws Exception {
    Path dir = tmp.resolve(name);
    try (SimulationStream events = SimulationStream.open(config)) {
      InterchangeSink.write(events, dir);
    }
    return dir;
  }

  @Test
  void twoRunsWithTheSameSeedWriteByteIdenticalFiles() throws Exception {
    Path a = run(CONFIG.withThreads(2), "a");
    Path b = run(CONFIG.withThreads(2), "b");
    for (String f : new String[] {"accounts.jsonl", "transactions.jsonl", "labels.jsonl"}) {
      assertTrue(Files.size(a.resolve(f)) > 0, f);
      assertArrayEquals(sha256(a.resolve(f)), sha256(b.resolve(f)), f);
    }
  }

  @Test
  void threadCountDoesNotChangeTheOutput() throws Exception {
    Path one = run(CONFIG.withThreads(1), "one");
    Path three = run(CONFIG.withThreads(3), "three");
    assertArrayEquals(sha256(one.resolve("transactions.jsonl")), sha256(three.resolve("transactions.jsonl")));
  }

  @Test
  void plantingCasesLeavesTheOrdinaryPopulationsActivityUnchanged() {
    java.util.List<String> without = ordinaryEntries(CONFIG.withCases(0, 0).withThreads(1));
    java.util.List<String> with = ordinaryEntries(CONFIG.withCases(2, 2).withThreads(1));
    assertTrue(without.size() > 1_000);
    org.junit.jupiter.api.Assertions.assertEquals(without, with);
  }

  private static java.util.List<String> ordinaryEntries(SimulationConfig config) {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (SimulationStream events = SimulationStream.open(config)) {
      java.util.Set<String> planted = new java.util.HashSet<>();
      events.simulation().cases().forEach(c -> planted.addAll(c.label().accountIds()));
      events.forEachRemaining(e -> {
        if (e instanceof SimulationEvent.Posting p && !planted.contains(p.accountId())) {
          out.add(p.event().toString());
        }
      });
    }
    return out;
  }

  @Test
  void casesPlantedLaterLeaveEveryEarlierCaseUnchanged() {
    // Names appended to the catalogue (three times on 2026-12-07: the B3-D4 plants, then H3's,
    // then G3's) must not move an existing seed's cases.
    java.util.Map<String, java.util.List<String>> withLater = plantedEntries(CONFIG.withThreads(1));
    for (var last : java.util.List.of(dev.moneytrail.simulator.typology.TypologyName.SEASONAL_LAYOFF,
        dev.moneytrail.simulator.typology.TypologyName.HOTEL_HOUSED_CREW,
        dev.moneytrail.simulator.typology.TypologyName.OWNER_WEALTH_ASSETS)) {
      java.util.Set<dev.moneytrail.simulator.typology.TypologyName> first = java.util.EnumSet.range(
          dev.moneytrail.simulator.typology.TypologyName.PAYROLL_FUNNEL_CONTROLLER, last);
      java.util.Map<String, java.util.List<String>> alone = plantedEntries(CONFIG.withOnly(first).withThreads(1));
      assertTrue(withLater.size() > alone.size(), "the later names plant cases of their own");
      assertFalse(alone.isEmpty());
      alone.forEach((caseId, entries) -> org.junit.jupiter.api.Assertions.assertEquals(entries, withLater.get(caseId), caseId));
    }
  }

  private static java.util.Map<String, java.util.List<String>> plantedEntries(SimulationConfig config) {
    java.util.Map<String, java.util.List<String>> out = new java.util.TreeMap<>();
    try (SimulationStream events = SimulationStream.open(config)) {
      events.forEachRemaining(e -> {
        if (e instanceof SimulationEvent.Posting p && p.caseId() != null) {
          out.computeIfAbsent(p.caseId(), k -> new java.util.ArrayList<>()).add(p.event().toString());
        }
      });
    }
    return out;
  }

  @Test
  void anotherSeedGivesOtherData() throws Exception {
    Path a = run(CONFIG.withThreads(1), "seed42");
    Path b = run(new SimulationConfig(43, 400, 21, CONFIG.start(), "EUR", "DE", 1, 1.5, 1, 1.5,
        CONFIG.only(), 10_000, 1), "seed43");
    assertFalse(java.util.Arrays.equals(sha256(a.resolve("transactions.jsonl")), sha256(b.resolve("transactions.jsonl"))));
  }
}
