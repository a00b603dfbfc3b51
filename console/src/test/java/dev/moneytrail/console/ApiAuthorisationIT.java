package dev.moneytrail.console;

import static dev.moneytrail.console.auth.Role.ANALYST;
import static dev.moneytrail.console.auth.Role.AUDITOR;
import static dev.moneytrail.console.auth.Role.RULE_AUTHOR;
import static dev.moneytrail.console.auth.Role.SUPERVISOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.console.auth.Role;
import dev.moneytrail.console.auth.UserStore;
import dev.moneytrail.console.store.Database;
import dev.moneytrail.console.web.ConsoleServer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint against every role over real HTTP. The expected matrix is written out here, not
 * read from the server, and the test fails if the server has a route the matrix does not cover.
 */
class ApiAuthorisationIT {

  /** "METHOD path-template" -> roles admitted; an empty set means public. */
  static final Map<String, Set<Role>> EXPECTED = new LinkedHashMap<>();

  static {
    Set<Role> readers = EnumSet.of(ANALYST, SUPERVISOR, AUDITOR);
    Set<Role> workers = EnumSet.of(ANALYST, SUPERVISOR);
    EXPECTED.put("GET /health", Set.of());
    EXPECTED.put("GET /", Set.of());
    EXPECTED.put("GET /app.js", Set.of());
    EXPECTED.put("GET /app.css", Set.of());
    EXPECTED.put("POST /login", Set.of());
    EXPECTED.put("POST /logout", EnumSet.allOf(Role.class));
    EXPECTED.put("GET /api/me", EnumSet.allOf(Role.class));
    EXPECTED.put("GET /api/meta", readers);
    EXPECTED.put("GET /api/alerts", readers);
    EXPECTED.put("GET /api/alerts/{id}", readers);
    EXPECTED.put("GET /api/alerts/{id}/audit", readers);
    EXPECTED.put("GET /api/accounts/{id}/alerts", readers);
    EXPECTED.put("POST /api/alerts/{id}/claim", workers);
    EXPECTED.put("POST /api/alerts/{id}/assign", EnumSet.of(SUPERVISOR));
    EXPECTED.put("POST /api/alerts/{id}/notes", workers);
    EXPECTED.put("POST /api/alerts/{id}/disposition", workers);
    EXPECTED.put("POST /api/alerts/{id}/review", EnumSet.of(SUPERVISOR));
    EXPECTED.put("GET /api/alerts/{id}/export/sar", workers);
    EXPECTED.put("GET /api/alerts/{id}/export/referral", workers);
    EXPECTED.put("GET /api/exports/{n}", readers);
    EXPECTED.put("GET /api/rule-stats", EnumSet.of(RULE_AUTHOR, SUPERVISOR, AUDITOR));
    EXPECTED.put("GET /api/audit", EnumSet.of(AUDITOR, SUPERVISOR));
  }

  static Database db;
  static ConsoleServer server;
  static final Map<Role, ApiClient> clients = new EnumMap<>(Role.class);

  @BeforeAll
  static void setUp() throws Exception {
    db = TestStores.freshDatabase();
    server = ConsoleServer.start("127.0.0.1", 0, db, false);
    server.store().ingest(Fixtures.fanIn("AUTH-1", 1), "test");
    UserStore users = server.users();
    for (Role r : Role.values()) {
      String name = r.name().toLowerCase().replace("_", "");
      TestStores.user(users, name, r);
      clients.put(r, new ApiClient(server.port()).login(name, name + "-pw-123"));
    }
  }

  @AfterAll
  static void tearDown() {
    server.close();
    db.close();
  }

  @Test
  void theMatrixCoversEveryRouteTheServerHas() {
    Set<String> served = new TreeSet<>();
    server.routes().forEach(r -> served.add(r.method() + " " + r.path()));
    assertEquals(new TreeSet<>(EXPECTED.keySet()), served);
    server.routes().forEach(r -> assertEquals(EXPECTED.get(r.method() + " " + r.path()), r.roles(),
        r.method() + " " + r.path()));
  }

  @Test
  void everyProtectedEndpointRefusesAnonymousCallersAndEveryWrongRole() throws Exception {
    ApiClient anonymous = new ApiClient(server.port());
    int checked = 0;
    for (var e : EXPECTED.entrySet()) {
      String method = e.getKey().substring(0, e.getKey().indexOf(' '));
      String path = concrete(e.getKey().substring(e.getKey().indexOf(' ') + 1));
      if (e.getValue().isEmpty()) {
        continue;
      }
      assertEquals(401, anonymous.send(method, path, "{}", false).status(), "anonymous " + e.getKey());
      for (Role role : Role.values()) {
        if (method.equals("POST") && path.equals("/logout")) {
          continue; // would end the session the rest of the test uses
        }
        ApiClient.Reply reply = clients.get(role).send(method, path, "{}", true);
        if (e.getValue().contains(role)) {
          assertNotEquals(401, reply.status(), role + " " + e.getKey());
          assertNotEquals(403, reply.status(), role + " " + e.getKey() + ": " + reply.body());
        } else {
          assertEquals(403, reply.status(), role + " must not " + e.getKey() + ": " + reply.body());
          assertTrue(reply.body().contains("may not"), reply.body());
        }
        checked++;
      }
    }
    assertTrue(checked > 60, "checked " + checked + " role/endpoint pairs");
  }

  @Test
  void stateChangesNeedTheCsrfTokenAndTheSameOrigin() throws Exception {
    ApiClient analyst = clients.get(ANALYST);
    ApiClient.Reply noToken = analyst.postWithoutCsrf("/api/alerts/AUTH-1/notes", "{\"body\":\"x\"}");
    assertEquals(403, noToken.status());
    assertTrue(noToken.body().contains("CSRF"));
    ApiClient.Reply foreign = analyst.sendWithHeader("POST", "/api/alerts/AUTH-1/notes",
        "{\"body\":\"x\"}", "Origin", "http://evil.example");
    assertEquals(403, foreign.status());
    assertEquals(200, analyst.post("/api/alerts/AUTH-1/notes", "{\"body\":\"Seen by branch staff.\"}").status());
  }

  @Test
  void badInputGetsAClearMessageAndNeverAStackTrace() throws Exception {
    ApiClient analyst = clients.get(ANALYST);
    Map<String, ApiClient.Reply> replies = new LinkedHashMap<>();
    replies.put("score", analyst.get("/api/alerts?min_score=abc"));
    replies.put("sort", analyst.get("/api/alerts?sort=score%3B%20DROP%20TABLE%20alert"));
    replies.put("unknown", analyst.get("/api/alerts?colour=red"));
    replies.put("body", analyst.post("/api/alerts/AUTH-1/notes", "not json"));
    replies.put("outcome", analyst.post("/api/alerts/AUTH-1/disposition", "{\"outcome\":\"MAYBE\",\"reason\":\"long enough reason\"}"));
    replies.put("template", analyst.get("/api/alerts/AUTH-1/export/sar?template=XX"));
    for (var e : replies.entrySet()) {
      ApiClient.Reply r = e.getValue();
      assertEquals(400, r.status(), e.getKey() + ": " + r.body());
      String message = r.json().path("error").asText();
      assertFalse(message.isBlank(), e.getKey());
      assertFalse(r.body().contains("Exception") || r.body().contains("\tat ")
          || r.body().contains("dev.moneytrail"), e.getKey() + " leaks internals: " + r.body());
    }
    assertTrue(replies.get("score").json().path("error").asText().contains("min_score"));
    assertEquals(404, analyst.get("/api/alerts/NOPE").status());
    assertEquals(401, new ApiClient(server.port()).send("POST", "/login",
        "{\"username\":\"analyst\",\"password\":\"wrong-password\"}", false).status());
  }

  @Test
  void healthAnswersWhenTheStoreIsReachable() throws Exception {
    ApiClient.Reply r = new ApiClient(server.port()).get("/health");
    assertEquals(200, r.status());
    assertEquals("UP", r.json().path("status").asText());
  }

  private static String concrete(String template) {
    return template.replace("{id}", "AUTH-1").replace("{n}", "1");
  }
}
