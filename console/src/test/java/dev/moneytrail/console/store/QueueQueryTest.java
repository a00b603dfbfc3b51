package dev.moneytrail.console.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueQueryTest {

  @Test
  void defaultsToHighestScoreFirstAndTwentyFivePerPage() {
    QueueQuery q = QueueQuery.parse(Map.of());
    assertEquals("score", q.sort());
    assertTrue(q.descending());
    assertEquals(25, q.size());
    assertEquals("", q.where(new ArrayList<>(), true));
  }

  @Test
  void anEndDateIncludesItsWholeDayAndFiltersBecomeParameters() {
    QueueQuery q = QueueQuery.parse(Map.of("to", "2026-02-14", "typology", "wage-control",
        "assignee", "none", "status", "NEW"));
    assertEquals(Instant.parse("2026-02-15T00:00:00Z"), q.to());
    List<Object> args = new ArrayList<>();
    String where = q.where(args, true);
    assertEquals(" WHERE a.typology = ? AND a.status = ? AND a.assignee IS NULL AND a.created_at < ?", where);
    assertEquals(List.of("wage-control", "NEW", Instant.parse("2026-02-15T00:00:00Z")), args);
    assertEquals(" WHERE a.typology = ? AND a.assignee IS NULL AND a.created_at < ?",
        q.where(new ArrayList<>(), false), "counts by status ignore the status filter");
  }

  @Test
  void refusesBadValuesNamingTheParameter() {
    Map<String, String> bad = Map.of("severity", "CRITICAL", "status", "OPEN", "min_score", "101",
        "size", "1000", "from", "yesterday", "dir", "up", "page", "-1");
    bad.forEach((k, v) -> {
      ApiException e = assertThrows(ApiException.class, () -> QueueQuery.parse(Map.of(k, v)), k);
      assertEquals(400, e.status());
      assertTrue(e.getMessage().contains(k), e.getMessage());
    });
    assertThrows(ApiException.class, () -> QueueQuery.parse(Map.of("min_score", "60", "max_score", "40")));
  }
}
