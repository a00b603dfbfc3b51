package dev.moneytrail.rules.engine;

import static dev.moneytrail.rules.testing.Facts.*;

import dev.moneytrail.rules.HitCollector;
import dev.moneytrail.rules.facts.*;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;

/**
 * Single-thread evaluation throughput of the core package over a mix of snapshots (payroll
 * funnel hit and miss, shared device, structured cash, fan-in), and the comparison of Drools
 * session strategies that chose the pooled KieSession (2026-12-02: about 1.5x the evaluations
 * per CPU-second of a fresh stateless session per call; the others were within noise). Not part of
 * the normal build: {@code mvn -o -q -B install -pl rules -Dtest=EvaluationThroughputBench
 * -Dgroups=bench -Dbench.excluded=none}, figures in target/surefire-reports.
 */
@Tag("bench")
class EvaluationThroughputBench {

  static List<Collection<Object>> snapshots() {
    List<Collection<Object>> s = new ArrayList<>();
    PayrollHistory h = new PayrollHistory("W1", "Ana Lopez", List.of(
        cycle("P1", days(-59), "2000", out("D1", days(-59).plus(Duration.ofHours(20)), "C1", "Ivan Petrov", "1300")),
        cycle("P2", days(-28), "2000", out("D2", days(-28).plus(Duration.ofHours(30)), "C1", "Ivan Petrov", "1250")),
        cycle("P3", days(0), "2000", out("D3", days(0).plus(Duration.ofHours(2)), "C1", "Ivan Petrov", "300"))));
    s.add(List.of(debit("D3", days(0).plus(Duration.ofHours(2)), "W1", "300", "C1", "Ivan Petrov"), h, profile("W1", "Ana Lopez")));
    s.add(List.of(debit("D9", T0, "W2", "30", "SHOP", "Corner Shop"), new PayrollHistory("W2", "Bo Li", List.of()), profile("W2", "Bo Li")));
    s.add(List.of(new SharedAttribute("DEVICE", "dev-1", T0, List.of(person("A1", "Ann Bell", T0), person("A2", "Bo Chan", T0), person("A3", "Cy Diaz", T0))), profile("A1", "Ann Bell")));
    s.add(List.of(new SharedAttribute("DEVICE", "dev-2", T0, List.of(person("B1", "Ann Bell", T0), person("B2", "Bo Chan", T0), person("B3", "Cy Diaz", T0), person("B4", "Di Eze", T0))), profile("B1", "Ann Bell")));
    s.add(List.of(new CashActivity("W3", T0, List.of(cash("X1", days(-1), "CREDIT", "9500", "B1"))), cashTxn("X1", days(-1), "W3", "CREDIT", "9500", "B1")));
    List<Inflow> in = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      in.add(inflow("F" + i, days(-1), "S" + i, "Sender Name" + i, "600", Duration.ofHours(20), "0.40"));
    }
    s.add(List.of(new FanIn("CTRL", "Viktor Marek", "GB", T0, in), credit("F2", days(-1), "CTRL", "600", "S2", "x")));
    return s;
  }

  @Test
  void measuresEngineEvaluate() {
    CompiledRulePackage p = RuleCompiler.compile(RulePackageDirectory.loadBundled("core"));
    List<Collection<Object>> snaps = snapshots();
    long hits = snaps.stream().mapToLong(f -> p.evaluate(f).size()).sum();
    System.out.printf("%d rules, %d snapshots in the mix, %d hits per round%n", p.rules().size(),
        snaps.size(), hits);
    for (int round = 0; round < 6; round++) {
      run("engine.evaluate (mix)", snaps, f -> p.evaluate(f));
    }
    List<Collection<Object>> quiet = snaps.stream().filter(f -> p.evaluate(f).isEmpty()).toList();
    for (int round = 0; round < 3; round++) {
      run("engine.evaluate (no hits)", quiet, f -> p.evaluate(f));
    }
  }

  @Test
  void comparesSessionStrategies() {
    CompiledRulePackage p = RuleCompiler.compile(RulePackageDirectory.loadBundled("core"));
    KieBase kb = p.kieBase();
    List<Collection<Object>> snaps = snapshots();
    StatelessKieSession shared = kb.newStatelessKieSession();
    shared.setGlobal("params", p.parameters());
    KieSessionsPool pool = kb.newKieSessionsPool(4);
    KieSession kept = kb.newKieSession();
    kept.setGlobal("params", p.parameters());
    for (int round = 0; round < 2; round++) {
      run("kept session, facts deleted", snaps, f -> {
        kept.setGlobal("hits", collector(p, f));
        List<org.kie.api.runtime.rule.FactHandle> handles = new ArrayList<>();
        for (Object o : f) {
          handles.add(kept.insert(o));
        }
        kept.fireAllRules();
        for (org.kie.api.runtime.rule.FactHandle h : handles) {
          kept.delete(h);
        }
      });
      run("engine.evaluate", snaps, f -> p.evaluate(f));
      run("stateless per call", snaps, f -> {
        StatelessKieSession s = kb.newStatelessKieSession();
        s.setGlobal("params", p.parameters());
        s.setGlobal("hits", collector(p, f));
        s.execute(f);
      });
      run("shared stateless + batch", snaps, f -> {
        List<Command<?>> cmds = new ArrayList<>();
        cmds.add(CommandFactory.newSetGlobal("hits", collector(p, f)));
        cmds.add(CommandFactory.newInsertElements(f));
        cmds.add(CommandFactory.newFireAllRules());
        shared.execute(CommandFactory.newBatchExecution(cmds));
      });
      run("kiesession per call", snaps, f -> {
        KieSession s = kb.newKieSession();
        try {
          s.setGlobal("params", p.parameters());
          s.setGlobal("hits", collector(p, f));
          for (Object o : f) {
            s.insert(o);
          }
          s.fireAllRules();
        } finally {
          s.dispose();
        }
      });
      run("kiesession pool", snaps, f -> {
        KieSession s = pool.newKieSession();
        try {
          s.setGlobal("params", p.parameters());
          s.setGlobal("hits", collector(p, f));
          for (Object o : f) {
            s.insert(o);
          }
          s.fireAllRules();
        } finally {
          s.dispose();
        }
      });
    }
  }

  private static HitCollector collector(CompiledRulePackage p, Collection<Object> f) {
    return new HitCollector(r -> p.rule(r.getName()).orElseThrow(), p.parameters(), EventTime.of(f),
        EventTime.accountOf(f));
  }

  /**
   * Prints evaluations per wall-clock second and per CPU-second of this thread: the machine is
   * shared, and CPU time shows what one core does when it is not taken by someone else.
   */
  private static void run(String name, List<Collection<Object>> snaps, Consumer<Collection<Object>> body) {
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + 1_000_000_000L;
    int i = 0;
    while (System.nanoTime() < end) {
      body.accept(snaps.get(i++ % snaps.size()));
    }
    long n = 0;
    long start = System.nanoTime();
    long cpuStart = cpu.getCurrentThreadCpuTime();
    end = start + 3_000_000_000L;
    while (System.nanoTime() < end) {
      for (int k = 0; k < 100; k++) {
        body.accept(snaps.get(i++ % snaps.size()));
      }
      n += 100;
    }
    double secs = (System.nanoTime() - start) / 1e9;
    double cpuSecs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf("%-28s %,10.0f evaluations/s wall, %,10.0f per CPU-second%n", name, n / secs,
        n / cpuSecs);
  }
}
