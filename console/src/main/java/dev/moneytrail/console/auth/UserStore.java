package dev.moneytrail.console.auth;

import dev.moneytrail.console.store.ApiException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The embedded user store: users and roles in the console's own database, passwords hashed with
 * {@link PasswordHasher}. An OIDC provider would replace {@link #authenticate} (see docs/console.md);
 * roles would then come from a token claim mapped onto {@link Role}.
 */
public final class UserStore {

  /** The demo's users: username -> (password, roles). Printed by the demo; never for production. */
  public static final Map<String, DemoUser> DEMO_USERS = demoUsers();

  /** A demo account. */
  public record DemoUser(String username, String password, String displayName, Set<Role> roles) {}

  private final DataSource ds;

  public UserStore(DataSource ds) {
    this.ds = ds;
  }

  private static Map<String, DemoUser> demoUsers() {
    Map<String, DemoUser> m = new LinkedHashMap<>();
    m.put("analyst", new DemoUser("analyst", "analyst-demo", "Ana Analyst", EnumSet.of(Role.ANALYST)));
    m.put("analyst2", new DemoUser("analyst2", "analyst2-demo", "Ben Analyst", EnumSet.of(Role.ANALYST)));
    m.put("supervisor", new DemoUser("supervisor", "supervisor-demo", "Sam Supervisor",
        EnumSet.of(Role.SUPERVISOR)));
    m.put("supervisor2", new DemoUser("supervisor2", "supervisor2-demo", "Sue Supervisor",
        EnumSet.of(Role.SUPERVISOR)));
    m.put("ruleauthor", new DemoUser("ruleauthor", "ruleauthor-demo", "Rui Rule-Author",
        EnumSet.of(Role.RULE_AUTHOR)));
    m.put("auditor", new DemoUser("auditor", "auditor-demo", "Aud Auditor", EnumSet.of(Role.AUDITOR)));
    return m;
  }

  /** Creates the demo users that do not exist yet; returns how many were created. */
  public int ensureDemoUsers() {
    int created = 0;
    for (DemoUser u : DEMO_USERS.values()) {
      if (find(u.username()).isEmpty()) {
        create(u.username(), u.displayName(), u.password().toCharArray(), u.roles());
        created++;
      }
    }
    return created;
  }

  /** Adds a user; refuses a duplicate username. */
  public void create(String username, String displayName, char[] password, Set<Role> roles) {
    if (password.length < 8) {
      throw ApiException.badRequest("a password needs at least 8 characters");
    }
    if (roles.isEmpty()) {
      throw ApiException.badRequest("a user needs at least one role");
    }
    String hash = PasswordHasher.hash(password);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO app_user (username, display_name, password_hash) VALUES (?, ?, ?)")) {
        ps.setString(1, username);
        ps.setString(2, displayName);
        ps.setString(3, hash);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO user_role (username, role) VALUES (?, ?)")) {
        for (Role r : roles) {
          ps.setString(1, username);
          ps.setString(2, r.name());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create user " + username + ": " + e.getMessage(), e);
    }
  }

  /** The user when the password matches an active account; empty otherwise (no hint which). */
  public Optional<User> authenticate(String username, char[] password) {
    String hash = null;
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT password_hash FROM app_user WHERE username = ? AND active")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          hash = rs.getString(1);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("user store unavailable", e);
    }
    // Hash even for unknown users so response time does not reveal which usernames exist.
    boolean ok = PasswordHasher.verify(password, hash != null ? hash : DUMMY_HASH);
    return ok && hash != null ? find(username) : Optional.empty();
  }

  private static final String DUMMY_HASH = PasswordHasher.hash("not-a-password".toCharArray());

  public Optional<User> find(String username) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT u.display_name, r.role FROM app_user u LEFT JOIN user_role r USING (username)"
                + " WHERE u.username = ? AND u.active")) {
      ps.setString(1, username);
      String name = null;
      Set<Role> roles = EnumSet.noneOf(Role.class);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          name = rs.getString(1);
          if (rs.getString(2) != null) {
            roles.add(Role.valueOf(rs.getString(2)));
          }
        }
      }
      return name == null ? Optional.empty() : Optional.of(new User(username, name, roles));
    } catch (SQLException e) {
      throw new IllegalStateException("user store unavailable", e);
    }
  }

  /** Usernames holding any of {@code roles}, for assignment lists. */
  public List<String> usernamesWith(Set<Role> roles) {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT DISTINCT u.username FROM app_user u JOIN user_role r USING (username)"
                + " WHERE u.active AND r.role = ANY (?) ORDER BY 1")) {
      ps.setArray(1, c.createArrayOf("text", roles.stream().map(Enum::name).toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("user store unavailable", e);
    }
    return out;
  }
}
