package dev.moneytrail.console.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.moneytrail.console.auth.Role;
import dev.moneytrail.console.auth.User;
import dev.moneytrail.console.auth.UserStore;
import dev.moneytrail.console.export.Exports;
import dev.moneytrail.console.store.AlertStore;
import dev.moneytrail.console.store.ApiException;
import dev.moneytrail.console.store.Database;
import dev.moneytrail.console.store.FalsePositiveReason;
import dev.moneytrail.console.store.Json;
import dev.moneytrail.console.store.Outcome;
import dev.moneytrail.console.store.QueueQuery;
import dev.moneytrail.console.store.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's HTTP server (JDK {@code HttpServer}; docs/adr/0003). Every route declares the
 * roles it admits and is checked before its handler runs: 401 without a session, 403 for a role
 * not admitted. State-changing requests need the session's CSRF token in {@code X-CSRF-Token} and
 * a same-origin {@code Origin} when the browser sends one. Errors answer with a JSON message,
 * never a stack trace (unexpected ones get a reference id that is logged server-side).
 */
public final class ConsoleServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleServer.class);
  private static final int MAX_BODY = 64 * 1024;
  private static final Set<Role> READERS = EnumSet.of(Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR);
  private static final Set<Role> WORKERS = EnumSet.of(Role.ANALYST, Role.SUPERVISOR);
  private static final Set<Role> ANY_USER = EnumSet.allOf(Role.class);
  private static final Set<Role> PUBLIC = Collections.emptySet();
  private static final String ID = "([A-Za-z0-9_.:@-]{1,128})";

  /** A route as the authorisation test sees it. {@code roles} empty = public. */
  public record RouteInfo(String method, String path, Set<Role> roles) {}

  private record Route(String method, Pattern pattern, String path, Set<Role> roles, Handler h) {}

  @FunctionalInterface
  private interface Handler {
    Response handle(Request r) throws Exception;
  }

  private record Response(int status, String type, byte[] body, Map<String, String> headers) {
    static Response json(Object value) {
      return new Response(200, "application/json; charset=utf-8",
          Json.write(value).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Response html(String html) {
      return new Response(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8),
          Map.of());
    }
  }

  private final class Request {
    final HttpExchange ex;
    final Matcher m;
    final Map<String, String> query;
    final Sessions.Session session;
    private JsonNode body;

    Request(HttpExchange ex, Matcher m, Map<String, String> query, Sessions.Session session) {
      this.ex = ex;
      this.m = m;
      this.query = query;
      this.session = session;
    }

    String path(int group) {
      return m.group(group);
    }

    User user() {
      return session.user();
    }

    JsonNode body() throws IOException {
      if (body == null) {
        byte[] bytes;
        try (InputStream in = ex.getRequestBody()) {
          bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
          throw new ApiException(413, "request body is larger than " + MAX_BODY + " bytes");
        }
        if (bytes.length == 0) {
          body = Json.object();
        } else {
          try {
            body = Json.MAPPER.readTree(bytes);
          } catch (IOException e) {
            throw ApiException.badRequest("request body must be a JSON object");
          }
          if (body == null || !body.isObject()) {
            throw ApiException.badRequest("request body must be a JSON object");
          }
        }
      }
      return body;
    }

    String text(String field, int max, boolean required) throws IOException {
      JsonNode v = body().get(field);
      if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
        if (required) {
          throw ApiException.badRequest("'" + field + "' is required");
        }
        return null;
      }
      if (!v.isTextual()) {
        throw ApiException.badRequest("'" + field + "' must be text");
      }
      if (v.asText().length() > max) {
        throw ApiException.badRequest("'" + field + "' is limited to " + max + " characters");
      }
      return v.asText();
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Route> routes = new ArrayList<>();
  private final Sessions sessions = new Sessions(Duration.ofMinutes(30));
  private final Map<String, List<Instant>> failedLogins = new ConcurrentHashMap<>();
  private final AlertStore store;
  private final UserStore users;
  private final Database db;
  private final boolean secureCookies;

  private ConsoleServer(HttpServer server, AlertStore store, UserStore users, Database db,
      boolean secureCookies) {
    this.server = server;
    this.store = store;
    this.users = users;
    this.db = db;
    this.secureCookies = secureCookies;
    this.executor = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "console-http");
      t.setDaemon(true);
      return t;
    });
    defineRoutes();
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
  }

  /** Binds {@code host:port} (port 0 = any free port) and starts serving. */
  public static ConsoleServer start(String host, int port, Database db, boolean secureCookies)
      throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
    ConsoleServer s = new ConsoleServer(http, new AlertStore(db.dataSource()),
        new UserStore(db.dataSource()), db, secureCookies);
    http.start();
    return s;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public AlertStore store() {
    return store;
  }

  public UserStore users() {
    return users;
  }

  /** Every route with the roles it admits (empty = public). */
  public List<RouteInfo> routes() {
    List<RouteInfo> out = new ArrayList<>();
    for (Route r : routes) {
      out.add(new RouteInfo(r.method(), r.path(), r.roles()));
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  // ------------------------------------------------------------------ routes

  private void route(String method, String path, Set<Role> roles, Handler h) {
    String regex = path.replace("{id}", ID).replace("{n}", "([0-9]{1,18})");
    routes.add(new Route(method, Pattern.compile(regex), path, roles, h));
  }

  private void defineRoutes() {
    route("GET", "/health", PUBLIC, r -> {
      boolean ok = db.reachable();
      ObjectNode o = Json.object().put("status", ok ? "UP" : "DOWN").put("store", ok ? "reachable" : "unreachable");
      return new Response(ok ? 200 : 503, "application/json", Json.write(o).getBytes(StandardCharsets.UTF_8), Map.of());
    });
    route("GET", "/", PUBLIC, r -> asset("index.html", "text/html; charset=utf-8"));
    route("GET", "/app.js", PUBLIC, r -> asset("app.js", "text/javascript; charset=utf-8"));
    route("GET", "/app.css", PUBLIC, r -> asset("app.css", "text/css; charset=utf-8"));
    route("POST", "/login", PUBLIC, this::login);
    route("POST", "/logout", ANY_USER, r -> {
      sessions.remove(r.session.id);
      store.auditEvent(null, r.user().username(), "LOGOUT", Json.object());
      return new Response(200, "application/json", "{}".getBytes(StandardCharsets.UTF_8),
          Map.of("Set-Cookie", Sessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"));
    });
    route("GET", "/api/me", ANY_USER, r -> {
      ObjectNode o = Json.object().put("username", r.user().username())
          .put("display_name", r.user().displayName()).put("csrf", r.session.csrf());
      ArrayNode roles = o.putArray("roles");
      r.user().roles().forEach(x -> roles.add(x.name()));
      return Response.json(o);
    });
    route("GET", "/api/meta", READERS, r -> {
      ObjectNode o = Json.object();
      ArrayNode st = o.putArray("statuses");
      Arrays.stream(Status.values()).forEach(s -> st.add(s.name()));
      ArrayNode oc = o.putArray("outcomes");
      Arrays.stream(Outcome.values()).forEach(s -> oc.add(s.name()));
      ArrayNode fp = o.putArray("false_positive_reasons");
      Arrays.stream(FalsePositiveReason.values()).forEach(s -> fp.add(s.name()));
      ArrayNode as = o.putArray("assignees");
      users.usernamesWith(WORKERS).forEach(as::add);
      ArrayNode tp = o.putArray("sar_templates");
      Arrays.stream(Exports.Template.values()).forEach(s -> tp.add(s.name()));
      return Response.json(o);
    });
    route("GET", "/api/alerts", READERS, r -> Response.json(store.queue(QueueQuery.parse(r.query))));
    route("GET", "/api/alerts/{id}", READERS, r -> Response.json(store.detail(r.path(1))));
    route("GET", "/api/alerts/{id}/audit", READERS, r -> Response.json(store.auditTrail(r.path(1))));
    route("GET", "/api/accounts/{id}/alerts", READERS,
        r -> Response.json(store.alertsForAccount(r.path(1))));
    route("POST", "/api/alerts/{id}/claim", WORKERS, r -> {
      store.claim(r.path(1), r.user());
      return Response.json(store.detail(r.path(1)));
    });
    route("POST", "/api/alerts/{id}/assign", EnumSet.of(Role.SUPERVISOR), r -> {
      String assignee = r.text("assignee", 40, true);
      store.assign(r.path(1), assignee, r.user(), users.usernamesWith(WORKERS));
      return Response.json(store.detail(r.path(1)));
    });
    route("POST", "/api/alerts/{id}/notes", WORKERS, r -> {
      store.addNote(r.path(1), r.text("body", 4000, true), r.user());
      return Response.json(store.detail(r.path(1)));
    });
    route("POST", "/api/alerts/{id}/disposition", WORKERS, r -> {
      Outcome outcome = enumValue(Outcome.class, "outcome", r.text("outcome", 40, true));
      String code = r.text("reason_code", 60, false);
      FalsePositiveReason rc = code == null ? null
          : enumValue(FalsePositiveReason.class, "reason_code", code);
      store.dispose(r.path(1), outcome, rc, r.text("reason", 4000, true), r.user());
      return Response.json(store.detail(r.path(1)));
    });
    route("POST", "/api/alerts/{id}/review", EnumSet.of(Role.SUPERVISOR), r -> {
      String decision = r.text("decision", 10, true);
      if (!decision.equals("APPROVE") && !decision.equals("REJECT")) {
        throw ApiException.badRequest("decision must be APPROVE or REJECT, got '" + decision + "'");
      }
      store.review(r.path(1), decision.equals("APPROVE"), r.text("comment", 4000, false), r.user());
      return Response.json(store.detail(r.path(1)));
    });
    route("GET", "/api/alerts/{id}/export/sar", WORKERS, r -> {
      Exports.Template t = enumValue(Exports.Template.class, "template",
          r.query.getOrDefault("template", "US"));
      return export(r, "SAR_DRAFT", t);
    });
    route("GET", "/api/alerts/{id}/export/referral", WORKERS, r -> export(r, "REFERRAL_PACK", null));
    route("GET", "/api/exports/{n}", READERS, r -> {
      AlertStore.StoredExport e = store.export(Long.parseLong(r.path(1)))
          .orElseThrow(() -> ApiException.notFound("no export " + r.path(1)));
      return e.format().equals("html") ? Response.html(e.content())
          : new Response(200, "application/json; charset=utf-8",
              e.content().getBytes(StandardCharsets.UTF_8), Map.of());
    });
    route("GET", "/api/rule-stats", EnumSet.of(Role.RULE_AUTHOR, Role.SUPERVISOR, Role.AUDITOR),
        r -> Response.json(store.ruleStats()));
    route("GET", "/api/audit", EnumSet.of(Role.AUDITOR, Role.SUPERVISOR), r -> {
      int page = parseInt(r.query.getOrDefault("page", "0"), "page", 0, 1_000_000);
      return Response.json(store.globalAudit(page, 100));
    });
  }

  private Response export(Request r, String kind, Exports.Template template) {
    String format = r.query.getOrDefault("format", "json");
    if (!format.equals("json") && !format.equals("html")) {
      throw ApiException.badRequest("format must be json or html, got '" + format + "'");
    }
    ObjectNode detail = store.detail(r.path(1));
    Exports.Document doc = kind.equals("SAR_DRAFT")
        ? Exports.sarDraft(detail, template, r.user(), Instant.now())
        : Exports.referralPack(detail, r.user(), Instant.now());
    String content = format.equals("json") ? Json.pretty(doc.json()) : Exports.html(doc);
    long id = store.recordExport(r.path(1), detail.path("alert").path("revision").asInt(), kind,
        template == null ? "-" : template.name(), format, doc.isFinal(), content,
        Exports.sha256(content), r.user());
    Map<String, String> headers = Map.of("X-Export-Id", Long.toString(id));
    return new Response(200, format.equals("json") ? "application/json; charset=utf-8"
        : "text/html; charset=utf-8", content.getBytes(StandardCharsets.UTF_8), headers);
  }

  private Response login(Request r) throws IOException {
    String username = r.text("username", 40, true).strip().toLowerCase();
    String password = r.text("password", 200, true);
    List<Instant> fails = failedLogins.computeIfAbsent(username, k -> new ArrayList<>());
    synchronized (fails) {
      fails.removeIf(t -> t.isBefore(Instant.now().minus(Duration.ofMinutes(5))));
      if (fails.size() >= 5) {
        throw new ApiException(429, "too many failed logins for this user; wait five minutes");
      }
    }
    Optional<User> user = users.authenticate(username, password.toCharArray());
    if (user.isEmpty()) {
      synchronized (fails) {
        fails.add(Instant.now());
      }
      store.auditEvent(null, username, "LOGIN_FAILED", Json.object());
      throw new ApiException(401, "unknown user or wrong password");
    }
    failedLogins.remove(username);
    Sessions.Session s = sessions.create(user.get());
    store.auditEvent(null, username, "LOGIN", Json.object());
    ObjectNode o = Json.object().put("username", username).put("csrf", s.csrf());
    String cookie = Sessions.COOKIE + "=" + s.id + "; Path=/; HttpOnly; SameSite=Strict"
        + (secureCookies ? "; Secure" : "");
    return new Response(200, "application/json; charset=utf-8",
        Json.write(o).getBytes(StandardCharsets.UTF_8), Map.of("Set-Cookie", cookie));
  }

  // ------------------------------------------------------------------ dispatch

  private void dispatch(HttpExchange ex) {
    String errorRef = null;
    Response response;
    try {
      response = handle(ex);
    } catch (ApiException e) {
      response = error(e.status(), e.getMessage());
    } catch (Exception e) {
      errorRef = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("request {} {} failed (ref {})", ex.getRequestMethod(), ex.getRequestURI().getPath(), errorRef, e);
      response = error(500, "internal error (reference " + errorRef + "); the details are in the server log");
    }
    try {
      send(ex, response);
    } catch (IOException e) {
      LOG.debug("client went away: {}", e.toString());
    } finally {
      ex.close();
    }
  }

  private Response handle(HttpExchange ex) throws Exception {
    URI uri = ex.getRequestURI();
    String path = uri.getPath();
    String method = ex.getRequestMethod();
    boolean pathMatched = false;
    for (Route route : routes) {
      Matcher m = route.pattern().matcher(path);
      if (!m.matches()) {
        continue;
      }
      pathMatched = true;
      if (!route.method().equals(method)) {
        continue;
      }
      Sessions.Session session = sessionOf(ex).orElse(null);
      boolean changesState = !method.equals("GET") && !method.equals("HEAD");
      if (changesState && !sameOrigin(ex)) {
        throw ApiException.forbidden("cross-origin request refused");
      }
      if (!route.roles().isEmpty()) {
        if (session == null) {
          throw new ApiException(401, "log in first");
        }
        if (route.roles().stream().noneMatch(session.user()::has)) {
          throw ApiException.forbidden("your role " + session.user().roles()
              + " may not " + method + " " + route.path());
        }
        if (changesState && !session.csrfMatches(ex.getRequestHeaders().getFirst("X-CSRF-Token"))) {
          throw ApiException.forbidden("missing or wrong CSRF token (reload the page)");
        }
      }
      return route.h().handle(new Request(ex, m, query(uri), session));
    }
    throw pathMatched ? new ApiException(405, method + " is not allowed on " + path)
        : ApiException.notFound("no such page: " + path);
  }

  /** A browser's Origin (when sent) must be this server; non-browser clients send none. */
  private static boolean sameOrigin(HttpExchange ex) {
    String origin = ex.getRequestHeaders().getFirst("Origin");
    if (origin == null) {
      return true;
    }
    String host = ex.getRequestHeaders().getFirst("Host");
    return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
  }

  private Optional<Sessions.Session> sessionOf(HttpExchange ex) {
    List<String> cookies = ex.getRequestHeaders().get("Cookie");
    if (cookies == null) {
      return Optional.empty();
    }
    for (String header : cookies) {
      for (String part : header.split(";")) {
        String p = part.strip();
        if (p.startsWith(Sessions.COOKIE + "=")) {
          Optional<Sessions.Session> s = sessions.find(p.substring(Sessions.COOKIE.length() + 1));
          if (s.isPresent()) {
            return s;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k;
      String v;
      try {
        k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("malformed query string");
      }
      if (out.put(k, v) != null) {
        throw ApiException.badRequest("parameter '" + k + "' is given twice");
      }
    }
    return out;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("'" + field + "' must be one of "
          + Arrays.toString(type.getEnumConstants()) + ", got '" + value + "'");
    }
  }

  private static int parseInt(String v, String name, int min, int max) {
    try {
      int i = Integer.parseInt(v);
      if (i < min || i > max) {
        throw ApiException.badRequest(name + " must be between " + min + " and " + max);
      }
      return i;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, got '" + v + "'");
    }
  }

  private static Response asset(String name, String type) throws IOException {
    try (InputStream in = ConsoleServer.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        throw ApiException.notFound("no such asset " + name);
      }
      return new Response(200, type, in.readAllBytes(), Map.of());
    }
  }

  private static Response error(int status, String message) {
    ObjectNode o = Json.object().put("error", message).put("status", status);
    return new Response(status, "application/json; charset=utf-8",
        Json.write(o).getBytes(StandardCharsets.UTF_8), Map.of());
  }

  private static void send(HttpExchange ex, Response r) throws IOException {
    var h = ex.getResponseHeaders();
    h.set("Content-Type", r.type());
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cache-Control", "no-store");
    // Scripts and styles only from this server; exported documents get no script at all.
    h.set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'"
        + " 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none';"
        + " base-uri 'none'; form-action 'self'");
    r.headers().forEach(h::set);
    byte[] body = ex.getRequestMethod().equals("HEAD") ? new byte[0] : r.body();
    ex.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
