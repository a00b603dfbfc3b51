package dev.moneytrail.rules.testing;

import dev.moneytrail.rules.facts.AccountProfile;
import dev.moneytrail.rules.facts.CashEntry;
import dev.moneytrail.rules.facts.Holder;
import dev.moneytrail.rules.facts.Inflow;
import dev.moneytrail.rules.facts.Outflow;
import dev.moneytrail.rules.facts.PayCycle;
import dev.moneytrail.rules.facts.Txn;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Terse builders for rule facts, so a test reads like the scenario it checks. */
public final class Facts {
  /** Event time of most scenarios: a Thursday morning, UTC. */
  public static final Instant T0 = Instant.parse("2026-03-05T08:00:00Z");

  private Facts() {}

  public static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  public static Instant days(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  public static Txn debit(String txnId, Instant at, String accountId, String amount,
      String counterpartyId, String counterpartyName) {
    return new Txn(txnId, at, accountId, "DEBIT", money(amount), "EUR", "WIRE", "OTHER",
        counterpartyId, counterpartyName, null, null, null, null, null, null);
  }

  public static Txn credit(String txnId, Instant at, String accountId, String amount,
      String counterpartyId, String counterpartyName) {
    return new Txn(txnId, at, accountId, "CREDIT", money(amount), "EUR", "WIRE", "OTHER",
        counterpartyId, counterpartyName, null, null, null, null, null, null);
  }

  public static Txn cashTxn(String txnId, Instant at, String accountId, String direction,
      String amount, String location) {
    return new Txn(txnId, at, accountId, direction, money(amount), "EUR", "CASH", null, null, null,
        null, null, null, null, null, location);
  }

  public static PayCycle cycle(String payrollTxnId, Instant paidAt, String amount,
      Outflow... outflows) {
    return new PayCycle(payrollTxnId, paidAt, money(amount), "EMP-1", "Agro Fields Ltd", null,
        List.of(outflows));
  }

  public static Outflow out(String txnId, Instant at, String counterpartyId,
      String counterpartyName, String amount) {
    return new Outflow(txnId, at, counterpartyId, counterpartyName, "WIRE", money(amount));
  }

  /** A transfer into a beneficiary, {@code sincePayday} after the sender's payday. */
  public static Inflow inflow(String txnId, Instant at, String senderAccountId, String senderName,
      String amount, Duration sincePayday, String shareOfWage) {
    return new Inflow(txnId, at, senderAccountId, "CUST-" + senderAccountId, senderName, null,
        null, "WIRE", money(amount), sincePayday, shareOfWage == null ? null : money(shareOfWage));
  }

  /** As {@link #inflow}, from a sender with a known address and employer. */
  public static Inflow inflowFrom(String txnId, Instant at, String senderAccountId, String senderName,
      String address, String employerId, String amount, Duration sincePayday, String shareOfWage) {
    return new Inflow(txnId, at, senderAccountId, "CUST-" + senderAccountId, senderName, address,
        employerId, "WIRE", money(amount), sincePayday, money(shareOfWage));
  }

  public static Holder person(String accountId, String name, Instant lastSeen) {
    return new Holder(accountId, "CUST-" + accountId, "PERSON", name, null,
        lastSeen.minus(Duration.ofDays(60)), lastSeen);
  }

  public static Holder employee(String accountId, String name, String employerCustomerId,
      Instant lastSeen) {
    return new Holder(accountId, "CUST-" + accountId, "PERSON", name, employerCustomerId,
        lastSeen.minus(Duration.ofDays(60)), lastSeen);
  }

  public static Holder business(String accountId, String name, Instant lastSeen) {
    return new Holder(accountId, "CUST-" + accountId, "BUSINESS", name, null,
        lastSeen.minus(Duration.ofDays(400)), lastSeen);
  }

  public static CashEntry cash(String txnId, Instant at, String direction, String amount,
      String location) {
    return new CashEntry(txnId, at, direction, money(amount), location);
  }

  public static AccountProfile profile(String accountId, String name) {
    return new AccountProfile(accountId, "CUST-" + accountId, "PERSON", name, "GB",
        T0.minus(Duration.ofDays(365)), null, null, null, null, null, null, null, null, null, null);
  }
}
