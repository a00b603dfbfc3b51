package dev.moneytrail.stream.features;

import dev.moneytrail.rules.facts.MonthFlow;
import dev.moneytrail.rules.facts.MonthlyFlows;
import dev.moneytrail.rules.facts.Names;
import dev.moneytrail.rules.facts.PayeeFlow;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.stream.state.AccountState;
import dev.moneytrail.stream.state.MonthFlowState;
import dev.moneytrail.stream.state.PayeeFlowState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Monthly sums of an account's flows: cash taken, wages paid and to how many people, tax, payroll
 * run elsewhere, money in from how many payers. The employer-side indicators (indicators.md G1,
 * G5, D2, B7) compare these with declared headcount and the minimum wage over months, which no
 * per-transaction list in state could cover within the state budget. Pure functions over the Avro
 * state, like {@link AccountFeatures}.
 */
public final class MonthlyFlowFeatures {

  /** Calendar months kept: the current one and the two before it (a rolling quarter). */
  public static final int MONTHS_KEPT = 3;

  /** Payees kept per month; a business with more staff than this is counted, not listed. */
  public static final int PAYEES_PER_MONTH_KEPT = 32;

  /** Payers kept per month: rules ask whether there are two or more, never for dozens. */
  public static final int PAYERS_PER_MONTH_KEPT = 8;

  /** Cities kept per month: F3 asks whether there are four or more. */
  public static final int CITIES_PER_MONTH_KEPT = 8;

  /**
   * Night for transport purchases (F3), UTC hours [22, 6), the catalogue's 22:00-06:00 read in UTC
   * like the other night windows (the payment's local time is not carried). Only a count is kept,
   * so the hours are fixed by the job, not a rule parameter.
   */
  public static final int NIGHT_FROM_UTC = 22;
  public static final int NIGHT_TO_UTC = 6;

  /** Recent entries remembered to ignore a re-delivered one. */
  public static final int RECENT_ENTRIES_KEPT = 16;

  /**
   * Evening and night for cash deposits, UTC hours [18, 5): 19:00-06:00 in central Europe in
   * winter. The bank's local time is not carried; opening hours are not in KYC, so "outside
   * trading hours" (indicators.md D2) is approximated by the evening.
   */
  public static final int EVENING_FROM_UTC = 18;
  public static final int EVENING_TO_UTC = 5;

  /**
   * Words in a payment reference that mark payroll run by someone else (a payroll bureau funded
   * before each run, a staffing firm's invoice): labour cost, not a supplier. The reference, not
   * the payee's name: a firm called "... Lohnbüro" also sends invoices for other things, and the
   * word for a single wage ("Lohn", "wages") is what a broker writes when paying a worker.
   */
  private static final List<String> PAYROLL_ELSEWHERE = List.of("payroll", "lohnlauf", "gehaltslauf",
      "lohnabrechnung", "gehaltsabrechnung", "labour supply", "labor supply", "staffing",
      "personalgestellung", "zeitarbeit", "arbeitnehmeruberlassung");

  private static int entryKey(TransactionEvent t) {
    return (t.getTxnId() + ":" + t.getDirection()).hashCode();
  }

  /** Whether the entry was already added to the month sums (a re-delivery): read before {@link #apply}. */
  static boolean isRedelivered(AccountState state, TransactionEvent t) {
    return state.getRecentEntryKeys().contains(entryKey(t));
  }

  /** Adds a ledger entry to its month. */
  public static void apply(AccountState state, TransactionEvent t) {
    int entryKey = entryKey(t);
    List<Integer> recent = state.getRecentEntryKeys();
    if (recent.contains(entryKey)) {
      return; // re-delivered entry
    }
    long at = t.getTimestamp().toEpochMilli();
    MonthFlowState month = monthFor(state.getMonths(), at);
    if (month == null) {
      return; // older than every month kept
    }
    recent.add(entryKey);
    while (recent.size() > RECENT_ENTRIES_KEPT) {
      recent.remove(0);
    }
    month.setFirstAt(Math.min(month.getFirstAt(), at));
    month.setLastAt(Math.max(month.getLastAt(), at));
    long units = MoneyUnits.toUnits(t.getMoney().getAmount());
    String holder = state.getProfile() == null ? null : state.getProfile().getName();
    boolean own = holder != null && t.getCounterpartyName() != null && Names.sameName(holder, t.getCounterpartyName());
    boolean transfer = isTransfer(t.getChannel()) && t.getCounterpartyAccountId() != null;
    if (t.getChannel() == Channel.CARD && t.getLocation() != null && !t.getLocation().isBlank()) {
      addKey(month.getCities(), t.getLocation().trim().toLowerCase(Locale.ROOT).hashCode(), CITIES_PER_MONTH_KEPT);
    }
    if (t.getDirection() == Direction.CREDIT) {
      if (own) {
        return;
      }
      month.setCreditUnits(month.getCreditUnits() + units);
      if (t.getChannel() == Channel.CASH) {
        month.setCashInUnits(month.getCashInUnits() + units);
        if (isUtcHourAcrossMidnight(at, EVENING_FROM_UTC, EVENING_TO_UTC)) {
          month.setCashInEveningUnits(month.getCashInEveningUnits() + units);
        }
      } else if (transfer && t.getPurpose() == Purpose.SALARY) {
        month.setWagesInUnits(month.getWagesInUnits() + units);
      } else if (transfer) {
        month.setTransferInUnits(month.getTransferInUnits() + units);
        addKey(month.getPayers(), t.getCounterpartyAccountId().hashCode(), PAYERS_PER_MONTH_KEPT);
      }
    } else if (t.getDirection() == Direction.DEBIT) {
      if (!own) {
        month.setSpendOutUnits(month.getSpendOutUnits() + units);
        if (AccountFeatures.isCardPaymentIn(t, FeatureHorizons.TRANSPORT_MCCS)
            && isUtcHourAcrossMidnight(at, NIGHT_FROM_UTC, NIGHT_TO_UTC)) {
          month.setNightTransport(month.getNightTransport() + 1);
        }
        if (AccountFeatures.isCardPaymentIn(t, FeatureHorizons.SUSTENANCE_MCCS)) {
          month.setSustenanceOutUnits(month.getSustenanceOutUnits() + units);
          int day = Instant.ofEpochMilli(at).atZone(ZoneOffset.UTC).getDayOfMonth();
          month.setSustenanceDays(month.getSustenanceDays() | (1 << (day - 1)));
        }
      }
      if (own) {
        month.setOwnOutUnits(month.getOwnOutUnits() + units);
      } else if (t.getPurpose() == Purpose.TAX) {
        month.setTaxOutUnits(month.getTaxOutUnits() + units);
      } else if (t.getChannel() == Channel.CASH) {
        month.setCashOutUnits(month.getCashOutUnits() + units);
      } else if (transfer && t.getPurpose() == Purpose.SALARY) {
        month.setWagesOutUnits(month.getWagesOutUnits() + units);
        addPayee(month, t.getCounterpartyAccountId().hashCode(), units, true, false);
      } else if (transfer && isPayrollElsewhere(t.getReference())) {
        month.setPayrollProviderOutUnits(month.getPayrollProviderOutUnits() + units);
      } else if (transfer && (t.getPurpose() == null || t.getPurpose() == Purpose.OTHER)) {
        // No commercial purpose code (goods, services, rent, fees...): pay to a person, or a gift.
        addPayee(month, t.getCounterpartyAccountId().hashCode(), units, false, t.getChannel() == Channel.CHEQUE);
      } else if (t.getChannel() == Channel.CHEQUE && t.getCounterpartyName() != null
          && (t.getPurpose() == null || t.getPurpose() == Purpose.OTHER)) {
        // A cheque often names only its payee: D3 counts the people paid by small cheques.
        addPayee(month, ("name:" + Names.normalise(t.getCounterpartyName())).hashCode(), units, false, true);
      }
    }
  }

  /** Whether the UTC hour of {@code at} is in [from, 24) or [0, to): a window across midnight. */
  static boolean isUtcHourAcrossMidnight(long at, int from, int to) {
    int hour = Instant.ofEpochMilli(at).atZone(ZoneOffset.UTC).getHour();
    return hour >= from || hour < to;
  }

  /** Adds {@code key} to a month's bounded key list (payers, cities) unless present or full. */
  private static void addKey(List<Integer> keys, int key, int kept) {
    if (!keys.contains(key) && keys.size() < kept) {
      keys.add(key);
    }
  }

  static boolean isPayrollElsewhere(String text) {
    if (text == null) {
      return false;
    }
    String n = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    for (String w : PAYROLL_ELSEWHERE) {
      if (n.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** An account-to-account channel (not card or cash): what a controller, lender or landlord could receive. */
  public static boolean isTransfer(Channel c) {
    return c == Channel.INTERNAL || c == Channel.WIRE || c == Channel.ACH
        || c == Channel.MONEY_TRANSFER || c == Channel.CHEQUE;
  }

  private static void addPayee(MonthFlowState month, int key, long units, boolean wages, boolean cheque) {
    List<PayeeFlowState> payees = month.getPayees();
    PayeeFlowState payee = null;
    for (PayeeFlowState p : payees) {
      if (p.getKey() == key) {
        payee = p;
        break;
      }
    }
    if (payee == null) {
      if (payees.size() >= PAYEES_PER_MONTH_KEPT) {
        month.setPayeesNotKept(month.getPayeesNotKept() + 1);
        return;
      }
      payee = PayeeFlowState.newBuilder().setKey(key).setWagesUnits(0).setOtherUnits(0).setLargestOtherUnits(0)
          .setOtherPayments(0).setCheques(0).build();
      payees.add(payee);
    }
    if (wages) {
      payee.setWagesUnits(payee.getWagesUnits() + units);
    } else {
      payee.setOtherUnits(payee.getOtherUnits() + units);
      payee.setLargestOtherUnits(Math.max(payee.getLargestOtherUnits(), units));
      payee.setOtherPayments(payee.getOtherPayments() + 1);
    }
    if (cheque) {
      payee.setCheques(payee.getCheques() + 1);
    }
  }

  /** The month holding {@code at}, created in order if new; null if older than every month kept. */
  private static MonthFlowState monthFor(List<MonthFlowState> months, long at) {
    long start = monthStart(at);
    int i = months.size();
    while (i > 0 && months.get(i - 1).getMonthStart() > start) {
      i--;
    }
    if (i > 0 && months.get(i - 1).getMonthStart() == start) {
      return months.get(i - 1);
    }
    if (i == 0 && months.size() >= MONTHS_KEPT) {
      return null;
    }
    MonthFlowState m = MonthFlowState.newBuilder()
        .setMonthStart(start).setFirstAt(at).setLastAt(at)
        .setCreditUnits(0).setCashInUnits(0).setCashInEveningUnits(0).setTransferInUnits(0)
        .setWagesInUnits(0).setWagesOutUnits(0).setPayrollProviderOutUnits(0).setTaxOutUnits(0)
        .setCashOutUnits(0).setOwnOutUnits(0).setPayers(new ArrayList<>()).setPayees(new ArrayList<>())
        .setPayeesNotKept(0).setSpendOutUnits(0).setSustenanceOutUnits(0).setSustenanceDays(0)
        .setNightTransport(0).setCities(new ArrayList<>())
        .build();
    months.add(i, m);
    while (months.size() > MONTHS_KEPT) {
      months.remove(0);
    }
    return m;
  }

  static long monthStart(long at) {
    ZonedDateTime t = Instant.ofEpochMilli(at).atZone(ZoneOffset.UTC);
    return t.withDayOfMonth(1).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** The months as a rule fact. */
  public static MonthlyFlows fact(String accountId, AccountState state, Instant asOf) {
    List<MonthFlow> months = new ArrayList<>(state.getMonths().size());
    for (MonthFlowState m : state.getMonths()) {
      List<PayeeFlow> payees = new ArrayList<>(m.getPayees().size());
      for (PayeeFlowState p : m.getPayees()) {
        // State written before the count was kept has 0: something paid was at least one payment.
        int otherPayments = Math.max(p.getOtherPayments(), p.getOtherUnits() > 0 ? 1 : 0);
        payees.add(new PayeeFlow(p.getKey(), MoneyUnits.fromUnits(p.getWagesUnits()),
            MoneyUnits.fromUnits(p.getOtherUnits()), MoneyUnits.fromUnits(p.getLargestOtherUnits()), otherPayments,
            p.getCheques()));
      }
      months.add(new MonthFlow(Instant.ofEpochMilli(m.getMonthStart()), Instant.ofEpochMilli(m.getFirstAt()),
          Instant.ofEpochMilli(m.getLastAt()), MoneyUnits.fromUnits(m.getCreditUnits()),
          MoneyUnits.fromUnits(m.getCashInUnits()), MoneyUnits.fromUnits(m.getCashInEveningUnits()),
          MoneyUnits.fromUnits(m.getTransferInUnits()), MoneyUnits.fromUnits(m.getWagesInUnits()),
          MoneyUnits.fromUnits(m.getWagesOutUnits()), MoneyUnits.fromUnits(m.getPayrollProviderOutUnits()),
          MoneyUnits.fromUnits(m.getTaxOutUnits()), MoneyUnits.fromUnits(m.getCashOutUnits()),
          MoneyUnits.fromUnits(m.getOwnOutUnits()), List.copyOf(m.getPayers()), payees, m.getPayeesNotKept(),
          MoneyUnits.fromUnits(m.getSpendOutUnits()), MoneyUnits.fromUnits(m.getSustenanceOutUnits()),
          m.getSustenanceDays(), m.getNightTransport(), List.copyOf(m.getCities())));
    }
    // Null before the account event (or in state written before the currency was kept): MonthlyFlows says XXX.
    return new MonthlyFlows(accountId, state.getProfile() == null ? null : state.getProfile().getCurrency(), asOf, months);
  }

  private MonthlyFlowFeatures() {}
}
