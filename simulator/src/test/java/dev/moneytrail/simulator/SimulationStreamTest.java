package dev.moneytrail.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.AccountEventKind;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The event stream the demo produces to Kafka: event-time order, accounts before their postings. */
class SimulationStreamTest {

  private final SmallWorld w = SmallWorld.get();

  @Test
  void eventsComeInEventTimeOrder() {
    Instant previous = Instant.MIN;
    for (SimulationEvent e : w.events) {
      if (e instanceof SimulationEvent.Posting) {
        assertFalse(e.eventTime().isBefore(previous), "out of order at " + e.eventTime());
        previous = e.eventTime();
      }
    }
    Instant lastAccount = Instant.MIN;
    for (SimulationEvent e : w.events) {
      if (e instanceof SimulationEvent.AccountChange) {
        assertFalse(e.eventTime().isBefore(lastAccount), "account lines in as_of order");
        lastAccount = e.eventTime();
      }
    }
  }

  @Test
  void everyAccountIsOpenedInTheStreamBeforeItsFirstTransaction() {
    Set<String> opened = new HashSet<>();
    Instant latest = Instant.MIN;
    int openedDuringRun = 0;
    for (SimulationEvent e : w.events) {
      assertFalse(e.eventTime().isBefore(latest) && e.eventTime().isAfter(w.start), "stream goes back in time");
      if (e.eventTime().isAfter(latest)) {
        latest = e.eventTime();
      }
      if (e instanceof SimulationEvent.AccountChange a) {
        if (a.event().getKind() == AccountEventKind.OPENED) {
          opened.add(a.accountId());
          if (!a.eventTime().isBefore(w.start)) {
            openedDuringRun++;
          }
        } else {
          assertTrue(opened.contains(a.accountId()), "change before opening");
        }
      } else {
        assertTrue(opened.contains(e.accountId()), "transaction before the account's opening: " + e.accountId());
      }
    }
    assertTrue(openedDuringRun >= 5, "proxy-onboarded accounts open during the run: " + openedDuringRun);
  }

  @Test
  void ledgerEntriesCarryTheirCaseAsGroundTruth() {
    long tagged = w.events.stream().filter(e -> e instanceof SimulationEvent.Posting p && p.caseId() != null).count();
    assertTrue(tagged > 100);
    Set<String> ids = new HashSet<>();
    w.cases.forEach(c -> ids.add(c.label().caseId()));
    w.caseOfEvent.values().forEach(id -> assertTrue(ids.contains(id)));
    assertEquals(w.transactions.size(), w.events.stream().filter(e -> e instanceof SimulationEvent.Posting).count());
  }
}
