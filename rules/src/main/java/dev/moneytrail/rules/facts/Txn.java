package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The ledger entry being screened, as rules see it. Plain and immutable: no Avro, no Flink.
 * Enumerations are plain upper-case strings (as in interchange.md) so DRL reads like the catalogue.
 */
public final class Txn {
  private final String txnId;
  private final Instant timestamp;
  private final String accountId;
  private final String direction;
  private final BigDecimal amount;
  private final String currency;
  private final String channel;
  private final String purpose;
  private final String counterpartyId;
  private final String counterpartyName;
  private final String beneficiaryName;
  private final String counterpartyCountry;
  private final String mcc;
  private final String reference;
  private final String deviceId;
  private final String location;

  public Txn(String txnId, Instant timestamp, String accountId, String direction, BigDecimal amount,
      String currency, String channel, String purpose, String counterpartyId, String counterpartyName,
      String beneficiaryName, String counterpartyCountry, String mcc, String reference,
      String deviceId, String location) {
    this.txnId = Objects.requireNonNull(txnId, "txnId");
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.direction = Objects.requireNonNull(direction, "direction");
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.purpose = purpose;
    this.counterpartyId = counterpartyId;
    this.counterpartyName = counterpartyName;
    this.beneficiaryName = beneficiaryName;
    this.counterpartyCountry = counterpartyCountry;
    this.mcc = mcc;
    this.reference = reference;
    this.deviceId = deviceId;
    this.location = location;
  }

  public String getTxnId() { return txnId; }
  public Instant getTimestamp() { return timestamp; }
  public String getAccountId() { return accountId; }
  public String getDirection() { return direction; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public String getChannel() { return channel; }
  public String getPurpose() { return purpose; }
  public String getCounterpartyId() { return counterpartyId; }
  public String getCounterpartyName() { return counterpartyName; }
  public String getBeneficiaryName() { return beneficiaryName; }
  public String getCounterpartyCountry() { return counterpartyCountry; }
  public String getMcc() { return mcc; }
  public String getReference() { return reference; }
  public String getDeviceId() { return deviceId; }
  public String getLocation() { return location; }

  /** The name the money went to: the beneficiary when the payment names one, else the counterparty. */
  public String getPayeeName() {
    return beneficiaryName != null ? beneficiaryName : counterpartyName;
  }

  public boolean isCredit() { return "CREDIT".equals(direction); }
  public boolean isDebit() { return "DEBIT".equals(direction); }
  public boolean isCash() { return "CASH".equals(channel); }
  public boolean isPayroll() { return "SALARY".equals(purpose) && isCredit(); }

  @Override
  public String toString() {
    return "Txn[" + txnId + " " + direction + " " + amount + " " + currency + " " + accountId + "]";
  }
}
