package dev.moneytrail.simulator.population;

import dev.moneytrail.simulator.world.Address;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.time.Instant;

/**
 * What a caller wants fixed about a new personal customer; everything left null is drawn from the
 * population's distributions, exactly as for ordinary customers. Fluent and single-use.
 */
public final class PersonSpec {

  City city;
  Address address;
  String surname;
  Origin origin;
  String nationality;
  Boolean female;
  int minAge = 19;
  int maxAge = 64;
  String occupation;
  Sector workSector;
  boolean working = true;
  String employerId;
  Long declaredIncome;
  String phone;
  String email;
  String device;
  boolean noDevice;
  String introducerId;
  Instant openedAt;
  int openedWithinDays;

  public PersonSpec city(City c) {
    city = c;
    return this;
  }

  /** Lives at this address (and in its city). */
  public PersonSpec address(Address a) {
    address = a;
    city = a.city();
    return this;
  }

  public PersonSpec surname(String s) {
    surname = s;
    return this;
  }

  /** Name origin and nationality fixed together (a relative of someone). */
  public PersonSpec origin(Origin o, String nationality) {
    origin = o;
    this.nationality = nationality;
    return this;
  }

  public PersonSpec female(boolean f) {
    female = f;
    return this;
  }

  public PersonSpec age(int min, int max) {
    minAge = min;
    maxAge = max;
    return this;
  }

  /** Works in a sector; drives the nationality draw and the occupation. */
  public PersonSpec works(Sector s) {
    workSector = s;
    working = true;
    return this;
  }

  public PersonSpec notWorking() {
    working = false;
    return this;
  }

  public PersonSpec occupation(String o) {
    occupation = o;
    return this;
  }

  public PersonSpec employerId(String id) {
    employerId = id;
    return this;
  }

  public PersonSpec declaredIncome(long minor) {
    declaredIncome = minor;
    return this;
  }

  public PersonSpec phone(String p) {
    phone = p;
    return this;
  }

  public PersonSpec email(String e) {
    email = e;
    return this;
  }

  public PersonSpec device(String d) {
    device = d;
    return this;
  }

  public PersonSpec noDevice() {
    noDevice = true;
    return this;
  }

  public PersonSpec introducer(String id) {
    introducerId = id;
    return this;
  }

  public PersonSpec openedAt(Instant t) {
    openedAt = t;
    return this;
  }

  /** A recent customer: account opened within this many days before the simulation start. */
  public PersonSpec openedWithinDays(int days) {
    openedWithinDays = days;
    return this;
  }
}
