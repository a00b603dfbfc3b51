package dev.moneytrail.schemas.testdata;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.AccountEventKind;
import dev.moneytrail.schemas.CustomerType;
import dev.moneytrail.schemas.interchange.InterchangeJson;
import dev.moneytrail.schemas.money.Amounts;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Builds {@link AccountEvent}s for tests: {@code Accounts.person("acc-1").phone("+49...").build()}
 * for an opening, {@code .changedAt("2026-04-01T00:00:00Z")} for a later change of details.
 *
 * <p>Defaults: customer id {@code "C-" + accountId}, opened {@link #DEFAULT_OPENED}, country DE,
 * currency EUR. event_id and kind are derived exactly as the interchange reader derives them.
 */
public final class Accounts {

  /** Default opening time of built accounts. */
  public static final Instant DEFAULT_OPENED = Instant.parse("2025-01-01T09:00:00Z");

  private Accounts() {}

  /** A personal account. */
  public static Builder person(String accountId) {
    return new Builder(accountId, CustomerType.PERSON);
  }

  /** A business account. */
  public static Builder business(String accountId) {
    return new Builder(accountId, CustomerType.BUSINESS);
  }

  /** Fluent builder; each setter returns this. */
  public static final class Builder {
    private final String accountId;
    private final CustomerType customerType;
    private String customerId;
    private Instant openedAt = DEFAULT_OPENED;
    private Instant asOf;
    private String name;
    private String country = "DE";
    private String nationality;
    private LocalDate dateOfBirth;
    private String address;
    private String phone;
    private String email;
    private String deviceId;
    private String introducerId;
    private String employerId;
    private String occupation;
    private String sector;
    private Integer declaredEmployees;
    private String declaredMonthlyIncome;
    private String currency = "EUR";

    private Builder(String accountId, CustomerType customerType) {
      this.accountId = accountId;
      this.customerType = customerType;
      this.customerId = "C-" + accountId;
    }

    public Builder customerId(String value) {
      this.customerId = value;
      return this;
    }

    public Builder openedAt(Instant value) {
      this.openedAt = value;
      return this;
    }

    public Builder openedAt(String value) {
      return openedAt(Instant.parse(value));
    }

    /** Makes this a change of details taking effect at {@code value} (after the opening). */
    public Builder changedAt(Instant value) {
      this.asOf = value;
      return this;
    }

    public Builder changedAt(String value) {
      return changedAt(Instant.parse(value));
    }

    public Builder name(String value) {
      this.name = value;
      return this;
    }

    public Builder country(String value) {
      this.country = value;
      return this;
    }

    public Builder nationality(String value) {
      this.nationality = value;
      return this;
    }

    public Builder dateOfBirth(String value) {
      this.dateOfBirth = LocalDate.parse(value);
      return this;
    }

    public Builder address(String value) {
      this.address = value;
      return this;
    }

    public Builder phone(String value) {
      this.phone = value;
      return this;
    }

    public Builder email(String value) {
      this.email = value;
      return this;
    }

    public Builder deviceId(String value) {
      this.deviceId = value;
      return this;
    }

    public Builder introducerId(String value) {
      this.introducerId = value;
      return this;
    }

    public Builder employerId(String value) {
      this.employerId = value;
      return this;
    }

    public Builder occupation(String value) {
      this.occupation = value;
      return this;
    }

    /** ISIC Rev.4 code, e.g. {@code "N78"}. */
    public Builder sector(String value) {
      this.sector = value;
      return this;
    }

    public Builder declaredEmployees(int value) {
      this.declaredEmployees = value;
      return this;
    }

    /** Declared monthly income as a plain decimal, in the account currency. */
    public Builder declaredMonthlyIncome(String value) {
      this.declaredMonthlyIncome = value;
      return this;
    }

    public Builder currency(String value) {
      this.currency = value;
      return this;
    }

    public AccountEvent build() {
      Instant effective = asOf == null ? openedAt : asOf;
      return AccountEvent.newBuilder()
          .setEventId(InterchangeJson.accountEventId(accountId, effective))
          .setKind(effective.equals(openedAt)
              ? AccountEventKind.OPENED : AccountEventKind.DETAILS_CHANGED)
          .setAsOf(effective)
          .setAccountId(accountId)
          .setCustomerId(customerId)
          .setCustomerType(customerType)
          .setOpenedAt(openedAt)
          .setName(name)
          .setCountry(country)
          .setNationality(nationality)
          .setDateOfBirth(dateOfBirth)
          .setAddress(address)
          .setPhone(phone)
          .setEmail(email)
          .setDeviceId(deviceId)
          .setIntroducerId(introducerId)
          .setEmployerId(employerId)
          .setOccupation(occupation)
          .setSector(sector)
          .setDeclaredEmployees(declaredEmployees)
          .setDeclaredMonthlyIncome(declaredMonthlyIncome == null
              ? null : Amounts.money(declaredMonthlyIncome, currency))
          .setCurrency(currency)
          .build();
    }
  }
}
