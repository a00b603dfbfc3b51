package dev.moneytrail.console.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moneytrail.console.Fixtures;
import dev.moneytrail.console.store.Network.Party;
import dev.moneytrail.console.store.Network.PartyRole;
import dev.moneytrail.schemas.interchange.InterchangeJson;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NetworkTest {

  @Test
  void aFanInsSubjectIsTheControllerAndItsSendersSuspectedVictims() {
    Network n = Network.of(Json.read(InterchangeJson.alertLine(Fixtures.fanIn("N-1", 2))));
    Map<String, Party> p = byId(n);
    assertTrue(p.get(Fixtures.CONTROLLER).roles().contains(PartyRole.SUSPECTED_CONTROLLER));
    assertTrue(p.get(Fixtures.WORKER_3).suspectedVictim());
    assertEquals("HIGH", p.get(Fixtures.WORKER_1).confidence(n.mentions(Fixtures.WORKER_1)),
        "named by both hits");
    assertEquals("MEDIUM", p.get(Fixtures.WORKER_3).confidence(n.mentions(Fixtures.WORKER_3)));
    assertTrue(n.edges().stream().allMatch(e -> e.to().equals(Fixtures.CONTROLLER) && e.kind().equals("money")));
  }

  @Test
  void aPayrollFunnelsSubjectIsTheWorkerAndItsPayerTheEmployer() {
    JsonNode a = Json.read(InterchangeJson.alertLine(Fixtures.payrollFunnel("N-2")));
    Map<String, Party> p = byId(Network.of(a));
    assertTrue(p.get(a.path("subject_account_id").asText()).suspectedVictim());
    assertTrue(p.get("DE83200505501366215214").roles().contains(PartyRole.SUSPECTED_CONTROLLER));
    assertTrue(p.get("DE44200505503972301821").roles().contains(PartyRole.EMPLOYER));
  }

  private static Map<String, Party> byId(Network n) {
    return n.parties().stream().collect(Collectors.toMap(Party::accountId, Function.identity()));
  }
}
