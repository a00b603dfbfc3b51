package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An account's cash seen as a funnel (indicators.md D4): deposits in the window, the areas they
 * were made in, and how much of them was taken out again within {@code within} in an area where
 * no deposit of the window was made. A withdrawal uses up the earliest deposit still unspent that
 * is no older than {@code within} (first in, first out), so each deposit is withdrawn at most once.
 *
 * @param deposits cash deposits in the window
 * @param depositAreas distinct areas of those deposits
 * @param deposited their sum
 * @param withdrawnElsewhere what was withdrawn within {@code within} of a deposit, in an area with no deposit
 * @param withdrawalAreas distinct areas of those withdrawals
 * @param txnIds the deposits and the matched withdrawals
 */
public record CashFunnel(int deposits, Set<String> depositAreas, BigDecimal deposited,
    BigDecimal withdrawnElsewhere, Set<String> withdrawalAreas, List<String> txnIds) {

  /** Compiled area patterns by their text: a package holds one, evaluated on every cash withdrawal. */
  private static final TextMemo<Pattern> PATTERNS = new TextMemo<>(1_024, Pattern::compile);

  /** Share of the deposited cash withdrawn elsewhere; zero without deposits. */
  public BigDecimal getWithdrawnShare() {
    return deposited.signum() <= 0 ? BigDecimal.ZERO.setScale(4)
        : withdrawnElsewhere.divide(deposited, 4, RoundingMode.HALF_UP);
  }

  public int getDepositAreaCount() { return depositAreas.size(); }

  /**
   * The funnel view of {@code cash} over {@code window}. {@code areaPattern} finds a location's area
   * in the terminal id: its first group (e.g. {@code ^(?:ATM|BR)-([A-Z]+)-} takes BER from
   * ATM-BER-0042); a location it does not match is its own area.
   */
  public static CashFunnel of(CashActivity cash, Duration window, Duration within, String areaPattern) {
    Pattern pattern = PATTERNS.get(areaPattern);
    Instant from = cash.getAsOf().minus(window);
    List<CashEntry> inWindow = new ArrayList<>();
    Set<String> depositAreas = new TreeSet<>();
    BigDecimal deposited = BigDecimal.ZERO;
    int deposits = 0;
    for (CashEntry e : cash.getEntries()) {
      if (e.at().isBefore(from) || e.at().isAfter(cash.getAsOf())) {
        continue;
      }
      inWindow.add(e);
      if ("CREDIT".equals(e.direction())) {
        deposits++;
        deposited = deposited.add(e.amount());
        depositAreas.add(area(e.location(), pattern));
      }
    }
    // Entries are kept oldest first; pair each withdrawal elsewhere with unspent recent deposits.
    Deque<CashEntry> open = new ArrayDeque<>();
    java.util.Map<String, BigDecimal> left = new java.util.HashMap<>();
    BigDecimal withdrawn = BigDecimal.ZERO;
    Set<String> withdrawalAreas = new TreeSet<>();
    List<String> txnIds = new ArrayList<>();
    for (CashEntry e : inWindow) {
      if ("CREDIT".equals(e.direction())) {
        open.addLast(e);
        left.put(e.txnId(), e.amount());
        txnIds.add(e.txnId());
        continue;
      }
      String where = area(e.location(), pattern);
      if (depositAreas.contains(where)) {
        continue;
      }
      BigDecimal need = e.amount();
      boolean matched = false;
      while (need.signum() > 0 && !open.isEmpty()) {
        CashEntry d = open.peekFirst();
        if (Duration.between(d.at(), e.at()).compareTo(within) > 0) {
          open.removeFirst();
          continue;
        }
        BigDecimal take = left.get(d.txnId()).min(need);
        need = need.subtract(take);
        withdrawn = withdrawn.add(take);
        matched = true;
        BigDecimal rest = left.get(d.txnId()).subtract(take);
        if (rest.signum() == 0) {
          open.removeFirst();
        } else {
          left.put(d.txnId(), rest);
        }
      }
      if (matched) {
        withdrawalAreas.add(where);
        txnIds.add(e.txnId());
      }
    }
    return new CashFunnel(deposits, depositAreas, deposited, withdrawn, withdrawalAreas, txnIds);
  }

  static String area(String location, Pattern pattern) {
    if (location == null || location.isBlank()) {
      return "?";
    }
    Matcher m = pattern.matcher(location);
    return m.find() && m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : location;
  }
}
