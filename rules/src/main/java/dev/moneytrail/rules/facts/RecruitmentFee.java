package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A worker's debit that looks like a recruitment, placement or visa-processing fee, with what the
 * worker has paid that payee since their first paydays and what they earn: the anchor of A1
 * (indicators.md: fee_ratio = fees / estimated monthly wage).
 *
 * @param fees the fee debit plus the earlier debits to the same payee held in the pay cycles kept
 * @param monthlyWage the estimated monthly wage the fees are measured against
 * @param ratio fees / monthlyWage, 4 decimals (for explanations; thresholds compare exactly)
 * @param wageBasis how monthlyWage was estimated: PAYROLL or DECLARED
 */
public record RecruitmentFee(String payeeId, String payeeName, BigDecimal fees, BigDecimal monthlyWage,
    BigDecimal ratio, String wageBasis, List<String> txnIds) {

  private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");
  private static final TextMemo<Pattern> PATTERNS =
      new TextMemo<>(1_024, r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

  /**
   * The fee view of {@code t}, or null when it is not a fee-like debit from a paid worker.
   *
   * @param keywords regular expression (case-insensitive) a fee's reference, or the payee name of a
   *     debit with purpose FEE, must contain
   * @param publicPayees regular expression (case-insensitive) of payee names that collect official
   *     visa and permit fees: those are not recruitment fees (the catalogue's whitelist trap)
   */
  public static RecruitmentFee of(Txn t, PayrollHistory h, AccountProfile profile, String keywords,
      String publicPayees) {
    if (t == null || h == null || !t.isDebit() || t.getCounterpartyId() == null || h.getCycleCount() == 0) {
      return null;
    }
    if (!feeLike(t, keywords) || matches(publicPayees, t.getCounterpartyName())) {
      return null;
    }
    BigDecimal wage = payrollMonthlyWage(h);
    String basis = "PAYROLL";
    if (wage == null && profile != null && profile.getDeclaredMonthlyIncome() != null
        && profile.getDeclaredMonthlyIncome().signum() > 0) {
      wage = profile.getDeclaredMonthlyIncome();
      basis = "DECLARED";
    }
    if (wage == null) {
      return null;
    }
    Set<String> ids = new LinkedHashSet<>();
    BigDecimal fees = BigDecimal.ZERO;
    for (PayCycle c : h.getCycles()) {
      for (Outflow o : c.outflows()) {
        if (t.getCounterpartyId().equals(o.counterpartyId()) && !o.at().isAfter(t.getTimestamp()) && ids.add(o.txnId())) {
          fees = fees.add(o.amount());
        }
      }
    }
    if (ids.add(t.getTxnId())) {
      fees = fees.add(t.getAmount());
    }
    return new RecruitmentFee(t.getCounterpartyId(), t.getCounterpartyName(), fees, wage,
        fees.divide(wage, 4, RoundingMode.HALF_EVEN), basis, new ArrayList<>(ids));
  }

  /** Whether the fees are at least {@code share} of a monthly wage, compared exactly. */
  public boolean atLeast(BigDecimal share) {
    return fees.compareTo(share.multiply(monthlyWage)) >= 0;
  }

  private static boolean feeLike(Txn t, String keywords) {
    return matches(keywords, t.getReference())
        || "FEE".equals(t.getPurpose()) && matches(keywords, t.getCounterpartyName());
  }

  private static boolean matches(String regex, String text) {
    if (regex == null || regex.isBlank() || text == null) {
      return false;
    }
    Pattern p = PATTERNS.get(regex);
    return p.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * The median wage of the pay cycles kept, scaled to a month by the median gap between paydays;
   * null with fewer than two cycles (one wage does not tell a week's pay from a month's).
   */
  static BigDecimal payrollMonthlyWage(PayrollHistory h) {
    List<PayCycle> cycles = h.getCycles();
    if (cycles.size() < 2) {
      return null;
    }
    List<BigDecimal> amounts = new ArrayList<>();
    List<Long> gaps = new ArrayList<>();
    for (int i = 0; i < cycles.size(); i++) {
      amounts.add(cycles.get(i).amount());
      if (i > 0) {
        gaps.add(Duration.between(cycles.get(i - 1).paidAt(), cycles.get(i).paidAt()).toMinutes());
      }
    }
    amounts.sort(null);
    gaps.sort(null);
    BigDecimal median = amounts.get(amounts.size() / 2);
    long gapMinutes = gaps.get(gaps.size() / 2);
    if (gapMinutes <= 0) {
      return null;
    }
    BigDecimal gapDays = BigDecimal.valueOf(gapMinutes).divide(BigDecimal.valueOf(24 * 60), 6, RoundingMode.HALF_EVEN);
    BigDecimal periods = DAYS_PER_MONTH.divide(gapDays.max(BigDecimal.ONE), 6, RoundingMode.HALF_EVEN);
    return median.multiply(periods).setScale(4, RoundingMode.HALF_EVEN);
  }
}
