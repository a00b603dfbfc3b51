package dev.moneytrail.simulator;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.AccountEventKind;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.interchange.CaseLabel;
import dev.moneytrail.simulator.typology.PlantedCase;
import dev.moneytrail.simulator.typology.TypologyName;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One small simulation, run once per test JVM and kept in memory with every event in stream order
 * and its ground-truth case tag, plus lookups the planting tests share.
 */
final class SmallWorld {

  static final SimulationConfig CONFIG = SimulationConfig.of(11, 800, 70).withCases(2, 2).withThreads(2);
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static SmallWorld instance;

  final List<SimulationEvent> events = new ArrayList<>();
  final List<TransactionEvent> transactions = new ArrayList<>();
  final Map<String, String> caseOfEvent = new HashMap<>();
  final Map<String, AccountEvent> opening = new LinkedHashMap<>();
  final List<AccountEvent> accountLines = new ArrayList<>();
  final List<PlantedCase> cases;
  final Instant start;
  final Instant end;
  final long minimumMonthlyWageCents;

  private SmallWorld() {
    try (SimulationStream stream = SimulationStream.open(CONFIG)) {
      cases = stream.simulation().cases();
      minimumMonthlyWageCents = stream.simulation().world().minimumMonthlyWage();
      start = CONFIG.start();
      end = Instant.ofEpochMilli(stream.simulation().world().calendar().simulated(CONFIG.days() - 1).endMillis());
      while (stream.hasNext()) {
        SimulationEvent e = stream.next();
        events.add(e);
        if (e instanceof SimulationEvent.Posting p) {
          transactions.add(p.event());
          if (p.caseId() != null) {
            caseOfEvent.put(p.event().getEventId(), p.caseId());
          }
        } else if (e instanceof SimulationEvent.AccountChange a) {
          accountLines.add(a.event());
          if (a.event().getKind() == AccountEventKind.OPENED) {
            opening.put(a.event().getAccountId(), a.event());
          }
        }
      }
    }
  }

  static synchronized SmallWorld get() {
    if (instance == null) {
      instance = new SmallWorld();
    }
    return instance;
  }

  List<PlantedCase> casesOf(TypologyName t) {
    return cases.stream().filter(c -> c.typology() == t).toList();
  }

  /** Entries planted for a case. */
  List<TransactionEvent> tagged(String caseId) {
    return transactions.stream().filter(t -> caseId.equals(caseOfEvent.get(t.getEventId()))).toList();
  }

  List<TransactionEvent> on(String accountId) {
    return transactions.stream().filter(t -> t.getAccountId().equals(accountId)).toList();
  }

  List<TransactionEvent> on(String accountId, Predicate<TransactionEvent> p) {
    return transactions.stream().filter(t -> t.getAccountId().equals(accountId) && p.test(t)).toList();
  }

  AccountEvent account(String id) {
    return opening.get(id);
  }

  /** Label accounts that are persons receiving wages tagged for the case. */
  List<String> paidWorkers(CaseLabel label) {
    Set<String> out = new HashSet<>();
    for (TransactionEvent t : tagged(label.caseId())) {
      if (t.getPurpose() == Purpose.SALARY && t.getDirection() == Direction.CREDIT) {
        out.add(t.getAccountId());
      }
    }
    return out.stream().sorted().toList();
  }

  static boolean isSalaryCredit(TransactionEvent t) {
    return t.getPurpose() == Purpose.SALARY && t.getDirection() == Direction.CREDIT;
  }

  static boolean isDebit(TransactionEvent t) {
    return t.getDirection() == Direction.DEBIT;
  }

  static boolean isCash(TransactionEvent t) {
    return t.getChannel() == Channel.CASH;
  }

  static long cents(TransactionEvent t) {
    return t.getMoney().getAmount().movePointRight(2).longValueExact();
  }

  static BigDecimal amount(TransactionEvent t) {
    return t.getMoney().getAmount();
  }

  static boolean within(Instant t, Instant from, Duration d) {
    return t.isAfter(from) && !t.isAfter(from.plus(d));
  }

  static boolean night(Instant t) {
    LocalTime lt = t.atZone(ZONE).toLocalTime();
    return lt.getHour() >= 22 || lt.getHour() < 6;
  }
}
