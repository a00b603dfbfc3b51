package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The largest group of payers of one beneficiary who give one home address, as of the fan-in's
 * time: the anchor of F1 (tied, overcrowded housing). Addresses are the senders' KYC addresses
 * carried on each payment, so a house is seen through the rent its residents pay, not through
 * account openings (which happen years apart). Ties between addresses go to the smallest address,
 * so the result does not depend on the order of the inflows.
 */
public record SharedRoof(String address, int persons, int surnames, int largestEmployerGroup,
    int allSenders, List<String> senderAccounts, List<String> txnIds, BigDecimal total) {

  /** No payer gave an address. */
  public static final SharedRoof NONE = new SharedRoof(null, 0, 0, 0, 0, List.of(), List.of(), BigDecimal.ZERO);

  /** The address most distinct payers of {@code f} gave within {@code window}, with what they share. */
  public static SharedRoof largest(FanIn f, Duration window) {
    Instant from = f.getAsOf().minus(window);
    Map<String, List<Inflow>> byAddress = new TreeMap<>();
    Set<String> everyone = new LinkedHashSet<>();
    for (Inflow i : f.getInflows()) {
      if (i.at().isBefore(from) || i.at().isAfter(f.getAsOf())) {
        continue;
      }
      everyone.add(customer(i));
      if (i.senderAddress() != null && !i.senderAddress().isBlank()) {
        byAddress.computeIfAbsent(normalise(i.senderAddress()), k -> new ArrayList<>()).add(i);
      }
    }
    // Only the winning address is described in full: a landlord's or utility's fan-in holds many
    // addresses, and this runs on every payment into it.
    Map.Entry<String, List<Inflow>> best = null;
    int bestPersons = 0;
    for (Map.Entry<String, List<Inflow>> e : byAddress.entrySet()) {
      int persons = distinctCustomers(e.getValue());
      if (persons > bestPersons) {
        best = e;
        bestPersons = persons;
      }
    }
    return best == null ? NONE : of(best.getKey(), best.getValue(), everyone.size());
  }

  private static int distinctCustomers(List<Inflow> inflows) {
    if (inflows.size() == 1) {
      return 1;
    }
    Set<String> customers = new HashSet<>();
    for (Inflow i : inflows) {
      customers.add(customer(i));
    }
    return customers.size();
  }

  private static SharedRoof of(String address, List<Inflow> inflows, int allSenders) {
    Map<String, Inflow> byCustomer = new LinkedHashMap<>();
    Set<String> surnames = new LinkedHashSet<>();
    Map<String, Set<String>> byEmployer = new TreeMap<>();
    Set<String> accounts = new LinkedHashSet<>();
    Set<String> txns = new LinkedHashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Inflow i : inflows) {
      byCustomer.putIfAbsent(customer(i), i);
      surnames.add(Names.surname(i.senderName()));
      if (i.senderEmployerId() != null) {
        byEmployer.computeIfAbsent(i.senderEmployerId(), k -> new LinkedHashSet<>()).add(customer(i));
      }
      accounts.add(i.senderAccountId());
      txns.add(i.txnId());
      total = total.add(i.amount());
    }
    int employerGroup = byEmployer.values().stream().mapToInt(Set::size).max().orElse(0);
    return new SharedRoof(address, byCustomer.size(), surnames.size(), employerGroup, allSenders,
        new ArrayList<>(accounts), new ArrayList<>(txns), total);
  }

  /** Whether at least {@code share} of the residents share one employer (compared exactly). */
  public boolean employerShareAtLeast(BigDecimal share) {
    return persons > 0 && BigDecimal.valueOf(largestEmployerGroup).compareTo(share.multiply(BigDecimal.valueOf(persons))) >= 0;
  }

  /** Whether the residents are at least {@code share} of everyone who paid the beneficiary. */
  public boolean shareOfPayersAtLeast(BigDecimal share) {
    return allSenders > 0 && BigDecimal.valueOf(persons).compareTo(share.multiply(BigDecimal.valueOf(allSenders))) >= 0;
  }

  /**
   * By account, not customer: the customer id comes with the sender's account details, which a
   * payment can overtake (two input topics), and must not count one resident twice.
   */
  private static String customer(Inflow i) {
    return i.senderAccountId();
  }

  /** Case, punctuation and spacing differences do not make two houses. */
  static String normalise(String address) {
    return ADDRESSES.get(address);
  }

  private static final TextMemo<String> ADDRESSES = new TextMemo<>(65_536, SharedRoof::normaliseNow);

  private static String normaliseNow(String address) {
    // As address.trim().toLowerCase().replaceAll("[.,;]", " ").replaceAll("\\s+", " ").trim(),
    // in one pass: String.replaceAll compiles its pattern on every call.
    String lower = address.trim().toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = true; // drops leading blanks
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean blank = c == '.' || c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n'
          || c == '\u000B' || c == '\f' || c == '\r';
      if (blank) {
        if (!space) {
          out.append(' ');
        }
        space = true;
      } else {
        out.append(c);
        space = false;
      }
    }
    return out.toString().trim();
  }
}
