package dev.moneytrail.app;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.AccountEventKind;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.CustomerType;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Money;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.interchange.InterchangeJson;
import dev.moneytrail.stream.screening.ScreeningEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * An event-time-ordered, seeded, endless-enough feed of account and ledger events for the demo and
 * the benchmark, generated day by day in memory (no data set on disk).
 *
 * <p>Stand-in for the simulator's programmatic stream, which is not available yet: the simulator
 * module has no streaming entry point at the time of writing. This feed is deliberately simple:
 * background card spending, monthly salaries and rent, plus three planted patterns that the core
 * rule package is meant to find:
 *
 * <ul>
 *   <li>structured cash: a few accounts deposit 8,000-9,900 in cash three times within a week
 *       (LT-STRUCTURED-CASH);
 *   <li>controller rings: six workers opened the same day with one shared phone number and
 *       different surnames (LT-SHARED-ATTRIBUTE-CLUSTER), each paid a wage and forwarding 70% of it
 *       to the same controller account the next day (LT-FANIN-CONTROLLER).
 * </ul>
 *
 * Not a substitute for the simulator's realism (no decoys, no labels): recall and precision are
 * measured with {@code ./screen simulate/replay/evaluate}, not here.
 */
public final class SyntheticFeed implements Iterator<ScreeningEvent> {

  static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
  private static final String CCY = "EUR";
  private static final String[] FIRST = {"Ana", "Ion", "Maria", "Elena", "Vasyl", "Olga", "Andrei",
      "Sofia", "Nikolai", "Irina", "Pavel", "Daria", "Mihai", "Lena", "Tomas", "Nina"};
  private static final String[] LAST = {"Popescu", "Ionescu", "Kovalenko", "Shevchenko", "Novak",
      "Horvat", "Petrov", "Ivanova", "Dumitru", "Bondar", "Kowalski", "Nowak", "Marin", "Lungu",
      "Tkachenko", "Rusu", "Stan", "Moldovan", "Melnyk", "Kravets"};

  private final SplittableRandom random;
  private final int accounts;
  private final int days;
  private final ArrayDeque<ScreeningEvent> buffer = new ArrayDeque<>();
  private int day = -1;
  private long txnSeq;
  private int rings;

  private final int structuringEvery;
  private final int structuringSpread;

  public SyntheticFeed(long seed, int accounts, int days) {
    this(seed, accounts, days, 97, 20);
  }

  /**
   * @param structuringEvery one account in this many structures cash
   * @param structuringSpread the structurers start on days 0 to this - 1
   */
  public SyntheticFeed(long seed, int accounts, int days, int structuringEvery,
      int structuringSpread) {
    this.random = new SplittableRandom(seed);
    this.accounts = accounts;
    this.days = days;
    this.structuringEvery = structuringEvery;
    this.structuringSpread = structuringSpread;
  }

  @Override
  public boolean hasNext() {
    while (buffer.isEmpty() && day + 1 < days) {
      day++;
      generateDay(day);
    }
    return !buffer.isEmpty();
  }

  @Override
  public ScreeningEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return buffer.poll();
  }

  private void generateDay(int d) {
    Instant dayStart = START.plus(Duration.ofDays(d));
    List<ScreeningEvent> out = new ArrayList<>();
    if (d == 0) {
      for (int i = 0; i < accounts; i++) {
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        out.add(ScreeningEvent.of(opened(accountId(i), dayStart.plusSeconds(i % 3600), name,
            "+4930" + (1_000_000 + i))));
      }
    }
    Instant day0 = dayStart.plus(Duration.ofHours(7));
    for (int i = 0; i < accounts; i++) {
      String acct = accountId(i);
      // Background: card spending, ~1.4 a day.
      int cards = random.nextInt(3) + (random.nextInt(5) == 0 ? 1 : 0);
      for (int k = 0; k < cards; k++) {
        Instant at = day0.plusSeconds(random.nextInt(14 * 3600));
        out.add(ScreeningEvent.of(txn(acct, Direction.DEBIT, amount(5, 120), Channel.CARD,
            Purpose.GOODS, "MERCHANT-" + random.nextInt(400), "Shop " + random.nextInt(400), "5411",
            at)));
      }
      // Monthly salary (70% of accounts) on day 25 of each 30, rent two days later.
      if (i % 10 < 7 && d % 30 == 25) {
        out.add(ScreeningEvent.of(txn(acct, Direction.CREDIT, amount(1800, 4200), Channel.ACH,
            Purpose.SALARY, "EMPLOYER-" + (i % 50), "Employer " + (i % 50), null,
            day0.plusSeconds(3600 + random.nextInt(3600)))));
      }
      if (i % 10 < 7 && d % 30 == 27) {
        out.add(ScreeningEvent.of(txn(acct, Direction.DEBIT, amount(500, 900), Channel.ACH,
            Purpose.RENT, "LANDLORD-" + (i % 300), "Landlord " + (i % 300), null,
            day0.plusSeconds(3600 + random.nextInt(3600)))));
      }
      // Planted: structured cash, one account in structuringEvery, staggered start, every 2 days.
      if (i % structuringEvery == 13 % structuringEvery) {
        int start = (i / structuringEvery) % structuringSpread;
        if (d >= start && (d - start) % 2 == 0 && (d - start) <= 6) {
          TransactionEvent cash = txn(acct, Direction.CREDIT, amount(8000, 9900), Channel.CASH,
              null, null, null, null, day0.plusSeconds(random.nextInt(8 * 3600)));
          cash.setLocation("BRANCH-" + random.nextInt(6));
          out.add(ScreeningEvent.of(cash));
        }
      }
    }
    // Planted: a controller ring every 3 days (up to one per 500 accounts, at least 3).
    if (d % 3 == 1 && rings < Math.max(3, accounts / 500)) {
      plantRing(rings++, dayStart, out);
    }
    out.sort(Comparator.comparing(ScreeningEvent::eventTime)
        .thenComparingInt(e -> e.account != null ? 0 : 1));
    buffer.addAll(out);
  }

  private void plantRing(int ring, Instant dayStart, List<ScreeningEvent> out) {
    String controller = "RING" + ring + "-CTRL";
    String controllerName = "Viktor Zaharia";
    out.add(ScreeningEvent.of(opened(controller, dayStart.plus(Duration.ofHours(8)), controllerName,
        "+40700" + (100_000 + ring))));
    String phone = "+40711" + (200_000 + ring);
    for (int w = 0; w < 6; w++) {
      String worker = "RING" + ring + "-W" + w;
      String name = FIRST[(w * 3 + ring) % FIRST.length] + " " + LAST[(w * 7 + ring) % LAST.length];
      Instant opened = dayStart.plus(Duration.ofHours(9)).plusSeconds(w * 600L);
      out.add(ScreeningEvent.of(opened(worker, opened, name, phone)));
      Instant payday = opened.plus(Duration.ofHours(5));
      BigDecimal wage = amount(1900, 2300);
      out.add(ScreeningEvent.of(txn(worker, Direction.CREDIT, wage, Channel.ACH, Purpose.SALARY,
          "RING" + ring + "-EMPLOYER", "Agro Harvest Staffing SRL", null, payday)));
      Instant forward = payday.plus(Duration.ofHours(20)).plusSeconds(w * 300L);
      BigDecimal share = wage.multiply(new BigDecimal("0.70")).setScale(4, RoundingMode.HALF_UP);
      TransactionEvent fwd = txn(worker, Direction.DEBIT, share, Channel.MONEY_TRANSFER,
          Purpose.OTHER, controller, controllerName, null, forward);
      fwd.setBeneficiaryName(controllerName);
      out.add(ScreeningEvent.of(fwd));
      TransactionEvent in = txn(controller, Direction.CREDIT, share, Channel.MONEY_TRANSFER,
          Purpose.OTHER, worker, name, null, forward.plusSeconds(1));
      in.setTxnId(fwd.getTxnId());
      in.setEventId(InterchangeJson.transactionEventId(in.getTxnId(), in.getDirection(), controller));
      out.add(ScreeningEvent.of(in));
    }
  }

  private static String accountId(int i) {
    return String.format("ACC%07d", i);
  }

  private static AccountEvent opened(String account, Instant at, String name, String phone) {
    return AccountEvent.newBuilder()
        .setEventId(InterchangeJson.accountEventId(account, at))
        .setKind(AccountEventKind.OPENED)
        .setAsOf(at)
        .setAccountId(account)
        .setCustomerId("C-" + account)
        .setCustomerType(CustomerType.PERSON)
        .setOpenedAt(at)
        .setName(name)
        .setCountry("DE")
        .setNationality(null)
        .setDateOfBirth(null)
        .setAddress(null)
        .setPhone(phone)
        .setEmail(null)
        .setDeviceId(null)
        .setIntroducerId(null)
        .setEmployerId(null)
        .setOccupation(null)
        .setSector(null)
        .setDeclaredEmployees(null)
        .setDeclaredMonthlyIncome(null)
        .setCurrency(CCY)
        .build();
  }

  private TransactionEvent txn(String account, Direction direction, BigDecimal amount,
      Channel channel, Purpose purpose, String counterparty, String counterpartyName, String mcc,
      Instant at) {
    String txnId = "T" + (++txnSeq);
    return TransactionEvent.newBuilder()
        .setEventId(InterchangeJson.transactionEventId(txnId, direction, account))
        .setTxnId(txnId)
        .setTimestamp(at)
        .setAccountId(account)
        .setDirection(direction)
        .setMoney(new Money(amount, CCY))
        .setChannel(channel)
        .setPurpose(purpose)
        .setCounterpartyAccountId(counterparty)
        .setCounterpartyName(counterpartyName)
        .setBeneficiaryName(null)
        .setCounterpartyCountry(null)
        .setMerchantCategoryCode(mcc)
        .setReference(null)
        .setDeviceId(null)
        .setLocation(null)
        .build();
  }

  private BigDecimal amount(int low, int high) {
    long cents = low * 100L + random.nextLong((high - low) * 100L);
    return BigDecimal.valueOf(cents, 2).setScale(4, RoundingMode.UNNECESSARY);
  }
}
