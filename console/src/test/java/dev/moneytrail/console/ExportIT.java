package dev.moneytrail.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moneytrail.console.auth.Role;
import dev.moneytrail.console.export.Exports;
import dev.moneytrail.console.store.Database;
import dev.moneytrail.console.web.ConsoleServer;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RuleHit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SAR drafts and referral packs over HTTP, checked against the evidence of the alert they were
 * generated from, and the queue-to-approved-referral path with two people.
 */
class ExportIT {

  static Database db;
  static ConsoleServer server;
  static ApiClient analyst;
  static ApiClient supervisor;
  static ApiClient supervisor2;
  static final Alert FAN_IN = Fixtures.fanIn("EX-FANIN", 2);
  static final Alert FUNNEL = Fixtures.payrollFunnel("EX-FUNNEL");

  @BeforeAll
  static void setUp() throws Exception {
    db = TestStores.freshDatabase();
    server = ConsoleServer.start("127.0.0.1", 0, db, false);
    server.store().ingest(Fixtures.fanIn("EX-FANIN", 1), "test");
    server.store().ingest(FAN_IN, "test");
    server.store().ingest(FUNNEL, "test");
    TestStores.user(server.users(), "ex-analyst", Role.ANALYST);
    TestStores.user(server.users(), "ex-super", Role.SUPERVISOR);
    TestStores.user(server.users(), "ex-super2", Role.SUPERVISOR);
    analyst = new ApiClient(server.port()).login("ex-analyst", "ex-analyst-pw-123");
    supervisor = new ApiClient(server.port()).login("ex-super", "ex-super-pw-123");
    supervisor2 = new ApiClient(server.port()).login("ex-super2", "ex-super2-pw-123");
  }

  @AfterAll
  static void tearDown() {
    server.close();
    db.close();
  }

  @Test
  void theUsSarDraftCarriesTheEvidenceAndKeepsSuspectedVictimsOutOfTheSubjects() throws Exception {
    ApiClient.Reply r = analyst.get("/api/alerts/EX-FANIN/export/sar?template=US&format=json");
    assertEquals(200, r.status(), r.body());
    JsonNode sar = r.json();
    assertEquals(Exports.FINCEN_KEY_TERM, sar.path("filing").path("filing_institution_note_field_2").asText());
    assertTrue(sar.path("narrative_text").asText().startsWith(Exports.FINCEN_KEY_TERM));
    assertEquals(2, sar.path("alert").path("revision").asInt(), "generated from the latest revision");

    Set<String> subjects = ids(sar.path("narrative").path("parties").path("subjects"));
    Set<String> victims = ids(sar.path("narrative").path("parties").path("suspected_victims"));
    assertEquals(Set.of(Fixtures.CONTROLLER), subjects);
    assertEquals(new HashSet<>(FAN_IN.getRelatedAccountIds()), victims);
    assertTrue(sar.path("narrative_text").asText().contains("Suspected victims (not listed as subjects)"));

    Set<String> txns = new HashSet<>();
    sar.path("narrative").path("flows").path("transactions").forEach(t -> txns.add(t.path("txn_id").asText()));
    assertEquals(new HashSet<>(FAN_IN.getTxnIds()), txns, "every evidence transaction, no other");
    Set<String> triggered = new HashSet<>();
    sar.path("narrative").path("trigger_summary").forEach(t -> triggered.add(t.path("rule").asText()));
    assertEquals(new HashSet<>(FAN_IN.getRuleIds()), triggered);
    assertEquals(FAN_IN.getHits().size(), sar.path("narrative").path("why_suspicious").size());
    RuleHit last = FAN_IN.getHits().get(FAN_IN.getHits().size() - 1);
    assertEquals(last.getFeatures().get("total.after.payday"),
        sar.path("narrative").path("why_suspicious").get(1).path("figures").path("total.after.payday").asText());
    assertTrue(sar.path("narrative").path("urgency").path("victim_safety_flag").asBoolean());

    // The export is stored as sent, with its hash, and audited.
    String exportId = r.headers().firstValue("X-Export-Id").orElseThrow();
    ApiClient.Reply stored = analyst.get("/api/exports/" + exportId);
    assertEquals(r.body(), stored.body());
    JsonNode detail = analyst.get("/api/alerts/EX-FANIN").json();
    JsonNode exp = detail.path("exports").get(detail.path("exports").size() - 1);
    assertEquals(Exports.sha256(r.body()), exp.path("sha256").asText());
    assertTrue(detail.path("audit").toString().contains("EXPORT_GENERATED"));
  }

  @Test
  void otherTemplatesDoNotCarryTheFincenTermAndAFunnelsWorkerIsNoSubject() throws Exception {
    JsonNode uk = analyst.get("/api/alerts/EX-FUNNEL/export/sar?template=UK&format=json").json();
    assertFalse(uk.toString().contains(Exports.FINCEN_KEY_TERM));
    assertTrue(uk.path("filing").path("glossary_code").asText().startsWith("XXMSHTXX"));
    // The payroll funnel's subject account is the worker whose wage is taken: a suspected victim.
    Set<String> subjects = ids(uk.path("narrative").path("parties").path("subjects"));
    assertFalse(subjects.contains(FUNNEL.getSubjectAccountId()));
    assertTrue(subjects.contains("DE83200505501366215214"), "the controller");
    assertTrue(subjects.contains("DE44200505503972301821"), "the employer paying the wage");
    assertEquals(Set.of(FUNNEL.getSubjectAccountId()),
        ids(uk.path("narrative").path("parties").path("suspected_victims")));
  }

  @Test
  void theReferralPackIsADraftUntilASecondSupervisorApprovesIt() throws Exception {
    JsonNode draft = analyst.get("/api/alerts/EX-FANIN/export/referral?format=json").json();
    assertTrue(draft.path("status").asText().startsWith("DRAFT"));

    assertEquals(200, analyst.post("/api/alerts/EX-FANIN/claim", "{}").status());
    assertEquals(200, analyst.post("/api/alerts/EX-FANIN/disposition",
        "{\"outcome\":\"TRUE_POSITIVE\",\"reason\":\"Three workers pay one foreign account after payday.\"}").status());
    assertEquals(403, analyst.post("/api/alerts/EX-FANIN/review", "{\"decision\":\"APPROVE\"}").status(),
        "an analyst cannot approve");
    assertEquals(200, supervisor.post("/api/alerts/EX-FANIN/review",
        "{\"decision\":\"APPROVE\",\"comment\":\"Evidence checked.\"}").status());

    ApiClient.Reply r = supervisor2.get("/api/alerts/EX-FANIN/export/referral?format=json");
    JsonNode pack = r.json();
    assertTrue(pack.path("status").asText().startsWith("FINAL: referral approved by ex-super"), pack.path("status").asText());
    assertEquals("ex-analyst", pack.path("referral_state").path("proposed_by").asText());
    assertEquals(Set.of(Fixtures.CONTROLLER), ids(pack.path("beneficiary_accounts")));
    assertEquals("PT", pack.path("beneficiary_accounts").get(0).path("country").asText());
    assertEquals(new HashSet<>(FAN_IN.getRelatedAccountIds()), ids(pack.path("victims_affected")));
    Set<String> txns = new HashSet<>();
    pack.path("evidence_txn_ids").forEach(t -> txns.add(t.asText()));
    assertEquals(new HashSet<>(FAN_IN.getTxnIds()), txns);
    assertEquals("2026-01-10T08:00:00Z", pack.path("timeline").path("first_suspicious_activity").asText());
    assertEquals(3, pack.path("proceeds_estimate").path("plausibility_band").path("suspected_victims").asInt());
    assertTrue(pack.path("proceeds_estimate").path("figures_from_rules").toString().contains("3050.0000"));

    ApiClient.Reply html = supervisor2.get("/api/alerts/EX-FANIN/export/referral?format=html");
    assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(html.body().contains("FINAL: referral approved by ex-super"));
    assertTrue(html.body().contains(Fixtures.WORKER_3));
    assertFalse(html.body().contains("<script"), "printable documents carry no script");
    JsonNode detail = analyst.get("/api/alerts/EX-FANIN").json();
    assertEquals("REFERRED", detail.path("status").asText());
  }

  private static Set<String> ids(JsonNode parties) {
    Set<String> out = new HashSet<>();
    parties.forEach(p -> out.add(p.path("account_id").asText()));
    return out;
  }
}
