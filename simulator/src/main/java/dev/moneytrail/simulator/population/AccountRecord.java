package dev.moneytrail.simulator.population;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.AccountEventKind;
import dev.moneytrail.schemas.CustomerType;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.money.Prices;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An account and its holder's KYC details as the bank holds them: one line of accounts.jsonl.
 * Immutable; {@link #toBuilder()} makes a changed copy (a later line with a later {@code as_of}).
 */
public record AccountRecord(
    String accountId,
    String customerId,
    CustomerType type,
    Instant openedAt,
    String name,
    String country,
    String nationality,
    LocalDate dateOfBirth,
    String address,
    String phone,
    String email,
    String deviceId,
    String introducerId,
    String employerId,
    String occupation,
    String sector,
    Integer declaredEmployees,
    Long declaredMonthlyIncomeMinor) {

  /** The account as a payment party. */
  public Party party() {
    return Party.internal(accountId, name, country);
  }

  /** The opening line ({@code kind = OPENED}, {@code as_of = opened_at}). */
  public AccountEvent opened(Prices prices) {
    return event(AccountEventKind.OPENED, openedAt, prices);
  }

  /** A change-of-details line taking effect at {@code asOf}. */
  public AccountEvent changed(Instant asOf, Prices prices) {
    return event(AccountEventKind.DETAILS_CHANGED, asOf, prices);
  }

  private AccountEvent event(AccountEventKind kind, Instant asOf, Prices prices) {
    return new AccountEvent(accountId + "@" + asOf.toEpochMilli(), kind, asOf, accountId, customerId,
        type, openedAt, name, country, nationality, dateOfBirth, address, phone, email, deviceId,
        introducerId, employerId, occupation, sector, declaredEmployees,
        declaredMonthlyIncomeMinor == null ? null : prices.money(declaredMonthlyIncomeMinor),
        prices.currency());
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Mutable copy for creating or changing a record. */
  public static final class Builder {
    public String accountId;
    public String customerId;
    public CustomerType type;
    public Instant openedAt;
    public String name;
    public String country;
    public String nationality;
    public LocalDate dateOfBirth;
    public String address;
    public String phone;
    public String email;
    public String deviceId;
    public String introducerId;
    public String employerId;
    public String occupation;
    public String sector;
    public Integer declaredEmployees;
    public Long declaredMonthlyIncomeMinor;

    public Builder() {}

    Builder(AccountRecord r) {
      accountId = r.accountId;
      customerId = r.customerId;
      type = r.type;
      openedAt = r.openedAt;
      name = r.name;
      country = r.country;
      nationality = r.nationality;
      dateOfBirth = r.dateOfBirth;
      address = r.address;
      phone = r.phone;
      email = r.email;
      deviceId = r.deviceId;
      introducerId = r.introducerId;
      employerId = r.employerId;
      occupation = r.occupation;
      sector = r.sector;
      declaredEmployees = r.declaredEmployees;
      declaredMonthlyIncomeMinor = r.declaredMonthlyIncomeMinor;
    }

    public AccountRecord build() {
      return new AccountRecord(accountId, customerId, type, openedAt, name, country, nationality,
          dateOfBirth, address, phone, email, deviceId, introducerId, employerId, occupation, sector,
          declaredEmployees, declaredMonthlyIncomeMinor);
    }
  }
}
