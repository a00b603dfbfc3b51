package dev.moneytrail.rules.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Counts of distinct parties behind a list of payments or sightings. Pure functions. */
final class DistinctParties {

  /**
   * Distinct parties counted by account and by customer (the account where the customer is not
   * known), whichever is larger: at least any count of distinct senders, holders, persons or payees
   * a rule takes over part of {@code items}, so a rule may test it before building its window.
   */
  static <T> int byAccountOrCustomer(List<T> items, Function<T, String> account, Function<T, String> customer) {
    Set<String> accounts = new HashSet<>();
    Set<String> customers = new HashSet<>();
    for (T item : items) {
      String a = account.apply(item);
      String c = customer.apply(item);
      accounts.add(a);
      customers.add(c != null ? c : a);
    }
    return Math.max(accounts.size(), customers.size());
  }

  private DistinctParties() {}
}
