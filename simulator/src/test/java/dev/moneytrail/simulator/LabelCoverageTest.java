package dev.moneytrail.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.interchange.CaseLabel;
import dev.moneytrail.simulator.typology.PlantedCase;
import dev.moneytrail.simulator.typology.TypologyName;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Labels name every account that takes part in a case, and their periods contain the activity. */
class LabelCoverageTest {

  private final SmallWorld w = SmallWorld.get();

  @Test
  void everyTypologyAndDecoyIsPlantedWithTheRequestedCount() {
    Map<TypologyName, Long> counts = w.cases.stream()
        .collect(Collectors.groupingBy(PlantedCase::typology, Collectors.counting()));
    for (TypologyName t : TypologyName.values()) {
      assertEquals(2L, counts.get(t), t.id());
    }
    assertEquals(w.cases.size(), w.cases.stream().map(c -> c.label().caseId()).distinct().count());
  }

  @Test
  void everyAccountTouchedByACaseIsInItsLabel() {
    for (PlantedCase c : w.cases) {
      Set<String> labelled = new HashSet<>(c.label().accountIds());
      for (TransactionEvent t : w.tagged(c.label().caseId())) {
        assertTrue(labelled.contains(t.getAccountId()), c.label().caseId() + " misses " + t.getAccountId());
        String cp = t.getCounterpartyAccountId();
        if (cp != null && w.opening.containsKey(cp)) {
          assertTrue(labelled.contains(cp), c.label().caseId() + " misses counterparty " + cp);
        }
      }
    }
  }

  @Test
  void everyLabelledAccountExistsAndTakesPart() {
    Set<String> introducers = w.opening.values().stream().map(AccountEvent::getIntroducerId)
        .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    for (PlantedCase c : w.cases) {
      Set<String> active = w.tagged(c.label().caseId()).stream().map(TransactionEvent::getAccountId).collect(Collectors.toSet());
      for (String id : c.label().accountIds()) {
        AccountEvent a = w.account(id);
        assertNotNull(a, c.label().caseId() + " labels unknown account " + id);
        assertTrue(active.contains(id) || introducers.contains(a.getCustomerId()),
            c.label().caseId() + ": " + id + " (" + a.getName() + ") has no planted activity");
      }
    }
  }

  @Test
  void labelPeriodsContainThePlantedActivity() {
    for (PlantedCase c : w.cases) {
      CaseLabel l = c.label();
      assertFalse(l.start().isBefore(w.start), l.caseId());
      for (TransactionEvent t : w.tagged(l.caseId())) {
        assertFalse(t.getTimestamp().isBefore(l.start()), l.caseId() + " activity before its start: " + t);
        assertFalse(t.getTimestamp().isAfter(l.end()), l.caseId() + " activity after its end");
      }
      assertEquals(c.typology().decoy(), l.decoy());
      assertEquals(c.typology().id(), l.typology());
    }
  }

  @Test
  void nationalityCarriesNoSignalVictimsAndDecoysIncludeMigrantsAndNationals() {
    for (boolean decoy : List.of(false, true)) {
      Set<Boolean> foreign = new HashSet<>();
      for (PlantedCase c : w.cases) {
        if (c.label().decoy() == decoy) {
          for (String id : c.label().accountIds()) {
            AccountEvent a = w.account(id);
            if (a.getNationality() != null) {
              foreign.add(!a.getNationality().equals("DE"));
            }
          }
        }
      }
      assertEquals(Set.of(true, false), foreign, (decoy ? "decoys" : "victims") + " include both");
    }
  }
}
