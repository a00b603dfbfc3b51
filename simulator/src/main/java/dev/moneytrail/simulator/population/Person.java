package dev.moneytrail.simulator.population;

import dev.moneytrail.simulator.behaviour.Actor;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.world.Address;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.Origin;

/**
 * A personal customer: their account's KYC record, the facts behaviour needs (name parts, home
 * city, income) and the actor that books their activity. Assembled while the world is planned,
 * then only read while days are generated.
 */
public final class Person {

  private final Actor actor;
  private AccountRecord record;
  private AccountRecord savings;
  public final String given;
  public final String surname;
  public final boolean female;
  public final Origin origin;
  public final City city;
  public final Address address;
  private Employment employment;
  private long monthlyIncome;

  Person(Actor actor, AccountRecord record, String given, String surname, boolean female,
      Origin origin, City city, Address address) {
    this.actor = actor;
    this.record = record;
    this.given = given;
    this.surname = surname;
    this.female = female;
    this.origin = origin;
    this.city = city;
    this.address = address;
  }

  public Actor actor() {
    return actor;
  }

  public AccountRecord record() {
    return record;
  }

  /** Replaces the KYC record while planning (the bank's view of a customer the plan changed). */
  public void record(AccountRecord r) {
    record = r;
  }

  public String accountId() {
    return record.accountId();
  }

  public String name() {
    return record.name();
  }

  public Party party() {
    return record.party();
  }

  public AccountRecord savings() {
    return savings;
  }

  void savings(AccountRecord s) {
    savings = s;
  }

  public Employment employment() {
    return employment;
  }

  public void employment(Employment e) {
    employment = e;
  }

  /** Actual monthly net income in minor units (wage, pension or benefit). */
  public long monthlyIncome() {
    return monthlyIncome;
  }

  public void monthlyIncome(long m) {
    monthlyIncome = m;
  }

  public String device() {
    return record.deviceId();
  }

  public int age(java.time.LocalDate on) {
    return record.dateOfBirth() == null ? 40 : java.time.Period.between(record.dateOfBirth(), on).getYears();
  }
}
