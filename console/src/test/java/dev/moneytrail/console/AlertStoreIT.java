package dev.moneytrail.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moneytrail.console.auth.Role;
import dev.moneytrail.console.auth.User;
import dev.moneytrail.console.auth.UserStore;
import dev.moneytrail.console.store.AlertStore;
import dev.moneytrail.console.store.AlertStore.IngestResult;
import dev.moneytrail.console.store.ApiException;
import dev.moneytrail.console.store.Database;
import dev.moneytrail.console.store.FalsePositiveReason;
import dev.moneytrail.console.store.Outcome;
import dev.moneytrail.console.store.QueueQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store against a real PostgreSQL: idempotent ingestion, history, workflow, audit. */
class AlertStoreIT {

  static Database db;
  static AlertStore store;
  static User analyst;
  static User analyst2;
  static User supervisor;
  static User supervisor2;

  @BeforeAll
  static void setUp() {
    db = TestStores.freshDatabase();
    store = new AlertStore(db.dataSource());
    UserStore users = new UserStore(db.dataSource());
    analyst = TestStores.user(users, "ana", Role.ANALYST);
    analyst2 = TestStores.user(users, "ben", Role.ANALYST);
    supervisor = TestStores.user(users, "sam", Role.SUPERVISOR);
    supervisor2 = TestStores.user(users, "sue", Role.SUPERVISOR);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void redeliveryOfTheSameRevisionNeverDuplicates() throws SQLException {
    assertEquals(IngestResult.CREATED, store.ingest(Fixtures.fanIn("A-dup", 1), "t"));
    assertEquals(IngestResult.DUPLICATE, store.ingest(Fixtures.fanIn("A-dup", 1), "t"));
    assertEquals(IngestResult.DUPLICATE, store.ingest(Fixtures.fanIn("A-dup", 1), "t"));
    assertEquals(1, count("SELECT count(*) FROM alert WHERE alert_id = 'A-dup'"));
    assertEquals(1, count("SELECT count(*) FROM alert_revision WHERE alert_id = 'A-dup'"));
    assertEquals(1, count("SELECT count(*) FROM rule_hit WHERE alert_id = 'A-dup'"));
    assertEquals(1, count("SELECT count(*) FROM audit_event WHERE alert_id = 'A-dup'"));
  }

  @Test
  void aLaterRevisionUpdatesInPlaceAndKeepsHistory() throws SQLException {
    store.ingest(Fixtures.fanIn("A-rev", 1), "t");
    store.claim("A-rev", analyst);
    assertEquals(IngestResult.UPDATED, store.ingest(Fixtures.fanIn("A-rev", 2), "t"));
    assertEquals(IngestResult.DUPLICATE, store.ingest(Fixtures.fanIn("A-rev", 1), "t"));

    ObjectNode d = store.detail("A-rev");
    assertEquals(2, d.path("alert").path("revision").asInt());
    assertEquals(3, d.path("alert").path("related_account_ids").size());
    assertEquals(2, d.path("revisions").size(), "both revisions kept");
    assertEquals(2, count("SELECT count(*) FROM rule_hit WHERE alert_id = 'A-rev'"));
    assertEquals(1, count("SELECT count(*) FROM alert WHERE alert_id = 'A-rev'"));
    // Workflow state survives a new revision: the analyst keeps the case.
    assertEquals("IN_REVIEW", d.path("status").asText());
    assertEquals("ana", d.path("assignee").asText());
    assertEquals(List.of("ALERT_RECEIVED", "CLAIMED", "ALERT_REVISED"), actions(d));
  }

  @Test
  void anEarlierRevisionArrivingLateGoesToHistoryOnly() throws SQLException {
    assertEquals(IngestResult.CREATED, store.ingest(Fixtures.fanIn("A-late", 2), "t"));
    assertEquals(IngestResult.STALE, store.ingest(Fixtures.fanIn("A-late", 1), "t"));
    ObjectNode d = store.detail("A-late");
    assertEquals(2, d.path("alert").path("revision").asInt());
    assertEquals(2, d.path("revisions").size());
    assertEquals(2, count("SELECT count(*) FROM rule_hit WHERE alert_id = 'A-late'"));
  }

  @Test
  void theAuditTrailIsAppendOnlyEvenForTheTableOwner() throws SQLException {
    store.ingest(Fixtures.fanIn("A-audit", 1), "t");
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_event SET actor = 'x'"));
      assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_event"));
      assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE audit_event"));
    }
    assertTrue(count("SELECT count(*) FROM audit_event WHERE alert_id = 'A-audit'") >= 1);
  }

  @Test
  void aReferralNeedsASecondPersonsApproval() throws SQLException {
    store.ingest(Fixtures.fanIn("A-4eyes", 1), "t");
    ApiException notClaimed = assertThrows(ApiException.class,
        () -> store.dispose("A-4eyes", Outcome.TRUE_POSITIVE, null, "Controller fan-in confirmed.", analyst));
    assertEquals(403, notClaimed.status());
    store.claim("A-4eyes", analyst);
    assertEquals(409, assertThrows(ApiException.class, () -> store.claim("A-4eyes", analyst2)).status());
    store.dispose("A-4eyes", Outcome.TRUE_POSITIVE, null, "Controller fan-in confirmed.", analyst);
    assertEquals("REFERRAL_PENDING", store.detail("A-4eyes").path("status").asText());

    // A supervisor who proposed a referral may not approve it.
    store.ingest(Fixtures.fanIn("A-self", 1), "t");
    store.claim("A-self", supervisor);
    store.dispose("A-self", Outcome.TRUE_POSITIVE, null, "I think this is a controller.", supervisor);
    ApiException self = assertThrows(ApiException.class, () -> store.review("A-self", true, "", supervisor));
    assertEquals(403, self.status());
    assertTrue(self.getMessage().contains("four eyes"));
    // The schema refuses it too, should a code path ever skip the check.
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE disposition SET reviewed_by ="
          + " decided_by WHERE alert_id = 'A-self'"));
    }
    store.review("A-self", true, "Agreed.", supervisor2);
    store.review("A-4eyes", true, "", supervisor);
    assertEquals("REFERRED", store.detail("A-4eyes").path("status").asText());
    assertEquals(409, assertThrows(ApiException.class,
        () -> store.review("A-4eyes", true, "", supervisor2)).status());
  }

  @Test
  void aFalsePositiveNeedsAReasonCodeAndAReason() {
    store.ingest(Fixtures.payrollFunnel("A-fp"), "t");
    store.claim("A-fp", analyst);
    assertEquals(400, assertThrows(ApiException.class, () -> store.dispose("A-fp",
        Outcome.FALSE_POSITIVE, null, "Sends money home to the family.", analyst)).status());
    assertEquals(400, assertThrows(ApiException.class, () -> store.dispose("A-fp",
        Outcome.FALSE_POSITIVE, FalsePositiveReason.FAMILY_REMITTANCE, "short", analyst)).status());
    store.dispose("A-fp", Outcome.FALSE_POSITIVE, FalsePositiveReason.FAMILY_REMITTANCE,
        "Beneficiary is the customer's mother, confirmed by KYC.", analyst);
    assertEquals("CLOSED_FALSE_POSITIVE", store.detail("A-fp").path("status").asText());
    JsonNode stats = store.ruleStats();
    boolean found = false;
    for (JsonNode r : stats) {
      if (r.path("rule_id").asText().equals("LT-PAYROLL-FUNNEL")) {
        found = true;
        assertTrue(r.path("false_positive").asInt() >= 1);
        assertTrue(r.path("fp_reasons").toString().contains("FAMILY_REMITTANCE"));
      }
    }
    assertTrue(found);
  }

  @Test
  void theQueueFiltersSortsPagesAndCountsByStatus() {
    for (int i = 0; i < 7; i++) {
      store.ingest(dev.moneytrail.schemas.testdata.Alerts.about("DE00Q" + i).alertId("Q-" + i)
          .typology("queue-test").score(10 + i).build(), "t");
    }
    store.claim("Q-3", analyst2);
    ObjectNode page0 = store.queue(QueueQuery.parse(Map.of("typology", "queue-test", "size", "3",
        "sort", "score", "dir", "asc")));
    assertEquals(7, page0.path("total").asInt());
    assertEquals("Q-0", page0.path("items").get(0).path("alert_id").asText());
    assertEquals(3, page0.path("items").size());
    ObjectNode page2 = store.queue(QueueQuery.parse(Map.of("typology", "queue-test", "size", "3",
        "sort", "score", "dir", "asc", "page", "2")));
    assertEquals(1, page2.path("items").size());
    assertEquals("Q-6", page2.path("items").get(0).path("alert_id").asText());
    assertEquals(6, page0.path("counts").path("NEW").asInt());
    assertEquals(1, page0.path("counts").path("IN_REVIEW").asInt());
    ObjectNode mine = store.queue(QueueQuery.parse(Map.of("assignee", "ben")));
    assertEquals(1, mine.path("total").asInt());
    ObjectNode minScore = store.queue(QueueQuery.parse(Map.of("typology", "queue-test", "min_score", "15")));
    assertEquals(2, minScore.path("total").asInt());
    assertEquals(400, assertThrows(ApiException.class,
        () -> QueueQuery.parse(Map.of("sort", "score; DROP TABLE alert"))).status());
  }

  private static List<String> actions(JsonNode detail) {
    List<String> out = new ArrayList<>();
    detail.path("audit").forEach(e -> out.add(e.path("action").asText()));
    return out;
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
