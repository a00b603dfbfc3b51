package dev.moneytrail.console.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moneytrail.console.auth.Role;
import dev.moneytrail.console.auth.User;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.ProceedsEstimate;
import dev.moneytrail.schemas.RuleHit;
import dev.moneytrail.schemas.interchange.InterchangeJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.util.PGobject;

/**
 * The alert store: idempotent ingestion of alert revisions, the review queue, the case file of one
 * alert, and every workflow action. Each action and its audit event commit in one transaction, so
 * the trail never misses an action and never records one that did not happen. SQL is
 * parameterised throughout; the only text spliced into a query is a sort column chosen from a
 * fixed map.
 */
public final class AlertStore {

  /** What ingesting one alert revision did. */
  public enum IngestResult {
    /** First revision seen of a new alert. */
    CREATED,
    /** A later revision: the alert was updated in place, the earlier one kept in its history. */
    UPDATED,
    /** The same (alert_id, revision) again: a re-delivery, nothing changed. */
    DUPLICATE,
    /** An earlier revision arriving after a later one: kept in the history only. */
    STALE
  }

  /** Who wrote the store when no user did. */
  public static final String SYSTEM_ACTOR = "system:ingester";

  private final DataSource ds;

  public AlertStore(DataSource ds) {
    this.ds = ds;
  }

  public DataSource dataSource() {
    return ds;
  }

  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  <T> T inTransaction(Work<T> work) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("alert store: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- ingestion

  /**
   * Writes one alert revision. Safe to call any number of times with the same revision (Kafka
   * redelivers after a crash between the write and the offset commit).
   */
  public IngestResult ingest(Alert a, String origin) {
    String line = InterchangeJson.alertLine(a);
    return inTransaction(c -> {
      Integer current = null;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT revision FROM alert WHERE alert_id = ? FOR UPDATE")) {
        ps.setString(1, a.getAlertId());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            current = rs.getInt(1);
          }
        }
      }
      if (current == null) {
        insertAlert(c, a, line);
      }
      boolean newRevision;
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO alert_revision (alert_id, revision, origin, payload) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT (alert_id, revision) DO NOTHING")) {
        ps.setString(1, a.getAlertId());
        ps.setInt(2, a.getRevision());
        ps.setString(3, origin);
        ps.setObject(4, jsonb(line));
        newRevision = ps.executeUpdate() == 1;
      }
      if (current == null) {
        replaceHits(c, a);
        audit(c, a.getAlertId(), SYSTEM_ACTOR, "ALERT_RECEIVED",
            Json.object().put("revision", a.getRevision()).put("origin", origin));
        return IngestResult.CREATED;
      }
      if (!newRevision) {
        return IngestResult.DUPLICATE;
      }
      if (a.getRevision() < current) {
        audit(c, a.getAlertId(), SYSTEM_ACTOR, "STALE_REVISION_RECEIVED",
            Json.object().put("revision", a.getRevision()).put("current", current));
        return IngestResult.STALE;
      }
      updateAlert(c, a, line);
      replaceHits(c, a);
      audit(c, a.getAlertId(), SYSTEM_ACTOR, "ALERT_REVISED",
          Json.object().put("from_revision", current).put("revision", a.getRevision())
              .put("origin", origin).put("hits", a.getHits().size())
              .put("txn_ids", a.getTxnIds().size()));
      return IngestResult.UPDATED;
    });
  }

  private static final String ALERT_COLUMNS = "revision, created_at, subject_account_id,"
      + " related_account_ids, typology, severity, score, rule_ids, txn_ids, window_start,"
      + " window_end, explanation, rule_package, proceeds_amount, proceeds_currency,"
      + " proceeds_method, proceeds_confidence, payload";

  private void insertAlert(Connection c, Alert a, String line) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert (alert_id, " + ALERT_COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, a.getAlertId());
      bindAlert(c, ps, 2, a, line);
      ps.executeUpdate();
    }
  }

  private void updateAlert(Connection c, Alert a, String line) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE alert SET (" + ALERT_COLUMNS
        + ", last_received_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())"
        + " WHERE alert_id = ?")) {
      int next = bindAlert(c, ps, 1, a, line);
      ps.setString(next, a.getAlertId());
      ps.executeUpdate();
    }
  }

  private int bindAlert(Connection c, PreparedStatement ps, int i, Alert a, String line)
      throws SQLException {
    ps.setInt(i++, a.getRevision());
    ps.setObject(i++, ts(a.getCreatedAt()));
    ps.setString(i++, a.getSubjectAccountId());
    ps.setArray(i++, textArray(c, a.getRelatedAccountIds()));
    ps.setString(i++, a.getTypology());
    ps.setString(i++, a.getSeverity().name());
    ps.setBigDecimal(i++, BigDecimal.valueOf(a.getScore()).setScale(2, RoundingMode.HALF_UP));
    ps.setArray(i++, textArray(c, a.getRuleIds()));
    ps.setArray(i++, textArray(c, a.getTxnIds()));
    ps.setObject(i++, ts(a.getWindowStart()));
    ps.setObject(i++, ts(a.getWindowEnd()));
    ps.setString(i++, a.getExplanation());
    ps.setString(i++, a.getRulePackage());
    ProceedsEstimate p = a.getProceedsEstimate();
    if (p != null) {
      ps.setBigDecimal(i++, p.getAmount().getAmount());
      ps.setString(i++, p.getAmount().getCurrency());
      ps.setString(i++, p.getMethod());
      ps.setString(i++, p.getConfidence().name());
    } else {
      ps.setNull(i++, Types.NUMERIC);
      ps.setNull(i++, Types.VARCHAR);
      ps.setNull(i++, Types.VARCHAR);
      ps.setNull(i++, Types.VARCHAR);
    }
    ps.setObject(i++, jsonb(line));
    return i;
  }

  private void replaceHits(Connection c, Alert a) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM rule_hit WHERE alert_id = ?")) {
      ps.setString(1, a.getAlertId());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO rule_hit (alert_id, ordinal,"
        + " rule_id, rule_version, severity, source, fired_at, txn_ids, related_account_ids,"
        + " features, parameters, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (RuleHit h : a.getHits()) {
        ps.setString(1, a.getAlertId());
        ps.setInt(2, ordinal++);
        ps.setString(3, h.getRuleId());
        ps.setInt(4, h.getRuleVersion());
        ps.setString(5, h.getSeverity().name());
        ps.setString(6, h.getSource());
        ps.setObject(7, ts(h.getFiredAt()));
        ps.setArray(8, textArray(c, h.getTxnIds()));
        ps.setArray(9, textArray(c, h.getRelatedAccountIds()));
        ps.setObject(10, jsonb(Json.write(h.getFeatures())));
        ps.setObject(11, jsonb(Json.write(h.getParameters())));
        ps.setString(12, h.getDetail());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  // ---------------------------------------------------------------- queue

  /** Sortable queue columns: request value -> SQL expression (the only spliced text). */
  private static final Map<String, String> SORTS = Map.of(
      "score", "a.score", "created_at", "a.created_at", "severity",
      "CASE a.severity WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END",
      "typology", "a.typology", "status", "a.status", "assignee", "a.assignee",
      "subject", "a.subject_account_id", "revision", "a.revision", "updated", "a.last_received_at");

  /** Sort keys the queue accepts. */
  public static java.util.Set<String> sortKeys() {
    return SORTS.keySet();
  }

  /** One page of the queue, its total, and counts by status under the same filters. */
  public ObjectNode queue(QueueQuery q) {
    return inTransaction(c -> {
      List<Object> args = new ArrayList<>();
      String where = q.where(args, true);
      String order = SORTS.get(q.sort()) + (q.descending() ? " DESC" : " ASC") + ", a.alert_id";
      ObjectNode out = Json.object();
      ArrayNode items = out.putArray("items");
      long total = 0;
      try (PreparedStatement ps = c.prepareStatement("SELECT a.alert_id, a.revision,"
          + " a.created_at, a.subject_account_id, a.typology, a.severity, a.score, a.status,"
          + " a.assignee, a.rule_ids, cardinality(a.related_account_ids) AS related,"
          + " cardinality(a.txn_ids) AS txns, a.window_start, a.window_end,"
          + " count(*) OVER () AS total FROM alert a" + where + " ORDER BY " + order
          + " LIMIT ? OFFSET ?")) {
        int i = bind(ps, args);
        ps.setInt(i++, q.size());
        ps.setLong(i, (long) q.page() * q.size());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            total = rs.getLong("total");
            ObjectNode o = items.addObject();
            o.put("alert_id", rs.getString("alert_id"));
            o.put("revision", rs.getInt("revision"));
            o.put("created_at", instant(rs, "created_at"));
            o.put("subject_account_id", rs.getString("subject_account_id"));
            o.put("typology", rs.getString("typology"));
            o.put("severity", rs.getString("severity"));
            o.put("score", rs.getBigDecimal("score"));
            o.put("status", rs.getString("status"));
            o.put("assignee", rs.getString("assignee"));
            o.set("rule_ids", strings(rs.getArray("rule_ids")));
            o.put("related", rs.getInt("related"));
            o.put("txns", rs.getInt("txns"));
            o.put("window_start", instant(rs, "window_start"));
            o.put("window_end", instant(rs, "window_end"));
          }
        }
      }
      if (items.isEmpty() && q.page() > 0) {
        // Past the last page: report the true total rather than zero.
        List<Object> cargs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT count(*) FROM alert a" + q.where(cargs, true))) {
          bind(ps, cargs);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
          }
        }
      }
      out.put("total", total);
      out.put("page", q.page());
      out.put("size", q.size());
      out.put("sort", q.sort());
      out.put("dir", q.descending() ? "desc" : "asc");
      ObjectNode counts = out.putObject("counts");
      for (Status s : Status.values()) {
        counts.put(s.name(), 0);
      }
      List<Object> cargs = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT a.status, count(*) FROM alert a"
          + q.where(cargs, false) + " GROUP BY a.status")) {
        bind(ps, cargs);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            counts.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
      ArrayNode typologies = out.putArray("typologies");
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT DISTINCT typology FROM alert ORDER BY 1");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          typologies.add(rs.getString(1));
        }
      }
      return out;
    });
  }

  /** Alerts that name {@code accountId} as subject or related account (graph click-through). */
  public ArrayNode alertsForAccount(String accountId) {
    return inTransaction(c -> {
      ArrayNode out = Json.MAPPER.createArrayNode();
      try (PreparedStatement ps = c.prepareStatement("SELECT alert_id, typology, severity, score,"
          + " status, subject_account_id = ? AS is_subject FROM alert"
          + " WHERE subject_account_id = ? OR ? = ANY (related_account_ids)"
          + " ORDER BY score DESC, alert_id LIMIT 50")) {
        ps.setString(1, accountId);
        ps.setString(2, accountId);
        ps.setString(3, accountId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ObjectNode o = out.addObject();
            o.put("alert_id", rs.getString(1));
            o.put("typology", rs.getString(2));
            o.put("severity", rs.getString(3));
            o.put("score", rs.getBigDecimal(4));
            o.put("status", rs.getString(5));
            o.put("as", rs.getBoolean(6) ? "subject" : "related");
          }
        }
      }
      return out;
    });
  }

  // ---------------------------------------------------------------- case file

  /** The whole case file of one alert. */
  public ObjectNode detail(String alertId) {
    return inTransaction(c -> {
      ObjectNode out = Json.object();
      JsonNode payload;
      try (PreparedStatement ps = c.prepareStatement("SELECT payload::text, status, assignee,"
          + " first_received_at, last_received_at, proceeds_amount FROM alert WHERE alert_id = ?")) {
        ps.setString(1, alertId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw ApiException.notFound("no alert " + alertId);
          }
          payload = Json.read(rs.getString(1));
          out.set("alert", payload);
          out.put("status", rs.getString(2));
          out.put("assignee", rs.getString(3));
          out.put("first_received_at", instant(rs, "first_received_at"));
          out.put("last_received_at", instant(rs, "last_received_at"));
        }
      }
      out.set("revisions", rows(c, "SELECT revision, received_at, origin,"
          + " jsonb_array_length(payload->'hits') AS hits,"
          + " jsonb_array_length(payload->'txn_ids') AS txns, (payload->>'score')::numeric AS score"
          + " FROM alert_revision WHERE alert_id = ? ORDER BY revision DESC", alertId));
      out.set("assignments", rows(c, "SELECT assignee, assigned_by, assigned_at FROM assignment"
          + " WHERE alert_id = ? ORDER BY id", alertId));
      out.set("notes", rows(c, "SELECT id, author, body, created_at FROM note WHERE alert_id = ?"
          + " ORDER BY id", alertId));
      out.set("dispositions", rows(c, "SELECT id, alert_revision, outcome, reason_code, reason,"
          + " decided_by, decided_at, review_state, reviewed_by, reviewed_at, review_comment"
          + " FROM disposition WHERE alert_id = ? ORDER BY id", alertId));
      out.set("exports", rows(c, "SELECT id, kind, template, format, final, created_by,"
          + " created_at, sha256, alert_revision FROM referral_export WHERE alert_id = ?"
          + " ORDER BY id", alertId));
      out.set("audit", rows(c, "SELECT id, at, actor, action, detail FROM audit_event"
          + " WHERE alert_id = ? ORDER BY id", alertId));
      out.set("network", Network.of(payload).toJson());
      return out;
    });
  }

  /** The audit trail of one alert, oldest first. */
  public ArrayNode auditTrail(String alertId) {
    return inTransaction(c -> {
      requireAlert(c, alertId, false);
      return rows(c, "SELECT id, at, actor, action, detail FROM audit_event WHERE alert_id = ?"
          + " ORDER BY id", alertId);
    });
  }

  /** The global audit trail (logins included), newest first, paged. */
  public ArrayNode globalAudit(int page, int size) {
    return inTransaction(c -> rows(c, "SELECT id, alert_id, at, actor, action, detail"
        + " FROM audit_event ORDER BY id DESC LIMIT ? OFFSET ?", size, (long) page * size));
  }

  /** Hits, alerts and dispositions per rule: what rule authors tune against. */
  public ArrayNode ruleStats() {
    return inTransaction(c -> rows(c, "WITH last AS (SELECT DISTINCT ON (alert_id) alert_id,"
        + " outcome, reason_code, review_state FROM disposition ORDER BY alert_id, id DESC)"
        + " SELECT h.rule_id, h.rule_version, count(*) AS hits,"
        + " count(DISTINCT h.alert_id) AS alerts,"
        + " count(DISTINCT h.alert_id) FILTER (WHERE l.outcome = 'TRUE_POSITIVE') AS true_positive,"
        + " count(DISTINCT h.alert_id) FILTER (WHERE l.outcome = 'FALSE_POSITIVE') AS false_positive,"
        + " count(DISTINCT h.alert_id) FILTER (WHERE l.outcome = 'INCONCLUSIVE') AS inconclusive,"
        + " count(DISTINCT h.alert_id) FILTER (WHERE l.outcome IS NULL) AS undecided,"
        + " coalesce(jsonb_agg(DISTINCT l.reason_code) FILTER (WHERE l.reason_code IS NOT NULL),"
        + " '[]') AS fp_reasons"
        + " FROM rule_hit h LEFT JOIN last l USING (alert_id)"
        + " GROUP BY h.rule_id, h.rule_version ORDER BY h.rule_id, h.rule_version"));
  }

  // ---------------------------------------------------------------- workflow

  /** The caller takes an unassigned alert (or one already theirs). */
  public void claim(String alertId, User user) {
    inTransaction(c -> {
      AlertState s = requireAlert(c, alertId, true);
      if (!s.status().open()) {
        throw ApiException.conflict("alert " + alertId + " is " + s.status() + ": nothing to claim");
      }
      if (s.assignee() != null && !s.assignee().equals(user.username())) {
        throw ApiException.conflict("alert " + alertId + " is assigned to " + s.assignee()
            + "; a supervisor can reassign it");
      }
      setAssignee(c, alertId, user.username(), user.username(), s);
      return null;
    });
  }

  /** A supervisor gives the alert to {@code assignee} (who must be an analyst or supervisor). */
  public void assign(String alertId, String assignee, User user, List<String> eligible) {
    if (!eligible.contains(assignee)) {
      throw ApiException.badRequest("assignee must be an active analyst or supervisor: " + assignee);
    }
    inTransaction(c -> {
      AlertState s = requireAlert(c, alertId, true);
      if (!s.status().open() && s.status() != Status.REFERRAL_PENDING) {
        throw ApiException.conflict("alert " + alertId + " is " + s.status() + ": it cannot be assigned");
      }
      setAssignee(c, alertId, assignee, user.username(), s);
      return null;
    });
  }

  private void setAssignee(Connection c, String alertId, String assignee, String by, AlertState s)
      throws SQLException {
    Status next = s.status() == Status.NEW ? Status.IN_REVIEW : s.status();
    update(c, "UPDATE alert SET assignee = ?, status = ? WHERE alert_id = ?", assignee,
        next.name(), alertId);
    update(c, "INSERT INTO assignment (alert_id, assignee, assigned_by) VALUES (?, ?, ?)",
        alertId, assignee, by);
    audit(c, alertId, by, assignee.equals(by) ? "CLAIMED" : "ASSIGNED",
        Json.object().put("assignee", assignee).put("previous", s.assignee())
            .put("status", next.name()));
  }

  /** Adds a note to the case file. */
  public long addNote(String alertId, String body, User user) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > 4000) {
      throw ApiException.badRequest("a note needs between 1 and 4000 characters");
    }
    return inTransaction(c -> {
      requireAlert(c, alertId, true);
      long id;
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO note (alert_id, author, body) VALUES (?, ?, ?) RETURNING id")) {
        ps.setString(1, alertId);
        ps.setString(2, user.username());
        ps.setString(3, text);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
      }
      audit(c, alertId, user.username(), "NOTE_ADDED",
          Json.object().put("note_id", id).put("chars", text.length()));
      return id;
    });
  }

  /**
   * Records a disposition. Only the assignee (or a supervisor) may decide; an escalated alert only
   * a supervisor. A true positive becomes a referral proposal awaiting a second person's approval.
   */
  public long dispose(String alertId, Outcome outcome, FalsePositiveReason reasonCode,
      String reason, User user) {
    String why = reason == null ? "" : reason.strip();
    if (why.length() < 10 || why.length() > 4000) {
      throw ApiException.badRequest("give a reason of 10 to 4000 characters for the disposition");
    }
    if (outcome == Outcome.FALSE_POSITIVE && reasonCode == null) {
      throw ApiException.badRequest("a false positive needs a reason code (for example "
          + FalsePositiveReason.FAMILY_REMITTANCE + ")");
    }
    if (outcome != Outcome.FALSE_POSITIVE && reasonCode != null) {
      throw ApiException.badRequest("reason codes apply to false positives only");
    }
    boolean supervisor = user.has(Role.SUPERVISOR);
    return inTransaction(c -> {
      AlertState s = requireAlert(c, alertId, true);
      if (!s.status().open()) {
        throw ApiException.conflict("alert " + alertId + " is " + s.status()
            + ": no disposition can be recorded now");
      }
      if (s.status() == Status.ESCALATED && !supervisor) {
        throw ApiException.forbidden("alert " + alertId + " is escalated: a supervisor decides");
      }
      if (!supervisor && !user.username().equals(s.assignee())) {
        throw ApiException.forbidden("claim alert " + alertId + " before recording a disposition"
            + (s.assignee() != null ? " (it is assigned to " + s.assignee() + ")" : ""));
      }
      if (outcome == Outcome.ESCALATED && s.status() == Status.ESCALATED) {
        throw ApiException.conflict("alert " + alertId + " is already escalated");
      }
      String review = outcome == Outcome.TRUE_POSITIVE ? "PENDING" : "NOT_REQUIRED";
      long id;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO disposition (alert_id,"
          + " alert_revision, outcome, reason_code, reason, decided_by, review_state)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
        ps.setString(1, alertId);
        ps.setInt(2, s.revision());
        ps.setString(3, outcome.name());
        ps.setString(4, reasonCode == null ? null : reasonCode.name());
        ps.setString(5, why);
        ps.setString(6, user.username());
        ps.setString(7, review);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
      }
      Status next = switch (outcome) {
        case TRUE_POSITIVE -> Status.REFERRAL_PENDING;
        case FALSE_POSITIVE -> Status.CLOSED_FALSE_POSITIVE;
        case INCONCLUSIVE -> Status.CLOSED_INCONCLUSIVE;
        case ESCALATED -> Status.ESCALATED;
      };
      update(c, "UPDATE alert SET status = ? WHERE alert_id = ?", next.name(), alertId);
      ObjectNode detail = Json.object().put("disposition_id", id).put("outcome", outcome.name())
          .put("reason", why).put("status", next.name()).put("revision", s.revision());
      if (reasonCode != null) {
        detail.put("reason_code", reasonCode.name());
      }
      audit(c, alertId, user.username(), outcome == Outcome.TRUE_POSITIVE
          ? "REFERRAL_PROPOSED" : "DISPOSITION_RECORDED", detail);
      return id;
    });
  }

  /**
   * A supervisor approves or rejects a proposed referral. Four eyes: the approver cannot be the
   * person who proposed it (also enforced by a CHECK in the schema).
   */
  public void review(String alertId, boolean approve, String comment, User user) {
    String text = comment == null ? "" : comment.strip();
    if (!approve && text.length() < 10) {
      throw ApiException.badRequest("say why the referral is rejected (at least 10 characters)");
    }
    if (text.length() > 4000) {
      throw ApiException.badRequest("the comment is limited to 4000 characters");
    }
    inTransaction(c -> {
      AlertState s = requireAlert(c, alertId, true);
      if (s.status() != Status.REFERRAL_PENDING) {
        throw ApiException.conflict("alert " + alertId + " has no referral awaiting approval");
      }
      long dispositionId;
      String proposer;
      try (PreparedStatement ps = c.prepareStatement("SELECT id, decided_by FROM disposition"
          + " WHERE alert_id = ? AND review_state = 'PENDING' ORDER BY id DESC LIMIT 1")) {
        ps.setString(1, alertId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw ApiException.conflict("alert " + alertId + " has no referral awaiting approval");
          }
          dispositionId = rs.getLong(1);
          proposer = rs.getString(2);
        }
      }
      if (proposer.equals(user.username())) {
        throw ApiException.forbidden("four eyes: you proposed this referral, so another"
            + " supervisor must approve or reject it");
      }
      update(c, "UPDATE disposition SET review_state = ?, reviewed_by = ?, reviewed_at ="
          + " clock_timestamp(), review_comment = ? WHERE id = ?", approve ? "APPROVED" : "REJECTED",
          user.username(), text.isEmpty() ? null : text, dispositionId);
      Status next = approve ? Status.REFERRED : Status.IN_REVIEW;
      update(c, "UPDATE alert SET status = ? WHERE alert_id = ?", next.name(), alertId);
      audit(c, alertId, user.username(), approve ? "REFERRAL_APPROVED" : "REFERRAL_REJECTED",
          Json.object().put("disposition_id", dispositionId).put("proposed_by", proposer)
              .put("comment", text).put("status", next.name()));
      return null;
    });
  }

  /** Stores an export as generated (append-only) and audits it; returns its id. */
  public long recordExport(String alertId, int revision, String kind, String template,
      String format, boolean fin, String content, String sha256, User user) {
    return inTransaction(c -> {
      requireAlert(c, alertId, false);
      long id;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO referral_export (alert_id,"
          + " alert_revision, kind, template, format, final, created_by, sha256, content)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
        ps.setString(1, alertId);
        ps.setInt(2, revision);
        ps.setString(3, kind);
        ps.setString(4, template);
        ps.setString(5, format);
        ps.setBoolean(6, fin);
        ps.setString(7, user.username());
        ps.setString(8, sha256);
        ps.setString(9, content);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
      }
      audit(c, alertId, user.username(), "EXPORT_GENERATED", Json.object().put("export_id", id)
          .put("kind", kind).put("template", template).put("format", format).put("final", fin)
          .put("sha256", sha256).put("revision", revision));
      return id;
    });
  }

  /** A stored export: content type and text. */
  public record StoredExport(String alertId, String format, String content) {}

  public Optional<StoredExport> export(long id) {
    return inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT alert_id, format, content FROM referral_export WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new StoredExport(rs.getString(1), rs.getString(2),
              rs.getString(3))) : Optional.empty();
        }
      }
    });
  }

  /** An event with no alert (login, logout, refused login). */
  public void auditEvent(String alertId, String actor, String action, ObjectNode detail) {
    inTransaction(c -> {
      audit(c, alertId, actor, action, detail);
      return null;
    });
  }

  // ---------------------------------------------------------------- helpers

  private record AlertState(Status status, String assignee, int revision) {}

  private AlertState requireAlert(Connection c, String alertId, boolean lock) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT status, assignee, revision FROM alert"
        + " WHERE alert_id = ?" + (lock ? " FOR UPDATE" : ""))) {
      ps.setString(1, alertId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw ApiException.notFound("no alert " + alertId);
        }
        return new AlertState(Status.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3));
      }
    }
  }

  static void audit(Connection c, String alertId, String actor, String action, ObjectNode detail)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO audit_event (alert_id, actor, action, detail) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, alertId);
      ps.setString(2, actor);
      ps.setString(3, action);
      ps.setObject(4, jsonb(Json.write(detail)));
      ps.executeUpdate();
    }
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, java.util.Arrays.asList(args));
      ps.executeUpdate();
    }
  }

  private static int bind(PreparedStatement ps, List<?> args) throws SQLException {
    int i = 1;
    for (Object a : args) {
      if (a instanceof Instant t) {
        ps.setObject(i++, ts(t));
      } else {
        ps.setObject(i++, a);
      }
    }
    return i;
  }

  private static ArrayNode rows(Connection c, String sql, Object... args) throws SQLException {
    ArrayNode out = Json.MAPPER.createArrayNode();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, java.util.Arrays.asList(args));
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          ObjectNode o = out.addObject();
          for (int k = 1; k <= md.getColumnCount(); k++) {
            String name = md.getColumnLabel(k);
            Object v = rs.getObject(k);
            if (v == null) {
              o.putNull(name);
            } else if (v instanceof Timestamp t) {
              o.put(name, t.toInstant().toString());
            } else if (v instanceof PGobject pg && "jsonb".equals(pg.getType())) {
              o.set(name, Json.read(pg.getValue()));
            } else if (v instanceof Number n) {
              o.put(name, new BigDecimal(n.toString()));
            } else if (v instanceof Boolean b) {
              o.put(name, b);
            } else {
              o.put(name, v.toString());
            }
          }
        }
      }
    }
    return out;
  }

  private static String instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant().toString();
  }

  private static ArrayNode strings(Array array) throws SQLException {
    ArrayNode out = Json.MAPPER.createArrayNode();
    if (array != null) {
      for (Object o : (Object[]) array.getArray()) {
        out.add(String.valueOf(o));
      }
    }
    return out;
  }

  private static OffsetDateTime ts(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private static Array textArray(Connection c, List<String> values) throws SQLException {
    return c.createArrayOf("text", values.toArray());
  }

  private static PGobject jsonb(String json) throws SQLException {
    PGobject o = new PGobject();
    o.setType("jsonb");
    o.setValue(json);
    return o;
  }
}
