package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The payees of one employer who pay a large part of a wage back to one beneficiary within days of
 * payday, as of the fan-in's time: the employer-side mirror of A4 (the "reverse payroll fan-in").
 * Each sender's payments are summed per payday (the payday is the payment's time less the time
 * since the sender's payday), so rent and a food charge taken from one wage add up. Groups are
 * walked in employer-id order, so the result does not depend on the order of the inflows.
 *
 * @param employerId the sender employer with the most recapturing payees (ties: the smallest id)
 * @param payees distinct paying accounts of that employer who paid back at least the share after a payday
 * @param allSenders distinct accounts that paid the beneficiary in the window
 * @param largestShare the largest share of one wage paid back by one of them
 */
public record WageRecapture(String employerId, int payees, int allSenders, BigDecimal largestShare,
    List<String> senderAccounts, List<String> txnIds, BigDecimal total) {

  private static final String UNKNOWN = "";

  public static WageRecapture of(FanIn f, Duration window, Duration within, BigDecimal minShare) {
    Instant from = f.getAsOf().minus(window);
    // employer -> sender customer -> payday -> payments after it
    Map<String, Map<String, Map<Instant, List<Inflow>>>> byEmployer = new TreeMap<>();
    Set<String> everyone = new LinkedHashSet<>();
    for (Inflow i : f.getInflows()) {
      if (i.at().isBefore(from) || i.at().isAfter(f.getAsOf())) {
        continue;
      }
      // By account, not customer: the customer id comes with the sender's account details, which a
      // payment can overtake (two input topics), and must not split one payee's charges.
      String customer = i.senderAccountId();
      everyone.add(customer);
      if (!i.afterPayday(within) || i.shareOfSenderWage() == null) {
        continue;
      }
      // A sender whose employer is unknown (account details not yet seen) is kept apart and
      // counted with every employer group below: whether KYC arrived before the payment must not
      // decide the outcome.
      byEmployer.computeIfAbsent(i.senderEmployerId() == null ? UNKNOWN : i.senderEmployerId(), k -> new TreeMap<>())
          .computeIfAbsent(customer, k -> new TreeMap<>())
          .computeIfAbsent(i.at().minus(i.sinceSenderPayday()), k -> new ArrayList<>()).add(i);
    }
    WageRecapture best = new WageRecapture(null, 0, everyone.size(), BigDecimal.ZERO, List.of(), List.of(),
        BigDecimal.ZERO);
    Map<String, Map<Instant, List<Inflow>>> unknown = byEmployer.getOrDefault(UNKNOWN, Map.of());
    for (Map.Entry<String, Map<String, Map<Instant, List<Inflow>>>> e : byEmployer.entrySet()) {
      if (UNKNOWN.equals(e.getKey())) {
        continue; // unknown employers alone tie nobody together (tenants of outside employers)
      }
      Map<String, Map<Instant, List<Inflow>>> senders = new TreeMap<>(e.getValue());
      unknown.forEach(senders::putIfAbsent);
      WageRecapture r = of(e.getKey(), senders, minShare, everyone.size());
      if (r.payees() > best.payees()) {
        best = r;
      }
    }
    return best;
  }

  private static WageRecapture of(String employerId, Map<String, Map<Instant, List<Inflow>>> senders,
      BigDecimal minShare, int allSenders) {
    int payees = 0;
    BigDecimal largest = BigDecimal.ZERO;
    Set<String> accounts = new LinkedHashSet<>();
    Set<String> txns = new LinkedHashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Map<Instant, List<Inflow>> paydays : senders.values()) {
      boolean counted = false;
      for (List<Inflow> payments : paydays.values()) {
        BigDecimal share = BigDecimal.ZERO;
        for (Inflow i : payments) {
          share = share.add(i.shareOfSenderWage());
        }
        if (share.compareTo(minShare) >= 0) {
          counted = true;
          largest = largest.max(share);
          for (Inflow i : payments) {
            accounts.add(i.senderAccountId());
            if (txns.add(i.txnId())) {
              total = total.add(i.amount());
            }
          }
        }
      }
      if (counted) {
        payees++;
      }
    }
    return new WageRecapture(employerId, payees, allSenders, largest, new ArrayList<>(accounts),
        new ArrayList<>(txns), total);
  }

  /** Whether the recapturing payees are at least {@code share} of everyone who paid the beneficiary. */
  public boolean shareOfPayersAtLeast(BigDecimal share) {
    return allSenders > 0 && BigDecimal.valueOf(payees).compareTo(share.multiply(BigDecimal.valueOf(allSenders))) >= 0;
  }
}
