package dev.moneytrail.console;

import dev.moneytrail.console.auth.UserStore;
import dev.moneytrail.console.store.AlertIngester;
import dev.moneytrail.console.store.Database;
import dev.moneytrail.console.web.ConsoleServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A running console: store, optional Kafka ingester, HTTP server. Used by {@link ConsoleCommand}
 * and by {@code ./screen demo}, which passes the embedded broker's address.
 */
public final class Console implements AutoCloseable {

  /** How to start it. {@code jdbcUrl} null = embedded PostgreSQL in {@code dataDir}. */
  public record Options(int port, String bind, String jdbcUrl, Path dataDir, String kafka,
      String groupId, boolean demoUsers, boolean secureCookies) {}

  private final Database database;
  private final ConsoleServer server;
  private final AlertIngester ingester;
  private final boolean demoUsers;

  private Console(Database database, ConsoleServer server, AlertIngester ingester, boolean demoUsers) {
    this.database = database;
    this.server = server;
    this.ingester = ingester;
    this.demoUsers = demoUsers;
  }

  public static Console start(Options o) throws IOException {
    Database db = o.jdbcUrl() == null ? Database.embedded(o.dataDir())
        : Database.connect(o.jdbcUrl(), System.getenv("CONSOLE_DB_USER"),
            System.getenv("CONSOLE_DB_PASSWORD"));
    try {
      if (o.demoUsers()) {
        new UserStore(db.dataSource()).ensureDemoUsers();
      }
      ConsoleServer server = ConsoleServer.start(o.bind(), o.port(), db, o.secureCookies());
      AlertIngester ingester = o.kafka() == null ? null
          : new AlertIngester(o.kafka(), o.groupId(), server.store()).start();
      return new Console(db, server, ingester, o.demoUsers());
    } catch (IOException | RuntimeException e) {
      db.close();
      throw e;
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  public Database database() {
    return database;
  }

  public ConsoleServer server() {
    return server;
  }

  /** The ingester, or null without Kafka. */
  public AlertIngester ingester() {
    return ingester;
  }

  /** Prints the URL and, for the demo store, the demo users and their passwords. */
  public void printBanner(PrintStream out) {
    out.println("console: analyst console at " + url() + " (health: " + url() + "health)");
    if (demoUsers) {
      StringBuilder s = new StringBuilder("console: demo users (user / password): ");
      UserStore.DEMO_USERS.values().forEach(u -> s.append(u.username()).append(" / ")
          .append(u.password()).append(" ").append(u.roles()).append("; "));
      out.println(s.substring(0, s.length() - 2));
    }
  }

  @Override
  public void close() {
    if (ingester != null) {
      try {
        ingester.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    server.close();
    database.close();
  }
}
