package dev.moneytrail.stream.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.stream.io.CommittedTopicReader;
import dev.moneytrail.stream.replay.Commands;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./screen rules shadow-report}: the live champion against the challenger running (or
 * last run) in shadow, on what both have committed to their topics, as the same comparison the
 * backtest prints: alerts per package, subjects only one of them alerted, alerts per rule.
 */
@Command(name = "rules shadow-report", mixinStandardHelpOptions = true,
    description = "Compares the champion's alerts with the shadow challenger's over the stretch of event time the challenger ran.")
public final class ShadowReportCommand implements Callable<Integer> {

  @Option(names = "--kafka", defaultValue = "127.0.0.1:9092", description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
  String bootstrap;

  @Option(names = "--since", description = "Compare alerts from this event time (ISO-8601 instant; default: the challenger's effective time).")
  Instant since;

  @Option(names = "--json", description = "Also write the report as JSON to this file.")
  Path json;

  @Option(names = "--kafka-property", description = "Extra Kafka client property key=value (TLS/SASL for a real cluster).")
  java.util.Map<String, String> kafkaProperties = new java.util.HashMap<>();

  @Override
  public Integer call() throws Exception {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrap);
    props.putAll(kafkaProperties);
    Duration deadline = Duration.ofSeconds(60);
    List<RulePackage> rules = CommittedTopicReader.readAll(props, Topics.RULES, deadline);
    ShadowComparison.Trial trial = ShadowComparison.latestTrial(rules);
    if (trial == null) {
      System.err.println("rules shadow-report: no package has been deployed in shadow on " + bootstrap
          + " (./screen rules deploy DIR --approved-by NAME --shadow)");
      return 1;
    }
    if (since != null) {
      trial = new ShadowComparison.Trial(trial.challenger(), since, trial.until());
    }
    List<Alert> alerts = CommittedTopicReader.readAll(props, Topics.ALERTS, deadline);
    List<Alert> shadowAlerts = CommittedTopicReader.readAll(props, Topics.SHADOW_ALERTS, deadline);
    ShadowComparison.Sides sides = ShadowComparison.sides(trial, alerts, shadowAlerts);
    BacktestComparison.Report report = BacktestComparison.compare(sides.championAlerts(), sides.challengerAlerts(), null, 0);
    print(trial, sides, report, System.out);
    if (json != null) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = mapper.createObjectNode();
      ObjectNode comparison = BacktestCommand.comparisonJson(mapper, sides.champion(), trial.challenger(), report);
      comparison.put("from", trial.from().toString());
      comparison.put("until", trial.until() == null ? null : trial.until().toString());
      root.set("shadow", comparison);
      Files.writeString(json, mapper.writeValueAsString(root) + "\n");
    }
    return 0;
  }

  static void print(ShadowComparison.Trial trial, ShadowComparison.Sides sides, BacktestComparison.Report report,
      PrintStream out) {
    out.printf(Locale.ROOT, "shadow run of %s against %s, alerts with evidence ending from %s%s%n%n",
        trial.challenger(), sides.champion(), trial.from(),
        trial.until() == null ? " (still running)" : " until " + trial.until() + " (withdrawn)");
    BacktestCommand.printComparison(sides.champion(), trial.challenger(), report, out);
    out.printf(Locale.ROOT, "shadow-report: champion_alerts=%d challenger_alerts=%d only_champion=%d only_challenger=%d%n",
        report.championAlerts(), report.challengerAlerts(), report.onlyChampion().size(), report.onlyChallenger().size());
  }

  public static void main(String[] args) {
    Commands.run("rules shadow-report", new ShadowReportCommand(), args);
  }
}
