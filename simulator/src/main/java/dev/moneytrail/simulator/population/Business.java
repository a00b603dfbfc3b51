package dev.moneytrail.simulator.population;

import dev.moneytrail.simulator.behaviour.Actor;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.behaviour.WagePayments;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.world.Address;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.Sector;
import java.util.List;

/**
 * A business customer: KYC record, sector, premises, pay schedule and payroll. Its payroll run is an
 * activity of its own actor; employments are added while the world is planned.
 */
public final class Business {

  private final Actor actor;
  private AccountRecord record;
  public final Sector sector;
  public final City city;
  public final Address address;
  public final PaySchedule schedule;
  private final WagePayments payroll = new WagePayments();
  private Person owner;

  Business(Actor actor, AccountRecord record, Sector sector, City city, Address address,
      PaySchedule schedule) {
    this.actor = actor;
    this.record = record;
    this.sector = sector;
    this.city = city;
    this.address = address;
    this.schedule = schedule;
    actor.add(payroll);
  }

  public Actor actor() {
    return actor;
  }

  public AccountRecord record() {
    return record;
  }

  public void record(AccountRecord r) {
    record = r;
  }

  public String accountId() {
    return record.accountId();
  }

  public String customerId() {
    return record.customerId();
  }

  public String name() {
    return record.name();
  }

  public Party party() {
    return record.party();
  }

  /** The payroll run activity (already on the actor). */
  public WagePayments payroll() {
    return payroll;
  }

  public List<Employment> employments() {
    return payroll.employments();
  }

  public int declaredEmployees() {
    Integer d = record.declaredEmployees();
    return d == null ? 0 : d;
  }

  public Person owner() {
    return owner;
  }

  public void owner(Person p) {
    owner = p;
  }

  /** Monthly net payroll at current employments (minor units). */
  public long monthlyPayroll() {
    long s = 0;
    for (Employment e : payroll.employments()) {
      s += e.monthlyNet();
    }
    return s;
  }
}
