package dev.moneytrail.simulator;

import dev.moneytrail.simulator.output.InterchangeSink;
import dev.moneytrail.simulator.output.KafkaEventProducer;
import dev.moneytrail.simulator.output.Pacer;
import dev.moneytrail.simulator.output.ProgressBar;
import dev.moneytrail.simulator.output.RunSummary;
import dev.moneytrail.simulator.typology.TypologyName;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code simulate}: writes a bank-realistic data set with planted, labelled trafficking patterns and
 * look-alike decoys to an interchange directory, or produces it to Kafka. Exit status 0 on success,
 * 2 for bad options (with a message, never a stack trace), 1 when the run fails.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false, version = "simulate 0.1.0 (moneytrail simulator)",
    description = "Generates bank-realistic transactions with planted, labelled trafficking typologies and decoys.")
public final class SimulateCommand implements Callable<Integer> {

  @Option(names = "--seed", description = "Random seed; the same seed and options give byte-identical output (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--accounts", description = "Ordinary accounts; planted cases add their own on top (default: ${DEFAULT-VALUE}).")
  int accounts = 10_000;

  @Option(names = "--days", description = "Simulated days (default: ${DEFAULT-VALUE}).")
  int days = 90;

  @Option(names = "--out", paramLabel = "DIR", description = "Write an interchange data set (accounts.jsonl, transactions.jsonl, labels.jsonl) here.")
  Path out;

  @Option(names = "--start", paramLabel = "INSTANT|DATE", description = "First simulated instant, e.g. 2026-01-05 or 2026-01-05T00:00:00Z (default: 2026-01-05T00:00:00Z).")
  String start = "2026-01-05T00:00:00Z";

  @Option(names = "--currency", description = "ISO 4217 currency of every account (default: ${DEFAULT-VALUE}).")
  String currency = "EUR";

  @Option(names = "--country", description = "Home country of the bank: DE, AT, GB or IE (default: ${DEFAULT-VALUE}).")
  String country = "DE";

  @Option(names = "--typology-cases", paramLabel = "N", description = "Cases per typology (default: from --typology-rate).")
  Integer typologyCases;

  @Option(names = "--typology-rate", paramLabel = "R", description = "Cases per typology per 10,000 accounts, at least one (default: ${DEFAULT-VALUE}).")
  double typologyRate = 1.5;

  @Option(names = "--decoy-cases", paramLabel = "N", description = "Cases per decoy kind (default: from --decoy-rate).")
  Integer decoyCases;

  @Option(names = "--decoy-rate", paramLabel = "R", description = "Cases per decoy kind per 10,000 accounts, at least one (default: ${DEFAULT-VALUE}).")
  double decoyRate = 1.5;

  @Option(names = "--typologies", paramLabel = "LIST", split = ",", description = "Only these typologies/decoys (ids as in labels.jsonl).")
  String[] typologies;

  @Option(names = "--cash-threshold", paramLabel = "T", description = "Cash reporting threshold in currency units; structuring sits in [0.8T, T) (default: ${DEFAULT-VALUE}).")
  long cashThreshold = 10_000;

  @Option(names = "--threads", description = "Generation threads; output does not depend on it (default: available processors).")
  Integer threads;

  @Option(names = "--kafka", paramLabel = "BOOTSTRAP", description = "Produce Avro events to Kafka at these bootstrap servers.")
  String kafka;

  @Option(names = "--rate", paramLabel = "EPS", description = "Kafka mode: at most this many events per second (default: as fast as possible).")
  Double rate;

  @Option(names = "--speed", paramLabel = "X", description = "Kafka mode: simulated time runs X times faster than real time (e.g. 3600: an hour per second).")
  Double speed;

  @Option(names = "--kafka-event-timestamps", description = "Kafka mode: use event time as the record timestamp (default: send time).")
  boolean kafkaEventTimestamps;

  @Option(names = "--progress", negatable = true, description = "Show a progress bar on stderr (default: only on a terminal).")
  Boolean progress;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command and returns its exit status (for tests). */
  public static int run(String[] args, PrintWriter stdout, PrintWriter stderr) {
    CommandLine cli = new CommandLine(new SimulateCommand());
    cli.getCommandSpec().usageMessage().footer("", "Typologies and decoys (for --typologies):",
        "  " + Arrays.stream(TypologyName.values()).map(TypologyName::id).collect(Collectors.joining(", ")));
    cli.setOut(stdout);
    cli.setErr(stderr);
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      boolean badOption = ex instanceof IllegalArgumentException;
      cmd.getErr().println("simulate: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      if (badOption) {
        cmd.getErr().println("Try 'simulate --help' for the options.");
      }
      return badOption ? 2 : 1;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    SimulationConfig config = config();
    if (out == null && kafka == null) {
      throw new IllegalArgumentException("nothing to do: give --out DIR and/or --kafka BOOTSTRAP");
    }
    if (rate != null && speed != null) {
      throw new IllegalArgumentException("--rate and --speed are alternatives; give one");
    }
    if ((rate != null || speed != null || kafkaEventTimestamps) && kafka == null) {
      throw new IllegalArgumentException("--rate, --speed and --kafka-event-timestamps need --kafka");
    }
    if (out != null && kafka != null) {
      throw new IllegalArgumentException("give either --out or --kafka, not both (run twice: output is reproducible)");
    }
    boolean showProgress = progress != null ? progress : ProgressBar.terminal();
    ProgressBar bar = showProgress ? ProgressBar.on(System.err) : ProgressBar.none();
    long t0 = System.nanoTime();
    if (showProgress) {
      System.err.println(String.format("planning %,d accounts and %,d cases...", config.accounts(),
          config.caseCounts().values().stream().mapToInt(Integer::intValue).sum()));
    }
    try (SimulationStream events = SimulationStream.open(config)) {
      events.onDay((d, n, txns) -> bar.update(d, n, txns));
      String destination;
      if (out != null) {
        InterchangeSink.write(events, out);
        destination = out.toString();
      } else {
        Pacer pacer = rate != null ? Pacer.rate(rate) : speed != null ? Pacer.speed(speed, config.start()) : Pacer.unlimited();
        try (KafkaEventProducer producer = KafkaEventProducer.connect(KafkaEventProducer.settings(kafka), kafkaEventTimestamps)) {
          producer.publish(events, pacer);
        }
        destination = "kafka " + kafka;
      }
      RunSummary summary = new RunSummary(config, events.simulation().population().accountCount(),
          events.accountEvents(), events.transactions(), events.simulation().cases(), System.nanoTime() - t0, destination);
      spec.commandLine().getOut().print(summary.render());
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  SimulationConfig config() {
    Set<TypologyName> only = EnumSet.noneOf(TypologyName.class);
    if (typologies != null) {
      for (String id : typologies) {
        TypologyName t = TypologyName.forId(id.trim());
        if (t == null) {
          throw new IllegalArgumentException("unknown typology '" + id + "'; known: "
              + Arrays.stream(TypologyName.values()).map(TypologyName::id).collect(Collectors.joining(", ")));
        }
        only.add(t);
      }
    }
    return new SimulationConfig(seed, accounts, days, parseStart(start), currency, country, typologyCases,
        typologyRate, decoyCases, decoyRate, only, cashThreshold,
        threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  static Instant parseStart(String text) {
    try {
      return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--start '" + text + "' is neither a date (2026-01-05) nor a UTC instant (2026-01-05T00:00:00Z)");
    }
  }
}
