package dev.moneytrail.console;

import dev.moneytrail.console.auth.UserStore;
import dev.moneytrail.console.store.AlertIngester;
import dev.moneytrail.console.store.AlertStore;
import dev.moneytrail.console.store.Database;
import dev.moneytrail.console.web.ConsoleServer;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.interchange.CollectingRejects;
import dev.moneytrail.schemas.interchange.InterchangeReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./screen console}: the analyst console alone. Without {@code --jdbc-url} it starts an
 * embedded PostgreSQL whose data survive restarts under {@code --data-dir}; with {@code --kafka}
 * it ingests the alerts topic; with {@code --import} it loads an alerts.jsonl file (a replay's
 * output) through the same idempotent path.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
    description = "Analyst console: alert queue, case review, dispositions, audit trail, exports.")
public final class ConsoleCommand implements Callable<Integer> {

  @Option(names = "--port", description = "HTTP port (default ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--bind", description = "Address to listen on (default ${DEFAULT-VALUE}: this"
      + " machine only; put a TLS-terminating proxy in front for anything else).")
  String bind = "127.0.0.1";

  @Option(names = "--jdbc-url", description = "PostgreSQL JDBC URL; user and password from"
      + " CONSOLE_DB_USER / CONSOLE_DB_PASSWORD. Default: an embedded PostgreSQL.")
  String jdbcUrl;

  @Option(names = "--data-dir", description = "Data directory of the embedded PostgreSQL"
      + " (default ${DEFAULT-VALUE}).")
  Path dataDir = Path.of("target", "console-pgdata");

  @Option(names = "--kafka", description = "Kafka bootstrap servers: ingest the alerts topic.")
  String kafka;

  @Option(names = "--group-id", description = "Consumer group of the ingester (default ${DEFAULT-VALUE}).")
  String groupId = "screening-console";

  @Option(names = "--import", description = "alerts.jsonl file(s) to load at start.")
  List<Path> imports = List.of();

  @Option(names = "--demo-users", negatable = true, description = "Create the demo users if"
      + " missing (default: on with the embedded database, off with --jdbc-url).")
  Boolean demoUsers;

  @Option(names = "--secure-cookies", description = "Mark the session cookie Secure (behind HTTPS).")
  boolean secureCookies;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ConsoleCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Console console = Console.start(new Console.Options(port, bind, jdbcUrl, dataDir, kafka,
        groupId, demoUsers != null ? demoUsers : jdbcUrl == null, secureCookies));
    System.out.println("console: store " + console.database().description());
    for (Path file : imports) {
      CollectingRejects rejects = new CollectingRejects();
      AlertStore store = console.server().store();
      int[] counts = new int[AlertStore.IngestResult.values().length];
      List<Alert> alerts = InterchangeReader.readAlerts(file, rejects);
      for (Alert a : alerts) {
        counts[store.ingest(a, "file:" + file.getFileName()).ordinal()]++;
      }
      System.out.printf("console: imported %s: %d new, %d revised, %d duplicates, %d rejected lines%n",
          file, counts[0], counts[1] + counts[3], counts[2], rejects.rejects().size());
    }
    if (kafka != null) {
      System.out.println("console: ingesting alerts from Kafka at " + kafka + " (group " + groupId + ")");
    }
    console.printBanner(System.out);
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      console.close();
      stop.countDown();
    }, "console-shutdown"));
    stop.await();
    return 0;
  }
}
