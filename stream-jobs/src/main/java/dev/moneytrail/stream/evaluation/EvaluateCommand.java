package dev.moneytrail.stream.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.interchange.CaseLabel;
import dev.moneytrail.schemas.interchange.CollectingRejects;
import dev.moneytrail.schemas.interchange.FileCounts;
import dev.moneytrail.schemas.interchange.InterchangeReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import dev.moneytrail.stream.replay.Commands;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./screen evaluate}: scores an alerts.jsonl against the data set's labels.jsonl. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Scores alerts against labelled cases (interchange.md): recall per typology, precision, decoy hits, alert volume, per-rule hits.")
public final class EvaluateCommand implements Callable<Integer> {

  @Option(names = "--in", required = true, description = "Interchange data set directory with labels.jsonl.")
  Path in;

  @Option(names = "--alerts", required = true, description = "alerts.jsonl written by ./screen replay.")
  Path alertsFile;

  @Option(names = "--json", description = "Also write the report as JSON to this file.")
  Path json;

  @Override
  public Integer call() throws Exception {
    CollectingRejects rejects = new CollectingRejects();
    InterchangeReader reader = InterchangeReader.open(in, rejects);
    if (!reader.hasLabels()) {
      throw new IllegalArgumentException(in + " has no labels.jsonl: nothing to score against");
    }
    List<CaseLabel> labels = reader.readLabels();
    long[] transactions = {0};
    reader.readAccounts(a -> { });
    FileCounts txns = reader.readTransactions(t -> transactions[0]++);
    List<Alert> alerts = InterchangeReader.readAlerts(alertsFile, rejects);
    if (!rejects.rejects().isEmpty()) {
      System.err.printf("evaluate: %d input lines rejected (first: %s)%n", rejects.rejects().size(),
          rejects.rejects().get(0));
    }
    Evaluation.Report r = Evaluation.score(alerts, labels, txns.accepted());
    print(r, System.out);
    if (json != null) {
      Files.writeString(json, toJson(r));
    }
    System.out.printf(Locale.ROOT, "evaluate: recall=%.4f precision=%.4f decoy_hits=%d alerts=%d cases=%d/%d%n",
        r.recall(), r.precision(), r.decoyHits(), r.alerts(), r.detected(), r.cases());
    return 0;
  }

  static void print(Evaluation.Report r, PrintStream out) {
    out.printf(Locale.ROOT, "%-40s %8s %8s %8s%n", "typology", "detected", "cases", "recall");
    for (Evaluation.TypologyRecall t : r.byTypology()) {
      out.printf(Locale.ROOT, "%-40s %8d %8d %8.3f%n", t.typology(), t.detected(), t.cases(), t.recall());
    }
    out.printf(Locale.ROOT, "%-40s %8d %8d %8.3f%n", "ALL", r.detected(), r.cases(), r.recall());
    out.println();
    out.printf(Locale.ROOT, "alerts %d, true positives %d, precision %.3f, decoy hits %d, alerts per 10k transactions %.2f%n",
        r.alerts(), r.truePositives(), r.precision(), r.decoyHits(), r.alertsPer10kTransactions());
    if (!r.decoyHitsByKind().isEmpty()) {
      out.println("decoy hits by kind: " + r.decoyHitsByKind());
    }
    out.println();
    out.printf(Locale.ROOT, "%-40s %8s %8s %9s%n", "rule", "alerts", "true pos", "precision");
    for (Evaluation.RuleStats s : r.byRule()) {
      out.printf(Locale.ROOT, "%-40s %8d %8d %9.3f%n", s.ruleId(), s.alerts(), s.truePositives(), s.precision());
    }
    for (Evaluation.TypologyRecall t : r.byTypology()) {
      if (!t.missedCaseIds().isEmpty()) {
        out.println("missed " + t.typology() + ": " + String.join(", ", t.missedCaseIds()));
      }
    }
  }

  static String toJson(Evaluation.Report r) throws Exception {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    root.put("recall", r.recall());
    root.put("precision", r.precision());
    root.put("cases", r.cases());
    root.put("detected", r.detected());
    root.put("alerts", r.alerts());
    root.put("true_positives", r.truePositives());
    root.put("decoy_hits", r.decoyHits());
    root.put("transactions", r.transactions());
    root.put("alerts_per_10k_transactions", r.alertsPer10kTransactions());
    ArrayNode typologies = root.putArray("typologies");
    for (Evaluation.TypologyRecall t : r.byTypology()) {
      ObjectNode n = typologies.addObject();
      n.put("typology", t.typology());
      n.put("detected", t.detected());
      n.put("cases", t.cases());
      n.put("recall", t.recall());
      ArrayNode missed = n.putArray("missed_case_ids");
      t.missedCaseIds().forEach(missed::add);
    }
    ArrayNode rules = root.putArray("rules");
    for (Evaluation.RuleStats s : r.byRule()) {
      ObjectNode n = rules.addObject();
      n.put("rule_id", s.ruleId());
      n.put("alerts", s.alerts());
      n.put("true_positives", s.truePositives());
      n.put("precision", s.precision());
    }
    ObjectNode decoys = root.putObject("decoy_hits_by_kind");
    for (Map.Entry<String, Integer> e : r.decoyHitsByKind().entrySet()) {
      decoys.put(e.getKey(), e.getValue());
    }
    return m.writeValueAsString(root) + "\n";
  }

  public static void main(String[] args) {
    Commands.run("evaluate", new EvaluateCommand(), args);
  }

}
