package dev.moneytrail.schemas.testdata;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.interchange.InterchangeJson;
import dev.moneytrail.schemas.money.Amounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Builds {@link TransactionEvent}s for tests, so every module makes events one way:
 * {@code Transactions.credit("acc-1", "100.00").from("acc-2").at("2026-03-01T08:15:00Z").build()}.
 *
 * <p>Defaults: timestamp {@link #DEFAULT_TIME}, currency EUR, channel WIRE, no purpose. Unless set,
 * the txn id derives from the content (account, direction, time, amount, counterparty), so a test
 * that builds the same entry twice gets the same id, and runs reproduce.
 */
public final class Transactions {

  /** Default event time of built entries. */
  public static final Instant DEFAULT_TIME = Instant.parse("2026-03-01T08:15:00Z");

  private Transactions() {}

  /** A credit (money in) of {@code amount} (plain decimal) on {@code accountId}. */
  public static Builder credit(String accountId, String amount) {
    return new Builder(accountId, Direction.CREDIT, amount);
  }

  /** A debit (money out) of {@code amount} (plain decimal) on {@code accountId}. */
  public static Builder debit(String accountId, String amount) {
    return new Builder(accountId, Direction.DEBIT, amount);
  }

  /** Fluent builder; each setter returns this. */
  public static final class Builder {
    private String txnId;
    private Instant timestamp = DEFAULT_TIME;
    private final String accountId;
    private final Direction direction;
    private final String amount;
    private String currency = "EUR";
    private Channel channel = Channel.WIRE;
    private Purpose purpose;
    private String counterpartyAccountId;
    private String counterpartyName;
    private String beneficiaryName;
    private String counterpartyCountry;
    private String merchantCategoryCode;
    private String reference;
    private String deviceId;
    private String location;

    private Builder(String accountId, Direction direction, String amount) {
      this.accountId = accountId;
      this.direction = direction;
      this.amount = amount;
    }

    public Builder txnId(String value) {
      this.txnId = value;
      return this;
    }

    public Builder at(Instant value) {
      this.timestamp = value;
      return this;
    }

    /** Event time as an ISO-8601 instant, e.g. {@code "2026-03-01T08:15:00Z"}. */
    public Builder at(String value) {
      return at(Instant.parse(value));
    }

    /** Event time as an offset from {@link #DEFAULT_TIME}, for sequences in a test. */
    public Builder after(Duration offset) {
      return at(DEFAULT_TIME.plus(offset));
    }

    public Builder currency(String value) {
      this.currency = value;
      return this;
    }

    public Builder channel(Channel value) {
      this.channel = value;
      return this;
    }

    public Builder purpose(Purpose value) {
      this.purpose = value;
      return this;
    }

    /** Sets the counterparty account; reads naturally on credits. */
    public Builder from(String counterpartyAccount) {
      this.counterpartyAccountId = counterpartyAccount;
      return this;
    }

    /** Sets the counterparty account; reads naturally on debits. */
    public Builder to(String counterpartyAccount) {
      this.counterpartyAccountId = counterpartyAccount;
      return this;
    }

    public Builder counterpartyName(String value) {
      this.counterpartyName = value;
      return this;
    }

    public Builder beneficiaryName(String value) {
      this.beneficiaryName = value;
      return this;
    }

    public Builder counterpartyCountry(String value) {
      this.counterpartyCountry = value;
      return this;
    }

    public Builder merchantCategoryCode(String value) {
      this.merchantCategoryCode = value;
      return this;
    }

    public Builder reference(String value) {
      this.reference = value;
      return this;
    }

    public Builder deviceId(String value) {
      this.deviceId = value;
      return this;
    }

    /** Branch, ATM or city; also sets channel CASH and clears the counterparty, as cash has none. */
    public Builder cashAt(String value) {
      this.location = value;
      this.channel = Channel.CASH;
      this.counterpartyAccountId = null;
      return this;
    }

    public Builder location(String value) {
      this.location = value;
      return this;
    }

    public TransactionEvent build() {
      String id = txnId != null ? txnId : derivedTxnId();
      return TransactionEvent.newBuilder()
          .setEventId(InterchangeJson.transactionEventId(id, direction, accountId))
          .setTxnId(id)
          .setTimestamp(timestamp)
          .setAccountId(accountId)
          .setDirection(direction)
          .setMoney(Amounts.money(amount, currency))
          .setChannel(channel)
          .setPurpose(purpose)
          .setCounterpartyAccountId(counterpartyAccountId)
          .setCounterpartyName(counterpartyName)
          .setBeneficiaryName(beneficiaryName)
          .setCounterpartyCountry(counterpartyCountry)
          .setMerchantCategoryCode(merchantCategoryCode)
          .setReference(reference)
          .setDeviceId(deviceId)
          .setLocation(location)
          .build();
    }

    /**
     * Both ledger entries of an internal transfer: this one, and the opposite direction on the
     * counterparty account with the same txn id (the contract's shape for same-bank transfers).
     */
    public List<TransactionEvent> bothLegs() {
      if (counterpartyAccountId == null) {
        throw new IllegalStateException("an internal transfer needs a counterparty account");
      }
      // Freeze the id before building both legs, so they share it.
      String id = txnId != null ? txnId : derivedTxnId();
      TransactionEvent mine = txnId(id).build();
      Builder other = new Builder(counterpartyAccountId,
          direction == Direction.CREDIT ? Direction.DEBIT : Direction.CREDIT, amount);
      other.txnId = id;
      other.timestamp = timestamp;
      other.currency = currency;
      other.channel = channel;
      other.purpose = purpose;
      other.counterpartyAccountId = accountId;
      other.reference = reference;
      return List.of(mine, other.build());
    }

    private String derivedTxnId() {
      String key = accountId + '|' + direction + '|' + timestamp.toEpochMilli() + '|' + amount
          + '|' + counterpartyAccountId;
      return "T-" + Integer.toHexString(key.hashCode());
    }
  }
}
