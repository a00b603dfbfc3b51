package dev.moneytrail.simulator.population;

import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.world.Address;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.Sector;
import java.time.Instant;

/** What a caller wants fixed about a new business customer; the rest is drawn. */
public final class BusinessSpec {

  final Sector sector;
  City city;
  Address address;
  String name;
  Integer declaredEmployees;
  PaySchedule schedule;
  String phone;
  String device;
  String ownerGiven;
  String ownerSurname;
  Instant openedAt;
  int openedWithinDays;

  public BusinessSpec(Sector sector) {
    this.sector = sector;
  }

  public BusinessSpec city(City c) {
    city = c;
    return this;
  }

  public BusinessSpec address(Address a) {
    address = a;
    city = a.city();
    return this;
  }

  public BusinessSpec name(String n) {
    name = n;
    return this;
  }

  public BusinessSpec declaredEmployees(int n) {
    declaredEmployees = n;
    return this;
  }

  public BusinessSpec schedule(PaySchedule s) {
    schedule = s;
    return this;
  }

  public BusinessSpec phone(String p) {
    phone = p;
    return this;
  }

  public BusinessSpec device(String d) {
    device = d;
    return this;
  }

  /** The name the business is built from (households: the householder). */
  public BusinessSpec owner(String given, String surname) {
    ownerGiven = given;
    ownerSurname = surname;
    return this;
  }

  public BusinessSpec openedAt(Instant t) {
    openedAt = t;
    return this;
  }

  public BusinessSpec openedWithinDays(int d) {
    openedWithinDays = d;
    return this;
  }
}
