package dev.moneytrail.schemas.interchange;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result of parsing one interchange line: either a value, or the list of field errors that
 * stopped it (never both). Errors are collected for the whole line, not just the first, so one
 * reject tells the sender everything wrong with it.
 *
 * @param <T> the parsed type
 */
public final class Parsed<T> {

  private final T value;
  private final List<FieldError> errors;

  private Parsed(T value, List<FieldError> errors) {
    this.value = value;
    this.errors = errors;
  }

  /** A successful parse. */
  public static <T> Parsed<T> ok(T value) {
    return new Parsed<>(Objects.requireNonNull(value, "value"), List.of());
  }

  /** A failed parse; {@code errors} must not be empty. */
  public static <T> Parsed<T> invalid(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid parse needs at least one error");
    }
    return new Parsed<>(null, List.copyOf(errors));
  }

  /** A failed parse with one error. */
  public static <T> Parsed<T> invalid(String field, String reason) {
    return invalid(List.of(new FieldError(field, reason)));
  }

  public boolean isValid() {
    return value != null;
  }

  /**
   * The value.
   *
   * @throws IllegalStateException when the parse failed, with the errors in the message
   */
  public T value() {
    if (value == null) {
      throw new IllegalStateException("invalid line: " + describeErrors());
    }
    return value;
  }

  /** The errors; empty when the parse succeeded. */
  public List<FieldError> errors() {
    return errors;
  }

  /** All errors as one sentence, e.g. {@code amount: ...; currency: ...}. */
  public String describeErrors() {
    return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }

  @Override
  public String toString() {
    return isValid() ? "Parsed[" + value + "]" : "Parsed[invalid: " + describeErrors() + "]";
  }
}
