package dev.moneytrail.rules.engine;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.Facts.debit;
import static dev.moneytrail.rules.testing.Facts.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.facts.CashActivity;
import dev.moneytrail.rules.facts.SharedAttribute;
import dev.moneytrail.rules.facts.Txn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Evaluation: event time from facts, nothing kept between calls, safe to share. */
class CompiledRulePackageTest {
  private final CompiledRulePackage rules = RuleCompiler.compile(
      TestPackages.bigDebitPackage("evaluation"), getClass().getClassLoader());

  private static Txn big(String id, Instant at) {
    return debit(id, at, "ACC-1", "1500.00", "CP-1", "Someone");
  }

  @Test
  void stampsTheHitWithTheTransactionsEventTimeNotTheClock() {
    Instant longAgo = Instant.parse("2019-06-01T12:00:00Z");

    Hit hit = rules.evaluate(List.of(big("T1", longAgo))).get(0);

    assertEquals(longAgo, hit.firedAt());
  }

  @Test
  void takesEventTimeFromTheAnchorFactWhenThereIsNoTransaction() {
    CompiledRulePackage core = RuleCompiler.compile(RulePackageDirectory.loadBundled("core"));
    List<Object> facts = List.of(new SharedAttribute("DEVICE", "d", T0, List.of(
        person("A", "Ann Bell", T0), person("B", "Bo Chan", T0), person("C", "Cy Diaz", T0),
        person("D", "Di Eze", T0.minus(Duration.ofDays(3))))));

    assertEquals(T0, core.evaluate(facts).get(0).firedAt());
  }

  @Test
  void refusesASnapshotWithoutEventTime() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> rules.evaluate(List.of("no time here")));
    assertTrue(e.getMessage().contains("no event time"), e.getMessage());
  }

  @Test
  void prefersTheTransactionTimeOverAnAnchorsAsOf() {
    Instant txnTime = T0.plusSeconds(5);
    List<Object> facts = List.of(new CashActivity("ACC-1", T0, List.of()), big("T1", txnTime));
    assertEquals(txnTime, EventTime.of(facts));
    assertEquals("ACC-1", EventTime.accountOf(facts));
  }

  @Test
  void stampsMetadataAndTheRulesOwnParametersOnEveryHit() {
    Hit hit = rules.evaluate(List.of(big("T1", T0))).get(0);

    assertEquals("T-BIG", hit.ruleId());
    assertEquals(2, hit.ruleVersion());
    assertEquals("T-BIG@2", hit.ruleRef());
    assertEquals("test-typology", hit.typology());
    assertEquals("indicators.md TEST; test source", hit.source());
    assertEquals(Map.of("T-BIG.min.amount", "1000"), hit.parameters());
    assertEquals(Map.of("amount", "1500.00"), hit.features());
    assertEquals(List.of("T1"), hit.txnIds());
    assertEquals(List.of("CP-1"), hit.relatedAccountIds());
  }

  @Test
  void keepsNothingBetweenEvaluations() {
    assertEquals(1, rules.evaluate(List.of(big("T1", T0))).size());
    assertEquals(List.of(), rules.evaluate(List.of(debit("T2", T0, "ACC-1", "5", "CP", "x"))));
    assertEquals(1, rules.evaluate(List.of(big("T1", T0))).size(), "the same event fires again");
  }

  @Test
  void decidesTheSameAfterTheConstraintsAreJitCompiled() {
    // Drools compiles a constraint to bytecode after ~20 evaluations; 10.2.0 broke there
    // (versions.md pitfall 1), so decisions must stay the same long after warm-up.
    for (int i = 0; i < 500; i++) {
      assertEquals(1, rules.evaluate(List.of(big("T" + i, T0))).size(), "big debit " + i);
      assertEquals(0, rules.evaluate(List.of(debit("S" + i, T0, "A", "999.99", "C", "x"))).size(),
          "small debit " + i);
    }
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        final int thread = t;
        results.add(pool.submit(() -> {
          int hits = 0;
          for (int i = 0; i < 2_000; i++) {
            List<Hit> h = rules.evaluate(List.of(big("T" + thread + "-" + i, T0),
                debit("S" + i, T0, "A", "1", "C", "x")));
            assertEquals(1, h.size());
            assertEquals("T" + thread + "-" + i, h.get(0).txnIds().get(0));
            hits += h.size();
          }
          return hits;
        }));
      }
      for (Future<Integer> f : results) {
        assertEquals(2_000, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void ordersHitsByRuleThenSubject() {
    List<Hit> hits = rules.evaluate(List.of(
        debit("T1", T0, "ACC-9", "1500", "CP", "x"), debit("T2", T0, "ACC-1", "1500", "CP", "x")));
    assertEquals(List.of("ACC-1", "ACC-9"), hits.stream().map(Hit::subjectAccountId).toList());
  }
}
