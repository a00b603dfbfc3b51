package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Money flowing into one beneficiary (a controller, landlord, lender or remittance beneficiary)
 * from accounts at this institution, as of {@code asOf}. The anchor of H1, E1 and the employer-side
 * mirror of A4. Inflows are a bounded recent list kept in Flink state.
 */
public final class FanIn {
  private final String beneficiaryId;
  private final String beneficiaryName;
  private final String beneficiaryCountry;
  private final Instant asOf;
  private final List<Inflow> inflows;

  public FanIn(String beneficiaryId, String beneficiaryName, String beneficiaryCountry, Instant asOf,
      List<Inflow> inflows) {
    this.beneficiaryId = beneficiaryId;
    this.beneficiaryName = beneficiaryName;
    this.beneficiaryCountry = beneficiaryCountry;
    this.asOf = asOf;
    this.inflows = List.copyOf(inflows);
  }

  public String getBeneficiaryId() { return beneficiaryId; }
  public String getBeneficiaryName() { return beneficiaryName; }
  public String getBeneficiaryCountry() { return beneficiaryCountry; }
  public Instant getAsOf() { return asOf; }
  public List<Inflow> getInflows() { return inflows; }

  /** Payments kept (within the feature horizon): at least as many as any window of them holds. */
  public int getPayments() { return inflows.size(); }

  /**
   * Distinct senders among all payments kept, counted both by account and by customer, whichever
   * is larger: no rule's count of distinct senders, debtors, payees or residents in a window can
   * exceed it. The rules test it first, so a payee of one or two senders (half of all payments
   * into beneficiaries in the simulator's data) is dismissed without their windows being built.
   */
  public int getSenderCount() {
    if (senderCount < 0) {
      senderCount = DistinctParties.byAccountOrCustomer(inflows, Inflow::senderAccountId, Inflow::senderCustomerId);
    }
    return senderCount;
  }

  private transient int senderCount = -1;

  private List<Inflow> recent(Duration window, Predicate<Inflow> which) {
    Instant from = asOf.minus(window);
    List<Inflow> out = new ArrayList<>();
    for (Inflow i : inflows) {
      if (!i.at().isBefore(from) && !i.at().isAfter(asOf) && which.test(i)) {
        out.add(i);
      }
    }
    return out;
  }

  private static Predicate<Inflow> afterPayday(Duration lag, BigDecimal minShare) {
    return i -> i.afterPayday(lag) && i.shareOfSenderWage() != null
        && i.shareOfSenderWage().compareTo(minShare) >= 0;
  }

  /** Distinct sending customers in the window (a customer with two accounts counts once). */
  public int distinctSenders(Duration window) {
    return senderCustomers(recent(window, i -> true)).size();
  }

  /** Distinct sending customers who paid at least {@code minShare} of a wage within {@code lag} of their payday. */
  public int distinctSendersAfterPayday(Duration window, Duration lag, BigDecimal minShare) {
    return senderCustomers(recent(window, afterPayday(lag, minShare))).size();
  }

  /** Distinct sender surnames in the window (kinship heuristic: one family shares a surname). */
  public int distinctSenderSurnames(Duration window) {
    Set<String> names = new LinkedHashSet<>();
    for (Inflow i : recent(window, x -> true)) {
      names.add(Names.surname(i.senderName()));
    }
    return names.size();
  }

  /** Whether any sender in the window shares the beneficiary's surname. */
  public boolean anySenderSharesBeneficiarySurname(Duration window) {
    return recent(window, x -> true).stream().anyMatch(this::fromBeneficiaryFamily);
  }

  /** The largest number of senders in the window who share one address or one employer. */
  public int largestSenderGroupSharingAddressOrEmployer(Duration window) {
    return largestGroupSharingAddressOrEmployer(recent(window, x -> true));
  }

  private static int largestGroupSharingAddressOrEmployer(List<Inflow> r) {
    int best = 0;
    for (Inflow a : r) {
      Set<String> byAddress = new LinkedHashSet<>();
      Set<String> byEmployer = new LinkedHashSet<>();
      for (Inflow b : r) {
        if (a.senderAddress() != null && a.senderAddress().equals(b.senderAddress())) {
          byAddress.add(key(b));
        }
        if (a.senderEmployerId() != null && a.senderEmployerId().equals(b.senderEmployerId())) {
          byEmployer.add(key(b));
        }
      }
      best = Math.max(best, Math.max(byAddress.size(), byEmployer.size()));
    }
    return best;
  }

  public BigDecimal total(Duration window) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Inflow i : recent(window, x -> true)) {
      sum = sum.add(i.amount());
    }
    return sum;
  }

  public BigDecimal totalAfterPayday(Duration window, Duration lag, BigDecimal minShare) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Inflow i : recent(window, afterPayday(lag, minShare))) {
      sum = sum.add(i.amount());
    }
    return sum;
  }

  public List<String> senderAccounts(Duration window) {
    return senderAccounts(recent(window, x -> true));
  }

  public List<String> senderAccountsAfterPayday(Duration window, Duration lag, BigDecimal minShare) {
    return senderAccounts(recent(window, afterPayday(lag, minShare)));
  }

  public List<String> txnIds(Duration window) {
    return recent(window, x -> true).stream().map(Inflow::txnId).distinct().toList();
  }

  public List<String> txnIdsAfterPayday(Duration window, Duration lag, BigDecimal minShare) {
    return recent(window, afterPayday(lag, minShare)).stream().map(Inflow::txnId).distinct().toList();
  }

  /**
   * Whether {@code i} comes from the beneficiary's family, judged by a shared surname: money sent
   * home to a relative is the commonest false positive of a fan-in (indicators.md section 9).
   * Unknown names never match.
   */
  public boolean fromBeneficiaryFamily(Inflow i) {
    return Names.sameSurname(beneficiaryName, i.senderName());
  }

  private Predicate<Inflow> afterPaydayOutsideFamily(Duration lag, BigDecimal minShare) {
    return afterPayday(lag, minShare).and(i -> !fromBeneficiaryFamily(i));
  }

  /**
   * Distinct sending customers outside the beneficiary's family (see
   * {@link #fromBeneficiaryFamily}) who paid at least {@code minShare} of a wage within {@code lag}
   * of their payday: the controller count of H1.
   */
  public int distinctSendersAfterPaydayOutsideFamily(Duration window, Duration lag, BigDecimal minShare) {
    return senderCustomers(recent(window, afterPaydayOutsideFamily(lag, minShare))).size();
  }

  /** Sender accounts behind {@link #distinctSendersAfterPaydayOutsideFamily}. */
  public List<String> senderAccountsAfterPaydayOutsideFamily(Duration window, Duration lag, BigDecimal minShare) {
    return senderAccounts(recent(window, afterPaydayOutsideFamily(lag, minShare)));
  }

  /** Inflow transactions behind {@link #distinctSendersAfterPaydayOutsideFamily}. */
  public List<String> txnIdsAfterPaydayOutsideFamily(Duration window, Duration lag, BigDecimal minShare) {
    return recent(window, afterPaydayOutsideFamily(lag, minShare)).stream().map(Inflow::txnId)
        .distinct().toList();
  }

  /** Sum of the inflows behind {@link #distinctSendersAfterPaydayOutsideFamily}. */
  public BigDecimal totalAfterPaydayOutsideFamily(Duration window, Duration lag, BigDecimal minShare) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Inflow i : recent(window, afterPaydayOutsideFamily(lag, minShare))) {
      sum = sum.add(i.amount());
    }
    return sum;
  }

  /**
   * The largest share of a wage among the inflows behind
   * {@link #distinctSendersAfterPaydayOutsideFamily}; zero when there are none. A landlord's rents
   * stay around 25-40 %, a controller takes most of the wage.
   */
  public BigDecimal largestShareAfterPaydayOutsideFamily(Duration window, Duration lag, BigDecimal minShare) {
    BigDecimal max = BigDecimal.ZERO;
    for (Inflow i : recent(window, afterPaydayOutsideFamily(lag, minShare))) {
      if (i.shareOfSenderWage().compareTo(max) > 0) {
        max = i.shareOfSenderWage();
      }
    }
    return max;
  }

  /**
   * Whether the beneficiary is paid by a broad public rather than by a group of tied workers: of all
   * distinct senders in the window, fewer than {@code maxShare} paid a counting share within
   * {@code lag} of their own payday, and fewer than {@code maxShare} share one employer or address.
   * A letting agent, a mortgage lender or a landlord with many tenants is paid on the calendar by
   * many unrelated people; a controller collects from his workers right after their paydays.
   */
  public boolean paidByBroadPublic(Duration window, Duration lag, BigDecimal minShare, BigDecimal maxShare) {
    int all = distinctSenders(window);
    if (all == 0) {
      return false;
    }
    BigDecimal n = BigDecimal.valueOf(all);
    BigDecimal tied = BigDecimal.valueOf(distinctSendersAfterPaydayOutsideFamily(window, lag, minShare));
    BigDecimal group = BigDecimal.valueOf(largestSenderGroupSharingAddressOrEmployer(window));
    return tied.compareTo(maxShare.multiply(n)) < 0 && group.compareTo(maxShare.multiply(n)) < 0;
  }

  /** Whether any two senders in the window share an address or an employer (tied workers do). */
  public boolean sendersShareAddressOrEmployer(Duration window) {
    return largestSenderGroupSharingAddressOrEmployer(window) > 1;
  }

  // E1: remittances through a money-transfer operator ----------------------------------------

  private Predicate<Inflow> viaOutsideFamily(String channel) {
    return i -> channel.equals(i.channel()) && !fromBeneficiaryFamily(i);
  }

  /** Distinct sending customers outside the beneficiary's family who paid through {@code channel}. */
  public int distinctSendersVia(Duration window, String channel) {
    return senderCustomers(recent(window, viaOutsideFamily(channel))).size();
  }

  /** Of {@link #distinctSendersVia}, the largest group sharing one address or one employer. */
  public int largestGroupSharingAddressOrEmployerVia(Duration window, String channel) {
    return largestGroupSharingAddressOrEmployer(recent(window, viaOutsideFamily(channel)));
  }

  /** Distinct surnames among {@link #distinctSendersVia}. */
  public int distinctSenderSurnamesVia(Duration window, String channel) {
    Set<String> names = new LinkedHashSet<>();
    for (Inflow i : recent(window, viaOutsideFamily(channel))) {
      names.add(Names.surname(i.senderName()));
    }
    return names.size();
  }

  public List<String> senderAccountsVia(Duration window, String channel) {
    return senderAccounts(recent(window, viaOutsideFamily(channel)));
  }

  public List<String> txnIdsVia(Duration window, String channel) {
    return recent(window, viaOutsideFamily(channel)).stream().map(Inflow::txnId).distinct().toList();
  }

  public BigDecimal totalVia(Duration window, String channel) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Inflow i : recent(window, viaOutsideFamily(channel))) {
      sum = sum.add(i.amount());
    }
    return sum;
  }

  /**
   * The one currency of the inflows in the window, or XXX (ISO 4217: no currency) when they are in
   * several or it is unknown: money figures of a hit are reported in it (the proceeds estimate needs it).
   */
  public String currency(Duration window) {
    Set<String> seen = new LinkedHashSet<>();
    for (Inflow i : recent(window, x -> true)) {
      seen.add(i.currency() == null ? "XXX" : i.currency());
    }
    return seen.size() == 1 ? seen.iterator().next() : "XXX";
  }

  // J1: permit and visa fees paid to a private payee --------------------------------------------

  /**
   * Inflows outside the beneficiary's family whose reference names a permit or visa (any of the
   * comma-separated {@code permitWords}) and whose purpose is not a loan repayment (a card bill
   * paid with "VISA" in the reference is not a permit fee).
   */
  private Predicate<Inflow> permitFeeOutsideFamily(String permitWords) {
    return i -> Keywords.anyIn(i.reference(), permitWords) && !"LOAN_REPAYMENT".equals(i.purpose())
        && !fromBeneficiaryFamily(i);
  }

  /** Number of permit- or visa-labelled payments into the beneficiary in the window. */
  public int countPermitFees(Duration window, String permitWords) {
    return recent(window, permitFeeOutsideFamily(permitWords)).size();
  }

  public List<String> permitFeeTxnIds(Duration window, String permitWords) {
    return recent(window, permitFeeOutsideFamily(permitWords)).stream().map(Inflow::txnId).distinct().toList();
  }

  public List<String> permitFeeSenderAccounts(Duration window, String permitWords) {
    return senderAccounts(recent(window, permitFeeOutsideFamily(permitWords)));
  }

  public int permitFeeSenders(Duration window, String permitWords) {
    return senderCustomers(recent(window, permitFeeOutsideFamily(permitWords))).size();
  }

  public BigDecimal permitFeeTotal(Duration window, String permitWords) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Inflow i : recent(window, permitFeeOutsideFamily(permitWords))) {
      sum = sum.add(i.amount());
    }
    return sum;
  }

  /** Whether the beneficiary's name contains any of the comma-separated {@code words}. */
  public boolean beneficiaryNameHasAny(String words) {
    return Keywords.anyIn(beneficiaryName, words);
  }

  private static Set<String> senderCustomers(List<Inflow> list) {
    Set<String> ids = new LinkedHashSet<>();
    for (Inflow i : list) {
      ids.add(key(i));
    }
    return ids;
  }

  private static List<String> senderAccounts(List<Inflow> list) {
    Set<String> ids = new LinkedHashSet<>();
    for (Inflow i : list) {
      ids.add(i.senderAccountId());
    }
    return new ArrayList<>(ids);
  }

  private static String key(Inflow i) {
    return i.senderCustomerId() != null ? i.senderCustomerId() : i.senderAccountId();
  }
}
