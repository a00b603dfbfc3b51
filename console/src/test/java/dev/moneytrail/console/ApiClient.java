package dev.moneytrail.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moneytrail.console.store.Json;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A logged-in (or anonymous) HTTP client of the console, as a browser would use it. */
final class ApiClient {

  record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() {
      return Json.read(body);
    }
  }

  private final String base;
  private final HttpClient http;
  private String csrf;

  ApiClient(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  ApiClient login(String username, String password) throws Exception {
    Reply r = send("POST", "/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", false);
    if (r.status() != 200) {
      throw new AssertionError("login of " + username + " failed: " + r.status() + " " + r.body());
    }
    csrf = r.json().path("csrf").asText();
    return this;
  }

  Reply get(String path) throws IOException, InterruptedException {
    return send("GET", path, null, true);
  }

  Reply post(String path, String json) throws IOException, InterruptedException {
    return send("POST", path, json, true);
  }

  Reply postWithoutCsrf(String path, String json) throws IOException, InterruptedException {
    return send("POST", path, json, false);
  }

  Reply send(String method, String path, String json, boolean withCsrf)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (method.equals("GET")) {
      b.GET();
    } else {
      b.method(method, HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json));
      b.header("Content-Type", "application/json");
      if (withCsrf && csrf != null) {
        b.header("X-CSRF-Token", csrf);
      }
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body(), r.headers());
  }

  Reply sendWithHeader(String method, String path, String json, String header, String value)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, HttpRequest.BodyPublishers.ofString(json))
        .header("Content-Type", "application/json").header(header, value);
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body(), r.headers());
  }
}
