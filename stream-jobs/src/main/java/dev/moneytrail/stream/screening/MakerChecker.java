package dev.moneytrail.stream.screening;

import java.util.Locale;

/**
 * Four eyes on every rule change: the person who approves a package must not be its author. The
 * deploy command refuses such a package, and the job refuses it again if one reaches the topic.
 */
public final class MakerChecker {

  /** The same person, however written, cannot make and check a change. */
  public static boolean isSecondPerson(String author, String approver) {
    return approver != null && !approver.isBlank() && author != null && !author.isBlank()
        && !author.trim().toLowerCase(Locale.ROOT).equals(approver.trim().toLowerCase(Locale.ROOT));
  }

  private MakerChecker() {}
}
