package dev.moneytrail.rules.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every account recently seen with one identifier value, as of {@code asOf}: the anchor of C2, C3,
 * F1 and H2. {@code kind} is DEVICE, PHONE, ADDRESS, EMAIL or INTRODUCER.
 */
public final class SharedAttribute {
  private final String kind;
  private final String value;
  private final Instant asOf;
  private final List<Holder> holders;

  public SharedAttribute(String kind, String value, Instant asOf, List<Holder> holders) {
    this.kind = kind;
    this.value = value;
    this.asOf = asOf;
    this.holders = List.copyOf(holders);
  }

  public String getKind() { return kind; }
  public String getValue() { return value; }
  public Instant getAsOf() { return asOf; }
  public List<Holder> getHolders() { return holders; }

  /**
   * Distinct holders of the value, counted both by account and by customer, whichever is larger:
   * no rule's count of persons, customers, payees or companions in a window can exceed it. The
   * device rules test it first, so a device seen on one account only (most of them: one person's
   * phone) is dismissed without their windows being built.
   */
  public int getHolderCount() {
    if (holderCount < 0) {
      holderCount = DistinctParties.byAccountOrCustomer(holders, Holder::accountId, Holder::customerId);
    }
    return holderCount;
  }

  private transient int holderCount = -1;

  private List<Holder> recent(Duration window) {
    Instant from = asOf.minus(window);
    List<Holder> out = new ArrayList<>();
    for (Holder h : holders) {
      if (!h.lastSeen().isBefore(from)) {
        out.add(h);
      }
    }
    return out;
  }

  /** Distinct customers seen with the value in the window. */
  public int distinctCustomers(Duration window) {
    Set<String> ids = new LinkedHashSet<>();
    for (Holder h : recent(window)) {
      ids.add(h.customerId() != null ? h.customerId() : h.accountId());
    }
    return ids.size();
  }

  /** Distinct person customers (businesses excluded) seen with the value in the window. */
  public int distinctPersons(Duration window) {
    Set<String> ids = new LinkedHashSet<>();
    for (Holder h : recent(window)) {
      if (!"BUSINESS".equals(h.customerType())) {
        ids.add(h.customerId() != null ? h.customerId() : h.accountId());
      }
    }
    return ids.size();
  }

  /** Distinct surnames among persons in the window: one family is one surname cluster. */
  public int distinctSurnames(Duration window) {
    Set<String> names = new LinkedHashSet<>();
    for (Holder h : recent(window)) {
      if (!"BUSINESS".equals(h.customerType())) {
        names.add(Names.surname(h.name()));
      }
    }
    return names.size();
  }

  /** Persons first seen with the value within the window (batch onboarding). */
  public int personsFirstSeenWithin(Duration window) {
    Instant from = asOf.minus(window);
    Set<String> ids = new LinkedHashSet<>();
    for (Holder h : holders) {
      if (!"BUSINESS".equals(h.customerType()) && !h.firstSeen().isBefore(from)) {
        ids.add(h.customerId() != null ? h.customerId() : h.accountId());
      }
    }
    return ids.size();
  }

  /** The largest number of persons in the window who share one employer. */
  public int largestGroupWithOneEmployer(Duration window) {
    Map<String, Set<String>> byEmployer = new HashMap<>();
    for (Holder h : recent(window)) {
      if (h.employerId() != null && !"BUSINESS".equals(h.customerType())) {
        byEmployer.computeIfAbsent(h.employerId(), k -> new LinkedHashSet<>()).add(h.accountId());
      }
    }
    return byEmployer.values().stream().mapToInt(Set::size).max().orElse(0);
  }

  /**
   * Whether the value (an introducer id) is the employer of every person seen with it in the
   * window: a workplace payroll-account drive, where the employer brings in its own staff. Ids are
   * compared ignoring case, as values are normalised. False when nobody is in the window.
   */
  public boolean valueIsEmployerOfAllPersons(Duration window) {
    boolean any = false;
    for (Holder h : recent(window)) {
      if ("BUSINESS".equals(h.customerType())) {
        continue;
      }
      if (h.employerId() == null || !h.employerId().equalsIgnoreCase(value)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Person accounts first seen with the value within {@code window} whose KYC employer is the one
   * most of them share (ties: the smallest employer id), oldest first: a batch of new accounts for
   * one employer's workers. Empty when none of them has an employer.
   */
  public List<String> newPersonAccountsOfOneEmployer(Duration window) {
    Instant from = asOf.minus(window);
    Map<String, List<String>> byEmployer = new java.util.TreeMap<>();
    List<Holder> sorted = new ArrayList<>(holders);
    sorted.sort(java.util.Comparator.comparing(Holder::firstSeen).thenComparing(Holder::accountId));
    for (Holder h : sorted) {
      if (!"BUSINESS".equals(h.customerType()) && h.employerId() != null && !h.firstSeen().isBefore(from)
          && !h.firstSeen().isAfter(asOf)) {
        List<String> accounts = byEmployer.computeIfAbsent(h.employerId(), k -> new ArrayList<>());
        if (!accounts.contains(h.accountId())) {
          accounts.add(h.accountId());
        }
      }
    }
    List<String> best = List.of();
    for (List<String> accounts : byEmployer.values()) {
      if (accounts.size() > best.size()) {
        best = accounts;
      }
    }
    return best;
  }

  /** Whether a business account (an employer or agent) is among the holders in the window. */
  public boolean includesBusiness(Duration window) {
    return recent(window).stream().anyMatch(h -> "BUSINESS".equals(h.customerType()));
  }

  /**
   * The account an alert on this value should be about: a business holder when there is one (an
   * employer or agent device, address or phone reaching workers' accounts points at the business),
   * else {@code preferredAccountId} when it is a holder (the account whose event triggered the
   * evaluation), else the holder seen last (ties: smallest account id). Null when nobody is in the
   * window.
   */
  public String subjectAccount(Duration window, String preferredAccountId) {
    List<Holder> r = recent(window);
    Holder business = null;
    Holder latest = null;
    for (Holder h : r) {
      if ("BUSINESS".equals(h.customerType()) && later(h, business)) {
        business = h;
      }
      if (later(h, latest)) {
        latest = h;
      }
    }
    if (business != null) {
      return business.accountId();
    }
    if (preferredAccountId != null && r.stream().anyMatch(h -> preferredAccountId.equals(h.accountId()))) {
      return preferredAccountId;
    }
    return latest == null ? null : latest.accountId();
  }

  private static boolean later(Holder h, Holder than) {
    if (than == null) {
      return true;
    }
    int c = h.lastSeen().compareTo(than.lastSeen());
    return c > 0 || c == 0 && h.accountId().compareTo(than.accountId()) < 0;
  }

  /**
   * The largest number of person customers in the window whose employer is a business holder of
   * the value: an employer's device (or phone) used on its own payees' accounts (C3, high).
   */
  public int payeesOfBusinessHolder(Duration window) {
    Holder b = businessHolderWithMostPayees(window);
    return b == null ? 0 : payeeAccounts(b.customerId(), window).size();
  }

  /** The business holder with the most payees among the holders in the window, or null. */
  public Holder businessHolderWithMostPayees(Duration window) {
    Holder best = null;
    int bestCount = 0;
    for (Holder b : recent(window)) {
      if ("BUSINESS".equals(b.customerType()) && b.customerId() != null) {
        int n = payeeAccounts(b.customerId(), window).size();
        boolean tieWithSmallerId = n == bestCount && n > 0
            && b.accountId().compareTo(best.accountId()) < 0;
        if (n > bestCount || tieWithSmallerId) {
          best = b;
          bestCount = n;
        }
      }
    }
    return bestCount == 0 ? null : best;
  }

  /** Accounts of persons in the window whose employer is {@code employerCustomerId}, distinct by customer. */
  public List<String> payeeAccounts(String employerCustomerId, Duration window) {
    Map<String, String> byCustomer = new java.util.LinkedHashMap<>();
    for (Holder h : recent(window)) {
      if (!"BUSINESS".equals(h.customerType()) && employerCustomerId != null
          && employerCustomerId.equals(h.employerId())) {
        byCustomer.putIfAbsent(h.customerId() != null ? h.customerId() : h.accountId(), h.accountId());
      }
    }
    return new ArrayList<>(byCustomer.values());
  }

  /**
   * C1: persons in the window whose introducer (the companion at onboarding) is also a holder of
   * this value, i.e. the introducer's own device operates their account, oldest first. A companion
   * with the person's surname is family helping (the catalogue's carers and guardians trap) and is
   * left out; unknown names never count as family.
   */
  public List<Holder> operatedByIntroducer(Duration window) {
    List<Holder> r = recent(window);
    List<Holder> out = new ArrayList<>();
    for (Holder h : r) {
      if ("BUSINESS".equals(h.customerType()) || h.introducerId() == null) {
        continue;
      }
      for (Holder companion : r) {
        if (companion != h && h.introducerId().equals(companion.customerId())
            && !h.accountId().equals(companion.accountId()) && !sameFamily(h, companion)) {
          out.add(h);
          break;
        }
      }
    }
    out.sort(java.util.Comparator.comparing(Holder::firstSeen).thenComparing(Holder::accountId));
    return out;
  }

  /** Distinct customers of {@link #operatedByIntroducer}. */
  public int countOperatedByIntroducer(Duration window) {
    Set<String> ids = new LinkedHashSet<>();
    for (Holder h : operatedByIntroducer(window)) {
      ids.add(h.customerId() != null ? h.customerId() : h.accountId());
    }
    return ids.size();
  }

  /** Accounts of the introducers behind {@link #operatedByIntroducer}, as holders of the value. */
  public List<String> introducerAccounts(Duration window) {
    Set<String> introducers = new LinkedHashSet<>();
    for (Holder h : operatedByIntroducer(window)) {
      introducers.add(h.introducerId());
    }
    Set<String> out = new LinkedHashSet<>();
    for (Holder h : recent(window)) {
      if (h.customerId() != null && introducers.contains(h.customerId())) {
        out.add(h.accountId());
      }
    }
    return new ArrayList<>(out);
  }

  private static boolean sameFamily(Holder a, Holder b) {
    return Names.sameSurname(a.name(), b.name());
  }

  public List<String> accountIds(Duration window) {
    return recent(window).stream().map(Holder::accountId).distinct().toList();
  }
}
