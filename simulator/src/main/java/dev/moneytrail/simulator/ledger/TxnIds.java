package dev.moneytrail.simulator.ledger;

import java.time.LocalDate;

/**
 * Transaction ids for one actor on one day: {@code FT} + year and day of year + the actor's
 * scrambled code + a sequence, e.g. {@code FT26005K3M9QZ0A01}. Unique because actor codes are a
 * bijection of actor ordinals; opaque so an id says nothing about whether an actor was planted.
 */
public final class TxnIds {

  private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final long SPACE = 78_364_164_096L; // 36^7
  private static final long MULTIPLIER = 30_074_377_513L; // coprime with 36

  private final LocalDate date;
  private final int actorOrdinal;
  private final long runOffset;
  private String prefix;
  private int next;

  private TxnIds(LocalDate date, int actorOrdinal, long runOffset) {
    this.date = date;
    this.actorOrdinal = actorOrdinal;
    this.runOffset = runOffset;
  }

  /** Ids for an actor (by ordinal, scrambled with a run-specific offset) on a date. */
  public static TxnIds of(LocalDate date, int actorOrdinal, long runOffset) {
    // The prefix is built on first use: most actors book nothing on most days.
    return new TxnIds(date, actorOrdinal, runOffset);
  }

  private static String prefix(LocalDate date, int actorOrdinal, long runOffset) {
    StringBuilder sb = new StringBuilder(20);
    sb.append("FT");
    int yy = date.getYear() % 100;
    sb.append((char) ('0' + yy / 10)).append((char) ('0' + yy % 10));
    int doy = date.getDayOfYear();
    sb.append((char) ('0' + doy / 100)).append((char) ('0' + doy / 10 % 10)).append((char) ('0' + doy % 10));
    long code = Math.floorMod(actorOrdinal * MULTIPLIER + runOffset, SPACE);
    char[] c = new char[7];
    for (int i = 6; i >= 0; i--) {
      c[i] = DIGITS.charAt((int) (code % 36));
      code /= 36;
    }
    sb.append(c);
    return sb.toString();
  }

  /** The next id; a single actor never makes more than 36^3 payments a day. */
  public String next() {
    if (prefix == null) {
      prefix = prefix(date, actorOrdinal, runOffset);
    }
    int n = next++;
    if (n >= 36 * 36 * 36) {
      throw new IllegalStateException("more than 46656 payments in a day for " + prefix);
    }
    return prefix + DIGITS.charAt(n / 1296) + DIGITS.charAt(n / 36 % 36) + DIGITS.charAt(n % 36);
  }
}
