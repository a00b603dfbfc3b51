package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recent card payments of an account in the merchant categories the sexual-exploitation rules
 * watch (ad platforms, dating/escort, lodging), as of {@code asOf}: the anchor of I1 and I2. Flink
 * keeps only those categories, so ordinary card spending costs no state.
 */
public final class CardActivity {
  private final String accountId;
  private final Instant asOf;
  private final List<CardEntry> entries;

  public CardActivity(String accountId, Instant asOf, List<CardEntry> entries) {
    this.accountId = accountId;
    this.asOf = asOf;
    this.entries = List.copyOf(entries);
  }

  public String getAccountId() { return accountId; }
  public Instant getAsOf() { return asOf; }
  public List<CardEntry> getEntries() { return entries; }

  /** Payments in the window whose MCC is one of the comma-separated {@code mccs}, oldest first. */
  public List<CardEntry> inCategories(String mccs, Duration window) {
    Set<String> codes = codes(mccs);
    Instant from = asOf.minus(window);
    List<CardEntry> out = new ArrayList<>();
    for (CardEntry e : entries) {
      if (!e.at().isBefore(from) && !e.at().isAfter(asOf) && codes.contains(e.mcc())) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Of {@link #inCategories}, one payment per merchant and amount: a subscription (a dating app
   * charging the same fee every week or month) counts once, while ad boosts and postings, whose
   * price varies with the ad, count each time (the dating-app trap of indicators.md I1).
   */
  public List<CardEntry> distinctCharges(String mccs, Duration window) {
    Set<String> seen = new LinkedHashSet<>();
    List<CardEntry> out = new ArrayList<>();
    for (CardEntry e : inCategories(mccs, window)) {
      if (seen.add(String.valueOf(e.merchant()) + "|" + e.amount().stripTrailingZeros().toPlainString())) {
        out.add(e);
      }
    }
    return out;
  }

  public int countDistinctCharges(String mccs, Duration window) {
    return distinctCharges(mccs, window).size();
  }

  public BigDecimal totalDistinctCharges(String mccs, Duration window) {
    return sum(distinctCharges(mccs, window));
  }

  public BigDecimal total(String mccs, Duration window) {
    return sum(inCategories(mccs, window));
  }

  public int count(String mccs, Duration window) {
    return inCategories(mccs, window).size();
  }

  /**
   * Distinct places of the payments: the location (city) when the acquirer gives one, else the
   * merchant name (a hotel's merchant name usually carries its town).
   */
  public int distinctPlaces(String mccs, Duration window) {
    Set<String> places = new LinkedHashSet<>();
    for (CardEntry e : inCategories(mccs, window)) {
      String place = e.location() != null && !e.location().isBlank() ? e.location() : e.merchant();
      if (place != null) {
        places.add(Keywords.fold(place));
      }
    }
    return places.size();
  }

  /** Of {@link #inCategories}, those paid at night (UTC hours, as {@link CashActivity#atNight}). */
  public int countAtNight(String mccs, Duration window, int nightStartHour, int nightEndHour) {
    int n = 0;
    for (CardEntry e : inCategories(mccs, window)) {
      if (CashActivity.atNight(e.at(), nightStartHour, nightEndHour)) {
        n++;
      }
    }
    return n;
  }

  /** Distinct merchant countries of the payments (ad sites are often based abroad). */
  public int distinctMerchantCountries(String mccs, Duration window) {
    Set<String> countries = new LinkedHashSet<>();
    for (CardEntry e : inCategories(mccs, window)) {
      if (e.merchantCountry() != null) {
        countries.add(e.merchantCountry());
      }
    }
    return countries.size();
  }

  /**
   * Late-night activity around the stays (I2): lodging payments in {@code mccs} and cash deposits
   * of {@code cash} in the window, and how many of them fell at night. Scheduled transfers and
   * standing orders are left out: their time is the bank's, not the person's.
   */
  public int countStaysAndDeposits(String mccs, CashActivity cash, Duration window) {
    return inCategories(mccs, window).size() + depositsIn(cash, window).size();
  }

  /** Of {@link #countStaysAndDeposits}, those at night (UTC hours). */
  public int countStaysAndDepositsAtNight(String mccs, CashActivity cash, Duration window,
      int nightStartHour, int nightEndHour) {
    int n = countAtNight(mccs, window, nightStartHour, nightEndHour);
    for (CashEntry e : depositsIn(cash, window)) {
      if (CashActivity.atNight(e.at(), nightStartHour, nightEndHour)) {
        n++;
      }
    }
    return n;
  }

  private List<CashEntry> depositsIn(CashActivity cash, Duration window) {
    List<CashEntry> out = new ArrayList<>();
    if (cash == null) {
      return out;
    }
    Instant from = asOf.minus(window);
    for (CashEntry e : cash.getEntries()) {
      if ("CREDIT".equals(e.direction()) && !e.at().isBefore(from) && !e.at().isAfter(asOf)) {
        out.add(e);
      }
    }
    return out;
  }

  private static BigDecimal sum(List<CardEntry> list) {
    BigDecimal s = BigDecimal.ZERO;
    for (CardEntry e : list) {
      s = s.add(e.amount());
    }
    return s;
  }

  private static Set<String> codes(String mccs) {
    Set<String> out = new LinkedHashSet<>();
    for (String c : mccs.split(",")) {
      if (!c.isBlank()) {
        out.add(c.trim());
      }
    }
    return out;
  }
}
