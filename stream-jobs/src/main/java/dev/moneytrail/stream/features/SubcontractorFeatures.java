package dev.moneytrail.stream.features;

import dev.moneytrail.rules.facts.Names;
import dev.moneytrail.rules.facts.PartySighting;
import dev.moneytrail.rules.facts.SubcontractorEntry;
import dev.moneytrail.rules.facts.SubcontractorFlows;
import dev.moneytrail.rules.facts.SubcontractorWeek;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.stream.state.AccountState;
import dev.moneytrail.stream.state.OpenCreditState;
import dev.moneytrail.stream.state.PartySightingState;
import dev.moneytrail.stream.state.ProfileState;
import dev.moneytrail.stream.state.SubcontractorEntryState;
import dev.moneytrail.stream.state.SubcontractorState;
import dev.moneytrail.stream.state.SubcontractorWeekState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What G3 (indicators.md G3 LT-SHELL-SUBCONTRACTOR) reads at a young labour-supply business's own
 * account: weekly sums of what business payers pay it and of how much of each payment leaves again
 * within {@link FeatureHorizons#SHELL_FORWARD_WITHIN} as cash, to individuals or abroad (each
 * departure is set against the open payments of the days before it, oldest first), the business
 * payers and individuals paid with when each was last seen, and the largest payments either way.
 *
 * <p>Only business accounts opened within {@link FeatureHorizons#SHELL_AGE_HORIZON} in one of
 * {@link #SECTORS} keep anything ({@code subcontractor} stays null for every other account, and
 * {@link #tracks} rejects them on the opening date and customer type before anything else).
 */
public final class SubcontractorFeatures {

  /**
   * ISIC prefixes of the labour-intensive sectors (interchange.md): what the rule's sector
   * parameter may choose from. The state exists only for these, so the set is fixed by the job.
   */
  static final List<String> SECTORS = List.of("A01", "A03", "C10", "C14", "F", "I55", "I56", "N78", "N81", "Q87");

  public static final String BUSINESS_PAYMENT = SubcontractorFlows.BUSINESS_PAYMENT;
  static final String CASH = "cash";
  static final String TO_INDIVIDUAL = "to an individual";
  static final String ABROAD = "abroad";

  /**
   * Words (folded tokens) of a legal form: a payer or payee named with one is a company. What the
   * interchange carries of a counterparty is its name, not its customer type.
   */
  private static final Set<String> LEGAL_FORMS = Set.of("gmbh", "mbh", "ag", "kg", "ug", "ohg", "gbr", "kgaa", "eg",
      "ltd", "limited", "plc", "llc", "llp", "lp", "inc", "corp", "dac", "sarl", "srl", "sro", "bv", "nv", "spa",
      "kft", "zoo", "sp", "gesellschaft", "company", "co");

  /** Whether the account is one G3 watches at {@code at}: a young business in a labour-supply sector. */
  public static boolean tracks(ProfileState p, long at) {
    return p != null && p.getOpenedAt() > at - FeatureHorizons.SHELL_AGE_HORIZON.toMillis()
        && "BUSINESS".equals(p.getCustomerType()) && inSectors(p.getSector());
  }

  static boolean inSectors(String sector) {
    if (sector == null) {
      return false;
    }
    String code = sector.trim().toUpperCase(Locale.ROOT);
    for (String s : SECTORS) {
      if (code.startsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the entry is to G3, or null when nothing: {@link #BUSINESS_PAYMENT} for a transfer credit
   * from a business payer (a goods or services purpose, or a payer named with a legal form), or how
   * a debit takes the money on: {@link #CASH}, {@link #ABROAD} (another country than the holder's,
   * or a money-transfer service; not for goods) or {@link #TO_INDIVIDUAL} (no purpose or OTHER, a
   * payee named without a legal form). Transfers from or to the holder's own name or its group
   * (same first name word) count as nothing: a restructuring moves money, it does not earn it.
   * Wages (SALARY) and tax are a payroll, not forwarding.
   */
  static String kindOf(ProfileState p, TransactionEvent t) {
    Channel c = t.getChannel();
    if (t.getDirection() == Direction.DEBIT && c == Channel.CASH) {
      return CASH;
    }
    if (!MonthlyFlowFeatures.isTransfer(c) || t.getCounterpartyAccountId() == null || sameGroup(p.getName(), t.getCounterpartyName())) {
      return null;
    }
    Purpose purpose = t.getPurpose();
    if (t.getDirection() == Direction.CREDIT) {
      boolean business = purpose == Purpose.SERVICES || purpose == Purpose.GOODS || hasLegalForm(t.getCounterpartyName());
      return business && purpose != Purpose.SALARY && purpose != Purpose.LOAN ? BUSINESS_PAYMENT : null;
    }
    if (purpose == Purpose.SALARY || purpose == Purpose.TAX || purpose == Purpose.GOODS) {
      return null;
    }
    String home = p.getCountry();
    String to = t.getCounterpartyCountry();
    if (c == Channel.MONEY_TRANSFER || home != null && to != null && !to.equalsIgnoreCase(home)) {
      return ABROAD;
    }
    if ((purpose == null || purpose == Purpose.OTHER) && !hasLegalForm(t.getCounterpartyName())) {
      return TO_INDIVIDUAL;
    }
    return null;
  }

  static boolean hasLegalForm(String name) {
    List<String> tokens = Names.words(name);
    for (String tok : tokens) {
      if (LEGAL_FORMS.contains(tok)) {
        return true;
      }
    }
    // "e.K.", the registered sole trader, folds to two one-letter words.
    int n = tokens.size();
    return n >= 2 && tokens.get(n - 2).equals("e") && tokens.get(n - 1).equals("k");
  }

  /**
   * Own name, or the same first word of at least three letters that is no legal form: "Meyer Bau
   * GmbH" and "Meyer Personal GmbH" are read as one group. Firms named after the same city are
   * read so too, which can hide a shell (docs/detection.md).
   */
  static boolean sameGroup(String holder, String other) {
    if (holder == null || other == null) {
      return false;
    }
    if (Names.sameName(holder, other)) {
      return true;
    }
    List<String> a = Names.words(holder);
    List<String> b = Names.words(other);
    return !a.isEmpty() && !b.isEmpty() && a.get(0).length() >= 3 && !LEGAL_FORMS.contains(a.get(0))
        && a.get(0).equals(b.get(0));
  }

  /**
   * Adds the entry to the aggregate of a watched account, or drops the aggregate of one no longer
   * watched. Call before the month sums take the entry, so that a re-delivered entry is recognised.
   */
  public static void apply(AccountState state, TransactionEvent t) {
    long at = t.getTimestamp().toEpochMilli();
    if (!tracks(state.getProfile(), at)) {
      // Grown too old (or re-classified): nothing of it is read any more.
      state.setSubcontractor(null);
      return;
    }
    String kind = kindOf(state.getProfile(), t);
    if (kind == null || MonthlyFlowFeatures.isRedelivered(state, t)) {
      return;
    }
    SubcontractorState s = state.getSubcontractor();
    if (s == null) {
      s = new SubcontractorState(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      state.setSubcontractor(s);
    }
    long now = Math.max(at, state.getLastEventAt());
    long units = MoneyUnits.toUnits(t.getMoney().getAmount());
    int key = t.getCounterpartyAccountId() == null ? 0 : t.getCounterpartyAccountId().hashCode();
    if (kind.equals(BUSINESS_PAYMENT)) {
      SubcontractorWeekState w = weekFor(s.getWeeks(), at);
      if (w != null) {
        w.setBusinessInUnits(w.getBusinessInUnits() + units);
        addOpenCredit(s.getOpenCredits(), at, units);
        sighted(s.getPayers(), key, at, FeatureHorizons.SHELL_PAYERS_KEPT);
        addEntry(s.getEntries(), t, at, units, kind);
      }
    } else {
      long matched = match(s, at, units, kind);
      if (kind.equals(TO_INDIVIDUAL)) {
        sighted(s.getPayees(), key, at, FeatureHorizons.SHELL_PAYEES_KEPT);
      }
      if (matched > 0 || kind.equals(TO_INDIVIDUAL)) {
        addEntry(s.getEntries(), t, at, units, kind);
      }
    }
    prune(state, s, now);
  }

  /** Sets a departure against the open payments of the forwarding window, oldest first; returns what it matched. */
  private static long match(SubcontractorState s, long at, long units, String kind) {
    long left = units;
    long from = at - FeatureHorizons.SHELL_FORWARD_WITHIN.toMillis();
    for (OpenCreditState c : s.getOpenCredits()) {
      if (left == 0) {
        break;
      }
      if (c.getAt() < from || c.getAt() > at || c.getRemainingUnits() == 0) {
        continue;
      }
      long take = Math.min(left, c.getRemainingUnits());
      c.setRemainingUnits(c.getRemainingUnits() - take);
      left -= take;
      SubcontractorWeekState w = weekFor(s.getWeeks(), c.getAt());
      if (w == null) {
        continue;
      }
      switch (kind) {
        case CASH -> w.setCashUnits(w.getCashUnits() + take);
        case ABROAD -> w.setAbroadUnits(w.getAbroadUnits() + take);
        default -> w.setIndividualsUnits(w.getIndividualsUnits() + take);
      }
    }
    StateLists.removeWhere(s.getOpenCredits(), c -> c.getRemainingUnits() == 0);
    return units - left;
  }

  private static void addOpenCredit(List<OpenCreditState> open, long at, long units) {
    int i = open.size();
    while (i > 0 && open.get(i - 1).getAt() > at) {
      i--;
    }
    open.add(i, new OpenCreditState(at, units));
    // Beyond the bound the oldest open payment is given up: its departures go unmatched.
    while (open.size() > FeatureHorizons.SHELL_OPEN_CREDITS_KEPT) {
      open.remove(0);
    }
  }

  private static void sighted(List<PartySightingState> parties, int key, long at, int kept) {
    for (int i = 0; i < parties.size(); i++) {
      PartySightingState p = parties.get(i);
      if (p.getKey() == key) {
        p.setLastAt(Math.max(p.getLastAt(), at));
        parties.sort(Comparator.comparingLong(PartySightingState::getLastAt));
        return;
      }
    }
    parties.add(new PartySightingState(key, at));
    parties.sort(Comparator.comparingLong(PartySightingState::getLastAt));
    while (parties.size() > kept) {
      parties.remove(0);
    }
  }

  private static final Comparator<SubcontractorEntryState> LARGEST_FIRST = Comparator
      .comparingLong(SubcontractorEntryState::getAmountUnits).reversed()
      .thenComparingLong(SubcontractorEntryState::getAt)
      .thenComparing(SubcontractorEntryState::getTxnId);

  /** Keeps the largest business payments and the largest departures, half the bound each. */
  private static void addEntry(List<SubcontractorEntryState> entries, TransactionEvent t, long at, long units, String kind) {
    boolean in = kind.equals(BUSINESS_PAYMENT);
    if (entries.stream().anyMatch(e -> e.getTxnId().equals(t.getTxnId()))) {
      return;
    }
    entries.add(new SubcontractorEntryState(t.getTxnId(), at, units, kind, t.getCounterpartyName()));
    entries.sort(LARGEST_FIRST);
    int sameSide = 0;
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).getKind().equals(BUSINESS_PAYMENT) == in && ++sameSide > FeatureHorizons.SHELL_ENTRIES_KEPT / 2) {
        entries.remove(i);
        i--;
      }
    }
  }

  /** The week holding {@code at}, created in order if new; null if older than every week kept. */
  private static SubcontractorWeekState weekFor(List<SubcontractorWeekState> weeks, long at) {
    long start = SubcontractorFlows.weekStart(Instant.ofEpochMilli(at)).toEpochMilli();
    int i = weeks.size();
    while (i > 0 && weeks.get(i - 1).getWeekStart() > start) {
      i--;
    }
    if (i > 0 && weeks.get(i - 1).getWeekStart() == start) {
      return weeks.get(i - 1);
    }
    if (i == 0 && weeks.size() >= FeatureHorizons.SHELL_WEEKS_KEPT) {
      return null;
    }
    SubcontractorWeekState w = new SubcontractorWeekState(start, 0L, 0L, 0L, 0L);
    weeks.add(i, w);
    while (weeks.size() > FeatureHorizons.SHELL_WEEKS_KEPT) {
      weeks.remove(0);
    }
    return w;
  }

  private static void prune(AccountState state, SubcontractorState s, long now) {
    long oldestWeek = SubcontractorFlows.weekStart(Instant.ofEpochMilli(now)).toEpochMilli()
        - (FeatureHorizons.SHELL_WEEKS_KEPT - 1) * 7L * 86_400_000L;
    StateLists.removeWhere(s.getWeeks(), w -> w.getWeekStart() < oldestWeek);
    long openFrom = now - FeatureHorizons.SHELL_FORWARD_WITHIN.toMillis();
    StateLists.removeWhere(s.getOpenCredits(), c -> c.getAt() < openFrom);
    StateLists.removeWhere(s.getPayers(), p -> p.getLastAt() < oldestWeek);
    StateLists.removeWhere(s.getPayees(), p -> p.getLastAt() < oldestWeek);
    StateLists.removeWhere(s.getEntries(), e -> e.getAt() < oldestWeek);
    if (s.getWeeks().isEmpty() && s.getPayees().isEmpty()) {
      state.setSubcontractor(null);
    }
  }

  /** The aggregate as of {@code asOf}, the anchor fact of G3; null when the account keeps none. */
  public static SubcontractorFlows fact(String accountId, AccountState state, Instant asOf) {
    SubcontractorState s = state.getSubcontractor();
    if (s == null) {
      return null;
    }
    List<SubcontractorWeek> weeks = new ArrayList<>(s.getWeeks().size());
    for (SubcontractorWeekState w : s.getWeeks()) {
      weeks.add(new SubcontractorWeek(Instant.ofEpochMilli(w.getWeekStart()), MoneyUnits.fromUnits(w.getBusinessInUnits()),
          MoneyUnits.fromUnits(w.getCashUnits()), MoneyUnits.fromUnits(w.getIndividualsUnits()),
          MoneyUnits.fromUnits(w.getAbroadUnits())));
    }
    List<SubcontractorEntry> entries = new ArrayList<>(s.getEntries().size());
    for (SubcontractorEntryState e : s.getEntries()) {
      entries.add(new SubcontractorEntry(e.getTxnId(), Instant.ofEpochMilli(e.getAt()), MoneyUnits.fromUnits(e.getAmountUnits()),
          e.getKind(), e.getCounterparty()));
    }
    return new SubcontractorFlows(accountId, asOf, weeks, sightings(s.getPayers()), sightings(s.getPayees()), entries);
  }

  private static List<PartySighting> sightings(List<PartySightingState> parties) {
    List<PartySighting> out = new ArrayList<>(parties.size());
    for (PartySightingState p : parties) {
      out.add(new PartySighting(p.getKey(), Instant.ofEpochMilli(p.getLastAt())));
    }
    return out;
  }

  /** Whether the entry changes the aggregate of a watched account: when the rule is worth evaluating. */
  public static boolean counts(AccountState state, TransactionEvent t) {
    return state.getSubcontractor() != null && kindOf(state.getProfile(), t) != null;
  }

  private SubcontractorFeatures() {}
}
