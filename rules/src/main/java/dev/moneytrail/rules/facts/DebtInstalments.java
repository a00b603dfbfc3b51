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
 * The payers of one beneficiary who repay it like a debt, as of the fan-in's time: the anchor of
 * A3 (debt instalments after payday) seen from the collector's side. A debtor is a sender who paid
 * the beneficiary at least {@code minPayments} times within {@code lag} of their own payday, each
 * time at least {@code minShare} of that wage, and always (nearly) the same amount: a fixed
 * instalment. Senders are grouped by account and walked in account-id order, so the result does
 * not depend on the order of the inflows.
 */
public record DebtInstalments(int debtors, int surnames, int allSenders, int distinctAmounts,
    List<String> senderAccounts, List<String> txnIds, BigDecimal total, BigDecimal smallestShare) {

  /**
   * @param tolerance how far a debtor's instalments may spread: (largest - smallest) at most
   *     {@code tolerance} x smallest, the catalogue's "stable amounts" (coefficient of variation
   *     below 0.15) without a square root
   */
  public static DebtInstalments of(FanIn f, Duration window, Duration lag, BigDecimal minShare,
      int minPayments, BigDecimal tolerance) {
    Instant from = f.getAsOf().minus(window);
    Map<String, List<Inflow>> bySender = new TreeMap<>();
    Set<String> everyone = new LinkedHashSet<>();
    for (Inflow i : f.getInflows()) {
      if (i.at().isBefore(from) || i.at().isAfter(f.getAsOf())) {
        continue;
      }
      // By account, not customer: the customer id comes with the sender's account details, which a
      // payment can overtake (two input topics), and must not split one sender's instalments.
      String customer = i.senderAccountId();
      everyone.add(customer);
      if (i.afterPayday(lag) && i.shareOfSenderWage() != null && i.shareOfSenderWage().compareTo(minShare) >= 0) {
        bySender.computeIfAbsent(customer, k -> new ArrayList<>()).add(i);
      }
    }
    int debtors = 0;
    Set<String> surnames = new LinkedHashSet<>();
    Set<BigDecimal> amounts = new LinkedHashSet<>();
    Set<String> accounts = new LinkedHashSet<>();
    Set<String> txns = new LinkedHashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal smallestShare = null;
    for (List<Inflow> payments : bySender.values()) {
      if (payments.size() < minPayments || !fixedAmount(payments, tolerance)) {
        continue;
      }
      debtors++;
      for (Inflow i : payments) {
        // An unknown name (the sender's account details not yet seen) counts as its own surname:
        // whether KYC arrived before the payment must not decide the outcome.
        String surname = Names.surname(i.senderName());
        surnames.add(surname.isEmpty() ? "?" + i.senderAccountId() : surname);
        amounts.add(i.amount().stripTrailingZeros());
        accounts.add(i.senderAccountId());
        txns.add(i.txnId());
        total = total.add(i.amount());
        if (smallestShare == null || i.shareOfSenderWage().compareTo(smallestShare) < 0) {
          smallestShare = i.shareOfSenderWage();
        }
      }
    }
    return new DebtInstalments(debtors, surnames.size(), everyone.size(), amounts.size(),
        new ArrayList<>(accounts), new ArrayList<>(txns), total,
        smallestShare == null ? BigDecimal.ZERO : smallestShare);
  }

  private static boolean fixedAmount(List<Inflow> payments, BigDecimal tolerance) {
    BigDecimal min = payments.get(0).amount();
    BigDecimal max = min;
    for (Inflow i : payments) {
      min = i.amount().min(min);
      max = i.amount().max(max);
    }
    return max.subtract(min).compareTo(tolerance.multiply(min)) <= 0;
  }

  /** Whether the debtors are at least {@code share} of everyone who paid the beneficiary. */
  public boolean shareOfPayersAtLeast(BigDecimal share) {
    return allSenders > 0 && BigDecimal.valueOf(debtors).compareTo(share.multiply(BigDecimal.valueOf(allSenders))) >= 0;
  }

  /**
   * Whether every debtor pays one and the same amount: a savings-club contribution (ROSCA), which
   * is set per member, not per wage. Debt instalments follow each worker's own debt and wage.
   */
  public boolean oneAmountForAll() {
    return debtors > 1 && distinctAmounts == 1;
  }
}
