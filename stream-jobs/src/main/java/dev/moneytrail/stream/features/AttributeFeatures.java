package dev.moneytrail.stream.features;

import dev.moneytrail.rules.facts.Holder;
import dev.moneytrail.rules.facts.SharedAttribute;
import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.stream.state.AccountState;
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

  /** The device that initiated an online payment, as a sighting of the paying account. */
  public static List<AttributeSighting> sightings(TransactionEvent t, AccountState state) {
    List<AttributeSighting> out = new ArrayList<>(1);
    add(out, DEVICE, t.getDeviceId(), t.getTimestamp().toEpochMilli(), t.getAccountId(), state, t.getTxnId());
    return out;
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
            .build())
        .build());
  }

  public static AttributeState empty() {
    return AttributeState.newBuilder().setHolders(new ArrayList<>()).setLastEventAt(Long.MIN_VALUE).build();
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

  public static SharedAttribute fact(String kind, String value, AttributeState state, Instant asOf) {
    List<Holder> holders = new ArrayList<>(state.getHolders().size());
    for (HolderState h : state.getHolders()) {
      holders.add(new Holder(h.getAccountId(), h.getCustomerId(), h.getCustomerType(), h.getName(),
          h.getEmployerId(), Instant.ofEpochMilli(h.getFirstSeen()), Instant.ofEpochMilli(h.getLastSeen())));
    }
    return new SharedAttribute(kind, value, asOf, holders);
  }

  private AttributeFeatures() {}
}
