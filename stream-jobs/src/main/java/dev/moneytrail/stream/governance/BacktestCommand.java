package dev.moneytrail.stream.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moneytrail.rules.engine.RuleCompiler;
import dev.moneytrail.rules.engine.RulePackageException;
import dev.moneytrail.rules.engine.RulePackageSource;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.interchange.CaseLabel;
import dev.moneytrail.schemas.interchange.InterchangeReader;
import dev.moneytrail.schemas.interchange.RejectsFile;
import dev.moneytrail.stream.evaluation.Evaluation;
import dev.moneytrail.stream.replay.Replay;
import dev.moneytrail.stream.screening.RulePackages;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import dev.moneytrail.stream.replay.Commands;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./screen backtest}: replays one data set through a champion and a challenger package (or
 * a sweep of one parameter), each in a job of its own, and reports what changes.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = "Champion/challenger backtest or threshold sweep over an interchange data set, with labelled recall/precision when labels exist.")
public final class BacktestCommand implements Callable<Integer> {

  @Option(names = "--in", required = true, description = "Interchange data set directory.")
  Path in;

  @Option(names = "--rules", description = "Champion rule package directory (default: the shipped core package).")
  Path champion;

  @Option(names = "--challenger", description = "Challenger rule package directory.")
  Path challenger;

  @Option(names = "--sweep", description = "Sweep one parameter of the champion: NAME=LO:HI:STEP, numbers (LT-PAYROLL-FUNNEL.fwd.share=0.50:0.90:0.10) or durations (LT-PAYROLL-FUNNEL.fwd.window=24h:96h:24h).")
  String sweep;

  @Option(names = "--json", description = "Also write the report as JSON to this file.")
  Path json;

  @Option(names = "--parallelism", defaultValue = "2", description = "Flink parallelism of each replay (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Override
  public Integer call() throws Exception {
    if ((challenger == null) == (sweep == null)) {
      throw new CommandLine.ParameterException(new CommandLine(this), "give exactly one of --challenger DIR or --sweep NAME=LO:HI:STEP");
    }
    RulePackage champ = RulePackages.load(champion);
    Path rejects = Files.createTempFile("backtest-", ".rejects.jsonl");
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    try (RejectsFile rejectSink = RejectsFile.open(rejects); Replay.Prepared data = Replay.prepare(in, rejectSink)) {
      InterchangeReader labelsReader = InterchangeReader.open(in, r -> { });
      List<CaseLabel> labels = labelsReader.hasLabels() ? labelsReader.readLabels() : null;
      long transactions = data.inputCounts().stream().filter(c -> c.file().startsWith(InterchangeReader.TRANSACTIONS))
          .mapToLong(c -> c.accepted()).sum();
      Replay.Result base = Replay.screen(data, champ, parallelism);
      if (challenger != null) {
        RulePackage chal = RulePackages.load(challenger);
        Replay.Result other = Replay.screen(data, chal, parallelism);
        BacktestComparison.Report report = BacktestComparison.compare(base.alerts(), other.alerts(), labels, transactions);
        printComparison(ref(champ), ref(chal), report, System.out);
        root.set("comparison", comparisonJson(mapper, ref(champ), ref(chal), report));
        System.out.printf(Locale.ROOT, "backtest: champion_alerts=%d challenger_alerts=%d only_champion=%d only_challenger=%d%n",
            report.championAlerts(), report.challengerAlerts(), report.onlyChampion().size(), report.onlyChallenger().size());
      } else {
        ParameterSweep s = ParameterSweep.parse(sweep);
        RulePackageSource source = RulePackages.toSource(champ);
        if (!source.parameters().containsKey(s.parameter())) {
          throw new IllegalArgumentException("package " + ref(champ) + " has no parameter " + s.parameter());
        }
        ArrayNode rows = root.putArray("sweep");
        System.out.printf(Locale.ROOT, "sweep of %s over %s (champion value %s)%n", s.parameter(), in,
            source.parameters().get(s.parameter()));
        System.out.printf(Locale.ROOT, "%-12s %8s %8s %9s %8s %11s%n", "value", "alerts", "recall", "precision", "decoys", "per10k_txn");
        for (String value : s.values()) {
          Map<String, String> params = new HashMap<>(source.parameters());
          params.put(s.parameter(), value);
          RulePackageSource variant = new RulePackageSource(source.packageId(), source.version() + "+" + s.parameter() + "=" + value,
              source.files(), params);
          ObjectNode row = rows.addObject();
          row.put("value", value);
          try {
            RuleCompiler.compile(variant);
          } catch (RulePackageException e) {
            System.out.printf(Locale.ROOT, "%-12s refused: %s%n", value, e.getMessage());
            row.put("refused", e.getMessage());
            continue;
          }
          Replay.Result r = Replay.screen(data, RulePackages.toAvro(variant, "backtest", null, champ.getVersion(),
              "sweep", Instant.EPOCH), parallelism);
          Evaluation.Report score = labels == null ? null : Evaluation.score(r.alerts(), labels, transactions);
          row.put("alerts", r.alerts().size());
          if (score != null) {
            row.put("recall", score.recall());
            row.put("precision", score.precision());
            row.put("decoy_hits", score.decoyHits());
            row.put("alerts_per_10k_transactions", score.alertsPer10kTransactions());
          }
          System.out.printf(Locale.ROOT, "%-12s %8d %8s %9s %8s %11.2f%n", value, r.alerts().size(),
              score == null ? "-" : String.format(Locale.ROOT, "%.3f", score.recall()),
              score == null ? "-" : String.format(Locale.ROOT, "%.3f", score.precision()),
              score == null ? "-" : Integer.toString(score.decoyHits()),
              transactions == 0 ? 0.0 : r.alerts().size() * 10_000.0 / transactions);
        }
      }
    } finally {
      Files.deleteIfExists(rejects);
    }
    if (json != null) {
      Files.writeString(json, mapper.writeValueAsString(root) + "\n");
    }
    return 0;
  }

  private static String ref(RulePackage p) {
    return p.getPackageId() + "@" + p.getVersion();
  }

  static void printComparison(String a, String b, BacktestComparison.Report r, PrintStream out) {
    out.printf(Locale.ROOT, "%-32s %12s %12s%n", "", a, b);
    out.printf(Locale.ROOT, "%-32s %12d %12d%n", "alerts", r.championAlerts(), r.challengerAlerts());
    if (r.championScore() != null) {
      Evaluation.Report x = r.championScore();
      Evaluation.Report y = r.challengerScore();
      out.printf(Locale.ROOT, "%-32s %12.3f %12.3f%n", "recall (cases)", x.recall(), y.recall());
      out.printf(Locale.ROOT, "%-32s %12.3f %12.3f%n", "precision (alerts)", x.precision(), y.precision());
      out.printf(Locale.ROOT, "%-32s %12d %12d%n", "decoy hits", x.decoyHits(), y.decoyHits());
      for (int i = 0; i < x.byTypology().size(); i++) {
        Evaluation.TypologyRecall t = x.byTypology().get(i);
        Evaluation.TypologyRecall u = y.byTypology().get(i);
        out.printf(Locale.ROOT, "  recall %-23s %12.3f %12.3f%n", t.typology(), t.recall(), u.recall());
      }
    }
    out.println();
    out.printf(Locale.ROOT, "%-32s %12s %12s %8s%n", "alerts naming rule", a, b, "delta");
    for (BacktestComparison.RuleDelta d : r.rules()) {
      out.printf(Locale.ROOT, "%-32s %12d %12d %+8d%n", d.ruleId(), d.champion(), d.challenger(), d.delta());
    }
    out.println();
    out.println("only in " + a + " (" + r.onlyChampion().size() + "): " + preview(r.onlyChampion()));
    out.println("only in " + b + " (" + r.onlyChallenger().size() + "): " + preview(r.onlyChallenger()));
  }

  private static String preview(List<String> keys) {
    return keys.size() <= 10 ? String.join("; ", keys) : String.join("; ", keys.subList(0, 10)) + "; ...";
  }

  static ObjectNode comparisonJson(ObjectMapper m, String a, String b, BacktestComparison.Report r) {
    ObjectNode n = m.createObjectNode();
    n.put("champion", a);
    n.put("challenger", b);
    n.put("champion_alerts", r.championAlerts());
    n.put("challenger_alerts", r.challengerAlerts());
    r.onlyChampion().forEach(n.putArray("only_champion")::add);
    r.onlyChallenger().forEach(n.putArray("only_challenger")::add);
    ArrayNode rules = n.putArray("rules");
    for (BacktestComparison.RuleDelta d : r.rules()) {
      ObjectNode x = rules.addObject();
      x.put("rule_id", d.ruleId());
      x.put("champion", d.champion());
      x.put("challenger", d.challenger());
    }
    if (r.championScore() != null) {
      n.put("champion_recall", r.championScore().recall());
      n.put("challenger_recall", r.challengerScore().recall());
      n.put("champion_precision", r.championScore().precision());
      n.put("challenger_precision", r.challengerScore().precision());
      n.put("champion_decoy_hits", r.championScore().decoyHits());
      n.put("challenger_decoy_hits", r.challengerScore().decoyHits());
    }
    return n;
  }

  public static void main(String[] args) {
    Commands.run("backtest", new BacktestCommand(), args);
  }

}
