package dev.moneytrail.simulator.ledger;

import dev.moneytrail.schemas.Direction;
import java.util.Comparator;

/**
 * The one order of ledger entries in every output: event time, then txn id, then DEBIT before
 * CREDIT (money leaves before it arrives), then account. Txn ids are unique per payment, so this is
 * a total order and sorting makes the output independent of generation order and thread count.
 */
public final class EntryOrder implements Comparator<Entry> {

  public static final EntryOrder INSTANCE = new EntryOrder();

  private EntryOrder() {}

  @Override
  public int compare(Entry a, Entry b) {
    int c = Long.compare(a.epochMillis(), b.epochMillis());
    if (c != 0) {
      return c;
    }
    c = a.txnId().compareTo(b.txnId());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(rank(a.direction()), rank(b.direction()));
    if (c != 0) {
      return c;
    }
    return a.accountId().compareTo(b.accountId());
  }

  private static int rank(Direction d) {
    return d == Direction.DEBIT ? 0 : 1;
  }
}
