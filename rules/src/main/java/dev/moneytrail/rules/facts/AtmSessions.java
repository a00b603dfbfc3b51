package dev.moneytrail.rules.facts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recent sessions at one ATM in which the cards of several customers were used back to back, as
 * of {@code asOf}, newest last: the anchor of C4. Flink sessionizes each terminal's withdrawals
 * and keeps only sessions of several customers.
 */
public final class AtmSessions {
  private final String terminal;
  private final Instant asOf;
  private final List<AtmSession> sessions;

  public AtmSessions(String terminal, Instant asOf, List<AtmSession> sessions) {
    this.terminal = terminal;
    this.asOf = asOf;
    this.sessions = List.copyOf(sessions);
  }

  public String getTerminal() { return terminal; }
  public Instant getAsOf() { return asOf; }
  public List<AtmSession> getSessions() { return sessions; }

  /** Distinct customers (joint holders of one customer count once) whose cards a session used. */
  public static Set<String> customers(AtmSession s) {
    Set<String> out = new LinkedHashSet<>();
    for (Holder h : s.cards()) {
      out.add(h.customerId() != null ? h.customerId() : h.accountId());
    }
    return out;
  }

  /** Distinct surnames among a session's cards: one family's cards are one surname. */
  public static int surnames(AtmSession s) {
    Set<String> out = new LinkedHashSet<>();
    for (Holder h : s.cards()) {
      out.add(Names.surname(h.name()));
    }
    return out.size();
  }

  private static boolean qualifies(AtmSession s, int minCustomers, int minSurnames) {
    return customers(s).size() >= minCustomers && surnames(s) >= minSurnames;
  }

  /** The newest session if it ended at {@code asOf} (the event being screened) and qualifies; else null. */
  public AtmSession current(int minCustomers, int minSurnames) {
    if (sessions.isEmpty()) {
      return null;
    }
    AtmSession last = sessions.get(sessions.size() - 1);
    return !last.end().isBefore(asOf) && qualifies(last, minCustomers, minSurnames) ? last : null;
  }

  /**
   * Earlier qualifying sessions within {@code window} of the current one, on another UTC day, whose
   * set of customers overlaps the current one's with a Jaccard index of at least {@code minJaccard}:
   * the same handful of cards coming back together, which strangers at a busy ATM do not.
   */
  public List<AtmSession> repeats(int minCustomers, int minSurnames, Duration window, double minJaccard) {
    AtmSession now = current(minCustomers, minSurnames);
    List<AtmSession> out = new ArrayList<>();
    if (now == null) {
      return out;
    }
    Set<String> cur = customers(now);
    Instant from = now.start().minus(window);
    for (AtmSession s : sessions) {
      if (s == now || s.end().isBefore(from) || !qualifies(s, minCustomers, minSurnames)
          || day(s.start()).equals(day(now.start()))) {
        continue;
      }
      if (jaccard(cur, customers(s)) >= minJaccard) {
        out.add(s);
      }
    }
    return out;
  }

  public int countRepeats(int minCustomers, int minSurnames, Duration window, double minJaccard) {
    return repeats(minCustomers, minSurnames, window, minJaccard).size();
  }

  /** The accounts of the current session and its repeats, in order of first use. */
  public List<String> accounts(int minCustomers, int minSurnames, Duration window, double minJaccard) {
    Set<String> out = new LinkedHashSet<>();
    List<AtmSession> all = new ArrayList<>(repeats(minCustomers, minSurnames, window, minJaccard));
    AtmSession now = current(minCustomers, minSurnames);
    if (now != null) {
      all.add(now);
    }
    for (AtmSession s : all) {
      for (Holder h : s.cards()) {
        out.add(h.accountId());
      }
    }
    return new ArrayList<>(out);
  }

  static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new LinkedHashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String x : a) {
      if (b.contains(x)) {
        common++;
      }
    }
    return (double) common / union.size();
  }

  private static java.time.LocalDate day(Instant at) {
    return at.atZone(ZoneOffset.UTC).toLocalDate();
  }
}
