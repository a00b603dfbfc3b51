package dev.moneytrail.console;

import dev.moneytrail.console.auth.Role;
import dev.moneytrail.console.auth.User;
import dev.moneytrail.console.auth.UserStore;
import dev.moneytrail.console.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM (started on first use, stopped at exit) and a fresh,
 * migrated database per caller, so test classes never see each other's rows.
 */
public final class TestStores {

  private static EmbeddedPostgres postgres;
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestStores() {}

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException e) {
          // exiting anyway
        }
      }));
    }
    return postgres;
  }

  /** A new empty database with the console schema applied. */
  public static Database freshDatabase() {
    EmbeddedPostgres pg = postgres();
    String name = "console_test_" + COUNTER.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return Database.connect(pg.getJdbcUrl("postgres", name), null, null);
  }

  /** Creates a user with one role and password {@code <username>-pw-123}. */
  public static User user(UserStore users, String username, Role role) {
    users.create(username, username, (username + "-pw-123").toCharArray(), EnumSet.of(role));
    return users.find(username).orElseThrow();
  }
}
