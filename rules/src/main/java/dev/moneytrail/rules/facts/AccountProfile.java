package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The KYC details of the account being screened, as of the current event. Fields the bank did not
 * give are null. Nationality is deliberately absent: it is never a trigger (indicators.md section 9).
 */
public final class AccountProfile {
  private final String accountId;
  private final String customerId;
  private final String customerType;
  private final String name;
  private final String country;
  private final Instant openedAt;
  private final String address;
  private final String phone;
  private final String email;
  private final String deviceId;
  private final String introducerId;
  private final String employerId;
  private final String occupation;
  private final String sector;
  private final Integer declaredEmployees;
  private final BigDecimal declaredMonthlyIncome;

  public AccountProfile(String accountId, String customerId, String customerType, String name,
      String country, Instant openedAt, String address, String phone, String email,
      String deviceId, String introducerId, String employerId, String occupation, String sector,
      Integer declaredEmployees, BigDecimal declaredMonthlyIncome) {
    this.accountId = accountId;
    this.customerId = customerId;
    this.customerType = customerType;
    this.name = name;
    this.country = country;
    this.openedAt = openedAt;
    this.address = address;
    this.phone = phone;
    this.email = email;
    this.deviceId = deviceId;
    this.introducerId = introducerId;
    this.employerId = employerId;
    this.occupation = occupation;
    this.sector = sector;
    this.declaredEmployees = declaredEmployees;
    this.declaredMonthlyIncome = declaredMonthlyIncome;
  }

  public String getAccountId() { return accountId; }
  public String getCustomerId() { return customerId; }
  public String getCustomerType() { return customerType; }
  public String getName() { return name; }
  public String getCountry() { return country; }
  public Instant getOpenedAt() { return openedAt; }
  public String getAddress() { return address; }
  public String getPhone() { return phone; }
  public String getEmail() { return email; }
  public String getDeviceId() { return deviceId; }
  public String getIntroducerId() { return introducerId; }
  public String getEmployerId() { return employerId; }
  public String getOccupation() { return occupation; }
  public String getSector() { return sector; }
  public Integer getDeclaredEmployees() { return declaredEmployees; }
  public BigDecimal getDeclaredMonthlyIncome() { return declaredMonthlyIncome; }

  public boolean isBusiness() { return "BUSINESS".equals(customerType); }

  /**
   * Whether the declared occupation contains one of the {@code |}-separated words, ignoring case
   * and accents; false when no occupation is known.
   */
  public boolean occupationAmong(String words) {
    return Keywords.anyIn(occupation, words, '|');
  }

  /**
   * Whether the sector code starts with one of the comma-separated {@code prefixes} ("I55,Q87"
   * takes I55 and Q8710); false when the sector is not known.
   */
  public boolean sectorAmong(String prefixes) {
    if (sector == null || sector.isBlank()) {
      return false;
    }
    String code = sector.trim().toUpperCase(java.util.Locale.ROOT);
    for (String p : prefixes.split(",")) {
      String prefix = p.trim().toUpperCase(java.util.Locale.ROOT);
      if (!prefix.isEmpty() && code.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the account was opened less than {@code months} calendar months (UTC) before {@code at}:
   * the bank's own record of a young customer, which stands in for the firm's incorporation date
   * where the registry's is not carried (G3). False when the opening date is not known.
   */
  public boolean openedWithinMonthsBefore(int months, Instant at) {
    return openedAt != null && openedAt.atZone(java.time.ZoneOffset.UTC).plusMonths(months).toInstant().isAfter(at);
  }

  public boolean isPerson() { return "PERSON".equals(customerType); }
}
