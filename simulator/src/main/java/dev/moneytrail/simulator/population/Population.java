package dev.moneytrail.simulator.population;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.simulator.behaviour.Actor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything that exists in a run: customers (ordinary and planted), the actors that generate their
 * activity, every account record, and changes of account details scheduled during the run.
 */
public final class Population {

  private final List<Person> persons = new ArrayList<>();
  private final List<Business> businesses = new ArrayList<>();
  private final List<Actor> extraActors = new ArrayList<>();
  private final List<AccountRecord> extraAccounts = new ArrayList<>();
  private final List<AccountEvent> changes = new ArrayList<>();

  public void add(Person p) {
    persons.add(p);
  }

  public void add(Business b) {
    businesses.add(b);
  }

  /** An actor that is not a customer (a planted case's own flows). */
  public void add(Actor a) {
    extraActors.add(a);
  }

  /** An account record not held by a person's or business's main or savings account. */
  public void addAccount(AccountRecord r) {
    extraAccounts.add(r);
  }

  /** A change of account details during the run (its as_of lies inside the simulated period). */
  public void addChange(AccountEvent e) {
    changes.add(e);
  }

  public List<Person> persons() {
    return Collections.unmodifiableList(persons);
  }

  public List<Business> businesses() {
    return Collections.unmodifiableList(businesses);
  }

  public List<AccountEvent> changes() {
    return Collections.unmodifiableList(changes);
  }

  /** Every actor, in creation order. */
  public List<Actor> actors() {
    List<Actor> out = new ArrayList<>(persons.size() + businesses.size() + extraActors.size());
    for (Business b : businesses) {
      out.add(b.actor());
    }
    for (Person p : persons) {
      out.add(p.actor());
    }
    out.addAll(extraActors);
    return out;
  }

  /** Every account's current record. */
  public List<AccountRecord> accounts() {
    List<AccountRecord> out = new ArrayList<>(persons.size() * 2 + businesses.size());
    for (Business b : businesses) {
      out.add(b.record());
    }
    for (Person p : persons) {
      out.add(p.record());
      if (p.savings() != null) {
        out.add(p.savings());
      }
    }
    out.addAll(extraAccounts);
    return out;
  }

  public int accountCount() {
    int n = businesses.size() + persons.size() + extraAccounts.size();
    for (Person p : persons) {
      if (p.savings() != null) {
        n++;
      }
    }
    return n;
  }
}
