package dev.moneytrail.console.web;

import dev.moneytrail.console.auth.User;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions: an opaque random id in an HttpOnly, SameSite=Strict cookie, and a
 * per-session CSRF token the page sends back in a header on every state-changing request.
 * In memory: a restart logs everyone out (fine for one console instance; several replicas would
 * need a shared store or an OIDC token instead).
 */
public final class Sessions {

  public static final String COOKIE = "mt_session";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One login. */
  public static final class Session {
    final String id;
    final User user;
    final String csrf;
    volatile Instant lastSeen;

    Session(String id, User user, String csrf) {
      this.id = id;
      this.user = user;
      this.csrf = csrf;
      this.lastSeen = Instant.now();
    }

    public User user() {
      return user;
    }

    public String csrf() {
      return csrf;
    }

    /** Constant-time comparison with the token the request carried. */
    public boolean csrfMatches(String token) {
      return token != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
          token.getBytes(StandardCharsets.UTF_8));
    }
  }

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Duration idle;

  public Sessions(Duration idle) {
    this.idle = idle;
  }

  public Session create(User user) {
    Session s = new Session(token(), user, token());
    sessions.put(s.id, s);
    return s;
  }

  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = sessions.get(id);
    if (s == null) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    if (s.lastSeen.plus(idle).isBefore(now)) {
      sessions.remove(id);
      return Optional.empty();
    }
    s.lastSeen = now;
    return Optional.of(s);
  }

  public void remove(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  private static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
