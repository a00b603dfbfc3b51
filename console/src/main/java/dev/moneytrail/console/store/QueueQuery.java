package dev.moneytrail.console.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated queue request: filters, sort and page. Built from query parameters by
 * {@link #parse}, which names the offending parameter in its message.
 */
public record QueueQuery(String typology, String severity, BigDecimal minScore,
    BigDecimal maxScore, String status, String assignee, Instant from, Instant to,
    String sort, boolean descending, int page, int size) {

  public static final int MAX_PAGE_SIZE = 200;
  private static final Set<String> KNOWN = Set.of("typology", "severity", "min_score",
      "max_score", "status", "assignee", "from", "to", "sort", "dir", "page", "size");

  /** Defaults: highest score first, 25 per page. */
  public static QueueQuery parse(Map<String, String> p) {
    for (String k : p.keySet()) {
      if (!KNOWN.contains(k)) {
        throw ApiException.badRequest("unknown queue parameter '" + k + "'; known: " + KNOWN);
      }
    }
    String severity = blankToNull(p.get("severity"));
    if (severity != null && !Set.of("LOW", "MEDIUM", "HIGH").contains(severity)) {
      throw ApiException.badRequest("severity must be LOW, MEDIUM or HIGH, got '" + severity + "'");
    }
    String status = blankToNull(p.get("status"));
    if (status != null) {
      try {
        Status.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("status must be one of " + List.of(Status.values())
            + ", got '" + status + "'");
      }
    }
    BigDecimal min = score(p, "min_score");
    BigDecimal max = score(p, "max_score");
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw ApiException.badRequest("min_score must not exceed max_score");
    }
    Instant from = date(p, "from", false);
    Instant to = date(p, "to", true);
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badRequest("'from' must not be after 'to'");
    }
    String sort = p.getOrDefault("sort", "score");
    if (!AlertStore.sortKeys().contains(sort)) {
      throw ApiException.badRequest("sort must be one of " + AlertStore.sortKeys() + ", got '"
          + sort + "'");
    }
    String dir = p.getOrDefault("dir", "desc");
    if (!dir.equals("asc") && !dir.equals("desc")) {
      throw ApiException.badRequest("dir must be asc or desc, got '" + dir + "'");
    }
    int page = integer(p, "page", 0, 0, 1_000_000);
    int size = integer(p, "size", 25, 1, MAX_PAGE_SIZE);
    String typology = blankToNull(p.get("typology"));
    if (typology != null && typology.length() > 100) {
      throw ApiException.badRequest("typology is at most 100 characters");
    }
    String assignee = blankToNull(p.get("assignee"));
    if (assignee != null && assignee.length() > 40) {
      throw ApiException.badRequest("assignee is at most 40 characters");
    }
    return new QueueQuery(typology, severity, min, max, status, assignee, from, to, sort,
        dir.equals("desc"), page, size);
  }

  /** WHERE clause with positional parameters appended to {@code args}. */
  String where(List<Object> args, boolean withStatus) {
    StringBuilder w = new StringBuilder();
    add(w, args, "a.typology = ?", typology);
    add(w, args, "a.severity = ?", severity);
    add(w, args, "a.score >= ?", minScore);
    add(w, args, "a.score <= ?", maxScore);
    if (withStatus) {
      add(w, args, "a.status = ?", status);
    }
    if ("none".equals(assignee)) {
      w.append(w.length() == 0 ? " WHERE " : " AND ").append("a.assignee IS NULL");
    } else {
      add(w, args, "a.assignee = ?", assignee);
    }
    add(w, args, "a.created_at >= ?", from);
    add(w, args, "a.created_at < ?", to);
    return w.toString();
  }

  private static void add(StringBuilder w, List<Object> args, String clause, Object value) {
    if (value != null) {
      w.append(w.length() == 0 ? " WHERE " : " AND ").append(clause);
      args.add(value);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static BigDecimal score(Map<String, String> p, String name) {
    String v = blankToNull(p.get(name));
    if (v == null) {
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(v);
      if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw ApiException.badRequest(name + " must be between 0 and 100, got " + v);
      }
      return d;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a number between 0 and 100, got '" + v + "'");
    }
  }

  /** A date (YYYY-MM-DD, UTC day; an end date includes its whole day) or an ISO instant. */
  private static Instant date(Map<String, String> p, String name, boolean end) {
    String v = blankToNull(p.get(name));
    if (v == null) {
      return null;
    }
    try {
      if (v.length() == 10) {
        LocalDate d = LocalDate.parse(v);
        return (end ? d.plusDays(1) : d).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date YYYY-MM-DD or an ISO-8601 instant,"
          + " got '" + v + "'");
    }
  }

  private static int integer(Map<String, String> p, String name, int dflt, int min, int max) {
    String v = blankToNull(p.get(name));
    if (v == null) {
      return dflt;
    }
    try {
      int i = Integer.parseInt(v);
      if (i < min || i > max) {
        throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", got " + v);
      }
      return i;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, got '" + v + "'");
    }
  }
}
