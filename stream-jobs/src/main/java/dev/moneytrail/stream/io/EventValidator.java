package dev.moneytrail.stream.io;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.AccountEventKind;
import dev.moneytrail.schemas.Money;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.interchange.FieldError;
import dev.moneytrail.schemas.interchange.InterchangeJson;
import dev.moneytrail.schemas.money.Amounts;
import dev.moneytrail.schemas.money.Codes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a decoded event for what its Avro schema cannot express: non-blank ids, exact positive
 * amounts, ISO codes, contract enum values and an {@code event_id} that matches the fields it is
 * derived from. Pure and stateless; returns every problem of an event, not just the first, so one
 * dead letter tells the producer everything that is wrong.
 *
 * <p>The rules are those of the interchange files ({@link InterchangeJson}), so a line refused in a
 * replay is refused on Kafka too and replay decides exactly as the live job does. In particular:
 *
 * <ul>
 *   <li>{@code Direction.UNKNOWN}, {@code Channel.OTHER}, {@code CustomerType.UNKNOWN} and {@code
 *       AccountEventKind.UNKNOWN} are refused. They are the schemas' reader fallbacks for symbols a
 *       newer writer might add, not values of the contract. On our wire (raw binary, writer schema =
 *       reader schema) an unknown symbol cannot even decode, so seeing one means a producer chose
 *       it, and features cannot book an entry whose direction or channel nobody knows.
 *   <li>{@code Purpose.OTHER} is a contract value and accepted.
 *   <li>Optional strings may be empty; optional codes (country, MCC) must be well-formed when
 *       present.
 * </ul>
 */
public final class EventValidator {

  private static final Pattern MCC = Pattern.compile("[0-9]{4}");

  private EventValidator() {}

  /** Problems of a ledger entry; empty when it is fit for screening. */
  public static List<FieldError> validate(TransactionEvent e) {
    List<FieldError> errors = new ArrayList<>();
    requireText(errors, "event_id", e.getEventId());
    requireText(errors, "txn_id", e.getTxnId());
    requireText(errors, "account_id", e.getAccountId());
    if (e.getTimestamp() == null) {
      errors.add(new FieldError("timestamp", "missing"));
    }
    requireAllowed(errors, "direction", e.getDirection(), InterchangeJson.DIRECTIONS);
    money(errors, "money", e.getMoney(), true);
    requireAllowed(errors, "channel", e.getChannel(), InterchangeJson.CHANNELS);
    optionalCountry(errors, "counterparty_country", e.getCounterpartyCountry());
    String mcc = e.getMerchantCategoryCode();
    if (mcc != null && !MCC.matcher(mcc).matches()) {
      errors.add(new FieldError(
          "merchant_category_code", "'" + mcc + "' is not an ISO 18245 code of four digits"));
    }
    if (e.getEventId() != null && e.getTxnId() != null && e.getDirection() != null
        && e.getAccountId() != null) {
      String expected =
          InterchangeJson.transactionEventId(e.getTxnId(), e.getDirection(), e.getAccountId());
      if (!expected.equals(e.getEventId())) {
        errors.add(new FieldError("event_id", "'" + e.getEventId()
            + "' does not match txn_id:direction:account_id '" + expected + "'"));
      }
    }
    return errors;
  }

  /** Problems of an account event; empty when it is fit for screening. */
  public static List<FieldError> validate(AccountEvent a) {
    List<FieldError> errors = new ArrayList<>();
    requireText(errors, "event_id", a.getEventId());
    requireText(errors, "account_id", a.getAccountId());
    requireText(errors, "customer_id", a.getCustomerId());
    requireAllowed(errors, "customer_type", a.getCustomerType(), InterchangeJson.CUSTOMER_TYPES);
    Instant asOf = a.getAsOf();
    Instant openedAt = a.getOpenedAt();
    if (asOf == null) {
      errors.add(new FieldError("as_of", "missing"));
    }
    if (openedAt == null) {
      errors.add(new FieldError("opened_at", "missing"));
    }
    if (a.getKind() == null || a.getKind() == AccountEventKind.UNKNOWN) {
      errors.add(new FieldError("kind", "'" + a.getKind() + "' is not one of OPENED, DETAILS_CHANGED"));
    } else if (asOf != null && openedAt != null) {
      // The kind is derived, not chosen: an opening is the details as of opened_at.
      boolean opening = asOf.equals(openedAt);
      if (opening != (a.getKind() == AccountEventKind.OPENED)) {
        errors.add(new FieldError("kind", a.getKind() + " does not fit as_of "
            + InterchangeJson.formatInstant(asOf) + (opening ? " equal to" : " after")
            + " opened_at " + InterchangeJson.formatInstant(openedAt)));
      }
    }
    if (asOf != null && openedAt != null && asOf.isBefore(openedAt)) {
      errors.add(new FieldError("as_of", InterchangeJson.formatInstant(asOf)
          + " is before opened_at " + InterchangeJson.formatInstant(openedAt)));
    }
    requireCountry(errors, "country", a.getCountry());
    optionalCountry(errors, "nationality", a.getNationality());
    requireCurrency(errors, "currency", a.getCurrency());
    Integer employees = a.getDeclaredEmployees();
    if (employees != null && employees < 0) {
      errors.add(new FieldError("declared_employees", employees + " is less than 0"));
    }
    Money income = a.getDeclaredMonthlyIncome();
    if (income != null) {
      money(errors, "declared_monthly_income", income, false);
      if (income.getCurrency() != null && !income.getCurrency().equals(a.getCurrency())) {
        errors.add(new FieldError("declared_monthly_income.currency", "'" + income.getCurrency()
            + "' differs from the account currency '" + a.getCurrency() + "'"));
      }
    }
    if (a.getEventId() != null && a.getAccountId() != null && asOf != null) {
      String expected = InterchangeJson.accountEventId(a.getAccountId(), asOf);
      if (!expected.equals(a.getEventId())) {
        errors.add(new FieldError("event_id", "'" + a.getEventId()
            + "' does not match account_id@as_of '" + expected + "'"));
      }
    }
    return errors;
  }

  private static void requireText(List<FieldError> errors, String field, String value) {
    if (value == null) {
      errors.add(new FieldError(field, "missing"));
    } else if (value.isBlank()) {
      errors.add(new FieldError(field, "must not be empty"));
    }
  }

  private static <E extends Enum<E>> void requireAllowed(
      List<FieldError> errors, String field, E value, Set<E> allowed) {
    if (value == null || !allowed.contains(value)) {
      String names = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
      errors.add(new FieldError(field, "'" + value + "' is not one of " + names));
    }
  }

  private static void money(List<FieldError> errors, String field, Money money, boolean positive) {
    if (money == null) {
      errors.add(new FieldError(field, "missing"));
      return;
    }
    BigDecimal amount = money.getAmount();
    if (amount == null) {
      errors.add(new FieldError(field + ".amount", "missing"));
    } else {
      try {
        // Scale and precision of the one Money decimal; Avro only enforces them when encoding.
        Amounts.exact(amount);
        if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
          errors.add(new FieldError(field + ".amount", Amounts.format(amount)
              + (positive ? " must be greater than 0" : " must not be negative")));
        }
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(field + ".amount", e.getMessage()));
      }
    }
    requireCurrency(errors, field + ".currency", money.getCurrency());
  }

  private static void requireCurrency(List<FieldError> errors, String field, String code) {
    if (code == null) {
      errors.add(new FieldError(field, "missing"));
    } else if (!Codes.isCurrency(code)) {
      errors.add(new FieldError(field, "'" + code + "' is not an ISO 4217 currency code (e.g. EUR)"));
    }
  }

  private static void requireCountry(List<FieldError> errors, String field, String code) {
    if (code == null) {
      errors.add(new FieldError(field, "missing"));
    } else {
      optionalCountry(errors, field, code);
    }
  }

  private static void optionalCountry(List<FieldError> errors, String field, String code) {
    if (code != null && !Codes.isCountry(code)) {
      errors.add(new FieldError(
          field, "'" + code + "' is not an ISO 3166-1 alpha-2 country code (e.g. DE)"));
    }
  }

  /** Renders errors as one line for a dead letter's detail: {@code field: reason; field: reason}. */
  public static String describe(List<FieldError> errors) {
    return errors.stream().map(Objects::toString).collect(Collectors.joining("; "));
  }

  /** A published rule package: identity, hash and at least one DRL file; compilation is the job's check. */
  public static List<FieldError> validate(RulePackage p) {
    List<FieldError> errors = new ArrayList<>();
    if (p.getPackageId() == null || p.getPackageId().isBlank()) {
      errors.add(new FieldError("package_id", "blank"));
    }
    if (p.getVersion() == null || p.getVersion().isBlank()) {
      errors.add(new FieldError("version", "blank"));
    }
    if (p.getContentHash() == null || p.getContentHash().isBlank()) {
      errors.add(new FieldError("content_hash", "blank"));
    }
    if (p.getFiles() == null || p.getFiles().isEmpty()) {
      errors.add(new FieldError("files", "a rule package needs at least one DRL file"));
    }
    return errors;
  }
}
