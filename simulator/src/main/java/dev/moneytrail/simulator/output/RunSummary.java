package dev.moneytrail.simulator.output;

import dev.moneytrail.simulator.SimulationConfig;
import dev.moneytrail.simulator.typology.PlantedCase;
import dev.moneytrail.simulator.typology.TypologyName;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run produced, for the end-of-run report: accounts, transactions, cases per typology,
 * decoys per kind, elapsed time and throughput.
 */
public record RunSummary(
    SimulationConfig config,
    int accounts,
    long accountLines,
    long transactions,
    List<PlantedCase> cases,
    long elapsedNanos,
    String destination) {

  public double transactionsPerSecond() {
    return transactions / Math.max(1e-9, elapsedNanos / 1e9);
  }

  public Map<TypologyName, Integer> countsPerTypology() {
    Map<TypologyName, Integer> out = new EnumMap<>(TypologyName.class);
    for (PlantedCase c : cases) {
      out.merge(c.typology(), 1, Integer::sum);
    }
    return out;
  }

  /** Multi-line human-readable report. */
  public String render() {
    Map<TypologyName, Integer> counts = countsPerTypology();
    String typologies = counts.entrySet().stream().filter(e -> !e.getKey().decoy())
        .map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", "));
    String decoys = counts.entrySet().stream().filter(e -> e.getKey().decoy())
        .map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", "));
    long planted = cases.stream().mapToLong(c -> c.label().accountIds().size()).sum();
    StringBuilder sb = new StringBuilder();
    sb.append("simulated ").append(config.days()).append(" days from ").append(config.start())
        .append(" (").append(config.country()).append(", ").append(config.currency()).append("), seed ")
        .append(config.seed()).append('\n');
    sb.append(String.format("  accounts      %,d (%,d ordinary requested; %,d labelled in cases), %,d account lines%n",
        accounts, config.accounts(), planted, accountLines));
    sb.append(String.format("  transactions  %,d%n", transactions));
    sb.append("  cases         ").append(counts.entrySet().stream().filter(e -> !e.getKey().decoy())
        .mapToInt(Map.Entry::getValue).sum()).append(": ").append(typologies.isEmpty() ? "none" : typologies).append('\n');
    sb.append("  decoys        ").append(counts.entrySet().stream().filter(e -> e.getKey().decoy())
        .mapToInt(Map.Entry::getValue).sum()).append(": ").append(decoys.isEmpty() ? "none" : decoys).append('\n');
    sb.append(String.format("  elapsed       %.1f s, %,.0f transactions/s%n", elapsedNanos / 1e9, transactionsPerSecond()));
    sb.append("  output        ").append(destination).append('\n');
    return sb.toString();
  }
}
