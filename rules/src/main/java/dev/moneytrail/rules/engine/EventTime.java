package dev.moneytrail.rules.engine;

import dev.moneytrail.rules.facts.AccountProfile;
import dev.moneytrail.rules.facts.AtmSessions;
import dev.moneytrail.rules.facts.CashActivity;
import dev.moneytrail.rules.facts.FanIn;
import dev.moneytrail.rules.facts.MonthlyFlows;
import dev.moneytrail.rules.facts.PayCycle;
import dev.moneytrail.rules.facts.PayrollHistory;
import dev.moneytrail.rules.facts.SharedAttribute;
import dev.moneytrail.rules.facts.Txn;
import java.time.Instant;
import java.util.Collection;

/**
 * Event time and triggering account of one fact snapshot, read from the facts and never from the
 * clock, so a replay decides and stamps exactly as the live run did.
 */
public final class EventTime {
  private EventTime() {}

  /**
   * The snapshot's event time: the latest {@link Txn} timestamp when there is a transaction, else
   * the latest {@code asOf} of the anchor facts ({@link FanIn}, {@link SharedAttribute},
   * {@link CashActivity}, {@link MonthlyFlows}, {@link AtmSessions}, AssetOutflows, SubcontractorFlows), else the latest payday or outflow of a {@link PayrollHistory}.
   *
   * @throws IllegalArgumentException when no fact carries a time
   */
  public static Instant of(Collection<?> facts) {
    Instant txn = null;
    Instant anchor = null;
    Instant payroll = null;
    for (Object f : facts) {
      if (f instanceof Txn t) {
        txn = max(txn, t.getTimestamp());
      } else if (f instanceof FanIn x) {
        anchor = max(anchor, x.getAsOf());
      } else if (f instanceof SharedAttribute x) {
        anchor = max(anchor, x.getAsOf());
      } else if (f instanceof CashActivity x) {
        anchor = max(anchor, x.getAsOf());
      } else if (f instanceof MonthlyFlows x) {
        anchor = max(anchor, x.getAsOf());
      } else if (f instanceof AtmSessions x) {
        anchor = max(anchor, x.getAsOf());
      } else if (f instanceof dev.moneytrail.rules.facts.AssetOutflows x) {
        anchor = max(anchor, x.getAsOf());
      } else if (f instanceof dev.moneytrail.rules.facts.SubcontractorFlows x) {
        anchor = max(anchor, x.getAsOf());
      } else if (f instanceof PayrollHistory h) {
        for (PayCycle c : h.getCycles()) {
          payroll = max(payroll, c.paidAt());
          for (var o : c.outflows()) {
            payroll = max(payroll, o.at());
          }
        }
      }
    }
    Instant t = txn != null ? txn : anchor != null ? anchor : payroll;
    if (t == null) {
      throw new IllegalArgumentException("the facts carry no event time: include the Txn of the"
          + " event, or an anchor fact (FanIn, SharedAttribute, CashActivity, MonthlyFlows, AtmSessions, AssetOutflows, SubcontractorFlows) with its asOf");
    }
    return t;
  }

  /** The account whose event this is: the Txn's account, else the AccountProfile's, else null. */
  public static String accountOf(Collection<?> facts) {
    String profile = null;
    for (Object f : facts) {
      if (f instanceof Txn t) {
        return t.getAccountId();
      }
      if (f instanceof AccountProfile p && profile == null) {
        profile = p.getAccountId();
      }
    }
    return profile;
  }

  private static Instant max(Instant a, Instant b) {
    if (b == null) {
      return a;
    }
    return a == null || b.isAfter(a) ? b : a;
  }
}
