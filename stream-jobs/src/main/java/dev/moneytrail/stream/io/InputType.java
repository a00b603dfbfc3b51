package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.interchange.FieldError;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.flink.util.function.SerializableFunction;

/**
 * What the job needs to know about one kind of input event: its Avro class, where its event time
 * is, and how to validate it. One constant per event type, so decoding, validation and watermarks
 * cannot disagree about a type.
 *
 * @param <T> the Avro event class
 */
public final class InputType<T extends SpecificRecordBase> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Ledger entries: event time is {@code timestamp}. */
  public static final InputType<TransactionEvent> TRANSACTIONS = new InputType<>(
      TransactionEvent.class, TransactionEvent::getTimestamp, EventValidator::validate);

  /** Account openings and changes of details: event time is {@code as_of}. */
  public static final InputType<AccountEvent> ACCOUNTS = new InputType<>(
      AccountEvent.class, AccountEvent::getAsOf, EventValidator::validate);

  /**
   * Published rule packages: event time is {@code effective_from}. The screening operators decide
   * per event which package is in effect, so this stream never holds back the watermark.
   */
  public static final InputType<RulePackage> RULE_PACKAGES = new InputType<>(
      RulePackage.class, RulePackage::getEffectiveFrom, EventValidator::validate);

  private final Class<T> type;
  private final SerializableFunction<T, Instant> eventTime;
  private final SerializableFunction<T, List<FieldError>> validator;

  private InputType(
      Class<T> type,
      SerializableFunction<T, Instant> eventTime,
      SerializableFunction<T, List<FieldError>> validator) {
    this.type = type;
    this.eventTime = eventTime;
    this.validator = validator;
  }

  public Class<T> type() {
    return type;
  }

  /** Event time of a valid event. */
  public Instant eventTime(T event) {
    return eventTime.apply(event);
  }

  /** Everything wrong with the event; empty when it is fit for screening. */
  public List<FieldError> validate(T event) {
    return validator.apply(event);
  }

  @Override
  public String toString() {
    return type.getSimpleName();
  }
}
