package dev.moneytrail.schemas.interchange;

/**
 * Why one field of an interchange line was refused.
 *
 * @param field the snake_case field name as it appears in the file (for nested fields a path such
 *     as {@code hits[0].rule_id}), or {@code null} when the line as a whole is at fault (not JSON,
 *     not an object)
 * @param reason what is wrong, with the offending value where it helps
 */
public record FieldError(String field, String reason) {

  /** Renders as {@code field: reason}, or just the reason for a whole-line error. */
  @Override
  public String toString() {
    return field == null ? reason : field + ": " + reason;
  }
}
