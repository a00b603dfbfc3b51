package dev.moneytrail.stream.features;

import dev.moneytrail.rules.facts.AccountProfile;
import dev.moneytrail.rules.facts.CardActivity;
import dev.moneytrail.rules.facts.CardEntry;
import dev.moneytrail.rules.facts.CashActivity;
import dev.moneytrail.rules.facts.CashEntry;
import dev.moneytrail.rules.facts.Inflow;
import dev.moneytrail.rules.facts.Outflow;
import dev.moneytrail.rules.facts.PayCycle;
import dev.moneytrail.rules.facts.PayrollHistory;
import dev.moneytrail.rules.facts.Txn;
import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.stream.state.AccountState;
import dev.moneytrail.stream.state.CardState;
import dev.moneytrail.stream.state.CashState;
import dev.moneytrail.stream.state.InflowState;
import dev.moneytrail.stream.state.OutflowState;
import dev.moneytrail.stream.state.PayCycleState;
import dev.moneytrail.stream.state.ProfileState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Per-account features: how an account's state changes with each event, and the rule facts read
 * from it. Pure functions over the Avro state record (no Flink), so they are tested directly and
 * the keyed function only loads, calls and stores.
 *
 * <p>Lists are kept sorted by event time on insertion, so an out-of-order event lands where it
 * belongs and the facts are the same as if it had arrived in order.
 */
public final class AccountFeatures {

  public static AccountState empty() {
    return AccountState.newBuilder()
        .setProfile(null)
        .setCycles(new ArrayList<>())
        .setUnattachedOutflows(new ArrayList<>())
        .setCash(new ArrayList<>())
        .setMonths(new ArrayList<>())
        .setRecentEntryKeys(new ArrayList<>())
        .setLastEventAt(Long.MIN_VALUE)
        .setCard(new ArrayList<>())
        .setAssets(null)
        .setSubcontractor(null)
        .build();
  }

  /** What is kept of an idle account: its KYC profile, no temporal features. */
  public static AccountState dormant(AccountState state) {
    AccountState kept = empty();
    kept.setProfile(state.getProfile());
    kept.setLastEventAt(state.getLastEventAt());
    return kept;
  }

  /** Takes the KYC details of an account event (opening or change of details). */
  public static void applyAccountEvent(AccountState state, AccountEvent e) {
    ProfileState p = ProfileState.newBuilder()
        .setCustomerId(e.getCustomerId())
        .setCustomerType(e.getCustomerType().name())
        .setName(e.getName())
        .setCountry(e.getCountry())
        .setOpenedAt(e.getOpenedAt().toEpochMilli())
        .setAddress(e.getAddress())
        .setPhone(e.getPhone())
        .setEmail(e.getEmail())
        .setDeviceId(e.getDeviceId())
        .setIntroducerId(e.getIntroducerId())
        .setEmployerId(e.getEmployerId())
        .setOccupation(e.getOccupation())
        .setSector(e.getSector())
        .setDeclaredEmployees(e.getDeclaredEmployees())
        .setDeclaredMonthlyIncomeUnits(e.getDeclaredMonthlyIncome() == null
            ? null : MoneyUnits.toUnits(e.getDeclaredMonthlyIncome().getAmount()))
        .setCurrency(e.getCurrency())
        .build();
    // An out-of-order older detail line must not overwrite newer details.
    long asOf = e.getAsOf().toEpochMilli();
    if (state.getProfile() == null || asOf >= state.getLastEventAt() || state.getLastEventAt() == Long.MIN_VALUE) {
      state.setProfile(p);
    }
    state.setLastEventAt(Math.max(state.getLastEventAt(), asOf));
  }

  /** A payroll credit: the anchor of pay-cycle-relative indicators (indicators.md section 10). */
  public static boolean isPayroll(TransactionEvent t) {
    return t.getDirection() == Direction.CREDIT && t.getPurpose() == Purpose.SALARY;
  }

  /**
   * Adds a ledger entry to the account's pay cycles and cash history. Returns the debits that a
   * late-arriving payday has just claimed (they arrived before it), so their beneficiaries can be
   * told the wage context they lacked; usually empty.
   */
  public static List<OutflowState> applyTransaction(AccountState state, TransactionEvent t) {
    List<OutflowState> claimed = List.of();
    long at = t.getTimestamp().toEpochMilli();
    long units = MoneyUnits.toUnits(t.getMoney().getAmount());
    if (isPayroll(t)) {
      claimed = addCycle(state, PayCycleState.newBuilder()
          .setPayrollTxnId(t.getTxnId())
          .setPaidAt(at)
          .setAmountUnits(units)
          .setPayerId(t.getCounterpartyAccountId())
          .setPayerName(t.getCounterpartyName())
          .setBeneficiaryName(t.getBeneficiaryName())
          .setOutflows(new ArrayList<>())
          .build());
    } else if (t.getDirection() == Direction.DEBIT) {
      addToCycleSpending(state, t, at, units);
      addOutflow(state, OutflowState.newBuilder()
          .setTxnId(t.getTxnId())
          .setAt(at)
          .setCounterpartyId(t.getCounterpartyAccountId())
          .setCounterpartyName(t.getCounterpartyName())
          .setChannel(t.getChannel().name())
          .setAmountUnits(units)
          .build());
    }
    if (isWatchedCardPayment(t)) {
      addCard(state, CardState.newBuilder()
          .setTxnId(t.getTxnId())
          .setAt(at)
          .setMcc(t.getMerchantCategoryCode())
          .setAmountUnits(units)
          .setMerchant(t.getCounterpartyName())
          .setMerchantCountry(t.getCounterpartyCountry())
          .setLocation(t.getLocation())
          .build(), at);
    }
    if (t.getChannel() == Channel.CASH) {
      addCash(state, CashState.newBuilder()
          .setTxnId(t.getTxnId())
          .setAt(at)
          .setDirection(t.getDirection().name())
          .setAmountUnits(units)
          .setLocation(t.getLocation())
          .build(), at);
    }
    AssetFeatures.apply(state, t);
    SubcontractorFeatures.apply(state, t);
    MonthlyFlowFeatures.apply(state, t);
    state.setLastEventAt(Math.max(state.getLastEventAt(), at));
    return claimed;
  }

  private static List<OutflowState> addCycle(AccountState state, PayCycleState cycle) {
    List<PayCycleState> cycles = state.getCycles();
    for (PayCycleState c : cycles) {
      if (c.getPayrollTxnId().equals(cycle.getPayrollTxnId())) {
        return List.of(); // re-delivered event: idempotent
      }
    }
    int i = cycles.size();
    while (i > 0 && cycles.get(i - 1).getPaidAt() > cycle.getPaidAt()) {
      i--;
    }
    cycles.add(i, cycle);
    // Debits already held by the previous cycle that fall after this (late) payday belong to it now.
    if (i > 0) {
      PayCycleState previous = cycles.get(i - 1);
      List<OutflowState> moved = new ArrayList<>();
      StateLists.removeWhere(previous.getOutflows(), o -> {
        if (o.getAt() > cycle.getPaidAt()) {
          moved.add(0, o);
          return true;
        }
        return false;
      });
      moved.forEach(o -> insertOutflow(cycle, o));
    }
    long nextPayday = i + 1 < cycles.size() ? cycles.get(i + 1).getPaidAt() : Long.MAX_VALUE;
    long horizonEnd = cycle.getPaidAt() + FeatureHorizons.OUTFLOW_HORIZON.toMillis();
    List<OutflowState> claimed = new ArrayList<>();
    StateLists.removeWhere(state.getUnattachedOutflows(), o -> {
      if (o.getAt() > cycle.getPaidAt() && o.getAt() < nextPayday && o.getAt() <= horizonEnd) {
        claimed.add(0, o);
        return true;
      }
      return false;
    });
    claimed.forEach(o -> insertOutflow(cycle, o));
    while (cycles.size() > FeatureHorizons.PAY_CYCLES_KEPT) {
      cycles.remove(0);
    }
    return claimed;
  }

  /**
   * Sums everyday-needs card spending and cash withdrawn into the pay cycle the debit falls in
   * (from its payday to the next), with no horizon: B4 compares a whole cycle's spending with its
   * wage. A payday delivered after debits that follow it does not move those sums back: the
   * earlier cycle keeps them (a re-delivered debit is not counted twice only while it is still
   * among the kept outflows, so the sums are an approximation under redelivery).
   */
  private static void addToCycleSpending(AccountState state, TransactionEvent t, long at, long units) {
    boolean subsistence = isCardPaymentIn(t, FeatureHorizons.SUBSISTENCE_MCCS);
    boolean cash = t.getChannel() == Channel.CASH;
    if (!subsistence && !cash) {
      return;
    }
    PayCycleState c = cycleBefore(state, at);
    if (c == null) {
      return;
    }
    for (OutflowState o : c.getOutflows()) {
      if (o.getTxnId().equals(t.getTxnId())) {
        return; // re-delivered
      }
    }
    if (subsistence) {
      c.setSubsistenceUnits(c.getSubsistenceUnits() + units);
    } else {
      c.setCashOutUnits(c.getCashOutUnits() + units);
    }
  }

  /** The pay cycle a debit at {@code at} falls in: the latest payday before it, or null if none. */
  private static PayCycleState cycleBefore(AccountState state, long at) {
    List<PayCycleState> cycles = state.getCycles();
    for (int i = cycles.size() - 1; i >= 0; i--) {
      if (cycles.get(i).getPaidAt() < at) {
        return cycles.get(i);
      }
    }
    return null;
  }

  private static void addOutflow(AccountState state, OutflowState outflow) {
    PayCycleState c = cycleBefore(state, outflow.getAt());
    if (c != null && outflow.getAt() - c.getPaidAt() <= FeatureHorizons.OUTFLOW_HORIZON.toMillis()) {
      insertOutflow(c, outflow);
      return;
    }
    // No payday within reach before it yet: keep it briefly in case its payday was delivered late.
    List<OutflowState> waiting = state.getUnattachedOutflows();
    for (OutflowState o : waiting) {
      if (o.getTxnId().equals(outflow.getTxnId())) {
        return;
      }
    }
    int pos = waiting.size();
    while (pos > 0 && waiting.get(pos - 1).getAt() > outflow.getAt()) {
      pos--;
    }
    waiting.add(pos, outflow);
    long horizon = Math.max(state.getLastEventAt(), outflow.getAt()) - FeatureHorizons.OUTFLOW_HORIZON.toMillis();
    StateLists.removeWhere(waiting, o -> o.getAt() < horizon);
    while (waiting.size() > FeatureHorizons.UNATTACHED_OUTFLOWS_KEPT) {
      waiting.remove(0);
    }
  }

  private static void insertOutflow(PayCycleState cycle, OutflowState outflow) {
    List<OutflowState> list = cycle.getOutflows();
    for (OutflowState o : list) {
      if (o.getTxnId().equals(outflow.getTxnId())) {
        return;
      }
    }
    if (list.size() >= FeatureHorizons.OUTFLOWS_PER_CYCLE_KEPT) {
      // Forwarding is about large shares: when full, the smallest debit makes way for a larger one.
      OutflowState smallest = list.stream().min(Comparator.comparingLong(OutflowState::getAmountUnits)).orElseThrow();
      if (smallest.getAmountUnits() >= outflow.getAmountUnits()) {
        return;
      }
      StateLists.removeElement(list, smallest);
    }
    int i = list.size();
    while (i > 0 && list.get(i - 1).getAt() > outflow.getAt()) {
      i--;
    }
    list.add(i, outflow);
  }

  private static void addCash(AccountState state, CashState entry, long now) {
    List<CashState> cash = state.getCash();
    for (CashState c : cash) {
      if (c.getTxnId().equals(entry.getTxnId()) && c.getDirection().equals(entry.getDirection())) {
        return;
      }
    }
    int i = cash.size();
    while (i > 0 && cash.get(i - 1).getAt() > entry.getAt()) {
      i--;
    }
    cash.add(i, entry);
    long horizon = Math.max(now, state.getLastEventAt()) - FeatureHorizons.CASH_HORIZON.toMillis();
    StateLists.removeWhere(cash, c -> c.getAt() < horizon);
    while (cash.size() > FeatureHorizons.CASH_ENTRIES_KEPT) {
      cash.remove(0);
    }
  }

  /**
   * A card payment in one of {@link FeatureHorizons#WATCHED_MCCS}: ad platforms, dating/escort and
   * lodging, the categories I1 and I2 read. Other card spending is not kept.
   */
  public static boolean isWatchedCardPayment(TransactionEvent t) {
    return t.getDirection() == Direction.DEBIT && isCardPaymentIn(t, FeatureHorizons.WATCHED_MCCS);
  }

  /** A card payment whose merchant category is one of {@code mccs}. */
  static boolean isCardPaymentIn(TransactionEvent t, java.util.Set<String> mccs) {
    return t.getChannel() == Channel.CARD && t.getMerchantCategoryCode() != null
        && mccs.contains(t.getMerchantCategoryCode());
  }

  private static void addCard(AccountState state, CardState entry, long now) {
    List<CardState> card = state.getCard();
    for (CardState c : card) {
      if (c.getTxnId().equals(entry.getTxnId())) {
        return;
      }
    }
    int i = card.size();
    while (i > 0 && card.get(i - 1).getAt() > entry.getAt()) {
      i--;
    }
    card.add(i, entry);
    long horizon = Math.max(now, state.getLastEventAt()) - FeatureHorizons.CARD_HORIZON.toMillis();
    StateLists.removeWhere(card, c -> c.getAt() < horizon);
    while (card.size() > FeatureHorizons.CARD_ENTRIES_KEPT) {
      card.remove(0);
    }
  }

  // ---- facts -------------------------------------------------------------------------------

  public static Txn txnFact(TransactionEvent t) {
    return new Txn(t.getTxnId(), t.getTimestamp(), t.getAccountId(), t.getDirection().name(),
        t.getMoney().getAmount(), t.getMoney().getCurrency(), t.getChannel().name(),
        t.getPurpose() == null ? null : t.getPurpose().name(), t.getCounterpartyAccountId(),
        t.getCounterpartyName(), t.getBeneficiaryName(), t.getCounterpartyCountry(),
        t.getMerchantCategoryCode(), t.getReference(), t.getDeviceId(), t.getLocation());
  }

  /** The account's KYC details as a fact; null before the account event has arrived. */
  public static AccountProfile profileFact(String accountId, AccountState state) {
    ProfileState p = state.getProfile();
    if (p == null) {
      return null;
    }
    return new AccountProfile(accountId, p.getCustomerId(), p.getCustomerType(), p.getName(),
        p.getCountry(), Instant.ofEpochMilli(p.getOpenedAt()), p.getAddress(), p.getPhone(),
        p.getEmail(), p.getDeviceId(), p.getIntroducerId(), p.getEmployerId(), p.getOccupation(),
        p.getSector(), p.getDeclaredEmployees(),
        p.getDeclaredMonthlyIncomeUnits() == null ? null : MoneyUnits.fromUnits(p.getDeclaredMonthlyIncomeUnits()));
  }

  public static PayrollHistory payrollHistory(String accountId, AccountState state) {
    List<PayCycle> cycles = new ArrayList<>(state.getCycles().size());
    for (PayCycleState c : state.getCycles()) {
      List<Outflow> outflows = new ArrayList<>(c.getOutflows().size());
      for (OutflowState o : c.getOutflows()) {
        outflows.add(new Outflow(o.getTxnId(), Instant.ofEpochMilli(o.getAt()), o.getCounterpartyId(),
            o.getCounterpartyName(), o.getChannel(), MoneyUnits.fromUnits(o.getAmountUnits())));
      }
      cycles.add(new PayCycle(c.getPayrollTxnId(), Instant.ofEpochMilli(c.getPaidAt()),
          MoneyUnits.fromUnits(c.getAmountUnits()), c.getPayerId(), c.getPayerName(),
          c.getBeneficiaryName(), outflows, MoneyUnits.fromUnits(c.getSubsistenceUnits()),
          MoneyUnits.fromUnits(c.getCashOutUnits())));
    }
    String holder = state.getProfile() == null ? null : state.getProfile().getName();
    // The earliest activity state still holds (the monthly sums reach back furthest): how long the
    // account has been seen, for B6's "months of nothing, then one large payment".
    Instant observedSince = state.getMonths().isEmpty() ? null : Instant.ofEpochMilli(state.getMonths().get(0).getFirstAt());
    return new PayrollHistory(accountId, holder, cycles, observedSince);
  }

  public static CashActivity cashActivity(String accountId, AccountState state, Instant asOf) {
    List<CashEntry> entries = new ArrayList<>(state.getCash().size());
    for (CashState c : state.getCash()) {
      entries.add(new CashEntry(c.getTxnId(), Instant.ofEpochMilli(c.getAt()), c.getDirection(),
          MoneyUnits.fromUnits(c.getAmountUnits()), c.getLocation()));
    }
    return new CashActivity(accountId, asOf, entries);
  }

  public static CardActivity cardActivity(String accountId, AccountState state, Instant asOf) {
    List<CardEntry> entries = new ArrayList<>(state.getCard().size());
    for (CardState c : state.getCard()) {
      entries.add(new CardEntry(c.getTxnId(), Instant.ofEpochMilli(c.getAt()), c.getMcc(),
          MoneyUnits.fromUnits(c.getAmountUnits()), c.getMerchant(), c.getMerchantCountry(), c.getLocation()));
    }
    return new CardActivity(accountId, asOf, entries);
  }

  /**
   * The sender-side view of a debit for the beneficiary's fan-in features: who sent it and how it
   * relates to the sender's most recent payday at or before it.
   */
  public static InflowState inflow(AccountState state, TransactionEvent t) {
    long at = t.getTimestamp().toEpochMilli();
    long units = MoneyUnits.toUnits(t.getMoney().getAmount());
    Long sincePayday = null;
    Long share = null;
    List<PayCycleState> cycles = state.getCycles();
    for (int i = cycles.size() - 1; i >= 0; i--) {
      PayCycleState c = cycles.get(i);
      if (c.getPaidAt() <= at) {
        long since = at - c.getPaidAt();
        if (since <= FeatureHorizons.PAYDAY_CONTEXT.toMillis() && c.getAmountUnits() > 0) {
          sincePayday = since;
          share = MoneyUnits.ratioUnits(units, c.getAmountUnits());
        }
        break;
      }
    }
    ProfileState p = state.getProfile();
    return InflowState.newBuilder()
        .setTxnId(t.getTxnId())
        .setAt(at)
        .setSenderAccountId(t.getAccountId())
        .setSenderCustomerId(p == null ? null : p.getCustomerId())
        .setSenderName(p == null ? null : p.getName())
        .setSenderAddress(p == null ? null : p.getAddress())
        .setSenderEmployerId(p == null ? null : p.getEmployerId())
        .setChannel(t.getChannel().name())
        .setAmountUnits(units)
        .setSinceSenderPaydayMs(sincePayday)
        .setShareOfWageUnits(share)
        .setPurpose(t.getPurpose() == null ? null : t.getPurpose().name())
        .setReference(t.getReference())
        .setCurrency(t.getMoney().getCurrency())
        .build();
  }

  /** The sender-side view of a debit already in state (one a late payday just claimed). */
  public static InflowState inflow(AccountState state, String accountId, OutflowState o) {
    return inflow(state, debitEvent(accountId, o));
  }

  /**
   * A debit held in state as a ledger entry again, to screen it once more. Only what state keeps is
   * carried; the currency is not kept per entry, so it is the ISO 4217 "no currency" code XXX.
   */
  public static TransactionEvent debitEvent(String accountId, OutflowState o) {
    return TransactionEvent.newBuilder()
        .setEventId(o.getTxnId() + ":DEBIT:" + accountId)
        .setTxnId(o.getTxnId())
        .setTimestamp(Instant.ofEpochMilli(o.getAt()))
        .setAccountId(accountId)
        .setDirection(Direction.DEBIT)
        .setMoney(new dev.moneytrail.schemas.Money(MoneyUnits.fromUnits(o.getAmountUnits()), "XXX"))
        .setChannel(Channel.valueOf(o.getChannel()))
        .setCounterpartyAccountId(o.getCounterpartyId())
        .setCounterpartyName(o.getCounterpartyName())
        .build();
  }

  /** Converts a stored inflow into the rule fact. */
  public static Inflow inflowFact(InflowState i) {
    return new Inflow(i.getTxnId(), Instant.ofEpochMilli(i.getAt()), i.getSenderAccountId(),
        i.getSenderCustomerId(), i.getSenderName(), i.getSenderAddress(), i.getSenderEmployerId(),
        i.getChannel(), MoneyUnits.fromUnits(i.getAmountUnits()),
        i.getSinceSenderPaydayMs() == null ? null : Duration.ofMillis(i.getSinceSenderPaydayMs()),
        i.getShareOfWageUnits() == null ? null : MoneyUnits.fromUnits(i.getShareOfWageUnits()),
        i.getPurpose(), i.getReference(), i.getCurrency());
  }

  private AccountFeatures() {}
}
