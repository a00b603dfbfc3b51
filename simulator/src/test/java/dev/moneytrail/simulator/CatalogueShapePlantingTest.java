package dev.moneytrail.simulator;

import static dev.moneytrail.simulator.SmallWorld.cents;
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
import java.time.Instant;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plants added for B3, B4, B6, F2/F3, D4 and G3 have the shape indicators.md describes for each,
 * and their look-alikes the shape of the indicator's false-positive trap, measured on the output
 * as a rule would see it. Bounds are the catalogue's descriptions with the plants' own variation,
 * not the rules' thresholds: a case may fall under a rule's figure now and then, as real ones do.
 */
class CatalogueShapePlantingTest {

  private static final Set<String> ESSENTIALS = Set.of("5411", "5499", "5814", "4111", "4121", "4814", "5912", "4900");
  private static final Set<String> SUSTENANCE = Set.of("7011", "7033", "5411", "7512", "7513", "5912");
  private static final Pattern AREA = Pattern.compile("^(?:ATM|BR)-([A-Z]+)-");

  private final SmallWorld w = SmallWorld.get();

  private List<PlantedCase> cases(TypologyName t) {
    List<PlantedCase> cs = w.casesOf(t);
    assertFalse(cs.isEmpty(), "no case of " + t);
    return cs;
  }

  private static String mcc(TransactionEvent t) {
    return t.getMerchantCategoryCode() == null ? "" : t.getMerchantCategoryCode().toString();
  }

  private static String area(TransactionEvent t) {
    String loc = String.valueOf(t.getLocation());
    Matcher m = AREA.matcher(loc);
    return m.find() ? m.group(1) : loc;
  }

  private static boolean cashOut(TransactionEvent t) {
    return t.getChannel() == Channel.CASH && t.getDirection() == Direction.DEBIT;
  }

  /** Cash withdrawn within a window after each wage, as a share of it (planted only: the case's own). */
  private List<Double> cashSharesAfterPaydays(String account, Duration window, boolean plantedOnly) {
    List<Double> out = new ArrayList<>();
    List<TransactionEvent> cash = w.on(account, t -> cashOut(t) && (!plantedOnly || w.caseOfEvent.containsKey(t.getEventId())));
    for (TransactionEvent wage : w.on(account, SmallWorld::isSalaryCredit)) {
      long drawn = cash.stream().filter(c -> SmallWorld.within(c.getTimestamp(), wage.getTimestamp(), window))
          .mapToLong(SmallWorld::cents).sum();
      out.add(drawn / (double) cents(wage));
    }
    return out;
  }

  @Test
  void paydayCashOutTakesAlmostTheWholeWageAtOneAtmMinutesApartFromCoWorkers() {
    for (PlantedCase c : cases(TypologyName.PAYDAY_CASH_OUT)) {
      List<String> workers = w.paidWorkers(c.label());
      assertTrue(workers.size() >= 3, c.label().caseId());
      int cycles = 0;
      int almostAll = 0;
      for (String wk : workers) {
        for (double share : cashSharesAfterPaydays(wk, Duration.ofHours(24), false)) {
          cycles++;
          if (share >= 0.75) {
            almostAll++;
          }
        }
        for (double share : cashSharesAfterPaydays(wk, Duration.ofHours(48), true)) {
          assertTrue(share <= 1.0001, "the card holder never takes more than the wage: " + share);
        }
      }
      assertTrue(almostAll >= cycles * 2 / 3, c.label().caseId() + ": " + almostAll + " of " + cycles + " cycles");
      // The cohort: three or more of the workers at one ATM within 30 minutes, after several paydays.
      List<TransactionEvent> cash = workers.stream().flatMap(wk -> w.on(wk, CatalogueShapePlantingTest::cashOut).stream())
          .filter(t -> w.caseOfEvent.containsKey(t.getEventId())).toList();
      Set<Instant> sessions = new HashSet<>();
      for (TransactionEvent t : cash) {
        Set<String> together = cash.stream().filter(o -> String.valueOf(o.getLocation()).equals(String.valueOf(t.getLocation()))
                && !o.getTimestamp().isBefore(t.getTimestamp()) && !o.getTimestamp().isAfter(t.getTimestamp().plus(Duration.ofMinutes(30))))
            .map(o -> o.getAccountId().toString()).collect(Collectors.toSet());
        if (together.size() >= Math.min(3, workers.size())) {
          sessions.add(t.getTimestamp().truncatedTo(java.time.temporal.ChronoUnit.DAYS));
        }
      }
      assertTrue(sessions.size() >= 3, c.label().caseId() + " cohort sessions: " + sessions.size());
    }
  }

  @Test
  void cashWageHouseholdDrawsItsOwnWagesAtItsOwnAtmsWithNoCoWorkers() {
    for (PlantedCase c : cases(TypologyName.CASH_WAGE_HOUSEHOLD)) {
      List<String> members = c.label().accountIds();
      assertEquals(2, members.size());
      AccountEvent a = w.account(members.get(0));
      AccountEvent b = w.account(members.get(1));
      assertEquals(String.valueOf(a.getAddress()), String.valueOf(b.getAddress()), "one household");
      for (String m : members) {
        double mean = cashSharesAfterPaydays(m, Duration.ofHours(48), true).stream().mapToDouble(Double::doubleValue)
            .average().orElse(0);
        assertTrue(mean >= 0.5 && mean <= 1.0, m + " draws most of each wage in cash: " + mean);
      }
      // Different employers, so no payroll cohort; the cash is their own, at their own ATMs.
      Set<String> payers = members.stream().flatMap(m -> w.on(m, SmallWorld::isSalaryCredit).stream())
          .map(t -> String.valueOf(t.getCounterpartyAccountId())).collect(Collectors.toSet());
      assertEquals(2, payers.size(), "two employers");
      List<TransactionEvent> drawsA = w.on(members.get(0), t -> cashOut(t) && w.caseOfEvent.containsKey(t.getEventId()));
      List<TransactionEvent> drawsB = w.on(members.get(1), t -> cashOut(t) && w.caseOfEvent.containsKey(t.getEventId()));
      assertFalse(drawsA.isEmpty());
      // Each goes on their own: never both at one ATM within half an hour, as a card holder would.
      for (TransactionEvent x : drawsA) {
        for (TransactionEvent y : drawsB) {
          assertFalse(String.valueOf(x.getLocation()).equals(String.valueOf(y.getLocation()))
              && Duration.between(x.getTimestamp(), y.getTimestamp()).abs().toMinutes() < 30, "no cohort session");
        }
      }
    }
  }

  @Test
  void boardAndBlockTransfersLeaveAlmostNothingAndBuyAlmostNoDailyNeeds() {
    for (PlantedCase c : cases(TypologyName.BOARD_AND_BLOCK_TRANSFERS)) {
      List<String> workers = w.paidWorkers(c.label());
      assertTrue(workers.size() >= 4, c.label().caseId());
      long wages = 0;
      long essentials = 0;
      int cycles = 0;
      int emptied = 0;
      for (String wk : workers) {
        List<TransactionEvent> debits = w.on(wk, SmallWorld::isDebit);
        for (TransactionEvent wage : w.on(wk, SmallWorld::isSalaryCredit)) {
          if (wage.getTimestamp().isAfter(w.end.minus(Duration.ofDays(4)))) {
            continue;
          }
          long out = debits.stream().filter(d -> SmallWorld.within(d.getTimestamp(), wage.getTimestamp(), Duration.ofDays(3)))
              .mapToLong(SmallWorld::cents).sum();
          cycles++;
          if (cents(wage) - out <= cents(wage) * 8 / 100) {
            emptied++;
          }
        }
        wages += w.on(wk, SmallWorld::isSalaryCredit).stream().mapToLong(SmallWorld::cents).sum();
        essentials += debits.stream().filter(d -> d.getChannel() == Channel.CARD && ESSENTIALS.contains(mcc(d)))
            .mapToLong(SmallWorld::cents).sum();
        // Blocks go to the lodging firm, the gang member and, for migrants, a collector abroad.
        assertTrue(debits.stream().anyMatch(d -> d.getPurpose() == Purpose.RENT), wk + " pays board");
      }
      assertTrue(emptied >= cycles * 3 / 4, c.label().caseId() + ": emptied " + emptied + " of " + cycles);
      assertTrue(essentials < wages * 6 / 100, c.label().caseId() + ": everyday needs " + essentials + " of " + wages);
      for (TransactionEvent t : w.tagged(c.label().caseId())) {
        if (t.getChannel() == Channel.MONEY_TRANSFER) {
          String holder = String.valueOf(w.account(t.getAccountId().toString()).getName());
          String surname = holder.substring(holder.lastIndexOf(' ') + 1);
          assertFalse(String.valueOf(t.getCounterpartyName()).endsWith(" " + surname), "the collector is not family");
          assertFalse("DE".equals(String.valueOf(t.getCounterpartyCountry())), "sent abroad");
        }
      }
    }
  }

  @Test
  void wageWithholdingSkipsSomeWorkersWhileTheOthersArePaidThenPaysOneSettlement() {
    for (PlantedCase c : cases(TypologyName.WAGE_WITHHOLDING)) {
      List<String> workers = w.paidWorkers(c.label());
      Map<String, List<TransactionEvent>> wages = new HashMap<>();
      workers.forEach(wk -> wages.put(wk, w.on(wk, SmallWorld::isSalaryCredit)));
      int withheld = 0;
      for (String wk : workers) {
        List<TransactionEvent> own = wages.get(wk);
        for (int i = 3; i < own.size(); i++) {
          long period = Duration.between(own.get(0).getTimestamp(), own.get(1).getTimestamp()).toDays();
          Instant from = own.get(i - 1).getTimestamp();
          Instant to = own.get(i).getTimestamp();
          if (Duration.between(from, to).toDays() < 2 * period) {
            continue;
          }
          withheld++;
          assertEquals(own.size() - 1, i, wk + ": the settlement is the last pay");
          boolean othersPaid = workers.stream().filter(o -> !o.equals(wk)).flatMap(o -> wages.get(o).stream())
              .anyMatch(t -> t.getTimestamp().isAfter(from.plus(Duration.ofDays(1))) && t.getTimestamp().isBefore(to));
          assertTrue(othersPaid, wk + ": the employer paid others during the gap");
          long normal = cents(own.get(0));
          assertTrue(cents(own.get(i)) > normal, wk + ": one sum larger than a wage");
        }
      }
      assertTrue(withheld >= 2, c.label().caseId() + ": " + withheld + " withheld workers");
    }
  }

  /** Card spending on lodging, groceries, van hire and pharmacy, and labour cost, of a business. */
  private record Provisioning(long sustenance, long labour, long allDebits, int weeksWithSustenance, int weeks, Set<String> cities) {}

  private Provisioning provisioning(String account) {
    List<TransactionEvent> debits = w.on(account, SmallWorld::isDebit);
    long sustenance = 0;
    long labour = 0;
    long all = 0;
    Set<Integer> weeksWith = new HashSet<>();
    Set<Integer> weeks = new HashSet<>();
    Set<String> cities = new HashSet<>();
    for (TransactionEvent t : debits) {
      int week = t.getTimestamp().atZone(SmallWorld.ZONE).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      weeks.add(week);
      all += cents(t);
      if (t.getChannel() == Channel.CARD && (SUSTENANCE.contains(mcc(t)) || mcc(t).startsWith("56"))) {
        sustenance += cents(t);
        weeksWith.add(week);
        if (t.getLocation() != null) {
          cities.add(t.getLocation().toString());
        }
      }
      if (t.getPurpose() == Purpose.SALARY || t.getPurpose() == Purpose.TAX) {
        labour += cents(t);
      }
    }
    return new Provisioning(sustenance, labour, all, weeksWith.size(), weeks.size(), cities);
  }

  private AccountEvent business(PlantedCase c) {
    return c.label().accountIds().stream().map(w::account).filter(a -> a.getCustomerType() == CustomerType.BUSINESS)
        .findFirst().orElseThrow();
  }

  @Test
  void workforceProvisioningKeepsACrewWeekAfterWeekInsteadOfPayingIt() {
    for (PlantedCase c : cases(TypologyName.WORKFORCE_PROVISIONING)) {
      AccountEvent firm = business(c);
      assertTrue(firm.getDeclaredEmployees() >= 8);
      Provisioning p = provisioning(firm.getAccountId().toString());
      assertTrue(p.weeksWithSustenance() >= p.weeks() * 3 / 4, c.label().caseId() + " weekly: " + p);
      assertTrue(p.sustenance() > p.labour(), c.label().caseId() + " more on keep than on pay: " + p);
      assertTrue(p.sustenance() >= p.allDebits() / 10, c.label().caseId() + " a large share of spending: " + p);
      assertTrue(p.cities().size() >= 2, "moves between sites: " + p.cities());
      long nightTransport = w.on(firm.getAccountId().toString(), SmallWorld::isDebit).stream()
          .filter(t -> Set.of("4131", "7512", "7513").contains(mcc(t)))
          .filter(t -> t.getTimestamp().atZone(java.time.ZoneOffset.UTC).getHour() >= 22
              || t.getTimestamp().atZone(java.time.ZoneOffset.UTC).getHour() < 6).count();
      assertTrue(nightTransport >= 6, "vans and coaches at night: " + nightTransport);
    }
  }

  @Test
  void hotelHousedCrewIsProvisionedLikeACaptiveCrewButPaidInFull() {
    for (PlantedCase c : cases(TypologyName.HOTEL_HOUSED_CREW)) {
      AccountEvent firm = business(c);
      assertEquals("F", String.valueOf(firm.getSector()));
      Provisioning p = provisioning(firm.getAccountId().toString());
      assertTrue(p.weeksWithSustenance() >= p.weeks() * 3 / 4, "housed every week: " + p);
      assertTrue(p.labour() > 2 * p.sustenance(), "full wages and payroll tax beside it: " + p);
    }
  }

  @Test
  void restaurantBuysFoodEveryWeekAndRunsAPayroll() {
    for (PlantedCase c : cases(TypologyName.RESTAURANT_SUPPLIES)) {
      AccountEvent r = business(c);
      assertEquals("I56", String.valueOf(r.getSector()));
      String id = r.getAccountId().toString();
      Set<Integer> weeks = w.on(id, SmallWorld::isDebit).stream()
          .filter(t -> Set.of("5411", "5300").contains(mcc(t)))
          .map(t -> t.getTimestamp().atZone(SmallWorld.ZONE).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).collect(Collectors.toSet());
      assertTrue(weeks.size() >= 8, "food bought in " + weeks.size() + " weeks");
      assertFalse(w.on(id, t -> t.getPurpose() == Purpose.SALARY && t.getDirection() == Direction.DEBIT).isEmpty(), "wages paid");
    }
  }

  @Test
  void cashFunnelAccountTakesCashInSeveralAreasAndGivesItOutQuicklyInAnother() {
    for (PlantedCase c : cases(TypologyName.CASH_FUNNEL_ACCOUNT)) {
      assertEquals(1, c.label().accountIds().size());
      String id = c.label().accountIds().get(0);
      assertEquals(CustomerType.PERSON, w.account(id).getCustomerType());
      List<TransactionEvent> planted = w.tagged(c.label().caseId());
      List<TransactionEvent> deposits = planted.stream().filter(t -> t.getDirection() == Direction.CREDIT).toList();
      List<TransactionEvent> withdrawals = planted.stream().filter(t -> t.getDirection() == Direction.DEBIT).toList();
      Set<String> depositAreas = deposits.stream().map(CatalogueShapePlantingTest::area).collect(Collectors.toSet());
      Set<String> withdrawalAreas = withdrawals.stream().map(CatalogueShapePlantingTest::area).collect(Collectors.toSet());
      assertTrue(deposits.size() >= 5 && depositAreas.size() >= 3, "deposits " + deposits.size() + " in " + depositAreas);
      assertEquals(1, withdrawalAreas.size(), "drawn at home");
      assertFalse(depositAreas.containsAll(withdrawalAreas), "never paid in at home");
      long in = deposits.stream().mapToLong(SmallWorld::cents).sum();
      long out = withdrawals.stream().mapToLong(SmallWorld::cents).sum();
      assertTrue(out >= in * 70 / 100 && out <= in, "most of it out again: " + out + " of " + in);
    }
  }

  @Test
  void multiOutletBusinessBanksTakingsInSeveralCitiesAndDrawsAFloatAtHeadOffice() {
    for (PlantedCase c : cases(TypologyName.MULTI_OUTLET_CASH)) {
      AccountEvent chain = business(c);
      List<TransactionEvent> planted = w.tagged(c.label().caseId());
      Set<String> depositAreas = planted.stream().filter(t -> t.getDirection() == Direction.CREDIT)
          .map(CatalogueShapePlantingTest::area).collect(Collectors.toSet());
      assertTrue(depositAreas.size() >= 3, "outlets in " + depositAreas);
      long in = planted.stream().filter(t -> t.getDirection() == Direction.CREDIT).mapToLong(SmallWorld::cents).sum();
      long out = planted.stream().filter(t -> t.getDirection() == Direction.DEBIT).mapToLong(SmallWorld::cents).sum();
      assertTrue(out > 0 && out < in / 2, "a float, not the takings: " + out + " of " + in);
      assertFalse(w.on(chain.getAccountId().toString(), t -> t.getPurpose() == Purpose.SALARY).isEmpty(), "staff on payroll");
    }
  }

  /**
   * The case's business account that another of its businesses pays for services: the
   * subcontractor. (Not the youngest: a contractor's account may be younger than its
   * subcontractor's.)
   */
  private AccountEvent subcontractor(PlantedCase c) {
    Set<String> accounts = Set.copyOf(c.label().accountIds());
    List<AccountEvent> paid = accounts.stream().map(w::account)
        .filter(a -> a.getCustomerType() == CustomerType.BUSINESS)
        .filter(a -> !w.on(a.getAccountId().toString(), t -> t.getDirection() == Direction.CREDIT
            && t.getPurpose() == Purpose.SERVICES && t.getCounterpartyAccountId() != null
            && accounts.contains(t.getCounterpartyAccountId().toString())).isEmpty())
        .toList();
    assertEquals(1, paid.size(), c.label().caseId() + ": one subcontractor paid by its contractor");
    return paid.get(0);
  }

  private static boolean namedLikeAFirm(TransactionEvent t) {
    String n = String.valueOf(t.getCounterpartyName()).toLowerCase(java.util.Locale.ROOT);
    return n.matches(".*\\b(gmbh|ug|ltd|limited|llp|srl|kg|e\\.k\\.)\\b.*");
  }

  /**
   * Debits of a subcontractor that pass money on: cash, transfers to people with no wage or trade
   * purpose, and transfers to another country than the account's own.
   */
  private long passedOn(AccountEvent account) {
    String home = String.valueOf(account.getCountry());
    return w.on(account.getAccountId().toString(), t -> t.getDirection() == Direction.DEBIT
            && (t.getChannel() == Channel.CASH || t.getPurpose() == null && !namedLikeAFirm(t)
                || t.getCounterpartyCountry() != null && !home.equals(String.valueOf(t.getCounterpartyCountry()))))
        .stream().mapToLong(SmallWorld::cents).sum();
  }

  private long paidBy(String account, Set<String> payers) {
    return w.on(account, t -> t.getDirection() == Direction.CREDIT && t.getCounterpartyAccountId() != null
        && payers.contains(t.getCounterpartyAccountId().toString())).stream().mapToLong(SmallWorld::cents).sum();
  }

  private Set<String> businessPayers(String account) {
    return w.on(account, t -> t.getDirection() == Direction.CREDIT && t.getPurpose() == Purpose.SERVICES).stream()
        .map(t -> t.getCounterpartyAccountId().toString()).collect(Collectors.toSet());
  }

  @Test
  void shellSubcontractorIsAYoungLabourSupplierThatPassesOnMostOfWhatAFewPayersPayIt() {
    for (PlantedCase c : cases(TypologyName.SHELL_SUBCONTRACTOR)) {
      AccountEvent shell = subcontractor(c);
      String id = shell.getAccountId().toString();
      assertTrue(Set.of("N78", "F", "N81", "C10").contains(String.valueOf(shell.getSector())), "sector " + shell.getSector());
      long ageDays = Duration.between(shell.getOpenedAt(), w.start).toDays();
      assertTrue(ageDays >= 59 && ageDays <= 400, "opened " + ageDays + " days before the run");
      Set<String> payers = businessPayers(id);
      assertTrue(!payers.isEmpty() && payers.size() <= 2, "payers " + payers);
      long in = paidBy(id, payers);
      assertTrue(in >= 7_000_00L * 8, "paid " + in + " cents in ten weeks");
      assertTrue(passedOn(shell) >= in / 2, c.label().caseId() + " passed on " + passedOn(shell) + " of " + in);
      assertTrue(w.on(id, t -> t.getDirection() == Direction.DEBIT
          && (t.getPurpose() == Purpose.SALARY || t.getPurpose() == Purpose.TAX)).isEmpty(), "no payroll, no tax");
    }
  }

  @Test
  void specialistSubcontractorIsAsYoungAndAsPaidButRunsAPayrollAndKeepsItsMoney() {
    for (PlantedCase c : cases(TypologyName.SPECIALIST_SUBCONTRACTOR)) {
      AccountEvent sub = subcontractor(c);
      String id = sub.getAccountId().toString();
      assertEquals("F", String.valueOf(sub.getSector()));
      long ageDays = Duration.between(sub.getOpenedAt(), w.start).toDays();
      assertTrue(ageDays >= 59 && ageDays <= 400, "opened " + ageDays + " days before the run");
      Set<String> payers = businessPayers(id);
      assertTrue(!payers.isEmpty() && payers.size() <= 2, "payers " + payers);
      long in = paidBy(id, payers);
      assertFalse(w.on(id, t -> t.getDirection() == Direction.DEBIT && t.getPurpose() == Purpose.SALARY).isEmpty(), "wages");
      assertFalse(w.on(id, t -> t.getDirection() == Direction.DEBIT && t.getPurpose() == Purpose.TAX).isEmpty(), "payroll tax");
      assertFalse(w.on(id, t -> t.getDirection() == Direction.DEBIT && t.getPurpose() == Purpose.GOODS).isEmpty(), "materials");
      assertTrue(w.on(id, t -> t.getDirection() == Direction.DEBIT && t.getChannel() == Channel.CASH).isEmpty(), "no cash drawn");
      assertTrue(passedOn(sub) <= in * 15 / 100, c.label().caseId() + " passed on " + passedOn(sub) + " of " + in);
    }
  }
}
