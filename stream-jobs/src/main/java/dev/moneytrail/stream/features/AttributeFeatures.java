package dev.moneytrail.stream.features;

import dev.moneytrail.rules.facts.AtmSession;
import dev.moneytrail.rules.facts.AtmSessions;
import dev.moneytrail.rules.facts.Holder;
import dev.moneytrail.rules.facts.Names;
import dev.moneytrail.rules.facts.SharedAttribute;
import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.stream.state.AccountState;
import dev.moneytrail.stream.state.AtmSessionState;
import dev.moneytrail.stream.state.AttributeSighting;
import dev.moneytrail.stream.state.AttributeState;
import dev.moneytrail.stream.state.HolderState;
import dev.moneytrail.stream.state.ProfileState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Shared-attribute features: which accounts are seen with one device, phone, address, e-mail or
 * introducer. Values are normalised so trivial spelling differences do not split a cluster.
 */
public final class AttributeFeatures {

  public static final String DEVICE = "DEVICE";
  public static final String PHONE = "PHONE";
  public static final String ADDRESS = "ADDRESS";
  public static final String EMAIL = "EMAIL";
  public static final String INTRODUCER = "INTRODUCER";
  /** The device that initiated a money-transfer debit to someone outside the sender's family (E2). */
  public static final String REMIT_DEVICE = "REMIT_DEVICE";
  /** The ATM (location) of a cash withdrawal (C4). */
  public static final String ATM = "ATM";

  /** Lower case, single spaces, trimmed; phones keep digits and a leading '+'. */
  public static String normalise(String kind, String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (PHONE.equals(kind)) {
      v = v.replaceAll("[^0-9+]", "");
    } else if (ADDRESS.equals(kind)) {
      v = v.replaceAll("[.,;]", " ").replaceAll("\\s+", " ").trim();
    }
    return v.isEmpty() ? null : v;
  }

  /** The state key of an attribute value. */
  public static String key(String kind, String normalisedValue) {
    return kind + ":" + normalisedValue;
  }

  /** The identifiers an account event declares, each as a sighting of the account. */
  public static List<AttributeSighting> sightings(AccountEvent e, AccountState state) {
    long at = e.getAsOf().toEpochMilli();
    List<AttributeSighting> out = new ArrayList<>(5);
    add(out, DEVICE, e.getDeviceId(), at, e.getAccountId(), state, null);
    add(out, PHONE, e.getPhone(), at, e.getAccountId(), state, null);
    add(out, ADDRESS, e.getAddress(), at, e.getAccountId(), state, null);
    add(out, EMAIL, e.getEmail(), at, e.getAccountId(), state, null);
    add(out, INTRODUCER, e.getIntroducerId(), at, e.getAccountId(), state, null);
    return out;
  }

  /**
   * The device that initiated an online payment, as a sighting of the paying account; for a
   * remittance to someone outside the sender's family, also as a remittance device (E2); for a
   * cash withdrawal, the ATM it was made at (C4).
   */
  public static List<AttributeSighting> sightings(TransactionEvent t, AccountState state) {
    List<AttributeSighting> out = new ArrayList<>(1);
    long at = t.getTimestamp().toEpochMilli();
    add(out, DEVICE, t.getDeviceId(), at, t.getAccountId(), state, t.getTxnId());
    if (isRemittanceOutsideFamily(t, state)) {
      add(out, REMIT_DEVICE, t.getDeviceId(), at, t.getAccountId(), state, t.getTxnId());
    }
    if (t.getChannel() == Channel.CASH && t.getDirection() == Direction.DEBIT) {
      add(out, ATM, t.getLocation(), at, t.getAccountId(), state, t.getTxnId());
    }
    return out;
  }

  /**
   * A money-transfer debit whose beneficiary does not carry the sender's surname (kinship
   * heuristic): money sent home to one's own family, even with a helper's phone, is the trap of E2.
   * Unknown names on either side count as outside the family.
   */
  static boolean isRemittanceOutsideFamily(TransactionEvent t, AccountState state) {
    if (t.getChannel() != Channel.MONEY_TRANSFER || t.getDirection() != Direction.DEBIT || t.getDeviceId() == null) {
      return false;
    }
    String sender = state.getProfile() == null ? null : state.getProfile().getName();
    return !Names.sameSurname(sender, t.getBeneficiaryName() != null ? t.getBeneficiaryName() : t.getCounterpartyName());
  }

  private static void add(List<AttributeSighting> out, String kind, String raw, long at,
      String accountId, AccountState state, String txnId) {
    String value = normalise(kind, raw);
    if (value == null) {
      return;
    }
    ProfileState p = state.getProfile();
    out.add(AttributeSighting.newBuilder()
        .setKind(kind)
        .setValue(value)
        .setAt(at)
        .setHolder(HolderState.newBuilder()
            .setAccountId(accountId)
            .setCustomerId(p == null ? null : p.getCustomerId())
            .setCustomerType(p == null ? null : p.getCustomerType())
            .setName(p == null ? null : p.getName())
            .setEmployerId(p == null ? null : p.getEmployerId())
            .setFirstSeen(at)
            .setLastSeen(at)
            .setLastTxnId(txnId)
            .setIntroducerId(p == null ? null : p.getIntroducerId())
            .build())
        .build());
  }

  public static AttributeState empty() {
    return AttributeState.newBuilder().setHolders(new ArrayList<>()).setLastEventAt(Long.MIN_VALUE)
        .setSessions(new ArrayList<>()).build();
  }

  /**
   * Records a sighting. Returns true when it changed what rules can see (a new holder, or a holder
   * seen again after leaving the window); repeat sightings of a known holder only move last_seen,
   * and need no new evaluation.
   */
  public static boolean apply(AttributeState state, AttributeSighting s) {
    HolderState seen = s.getHolder();
    List<HolderState> holders = state.getHolders();
    long now = Math.max(state.getLastEventAt(), s.getAt());
    state.setLastEventAt(now);
    boolean changed = true;
    HolderState existing = null;
    for (HolderState h : holders) {
      if (h.getAccountId().equals(seen.getAccountId())) {
        existing = h;
        break;
      }
    }
    if (existing != null) {
      changed = false;
      existing.setFirstSeen(Math.min(existing.getFirstSeen(), s.getAt()));
      if (s.getAt() >= existing.getLastSeen()) {
        existing.setLastSeen(s.getAt());
        if (seen.getLastTxnId() != null) {
          existing.setLastTxnId(seen.getLastTxnId());
        }
      }
      if (seen.getCustomerId() != null) {
        existing.setCustomerId(seen.getCustomerId());
        existing.setCustomerType(seen.getCustomerType());
        existing.setName(seen.getName());
        existing.setEmployerId(seen.getEmployerId());
        existing.setIntroducerId(seen.getIntroducerId());
      }
    } else {
      holders.add(HolderState.newBuilder(seen).build());
    }
    long horizon = now - FeatureHorizons.HOLDER_HORIZON.toMillis();
    StateLists.removeWhere(holders, h -> h.getLastSeen() < horizon);
    if (holders.size() > FeatureHorizons.HOLDERS_KEPT) {
      holders.sort(Comparator.comparingLong(HolderState::getLastSeen));
      while (holders.size() > FeatureHorizons.HOLDERS_KEPT) {
        holders.remove(0);
      }
    }
    return changed;
  }

  /**
   * Records a withdrawal at an ATM (kind {@link #ATM}) and sessionizes the terminal: the session
   * ending with this withdrawal is every card whose last use lies within
   * {@link FeatureHorizons#ATM_SESSION_GAP} of the next one. Sightings arrive in event-time order
   * (the operator waits for the watermark), so each holder's last use is known when the next card
   * comes. A session of two or more customers is kept (the one it grew from is replaced). Returns
   * whether the kept sessions changed, i.e. whether C4 needs evaluating.
   */
  public static boolean applyAtm(AttributeState state, AttributeSighting s) {
    apply(state, s);
    long gap = FeatureHorizons.ATM_SESSION_GAP.toMillis();
    List<HolderState> byLastUse = new ArrayList<>(state.getHolders());
    byLastUse.sort(Comparator.comparingLong(HolderState::getLastSeen).reversed()
        .thenComparing(HolderState::getAccountId));
    List<String> accounts = new ArrayList<>();
    java.util.Set<String> customers = new java.util.LinkedHashSet<>();
    long cursor = s.getAt();
    long start = s.getAt();
    for (HolderState h : byLastUse) {
      if (h.getLastSeen() > s.getAt()) {
        continue; // used again later (only when a sighting arrived late)
      }
      if (cursor - h.getLastSeen() > gap) {
        break;
      }
      accounts.add(0, h.getAccountId());
      customers.add(h.getCustomerId() != null ? h.getCustomerId() : h.getAccountId());
      cursor = h.getLastSeen();
      start = h.getLastSeen();
    }
    if (customers.size() < 2) {
      return false;
    }
    List<AtmSessionState> sessions = state.getSessions();
    AtmSessionState session = AtmSessionState.newBuilder().setStart(start).setEnd(s.getAt())
        .setAccountIds(accounts).build();
    if (!sessions.isEmpty() && sessions.get(sessions.size() - 1).getEnd() >= start) {
      AtmSessionState last = sessions.get(sessions.size() - 1);
      if (last.getStart() == start && last.getEnd() == s.getAt() && last.getAccountIds().equals(accounts)) {
        return false;
      }
      sessions.set(sessions.size() - 1, session);
    } else {
      sessions.add(session);
    }
    long horizon = state.getLastEventAt() - FeatureHorizons.ATM_SESSION_HORIZON.toMillis();
    StateLists.removeWhere(sessions, x -> x.getEnd() < horizon);
    while (sessions.size() > FeatureHorizons.ATM_SESSIONS_KEPT) {
      sessions.remove(0);
    }
    return true;
  }

  /** The terminal's kept sessions as the C4 fact; cards are named from the holders where known. */
  public static AtmSessions atmFact(String terminal, AttributeState state, Instant asOf) {
    java.util.Map<String, HolderState> holders = new java.util.HashMap<>();
    for (HolderState h : state.getHolders()) {
      holders.put(h.getAccountId(), h);
    }
    List<AtmSession> sessions = new ArrayList<>(state.getSessions().size());
    for (AtmSessionState x : state.getSessions()) {
      List<Holder> cards = new ArrayList<>(x.getAccountIds().size());
      for (String account : x.getAccountIds()) {
        HolderState h = holders.get(account);
        cards.add(h == null ? new Holder(account, null, null, null, null, Instant.ofEpochMilli(x.getStart()),
            Instant.ofEpochMilli(x.getEnd()))
            : new Holder(account, h.getCustomerId(), h.getCustomerType(), h.getName(), h.getEmployerId(),
                Instant.ofEpochMilli(h.getFirstSeen()), Instant.ofEpochMilli(h.getLastSeen())));
      }
      sessions.add(new AtmSession(Instant.ofEpochMilli(x.getStart()), Instant.ofEpochMilli(x.getEnd()), cards));
    }
    return new AtmSessions(terminal, asOf, sessions);
  }

  public static SharedAttribute fact(String kind, String value, AttributeState state, Instant asOf) {
    List<Holder> holders = new ArrayList<>(state.getHolders().size());
    for (HolderState h : state.getHolders()) {
      holders.add(new Holder(h.getAccountId(), h.getCustomerId(), h.getCustomerType(), h.getName(),
          h.getEmployerId(), Instant.ofEpochMilli(h.getFirstSeen()), Instant.ofEpochMilli(h.getLastSeen()),
          h.getIntroducerId()));
    }
    return new SharedAttribute(kind, value, asOf, holders);
  }

  private AttributeFeatures() {}
}
