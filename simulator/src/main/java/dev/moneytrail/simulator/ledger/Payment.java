package dev.moneytrail.simulator.ledger;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;

/**
 * One movement of money being described, then booked with {@link #move}, {@link #card} or
 * {@link #cash}. Booking writes the legs that fall on the simulated bank's ledger: a transfer
 * between two internal accounts gives a DEBIT and a CREDIT with the same txn id; with one external
 * side, only the internal leg; card and cash movements touch one account.
 */
public final class Payment {

  private final Ledger ledger;
  private final String txnId;
  private final long time;
  private final long amount;
  private Channel channel = Channel.INTERNAL;
  private Purpose purpose;
  private String reference;
  private String mcc;
  private String deviceId;
  private String location;
  private String beneficiaryName;
  private String caseId;

  Payment(Ledger ledger, String txnId, long time, long amount, String caseId) {
    this.ledger = ledger;
    this.txnId = txnId;
    this.time = time;
    this.amount = amount;
    this.caseId = caseId;
  }

  /** Starts describing a payment; usually called through the day context, which supplies id and tag. */
  public static Payment start(Ledger ledger, String txnId, long epochMillis, long amountMinor,
      String caseId) {
    return new Payment(ledger, txnId, epochMillis, amountMinor, caseId);
  }

  public Payment channel(Channel c) {
    channel = c;
    return this;
  }

  public Payment purpose(Purpose p) {
    purpose = p;
    return this;
  }

  public Payment reference(String r) {
    reference = r;
    return this;
  }

  public Payment mcc(String m) {
    mcc = m;
    return this;
  }

  public Payment device(String d) {
    deviceId = d;
    return this;
  }

  public Payment location(String l) {
    location = l;
    return this;
  }

  /** The payee name as the payer wrote it (shown on the credit leg). */
  public Payment beneficiary(String name) {
    beneficiaryName = name;
    return this;
  }

  /** Ground-truth case tag (not written out). */
  public Payment tag(String c) {
    caseId = c;
    return this;
  }

  public String txnId() {
    return txnId;
  }

  /** Books a transfer from one party to another. */
  public void move(Party from, Party to) {
    if (from.internal()) {
      ledger.add(new Entry(time, txnId, from.accountId(), Direction.DEBIT, amount, channel, purpose,
          to.accountId(), to.name(), null, to.country(), mcc, reference, deviceId, location, caseId));
    }
    if (to.internal()) {
      ledger.add(new Entry(time, txnId, to.accountId(), Direction.CREDIT, amount, channel, purpose,
          from.accountId(), from.name(), beneficiaryName, from.country(), mcc, reference, null,
          location, caseId));
    }
  }

  /** Books a card payment by an internal account to a merchant. */
  public void card(Party payer, String merchantName, String merchantCountry) {
    ledger.add(new Entry(time, txnId, payer.accountId(), Direction.DEBIT, amount, Channel.CARD,
        purpose, null, merchantName, null, merchantCountry, mcc, reference, deviceId, location,
        caseId));
  }

  /** Books a cash deposit (CREDIT) or withdrawal (DEBIT) at a branch or ATM. */
  public void cash(Party account, Direction direction) {
    ledger.add(new Entry(time, txnId, account.accountId(), direction, amount, Channel.CASH, purpose,
        null, null, null, null, mcc, reference, deviceId, location, caseId));
  }
}
