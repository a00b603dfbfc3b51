package dev.moneytrail.stream.replay;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.interchange.AlertWriter;
import dev.moneytrail.schemas.interchange.FileCounts;
import dev.moneytrail.schemas.interchange.RejectsFile;
import dev.moneytrail.stream.screening.ReferralOptions;
import dev.moneytrail.stream.screening.ReferralSettings;
import dev.moneytrail.stream.screening.RulePackages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.Configuration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./screen replay}: the real pipeline over an interchange data set, alerts to alerts.jsonl. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Runs the screening job (bounded, on a local Flink mini-cluster) over an interchange data set and writes alerts.jsonl.")
public final class ReplayCommand implements Callable<Integer> {

  @Option(names = "--in", required = true, description = "Interchange data set directory (accounts.jsonl, transactions.jsonl[, labels.jsonl]; .gz accepted).")
  Path in;

  @Option(names = "--out", required = true, description = "alerts.jsonl to write.")
  Path out;

  @Option(names = "--rules", description = "Rule package directory (default: the shipped core package).")
  Path rules;

  @Option(names = "--rejects", description = "Where rejected input lines go (default: <out>.rejects.jsonl).")
  Path rejects;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "An entity-cluster referral threshold, as the job"
      + " takes it (repeatable): screening.referral.min-points, screening.referral.high-groups,"
      + " screening.referral.c1-with-other-high, screening.referral.window-days,"
      + " screening.referral.typology-min-points (docs/detection.md).")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--parallelism", defaultValue = "2", description = "Flink parallelism (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Override
  public Integer call() throws Exception {
    if (parallelism < 1) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--parallelism must be at least 1");
    }
    ReferralSettings referral = referral(settings);
    RulePackage pkg = RulePackages.load(rules);
    Path rejectsPath = rejects != null ? rejects : out.resolveSibling(out.getFileName() + ".rejects.jsonl");
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Replay.Result result;
    try (RejectsFile rejectSink = RejectsFile.open(rejectsPath)) {
      result = Replay.run(in, pkg, parallelism, referral, rejectSink);
    }
    try (AlertWriter w = AlertWriter.open(out)) {
      result.alerts().forEach(w::alert);
    }
    Map<String, Integer> byTypology = new TreeMap<>();
    for (Alert a : result.alerts()) {
      byTypology.merge(a.getTypology(), 1, Integer::sum);
    }
    System.out.printf("replay: %s with rules %s@%s%n", in, pkg.getPackageId(), pkg.getVersion());
    for (FileCounts c : result.inputCounts()) {
      System.out.println("  " + c);
    }
    System.out.printf("  %d events loaded and ordered in %.1f s, screened in %.1f s (%.0f events/s, parallelism %d)%n",
        result.events(), result.loading().toMillis() / 1000.0, result.screening().toMillis() / 1000.0,
        result.events() / Math.max(0.001, result.screening().toMillis() / 1000.0), parallelism);
    System.out.printf("  %d alerts -> %s%n", result.alerts().size(), out);
    byTypology.forEach((t, n) -> System.out.printf("    %-40s %d%n", t, n));
    if (result.rejected() > 0) {
      System.out.printf("  %d rejected input lines -> %s%n", result.rejected(), rejectsPath);
    } else {
      Files.deleteIfExists(rejectsPath);
    }
    return 0;
  }

  /** The referral thresholds given with --set, validated as the job validates its own options. */
  static ReferralSettings referral(Map<String, String> settings) {
    for (String key : settings.keySet()) {
      if (!key.startsWith("screening.referral.")) {
        throw new IllegalArgumentException("--set takes only screening.referral.* keys, not " + key);
      }
      if (ReferralOptions.ALL.stream().noneMatch(o -> o.key().equals(key))) {
        throw new IllegalArgumentException("--set: unknown key " + key + "; the referral keys are "
            + ReferralOptions.ALL.stream().map(o -> o.key()).collect(java.util.stream.Collectors.joining(", ")));
      }
    }
    return ReferralSettings.from(Configuration.fromMap(settings));
  }

  public static void main(String[] args) {
    Commands.run("replay", new ReplayCommand(), args);
  }

}
