package dev.moneytrail.simulator;

import static dev.moneytrail.simulator.SmallWorld.cents;
import static dev.moneytrail.simulator.SmallWorld.isDebit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.CustomerType;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.simulator.typology.PlantedCase;
import dev.moneytrail.simulator.typology.TypologyName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each decoy has the legitimate feature that separates it from the typology it resembles. */
class DecoyPlantingTest {

  private final SmallWorld w = SmallWorld.get();

  private List<PlantedCase> cases(TypologyName t) {
    List<PlantedCase> cs = w.casesOf(t);
    assertFalse(cs.isEmpty(), "no case of " + t);
    cs.forEach(c -> assertTrue(c.label().decoy(), c.label().caseId() + " is labelled a decoy"));
    return cs;
  }

  @Test
  void roscaPaysEveryMemberThePotExactlyOncePerRotationAndContributionsAreEqual() {
    for (PlantedCase c : cases(TypologyName.ROSCA_SAVINGS_CLUB)) {
      List<TransactionEvent> tagged = w.tagged(c.label().caseId());
      List<TransactionEvent> contributions = tagged.stream()
          .filter(t -> isDebit(t) && t.getChannel() == Channel.INTERNAL && t.getReference() != null
              && !t.getReference().endsWith("pot")).toList();
      Set<Long> amounts = contributions.stream().map(SmallWorld::cents).collect(Collectors.toSet());
      assertEquals(1, amounts.size(), "one contribution amount: " + amounts);
      String treasurer = contributions.get(0).getCounterpartyAccountId();
      Set<String> members = contributions.stream().map(TransactionEvent::getAccountId).collect(Collectors.toSet());
      List<TransactionEvent> payouts = tagged.stream()
          .filter(t -> isDebit(t) && t.getAccountId().equals(treasurer) && t.getReference() != null
              && t.getReference().endsWith("pot"))
          .sorted(Comparator.comparing(TransactionEvent::getTimestamp)).toList();
      assertFalse(payouts.isEmpty());
      for (TransactionEvent p : payouts) {
        assertTrue(members.contains(p.getCounterpartyAccountId()), "pot goes to a member");
        assertEquals(amounts.iterator().next() * members.size(), cents(p), "pot = contribution x members");
      }
      for (int i = 0; i + members.size() <= payouts.size(); i++) {
        Set<String> window = new HashSet<>();
        payouts.subList(i, i + members.size()).forEach(p -> window.add(p.getCounterpartyAccountId()));
        assertEquals(members.size(), window.size(), "each member once per rotation");
      }
      Set<String> seen = new HashSet<>();
      for (TransactionEvent p : payouts.subList(0, Math.min(members.size(), payouts.size()))) {
        assertTrue(seen.add(p.getCounterpartyAccountId()), "no member twice before all have had a turn");
      }
    }
  }

  @Test
  void familyRemittanceGoesToOneSameSurnameBeneficiaryNobodyElsePays() {
    for (PlantedCase c : cases(TypologyName.FAMILY_REMITTANCE)) {
      List<TransactionEvent> sent = w.tagged(c.label().caseId()).stream()
          .filter(t -> t.getChannel() == Channel.MONEY_TRANSFER && isDebit(t)).toList();
      assertTrue(sent.size() >= 2, "remittances " + sent.size());
      String sender = sent.get(0).getAccountId();
      String senderSurname = last(w.account(sender).getName());
      Set<String> beneficiaries = sent.stream().map(TransactionEvent::getCounterpartyAccountId).collect(Collectors.toSet());
      assertEquals(1, beneficiaries.size());
      assertEquals(senderSurname, last(sent.get(0).getCounterpartyName()), "beneficiary is family");
      String b = beneficiaries.iterator().next();
      assertEquals(Set.of(sender), w.transactions.stream().filter(t -> b.equals(t.getCounterpartyAccountId()))
          .map(TransactionEvent::getAccountId).collect(Collectors.toSet()), "one sender only");
      long wage = cents(w.on(sender, SmallWorld::isSalaryCredit).get(0));
      assertTrue(sent.stream().mapToLong(SmallWorld::cents).max().orElse(0) * 100 >= wage * 30, "heavy share");
    }
  }

  @Test
  void ownAccountSweepNamesTheHolderAsCounterpartyAndMovesMostOfTheWage() {
    for (PlantedCase c : cases(TypologyName.OWN_ACCOUNT_SWEEP)) {
      String holder = w.paidWorkers(c.label()).get(0);
      String name = w.account(holder).getName();
      List<TransactionEvent> wages = w.on(holder, SmallWorld::isSalaryCredit);
      for (TransactionEvent wage : wages) {
        List<TransactionEvent> sweeps = w.on(holder, t -> isDebit(t) && name.equals(t.getCounterpartyName())
            && SmallWorld.within(t.getTimestamp(), wage.getTimestamp(), Duration.ofHours(48)));
        if (wage.getTimestamp().plus(Duration.ofHours(48)).isBefore(w.end)) {
          assertFalse(sweeps.isEmpty(), "sweep after " + wage.getTimestamp());
          long swept = sweeps.stream().mapToLong(SmallWorld::cents).sum();
          assertTrue(swept * 100 >= cents(wage) * 80, "swept " + swept + " of " + cents(wage));
          assertTrue(sweeps.stream().noneMatch(t -> w.account(t.getCounterpartyAccountId()) != null), "account elsewhere");
        }
      }
    }
  }

  @Test
  void employerPaidTravelBuysFlightsAndVisasPaysFullWagesAndTakesNothingBack() {
    for (PlantedCase c : cases(TypologyName.EMPLOYER_PAID_TRAVEL)) {
      List<AccountEvent> workers = c.label().accountIds().stream().map(w::account)
          .filter(a -> a.getIntroducerId() != null).toList();
      assertTrue(workers.size() >= 8);
      AccountEvent employer = w.opening.values().stream()
          .filter(a -> a.getCustomerId().equals(workers.get(0).getIntroducerId())).findFirst().orElseThrow();
      assertEquals(workers.size(), workers.stream().map(AccountEvent::getPhone).distinct().count(), "own phones");
      assertEquals(workers.size(), workers.stream().map(AccountEvent::getAddress).distinct().count(), "own addresses");
      List<TransactionEvent> travel = w.on(employer.getAccountId(), t -> isDebit(t)
          && (t.getPurpose() == Purpose.TRAVEL || t.getPurpose() == Purpose.FEE));
      assertTrue(travel.size() >= workers.size(), "flights and visas");
      for (AccountEvent a : workers) {
        assertTrue(w.on(a.getAccountId(), t -> isDebit(t) && employer.getAccountId().equals(t.getCounterpartyAccountId())).isEmpty(),
            "no money back to the employer");
        long wage = w.on(a.getAccountId(), SmallWorld::isSalaryCredit).stream().mapToLong(SmallWorld::cents).min().orElse(0);
        assertTrue(wage > 0);
      }
      assertFalse(w.on(employer.getAccountId(), t -> t.getPurpose() == Purpose.TAX).isEmpty(), "payroll tax paid");
    }
  }

  @Test
  void licensedHostelAddressBelongsToAnI55BusinessNamedHostelAndRentsAreCapped() {
    for (PlantedCase c : cases(TypologyName.LICENSED_WORKER_HOSTEL)) {
      AccountEvent hostel = c.label().accountIds().stream().map(w::account)
          .filter(a -> a.getCustomerType() == CustomerType.BUSINESS).findFirst().orElseThrow();
      assertEquals("I55", hostel.getSector());
      assertTrue(hostel.getName().contains("Hostel"));
      List<AccountEvent> residents = c.label().accountIds().stream().map(w::account)
          .filter(a -> a.getCustomerType() == CustomerType.PERSON).toList();
      assertTrue(residents.size() >= 10);
      residents.forEach(r -> assertEquals(hostel.getAddress(), r.getAddress()));
      Set<Long> rents = w.on(hostel.getAccountId(), t -> t.getDirection() == Direction.CREDIT
          && t.getPurpose() == Purpose.ACCOMMODATION).stream().map(SmallWorld::cents).collect(Collectors.toSet());
      assertEquals(1, rents.size(), "one capped rate");
      Set<String> employers = new HashSet<>();
      for (AccountEvent r : residents) {
        w.on(r.getAccountId(), SmallWorld::isSalaryCredit).forEach(t -> employers.add(t.getCounterpartyAccountId()));
      }
      assertTrue(employers.size() >= 3, "residents work for several employers");
    }
  }

  @Test
  void landlordTenantsLiveInSeparateFlatsWorkForDifferentEmployersAndPayFixedRent() {
    for (PlantedCase c : cases(TypologyName.LANDLORD_MANY_TENANTS)) {
      List<TransactionEvent> rents = w.tagged(c.label().caseId()).stream()
          .filter(t -> isDebit(t) && t.getPurpose() == Purpose.RENT).toList();
      Map<String, Set<Long>> byTenant = rents.stream().collect(Collectors.groupingBy(TransactionEvent::getAccountId,
          Collectors.mapping(SmallWorld::cents, Collectors.toSet())));
      assertTrue(byTenant.size() >= 6);
      byTenant.values().forEach(a -> assertEquals(1, a.size(), "fixed rent"));
      assertEquals(byTenant.size(), byTenant.keySet().stream().map(id -> w.account(id).getAddress()).distinct().count());
      Set<String> employers = new HashSet<>();
      for (String t : byTenant.keySet()) {
        w.on(t, SmallWorld::isSalaryCredit).forEach(s -> employers.add(s.getCounterpartyName()));
      }
      assertTrue(employers.size() * 2 >= byTenant.size(), "different employers: " + employers.size());
    }
  }

  @Test
  void payrollBureauPaysFullTaxedWagesForSeveralClientsAndKeepsOnlyAFee() {
    for (PlantedCase c : cases(TypologyName.PAYROLL_BUREAU)) {
      AccountEvent bureau = c.label().accountIds().stream().map(w::account)
          .filter(a -> a.getName().contains("Payroll") || a.getName().contains("Lohnbüro")).findFirst().orElseThrow();
      List<TransactionEvent> wages = w.on(bureau.getAccountId(), t -> isDebit(t) && t.getPurpose() == Purpose.SALARY);
      assertTrue(wages.stream().map(TransactionEvent::getCounterpartyName).distinct().count() >= 10);
      List<TransactionEvent> funding = w.on(bureau.getAccountId(), t -> t.getDirection() == Direction.CREDIT
          && t.getReference() != null && (t.getReference().startsWith("PAYROLL FUNDING") || t.getReference().startsWith("Lohnlauf")));
      assertTrue(funding.stream().map(TransactionEvent::getCounterpartyAccountId).distinct().count() >= 3);
      long in = funding.stream().mapToLong(SmallWorld::cents).sum();
      long out = wages.stream().mapToLong(SmallWorld::cents).sum();
      assertTrue(out * 100 >= in * 60, "most of the funding is paid out as wages: " + out + " of " + in);
      assertFalse(w.on(bureau.getAccountId(), t -> t.getPurpose() == Purpose.TAX).isEmpty(), "payroll tax paid");
    }
  }

  @Test
  void seasonalLayoffStopsEveryonesWagesAtOnceThenResumes() {
    for (PlantedCase c : cases(TypologyName.SEASONAL_LAYOFF)) {
      List<String> workers = w.paidWorkers(c.label());
      assertTrue(workers.size() >= 6);
      List<Long> gaps = new ArrayList<>();
      for (String wk : workers) {
        List<TransactionEvent> wages = w.on(wk, SmallWorld::isSalaryCredit);
        long maxGap = 0;
        for (int i = 1; i < wages.size(); i++) {
          maxGap = Math.max(maxGap, Duration.between(wages.get(i - 1).getTimestamp(), wages.get(i).getTimestamp()).toDays());
        }
        gaps.add(maxGap);
        assertTrue(wages.get(wages.size() - 1).getTimestamp().isAfter(w.start.plus(Duration.ofDays(40))), "wages resume");
      }
      assertTrue(gaps.stream().allMatch(g -> g >= 28), "a gap of four weeks or more for all: " + gaps);
    }
  }

  private static String last(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }
}
