package dev.moneytrail.schemas.interchange;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of {@code labels.jsonl}: ground truth that a set of accounts took part in a case of a
 * typology over a period. A decoy is legitimately unusual activity that must not be alerted.
 *
 * @param caseId unique case id
 * @param typology the project's typology name, or any string for external sets
 * @param decoy true when the activity is legitimate and an alert on it is a false positive
 * @param accountIds every account that takes part, at least one; kept in the given order
 * @param start start of the activity
 * @param end end of the activity, not before {@code start}
 */
public record CaseLabel(
    String caseId,
    String typology,
    boolean decoy,
    List<String> accountIds,
    Instant start,
    Instant end) {

  /** Validates and freezes the account list so a label can be shared safely. */
  public CaseLabel {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(typology, "typology");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    accountIds = List.copyOf(Objects.requireNonNull(accountIds, "accountIds"));
    if (accountIds.isEmpty()) {
      throw new IllegalArgumentException("case " + caseId + " has no accounts");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("case " + caseId + " ends before it starts");
    }
  }
}
