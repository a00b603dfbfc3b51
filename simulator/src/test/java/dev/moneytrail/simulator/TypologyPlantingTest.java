package dev.moneytrail.simulator;

import static dev.moneytrail.simulator.SmallWorld.cents;
import static dev.moneytrail.simulator.SmallWorld.isDebit;
import static dev.moneytrail.simulator.SmallWorld.isSalaryCredit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.interchange.CaseLabel;
import dev.moneytrail.simulator.typology.PlantedCase;
import dev.moneytrail.simulator.typology.TypologyName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each planted typology really has the properties docs/typologies.md claims for it, measured on the
 * output the way a rule would see it (no access to the generator's internals beyond the case tag).
 */
class TypologyPlantingTest {

  private final SmallWorld w = SmallWorld.get();

  private List<PlantedCase> cases(TypologyName t) {
    List<PlantedCase> cs = w.casesOf(t);
    assertFalse(cs.isEmpty(), "no case of " + t);
    return cs;
  }

  /** Sum of debits from an account to each counterparty within a window after a moment. */
  private Map<String, Long> outflowsAfter(String account, Instant from, Duration window) {
    Map<String, Long> out = new HashMap<>();
    for (TransactionEvent t : w.on(account, SmallWorld::isDebit)) {
      if (SmallWorld.within(t.getTimestamp(), from, window) && t.getCounterpartyAccountId() != null) {
        out.merge(t.getCounterpartyAccountId(), cents(t), Long::sum);
      }
    }
    return out;
  }

  @Test
  void payrollFunnelForwardsMostOfEachWageToOneControllerWithin48Hours() {
    Set<Integer> shares = new HashSet<>();
    for (PlantedCase c : cases(TypologyName.PAYROLL_FUNNEL_CONTROLLER)) {
      List<String> workers = w.paidWorkers(c.label());
      assertTrue(workers.size() >= 5, "workers " + workers.size());
      Map<String, Set<String>> sendersByController = new HashMap<>();
      for (String worker : workers) {
        List<TransactionEvent> wages = w.on(worker, SmallWorld::isSalaryCredit).stream()
            .filter(t -> t.getTimestamp().plus(Duration.ofHours(48)).isBefore(w.end)).toList();
        assertTrue(wages.size() >= 2, "paydays seen: " + wages.size());
        int funnelled = 0;
        for (TransactionEvent wage : wages.subList(0, Math.min(3, wages.size()))) {
          Map<String, Long> out = outflowsAfter(worker, wage.getTimestamp(), Duration.ofHours(48));
          Map.Entry<String, Long> top = out.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
          if (top.getValue() >= cents(wage) * 60 / 100) {
            funnelled++;
            sendersByController.computeIfAbsent(top.getKey(), k -> new HashSet<>()).add(worker);
            shares.add((int) (top.getValue() * 100 / cents(wage)));
          }
        }
        assertTrue(funnelled >= 2, worker + " forwarded >=60% after only " + funnelled + " paydays");
      }
      int fanIn = sendersByController.values().stream().mapToInt(Set::size).max().orElse(0);
      assertTrue(fanIn >= 5, "controller fan-in from " + fanIn + " workers");
    }
    assertTrue(shares.size() > 3, "forwarded shares should vary: " + shares);
  }

  @Test
  void wageRecaptureSendsAtLeastThirtyPercentBackToTheEmployerOrAnAffiliateWithinSevenDays() {
    for (PlantedCase c : cases(TypologyName.EMPLOYER_WAGE_RECAPTURE)) {
      List<String> workers = w.paidWorkers(c.label());
      assertTrue(workers.size() >= 5);
      TransactionEvent anyWage = w.on(workers.get(0), SmallWorld::isSalaryCredit).get(0);
      AccountEvent employer = w.account(anyWage.getCounterpartyAccountId());
      Map<String, Set<String>> payersByCollector = new HashMap<>();
      for (String worker : workers) {
        int recaptured = 0;
        List<TransactionEvent> wages = w.on(worker, SmallWorld::isSalaryCredit).stream()
            .filter(t -> t.getTimestamp().plus(Duration.ofDays(7)).isBefore(w.end)).toList();
        for (TransactionEvent wage : wages) {
          Map<String, Long> out = outflowsAfter(worker, wage.getTimestamp(), Duration.ofDays(7));
          for (Map.Entry<String, Long> e : out.entrySet()) {
            AccountEvent collector = w.account(e.getKey());
            if (collector != null && related(collector, employer) && e.getValue() >= cents(wage) * 30 / 100) {
              recaptured++;
              payersByCollector.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(worker);
            }
          }
        }
        assertTrue(recaptured >= Math.min(2, wages.size()), worker + " recaptured in " + recaptured + " cycles");
      }
      assertTrue(payersByCollector.values().stream().anyMatch(s -> s.size() >= 5), "reverse payroll fan-in");
    }
  }

  private static boolean related(AccountEvent a, AccountEvent employer) {
    return a.getAccountId().equals(employer.getAccountId())
        || Objects.equals(a.getPhone(), employer.getPhone())
        || Objects.equals(a.getAddress(), employer.getAddress());
  }

  @Test
  void recruitmentDebtChargesAFeeOfAQuarterWageAndFixedInstalmentsToOneSharedCollector() {
    for (PlantedCase c : cases(TypologyName.RECRUITMENT_DEBT_BONDAGE)) {
      List<String> workers = w.paidWorkers(c.label());
      assertTrue(workers.size() >= 3);
      Map<String, Set<String>> collectors = new HashMap<>();
      for (String worker : workers) {
        AccountEvent kyc = w.account(worker);
        long monthly = kyc.getDeclaredMonthlyIncome().getAmount().movePointRight(2).longValueExact();
        long fees = w.tagged(c.label().caseId()).stream()
            .filter(t -> t.getAccountId().equals(worker) && t.getPurpose() == Purpose.FEE && isDebit(t))
            .mapToLong(SmallWorld::cents).sum();
        assertTrue(fees * 100 >= monthly * 25L * 100 / 115, worker + " fee " + fees + " vs monthly " + monthly);
        List<TransactionEvent> instalments = w.tagged(c.label().caseId()).stream()
            .filter(t -> t.getAccountId().equals(worker) && t.getPurpose() == Purpose.LOAN_REPAYMENT)
            .toList();
        assertTrue(instalments.size() >= 2, "instalments " + instalments.size());
        Set<Long> amounts = instalments.stream().map(SmallWorld::cents).collect(Collectors.toSet());
        assertEquals(1, amounts.size(), "instalments are a fixed amount: " + amounts);
        Set<String> payees = instalments.stream().map(TransactionEvent::getCounterpartyAccountId).collect(Collectors.toSet());
        assertEquals(1, payees.size());
        collectors.computeIfAbsent(payees.iterator().next(), k -> new HashSet<>()).add(worker);
        long wage = cents(w.on(worker, SmallWorld::isSalaryCredit).get(0));
        assertTrue(amounts.iterator().next() * 100 >= wage * 28, "instalment share of wage");
      }
      assertTrue(collectors.values().stream().anyMatch(s -> s.size() >= 3), "collector shared by 3+ workers");
    }
  }

  @Test
  void proxyOnboardingOpensABatchWithSharedIdentifiersAndCardsAreUsedTogetherAtOneAtm() {
    for (PlantedCase c : cases(TypologyName.PROXY_ONBOARDING_CARD_CUSTODY)) {
      List<AccountEvent> opened = c.label().accountIds().stream().map(w::account)
          .filter(a -> a.getIntroducerId() != null && !a.getOpenedAt().isBefore(w.start)).toList();
      assertTrue(opened.size() >= 5, "batch " + opened.size());
      Instant first = opened.stream().map(AccountEvent::getOpenedAt).min(Comparator.naturalOrder()).orElseThrow();
      Instant last = opened.stream().map(AccountEvent::getOpenedAt).max(Comparator.naturalOrder()).orElseThrow();
      assertTrue(Duration.between(first, last).toDays() <= 14, "opened within 14 days");
      assertEquals(1, opened.stream().map(AccountEvent::getIntroducerId).distinct().count());
      assertEquals(1, opened.stream().map(AccountEvent::getDeviceId).distinct().count(), "one device");
      boolean sharedContact = opened.stream().map(AccountEvent::getPhone).distinct().count() == 1
          || opened.stream().map(AccountEvent::getAddress).distinct().count() == 1;
      assertTrue(sharedContact, "shared phone or address");
      Set<String> victims = opened.stream().map(AccountEvent::getAccountId).collect(Collectors.toSet());
      String device = opened.get(0).getDeviceId();
      long onDevice = w.transactions.stream().filter(t -> device.equals(t.getDeviceId()))
          .map(TransactionEvent::getAccountId).filter(victims::contains).distinct().count();
      assertTrue(onDevice >= 4, "online payments of " + onDevice + " accounts from one device");
      // ATM sessions: >= 3 of the victims' cards at one ATM with gaps <= 3 minutes, on >= 2 days.
      List<TransactionEvent> cash = w.transactions.stream()
          .filter(t -> victims.contains(t.getAccountId()) && SmallWorld.isCash(t) && isDebit(t))
          .sorted(Comparator.comparing(TransactionEvent::getTimestamp)).toList();
      Set<String> sessionDays = new HashSet<>();
      for (int i = 0; i + 2 < cash.size(); i++) {
        TransactionEvent a = cash.get(i);
        TransactionEvent b = cash.get(i + 1);
        TransactionEvent d = cash.get(i + 2);
        if (a.getLocation().equals(b.getLocation()) && b.getLocation().equals(d.getLocation())
            && Duration.between(a.getTimestamp(), b.getTimestamp()).getSeconds() <= 180
            && Duration.between(b.getTimestamp(), d.getTimestamp()).getSeconds() <= 180
            && Set.of(a.getAccountId(), b.getAccountId(), d.getAccountId()).size() == 3) {
          sessionDays.add(a.getTimestamp().toString().substring(0, 10));
        }
      }
      assertTrue(sessionDays.size() >= 2, "custody sessions on " + sessionDays);
    }
  }

  @Test
  void headcountGapBusinessPaysFarLessThanItsDeclaredStaffWouldCostWhileTurningOverMore() {
    for (PlantedCase c : cases(TypologyName.PAYROLL_HEADCOUNT_GAP)) {
      AccountEvent biz = c.label().accountIds().stream().map(w::account)
          .filter(a -> a.getDeclaredEmployees() != null && a.getDeclaredEmployees() >= 25).findFirst().orElseThrow();
      double months = SmallWorld.CONFIG.days() / 30.4;
      long expected = (long) (biz.getDeclaredEmployees() * w.minimumMonthlyWageCents * months);
      long labour = w.on(biz.getAccountId(), t -> isDebit(t)
              && (t.getPurpose() == Purpose.SALARY || t.getPurpose() == Purpose.TAX))
          .stream().mapToLong(SmallWorld::cents).sum();
      long turnover = w.on(biz.getAccountId(), t -> t.getDirection() == Direction.CREDIT)
          .stream().mapToLong(SmallWorld::cents).sum();
      assertTrue(labour * 4 < expected, "labour cost " + labour + " vs expected " + expected);
      assertTrue(turnover >= expected * 9 / 10, "turnover " + turnover + " vs expected " + expected);
      long maxWage = w.on(biz.getAccountId(), t -> isDebit(t) && t.getPurpose() == Purpose.SALARY).stream()
          .mapToLong(SmallWorld::cents).max().orElse(0);
      assertTrue(maxWage * 2 < w.minimumMonthlyWageCents, "sub-minimum wages");
    }
  }

  @Test
  void cashBusinessTakesMostCreditsInCashAndRunsNoPayrollOrTax() {
    for (PlantedCase c : cases(TypologyName.CASH_BUSINESS_NO_PAYROLL)) {
      AccountEvent biz = c.label().accountIds().stream().map(w::account)
          .filter(a -> a.getDeclaredEmployees() != null).findFirst().orElseThrow();
      assertTrue(biz.getDeclaredEmployees() >= 8);
      List<TransactionEvent> credits = w.on(biz.getAccountId(), t -> t.getDirection() == Direction.CREDIT);
      long all = credits.stream().mapToLong(SmallWorld::cents).sum();
      List<TransactionEvent> cash = credits.stream().filter(SmallWorld::isCash).toList();
      long cashSum = cash.stream().mapToLong(SmallWorld::cents).sum();
      assertTrue(cashSum * 100 >= all * 60, "cash share " + cashSum * 100 / Math.max(1, all) + "%");
      assertTrue(w.on(biz.getAccountId(), t -> isDebit(t)
          && (t.getPurpose() == Purpose.SALARY || t.getPurpose() == Purpose.TAX)).isEmpty());
      long evening = cash.stream().filter(t -> t.getTimestamp().atZone(SmallWorld.ZONE).getHour() >= 19).count();
      assertTrue(evening * 100 >= cash.size() * 20L, "evening deposits " + evening + "/" + cash.size());
    }
  }

  @Test
  void labourBrokerReceivesFromSeveralBusinessesAndPaysManySmallSumsKeepingOverFortyPercent() {
    for (PlantedCase c : cases(TypologyName.LABOUR_BROKER_PASS_THROUGH)) {
      String broker = c.label().accountIds().stream()
          .filter(id -> w.tagged(c.label().caseId()).stream().filter(t -> t.getAccountId().equals(id)
              && t.getDirection() == Direction.CREDIT && t.getPurpose() == Purpose.SERVICES).count() > 2)
          .findFirst().orElseThrow();
      List<TransactionEvent> in = w.on(broker, t -> t.getDirection() == Direction.CREDIT && t.getPurpose() == Purpose.SERVICES);
      assertTrue(in.stream().map(TransactionEvent::getCounterpartyAccountId).distinct().count() >= 2);
      long inSum = in.stream().mapToLong(SmallWorld::cents).sum();
      double months = SmallWorld.CONFIG.days() / 30.4;
      assertTrue(inSum / months >= 2_000_000, "monthly inbound " + inSum / months);
      List<TransactionEvent> toPeople = w.tagged(c.label().caseId()).stream()
          .filter(t -> t.getAccountId().equals(broker) && isDebit(t) && t.getChannel() != Channel.CASH
              && t.getPurpose() == null)
          .toList();
      assertTrue(toPeople.stream().map(TransactionEvent::getCounterpartyAccountId).distinct().count() >= 10);
      assertTrue(toPeople.stream().allMatch(t -> cents(t) < 100_000), "each payment below 1,000");
      long outPeople = toPeople.stream().mapToLong(SmallWorld::cents).sum();
      assertTrue((inSum - outPeople) * 100 >= inSum * 40, "margin");
      long cash = w.on(broker, t -> SmallWorld.isCash(t) && isDebit(t)).stream().mapToLong(SmallWorld::cents).sum();
      assertTrue(cash * 100 >= inSum * 25, "cash withdrawals " + cash + " of " + inSum);
    }
  }

  @Test
  void multiPayeeAccountReceivesWagesAddressedToThreeOrMoreOtherPeople() {
    for (PlantedCase c : cases(TypologyName.MULTI_PAYEE_WAGES)) {
      String holder = c.label().accountIds().stream()
          .filter(id -> w.account(id).getCustomerType().toString().equals("PERSON")).findFirst().orElseThrow();
      String holderName = w.account(holder).getName();
      List<TransactionEvent> wages = w.on(holder, SmallWorld::isSalaryCredit);
      Instant from = w.start;
      Set<String> names = wages.stream().filter(t -> t.getTimestamp().isBefore(from.plus(Duration.ofDays(35))))
          .map(t -> t.getBeneficiaryName().toUpperCase()).collect(Collectors.toSet());
      assertTrue(names.size() >= 3, "names " + names);
      assertTrue(names.stream().filter(n -> !n.equals(holderName.toUpperCase())).count() >= 2);
    }
  }

  @Test
  void remittanceFanInHasFiveUnrelatedSendersToOneBeneficiaryWithAnotherSurname() {
    for (PlantedCase c : cases(TypologyName.REMITTANCE_FAN_IN)) {
      Map<String, Set<String>> senders = new TreeMap<>();
      Map<String, String> beneficiaryName = new HashMap<>();
      for (TransactionEvent t : w.tagged(c.label().caseId())) {
        if (t.getChannel() == Channel.MONEY_TRANSFER && isDebit(t)
            && t.getTimestamp().isBefore(w.start.plus(Duration.ofDays(30)))) {
          senders.computeIfAbsent(t.getCounterpartyAccountId(), k -> new HashSet<>()).add(t.getAccountId());
          beneficiaryName.put(t.getCounterpartyAccountId(), t.getCounterpartyName());
        }
      }
      Map.Entry<String, Set<String>> top = senders.entrySet().stream()
          .max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow();
      assertTrue(top.getValue().size() >= 5, "senders " + top.getValue().size());
      String[] b = beneficiaryName.get(top.getKey()).split(" ");
      String bSurname = b[b.length - 1];
      Set<String> surnames = new HashSet<>();
      Set<String> employers = new HashSet<>();
      for (String s : top.getValue()) {
        String[] n = w.account(s).getName().split(" ");
        assertFalse(n[n.length - 1].equals(bSurname), "sender shares the beneficiary's surname");
        surnames.add(n[n.length - 1]);
        employers.add(w.account(s).getEmployerId());
      }
      assertEquals(top.getValue().size(), surnames.size(), "senders are unrelated (different surnames)");
      assertEquals(1, employers.size(), "senders share an employer");
    }
  }

  @Test
  void domesticWorkerGetsNoRealWageAndBanksThroughTheHouseholdsDeviceOrPhone() {
    for (PlantedCase c : cases(TypologyName.DOMESTIC_SERVITUDE)) {
      AccountEvent worker = c.label().accountIds().stream().map(w::account)
          .filter(a -> a.getIntroducerId() != null).findFirst().orElseThrow();
      long maxWage = w.on(worker.getAccountId(), SmallWorld::isSalaryCredit).stream()
          .mapToLong(SmallWorld::cents).max().orElse(0);
      assertTrue(maxWage * 2 < w.minimumMonthlyWageCents, "wage " + maxWage);
      AccountEvent sponsor = w.opening.values().stream()
          .filter(a -> a.getCustomerId().equals(worker.getIntroducerId())).findFirst().orElseThrow();
      assertTrue(c.label().accountIds().contains(sponsor.getAccountId()));
      assertEquals(sponsor.getAddress(), worker.getAddress());
      assertTrue(Objects.equals(sponsor.getDeviceId(), worker.getDeviceId())
          || Objects.equals(sponsor.getPhone(), worker.getPhone()), "device or phone shared with the household");
      assertTrue(w.on(sponsor.getAccountId(), t -> isDebit(t) && t.getPurpose() == Purpose.FEE).size() >= 2,
          "agency and visa fees");
    }
  }

  @Test
  void sexualExploitationShowsAdsHotelsInSeveralCitiesNightDepositsAndConsolidation() {
    for (PlantedCase c : cases(TypologyName.SEXUAL_EXPLOITATION)) {
      List<TransactionEvent> tagged = w.tagged(c.label().caseId());
      Map<String, List<TransactionEvent>> byVictim = tagged.stream()
          .filter(t -> "7011".equals(t.getMerchantCategoryCode()))
          .collect(Collectors.groupingBy(TransactionEvent::getAccountId));
      assertTrue(byVictim.size() >= 2, "victims with hotel nights");
      for (String v : byVictim.keySet()) {
        List<TransactionEvent> mine = tagged.stream().filter(t -> t.getAccountId().equals(v)).toList();
        Instant monthEnd = w.start.plus(Duration.ofDays(30));
        List<TransactionEvent> month = mine.stream().filter(t -> t.getTimestamp().isBefore(monthEnd)).toList();
        long ads = month.stream().filter(t -> "7311".equals(t.getMerchantCategoryCode()) || "7273".equals(t.getMerchantCategoryCode())).count();
        assertTrue(ads >= 4, "ad payments in 30 days: " + ads);
        long cities = mine.stream().filter(t -> "7011".equals(t.getMerchantCategoryCode())).map(TransactionEvent::getLocation).distinct().count();
        assertTrue(cities >= 3, "hotel cities " + cities);
        List<TransactionEvent> deposits = month.stream().filter(t -> SmallWorld.isCash(t) && t.getDirection() == Direction.CREDIT
            && cents(t) >= 20_000 && cents(t) <= 80_000).toList();
        assertTrue(deposits.size() >= 8, "ATM deposits in [200,800]: " + deposits.size());
        assertTrue(deposits.stream().filter(t -> SmallWorld.night(t.getTimestamp())).count() * 2 >= deposits.size(), "mostly at night");
        long p2pPayers = month.stream().filter(t -> t.getDirection() == Direction.CREDIT && t.getChannel() == Channel.WIRE)
            .map(TransactionEvent::getCounterpartyAccountId).distinct().count();
        assertTrue(p2pPayers >= 8, "P2P payers " + p2pPayers);
        Instant lastDay = w.end.minus(Duration.ofDays(1));
        long credits = mine.stream().filter(t -> t.getDirection() == Direction.CREDIT && t.getTimestamp().isBefore(lastDay))
            .mapToLong(SmallWorld::cents).sum();
        Map<String, Long> out = new HashMap<>();
        mine.stream().filter(t -> isDebit(t) && t.getCounterpartyAccountId() != null && t.getChannel() != Channel.CARD)
            .forEach(t -> out.merge(t.getCounterpartyAccountId(), cents(t), Long::sum));
        long top = out.values().stream().mapToLong(Long::longValue).max().orElse(0);
        assertTrue(top * 100 >= credits * 58, "forwarded " + top + " of " + credits);
      }
    }
  }

  @Test
  void tiedHousingPutsEightUnrelatedWorkersOfOneEmployerAtOneAddressPayingAnEmployerLinkedLandlord() {
    for (PlantedCase c : cases(TypologyName.TIED_HOUSING_OVERCROWDING)) {
      Map<String, List<AccountEvent>> byAddress = c.label().accountIds().stream().map(w::account)
          .filter(a -> a.getCustomerType().toString().equals("PERSON"))
          .collect(Collectors.groupingBy(AccountEvent::getAddress));
      List<AccountEvent> house = byAddress.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
      assertTrue(house.size() >= 8, "adults at one address: " + house.size());
      assertEquals(house.size(), house.stream().map(a -> a.getName().substring(a.getName().lastIndexOf(' ') + 1)).distinct().count(),
          "different surnames");
      Map<String, Long> employers = house.stream().filter(a -> a.getEmployerId() != null)
          .collect(Collectors.groupingBy(AccountEvent::getEmployerId, Collectors.counting()));
      long top = employers.values().stream().mapToLong(Long::longValue).max().orElse(0);
      assertTrue(top * 100 >= house.size() * 60L, "share one employer");
      Map<String, Set<String>> rentPayers = new HashMap<>();
      for (AccountEvent a : house) {
        for (TransactionEvent t : w.on(a.getAccountId(), t -> isDebit(t) && t.getPurpose() == Purpose.RENT)) {
          rentPayers.computeIfAbsent(t.getCounterpartyAccountId(), k -> new HashSet<>()).add(a.getAccountId());
        }
      }
      Map.Entry<String, Set<String>> landlord = rentPayers.entrySet().stream()
          .max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow();
      assertTrue(landlord.getValue().size() >= 6, "tenants paying the landlord " + landlord.getValue().size());
      String employerId = employers.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      AccountEvent employer = w.opening.values().stream().filter(a -> a.getCustomerId().equals(employerId)).findFirst().orElseThrow();
      assertTrue(related(w.account(landlord.getKey()), employer), "landlord linked to the employer");
    }
  }

  @Test
  void structuredCashHasThreeDepositsJustBelowTheThresholdWithinSevenDaysAtThreeBranches() {
    long t = SmallWorld.CONFIG.cashThreshold() * 100;
    for (PlantedCase c : cases(TypologyName.STRUCTURED_CASH)) {
      List<TransactionEvent> deposits = w.tagged(c.label().caseId()).stream()
          .filter(e -> SmallWorld.isCash(e) && e.getDirection() == Direction.CREDIT).toList();
      assertTrue(deposits.stream().allMatch(e -> cents(e) >= t * 8 / 10 && cents(e) < t), "all in [0.8T, T)");
      boolean found = false;
      for (TransactionEvent d : deposits) {
        List<TransactionEvent> week = deposits.stream().filter(e -> !e.getTimestamp().isBefore(d.getTimestamp())
            && e.getTimestamp().isBefore(d.getTimestamp().plus(Duration.ofDays(7)))).toList();
        if (week.size() >= 3 && week.stream().map(TransactionEvent::getLocation).distinct().count() >= 3) {
          found = true;
        }
      }
      assertTrue(found, "3 deposits in 7 days at 3 branches");
      assertNotNull(c.label());
      List<TransactionEvent> wires = w.tagged(c.label().caseId()).stream()
          .filter(e -> isDebit(e) && e.getChannel() == Channel.WIRE).toList();
      assertFalse(wires.isEmpty(), "cash is wired on");
    }
  }

  @Test
  void parametersVaryBetweenCasesOfATypology() {
    List<Integer> sizes = new ArrayList<>();
    for (TypologyName t : TypologyName.values()) {
      List<PlantedCase> cs = w.casesOf(t);
      if (cs.size() >= 2) {
        sizes.add(cs.get(0).label().accountIds().size() * 1000 + cs.get(1).label().accountIds().size());
      }
    }
    long differing = sizes.stream().filter(s -> s / 1000 != s % 1000).count();
    assertTrue(differing >= sizes.size() / 2, "case sizes differ in most typologies: " + sizes);
    assertNotNull(CaseLabel.class);
  }
}
