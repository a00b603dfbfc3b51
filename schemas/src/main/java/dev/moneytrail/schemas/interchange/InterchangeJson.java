package dev.moneytrail.schemas.interchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.AccountEventKind;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.CustomerType;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Money;
import dev.moneytrail.schemas.ProceedsEstimate;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.schemas.RuleHit;
import dev.moneytrail.schemas.Severity;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.money.Amounts;
import dev.moneytrail.schemas.money.Codes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Maps between one line of the interchange format (shared/interchange.md) and our Avro records,
 * in both directions, with no I/O.
 *
 * <p>Writing: field names and order follow interchange.md, absent optional fields are omitted,
 * amounts are JSON strings ({@link Amounts#format}), instants are ISO-8601 UTC with seconds
 * ({@code 2026-03-01T08:15:00Z}, milliseconds only when non-zero), map entries are sorted; so the
 * same record always gives the same bytes. Values the contract cannot carry (an {@code UNKNOWN}
 * direction, channel {@code OTHER}, an income in another currency than the account) throw
 * {@link IllegalArgumentException}: better the writer fails than the file is unreadable.
 *
 * <p>Reading: every required field must be present and well-formed; unknown fields are ignored;
 * enum values outside the contract are refused with the allowed list; JSON {@code null} counts as
 * absent. All problems of a line are reported together in {@link Parsed#errors()}.
 *
 * <p>Derived fields: an account's {@code event_id} is {@code account_id + "@" + as_of} epoch
 * millis and its {@code kind} is OPENED when {@code as_of} is absent or equals {@code opened_at},
 * else DETAILS_CHANGED; a transaction's {@code event_id} is {@code txn_id:direction:account_id}.
 */
public final class InterchangeJson {

  /** Customer types the contract allows. */
  public static final Set<CustomerType> CUSTOMER_TYPES =
      Collections.unmodifiableSet(EnumSet.of(CustomerType.PERSON, CustomerType.BUSINESS));

  /** Directions the contract allows. */
  public static final Set<Direction> DIRECTIONS =
      Collections.unmodifiableSet(EnumSet.of(Direction.CREDIT, Direction.DEBIT));

  /** Channels the contract allows: OTHER is the Avro reader's fallback, not a contract value. */
  public static final Set<Channel> CHANNELS =
      Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(Channel.OTHER)));

  /** Purposes the contract allows (OTHER is a contract value here). */
  public static final Set<Purpose> PURPOSES =
      Collections.unmodifiableSet(EnumSet.allOf(Purpose.class));

  /** Severities the contract allows. */
  public static final Set<Severity> SEVERITIES =
      Collections.unmodifiableSet(EnumSet.allOf(Severity.class));

  /** A rule reference in an alert: id of letters, digits, '-', '_', '.', then '@' and version. */
  public static final Pattern RULE_REF = Pattern.compile("[A-Za-z0-9_.-]+@[0-9]+");

  private static final Pattern MCC = Pattern.compile("[0-9]{4}");

  // Duplicate keys make a line ambiguous (which amount is meant?), and trailing tokens suggest two
  // records fused by a lost newline: both are refused rather than guessed at.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper MAPPER =
      new ObjectMapper(FACTORY).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private InterchangeJson() {}

  // ---------------------------------------------------------------------------------------------
  // Writing

  /** One {@code accounts.jsonl} line (without the line end). */
  public static String accountLine(AccountEvent a) {
    return write(g -> {
      g.writeStringField("account_id", a.getAccountId());
      // as_of absent means opened_at, so an opening is written without it and reads back the same.
      if (!a.getAsOf().equals(a.getOpenedAt())) {
        writeInstant(g, "as_of", a.getAsOf());
      }
      g.writeStringField("customer_id", a.getCustomerId());
      g.writeStringField("customer_type", contractName(a.getCustomerType(), CUSTOMER_TYPES));
      writeInstant(g, "opened_at", a.getOpenedAt());
      writeOptional(g, "name", a.getName());
      g.writeStringField("country", a.getCountry());
      writeOptional(g, "nationality", a.getNationality());
      if (a.getDateOfBirth() != null) {
        g.writeStringField("date_of_birth", a.getDateOfBirth().toString());
      }
      writeOptional(g, "address", a.getAddress());
      writeOptional(g, "phone", a.getPhone());
      writeOptional(g, "email", a.getEmail());
      writeOptional(g, "device_id", a.getDeviceId());
      writeOptional(g, "introducer_id", a.getIntroducerId());
      writeOptional(g, "employer_id", a.getEmployerId());
      writeOptional(g, "occupation", a.getOccupation());
      writeOptional(g, "sector", a.getSector());
      if (a.getDeclaredEmployees() != null) {
        g.writeNumberField("declared_employees", a.getDeclaredEmployees());
      }
      Money income = a.getDeclaredMonthlyIncome();
      if (income != null) {
        // The file has no currency for the income: it is in the account currency by definition.
        if (!income.getCurrency().equals(a.getCurrency())) {
          throw new IllegalArgumentException("account " + a.getAccountId()
              + ": declared_monthly_income in " + income.getCurrency()
              + " but the account is in " + a.getCurrency());
        }
        g.writeStringField("declared_monthly_income", Amounts.format(income.getAmount()));
      }
      g.writeStringField("currency", a.getCurrency());
    });
  }

  /** One {@code transactions.jsonl} line (without the line end). */
  public static String transactionLine(TransactionEvent t) {
    return write(g -> {
      g.writeStringField("txn_id", t.getTxnId());
      writeInstant(g, "timestamp", t.getTimestamp());
      g.writeStringField("account_id", t.getAccountId());
      g.writeStringField("direction", contractName(t.getDirection(), DIRECTIONS));
      g.writeStringField("amount", Amounts.format(t.getMoney().getAmount()));
      g.writeStringField("currency", t.getMoney().getCurrency());
      g.writeStringField("channel", contractName(t.getChannel(), CHANNELS));
      if (t.getPurpose() != null) {
        g.writeStringField("purpose", t.getPurpose().name());
      }
      writeOptional(g, "counterparty_account_id", t.getCounterpartyAccountId());
      writeOptional(g, "counterparty_name", t.getCounterpartyName());
      writeOptional(g, "beneficiary_name", t.getBeneficiaryName());
      writeOptional(g, "counterparty_country", t.getCounterpartyCountry());
      writeOptional(g, "merchant_category_code", t.getMerchantCategoryCode());
      writeOptional(g, "reference", t.getReference());
      writeOptional(g, "device_id", t.getDeviceId());
      writeOptional(g, "location", t.getLocation());
    });
  }

  /** One {@code labels.jsonl} line (without the line end). */
  public static String labelLine(CaseLabel label) {
    return write(g -> {
      g.writeStringField("case_id", label.caseId());
      g.writeStringField("typology", label.typology());
      g.writeBooleanField("decoy", label.decoy());
      writeStrings(g, "account_ids", label.accountIds());
      writeInstant(g, "start", label.start());
      writeInstant(g, "end", label.end());
    });
  }

  /**
   * One {@code alerts.jsonl} line (without the line end): the interchange fields in contract order,
   * then our extras {@code revision}, {@code rule_package}, {@code hits}, when estimated
   * {@code proceeds_estimate}, and, when the alert was scored in an entity cluster,
   * {@code cluster_id}, {@code cluster_account_id}, {@code cluster_score}, {@code referral} and
   * {@code cluster_explanation}.
   */
  public static String alertLine(Alert a) {
    if (!Double.isFinite(a.getScore())) {
      throw new IllegalArgumentException("alert " + a.getAlertId() + ": score " + a.getScore());
    }
    return write(g -> {
      g.writeStringField("alert_id", a.getAlertId());
      writeInstant(g, "created_at", a.getCreatedAt());
      g.writeStringField("subject_account_id", a.getSubjectAccountId());
      writeStrings(g, "related_account_ids", a.getRelatedAccountIds());
      g.writeStringField("typology", a.getTypology());
      writeStrings(g, "rule_ids", a.getRuleIds());
      g.writeStringField("severity", a.getSeverity().name());
      g.writeNumberField("score", a.getScore());
      writeStrings(g, "txn_ids", a.getTxnIds());
      writeInstant(g, "window_start", a.getWindowStart());
      writeInstant(g, "window_end", a.getWindowEnd());
      g.writeStringField("explanation", a.getExplanation());
      g.writeNumberField("revision", a.getRevision());
      g.writeStringField("rule_package", a.getRulePackage());
      g.writeArrayFieldStart("hits");
      for (RuleHit h : a.getHits()) {
        g.writeStartObject();
        g.writeStringField("rule_id", h.getRuleId());
        g.writeNumberField("rule_version", h.getRuleVersion());
        g.writeStringField("severity", h.getSeverity().name());
        g.writeStringField("source", h.getSource());
        writeInstant(g, "fired_at", h.getFiredAt());
        writeStrings(g, "txn_ids", h.getTxnIds());
        writeStrings(g, "related_account_ids", h.getRelatedAccountIds());
        writeSortedMap(g, "features", h.getFeatures());
        writeSortedMap(g, "parameters", h.getParameters());
        g.writeStringField("detail", h.getDetail());
        // Written only when true: indicator hits look as they did before context modifiers existed.
        if (h.getContext()) {
          g.writeBooleanField("context", true);
        }
        // Likewise written only for a conditional hit.
        if (!h.getRequires().isEmpty()) {
          writeStrings(g, "requires", h.getRequires());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      ProceedsEstimate p = a.getProceedsEstimate();
      if (p != null) {
        g.writeObjectFieldStart("proceeds_estimate");
        g.writeStringField("amount", Amounts.format(p.getAmount().getAmount()));
        g.writeStringField("currency", p.getAmount().getCurrency());
        g.writeStringField("method", p.getMethod());
        g.writeStringField("confidence", p.getConfidence().name());
        g.writeEndObject();
      }
      if (a.getClusterId() != null) {
        g.writeStringField("cluster_id", a.getClusterId());
        g.writeStringField("cluster_account_id", a.getClusterAccountId());
        g.writeNumberField("cluster_score", a.getClusterScore());
        g.writeBooleanField("referral", Boolean.TRUE.equals(a.getReferral()));
        g.writeStringField("cluster_explanation", a.getClusterExplanation());
      }
    });
  }

  /**
   * Formats an instant as the contract writes it: UTC, 'Z', always seconds, milliseconds only when
   * non-zero ({@code 2026-03-01T08:15:00Z}, {@code 2026-03-01T08:15:00.250Z}).
   */
  public static String formatInstant(Instant instant) {
    // Instant.toString already prints seconds always and fractions in groups of three digits;
    // truncating to millis keeps it at the precision Avro stores.
    return instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      // A StringWriter does not fail; this is here only because the generator API declares it.
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static <E extends Enum<E>> String contractName(E value, Set<E> allowed) {
    if (value == null || !allowed.contains(value)) {
      throw new IllegalArgumentException(
          "the interchange format cannot carry " + value + "; allowed: " + names(allowed));
    }
    return value.name();
  }

  private static void writeInstant(JsonGenerator g, String field, Instant value) throws IOException {
    g.writeStringField(field, formatInstant(value));
  }

  private static void writeOptional(JsonGenerator g, String field, String value)
      throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  private static void writeStrings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void writeSortedMap(JsonGenerator g, String field, Map<String, String> map)
      throws IOException {
    g.writeObjectFieldStart(field);
    // Avro hands maps over as HashMaps; sorting makes the bytes independent of insertion history.
    for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** Parses one {@code accounts.jsonl} line. */
  public static Parsed<AccountEvent> parseAccount(String line) {
    Fields f = Fields.of(line);
    if (f.broken != null) {
      return Parsed.invalid(List.of(f.broken));
    }
    String accountId = f.requiredString("account_id");
    Instant asOf = f.instant("as_of", false);
    String customerId = f.requiredString("customer_id");
    CustomerType customerType =
        f.enumValue("customer_type", CustomerType.class, CUSTOMER_TYPES, true);
    Instant openedAt = f.instant("opened_at", true);
    String name = f.optionalString("name");
    String country = f.country("country", true);
    String nationality = f.country("nationality", false);
    LocalDate dateOfBirth = f.date("date_of_birth");
    String address = f.optionalString("address");
    String phone = f.optionalString("phone");
    String email = f.optionalString("email");
    String deviceId = f.optionalString("device_id");
    String introducerId = f.optionalString("introducer_id");
    String employerId = f.optionalString("employer_id");
    String occupation = f.optionalString("occupation");
    String sector = f.optionalString("sector");
    Integer employees = f.nonNegativeInt("declared_employees");
    BigDecimal income = f.amount("declared_monthly_income", false, Amounts::parseNonNegative);
    String currency = f.currency("currency", true);
    if (asOf != null && openedAt != null && asOf.isBefore(openedAt)) {
      f.error("as_of", formatInstant(asOf) + " is before opened_at " + formatInstant(openedAt));
    }
    if (!f.errors.isEmpty()) {
      return Parsed.invalid(f.errors);
    }
    Instant effective = asOf == null ? openedAt : asOf;
    AccountEventKind kind =
        effective.equals(openedAt) ? AccountEventKind.OPENED : AccountEventKind.DETAILS_CHANGED;
    return Parsed.ok(AccountEvent.newBuilder()
        .setEventId(accountEventId(accountId, effective))
        .setKind(kind)
        .setAsOf(effective)
        .setAccountId(accountId)
        .setCustomerId(customerId)
        .setCustomerType(customerType)
        .setOpenedAt(openedAt)
        .setName(name)
        .setCountry(country)
        .setNationality(nationality)
        .setDateOfBirth(dateOfBirth)
        .setAddress(address)
        .setPhone(phone)
        .setEmail(email)
        .setDeviceId(deviceId)
        .setIntroducerId(introducerId)
        .setEmployerId(employerId)
        .setOccupation(occupation)
        .setSector(sector)
        .setDeclaredEmployees(employees)
        .setDeclaredMonthlyIncome(income == null ? null : new Money(income, currency))
        .setCurrency(currency)
        .build());
  }

  /** Parses one {@code transactions.jsonl} line. */
  public static Parsed<TransactionEvent> parseTransaction(String line) {
    Fields f = Fields.of(line);
    if (f.broken != null) {
      return Parsed.invalid(List.of(f.broken));
    }
    String txnId = f.requiredString("txn_id");
    Instant timestamp = f.instant("timestamp", true);
    String accountId = f.requiredString("account_id");
    Direction direction = f.enumValue("direction", Direction.class, DIRECTIONS, true);
    BigDecimal amount = f.amount("amount", true, Amounts::parsePositive);
    String currency = f.currency("currency", true);
    Channel channel = f.enumValue("channel", Channel.class, CHANNELS, true);
    Purpose purpose = f.enumValue("purpose", Purpose.class, PURPOSES, false);
    String counterpartyAccountId = f.optionalString("counterparty_account_id");
    String counterpartyName = f.optionalString("counterparty_name");
    String beneficiaryName = f.optionalString("beneficiary_name");
    String counterpartyCountry = f.country("counterparty_country", false);
    String mcc = f.optionalString("merchant_category_code");
    if (mcc != null && !MCC.matcher(mcc).matches()) {
      f.error("merchant_category_code", "'" + mcc + "' is not an ISO 18245 code of four digits");
    }
    String reference = f.optionalString("reference");
    String deviceId = f.optionalString("device_id");
    String location = f.optionalString("location");
    if (!f.errors.isEmpty()) {
      return Parsed.invalid(f.errors);
    }
    return Parsed.ok(TransactionEvent.newBuilder()
        .setEventId(transactionEventId(txnId, direction, accountId))
        .setTxnId(txnId)
        .setTimestamp(timestamp)
        .setAccountId(accountId)
        .setDirection(direction)
        .setMoney(new Money(amount, currency))
        .setChannel(channel)
        .setPurpose(purpose)
        .setCounterpartyAccountId(counterpartyAccountId)
        .setCounterpartyName(counterpartyName)
        .setBeneficiaryName(beneficiaryName)
        .setCounterpartyCountry(counterpartyCountry)
        .setMerchantCategoryCode(mcc)
        .setReference(reference)
        .setDeviceId(deviceId)
        .setLocation(location)
        .build());
  }

  /** Parses one {@code labels.jsonl} line. */
  public static Parsed<CaseLabel> parseLabel(String line) {
    Fields f = Fields.of(line);
    if (f.broken != null) {
      return Parsed.invalid(List.of(f.broken));
    }
    String caseId = f.requiredString("case_id");
    String typology = f.requiredString("typology");
    Boolean decoy = f.bool("decoy");
    List<String> accountIds = f.strings("account_ids", true);
    if (accountIds != null && accountIds.isEmpty()) {
      f.error("account_ids", "must name at least one account");
    }
    Instant start = f.instant("start", true);
    Instant end = f.instant("end", true);
    if (start != null && end != null && end.isBefore(start)) {
      f.error("end", formatInstant(end) + " is before start " + formatInstant(start));
    }
    if (!f.errors.isEmpty()) {
      return Parsed.invalid(f.errors);
    }
    return Parsed.ok(new CaseLabel(caseId, typology, decoy, accountIds, start, end));
  }

  /** Parses one {@code alerts.jsonl} line, including our optional extras. */
  public static Parsed<Alert> parseAlert(String line) {
    Fields f = Fields.of(line);
    if (f.broken != null) {
      return Parsed.invalid(List.of(f.broken));
    }
    String alertId = f.requiredString("alert_id");
    Instant createdAt = f.instant("created_at", true);
    String subject = f.requiredString("subject_account_id");
    List<String> related = f.strings("related_account_ids", true);
    String typology = f.requiredString("typology");
    List<String> ruleIds = f.strings("rule_ids", true);
    if (ruleIds != null) {
      for (int i = 0; i < ruleIds.size(); i++) {
        if (!RULE_REF.matcher(ruleIds.get(i)).matches()) {
          f.error("rule_ids[" + i + "]", "'" + ruleIds.get(i)
              + "' is not a rule id with its version, such as LT-PAYROLL-FUNNEL@3");
        }
      }
    }
    Severity severity = f.enumValue("severity", Severity.class, SEVERITIES, true);
    Double score = f.score("score");
    List<String> txnIds = f.strings("txn_ids", true);
    Instant windowStart = f.instant("window_start", true);
    Instant windowEnd = f.instant("window_end", true);
    if (windowStart != null && windowEnd != null && windowEnd.isBefore(windowStart)) {
      f.error("window_end",
          formatInstant(windowEnd) + " is before window_start " + formatInstant(windowStart));
    }
    String explanation = f.requiredString("explanation");
    Integer revision = f.positiveInt("revision");
    String rulePackage = f.optionalString("rule_package");
    List<RuleHit> hits = f.objects("hits", InterchangeJson::hit);
    ProceedsEstimate proceeds = f.object("proceeds_estimate", InterchangeJson::proceeds);
    String clusterId = f.optionalString("cluster_id");
    String clusterAccountId = f.optionalString("cluster_account_id");
    Double clusterScore = f.optionalNonNegativeNumber("cluster_score");
    Boolean referral = f.optionalBool("referral");
    String clusterExplanation = f.optionalString("cluster_explanation");
    if (!f.errors.isEmpty()) {
      return Parsed.invalid(f.errors);
    }
    return Parsed.ok(Alert.newBuilder()
        .setAlertId(alertId)
        .setRevision(revision == null ? 1 : revision)
        .setCreatedAt(createdAt)
        .setSubjectAccountId(subject)
        .setRelatedAccountIds(related)
        .setTypology(typology)
        .setRuleIds(ruleIds)
        .setSeverity(severity)
        .setScore(score)
        .setTxnIds(txnIds)
        .setWindowStart(windowStart)
        .setWindowEnd(windowEnd)
        .setExplanation(explanation)
        .setHits(hits == null ? List.of() : hits)
        .setRulePackage(rulePackage == null ? "" : rulePackage)
        .setProceedsEstimate(proceeds)
        .setClusterId(clusterId)
        .setClusterAccountId(clusterAccountId)
        .setClusterScore(clusterScore)
        .setReferral(referral)
        .setClusterExplanation(clusterExplanation)
        .build());
  }

  private static RuleHit hit(Fields f) {
    String ruleId = f.requiredString("rule_id");
    Integer version = f.requiredPositiveInt("rule_version");
    Severity severity = f.enumValue("severity", Severity.class, SEVERITIES, true);
    String source = f.optionalString("source");
    Instant firedAt = f.instant("fired_at", true);
    List<String> txnIds = f.strings("txn_ids", false);
    List<String> related = f.strings("related_account_ids", false);
    Map<String, String> features = f.stringMap("features");
    Map<String, String> parameters = f.stringMap("parameters");
    String detail = f.optionalString("detail");
    Boolean context = f.optionalBool("context");
    List<String> requires = f.strings("requires", false);
    if (!f.errors.isEmpty()) {
      return null;
    }
    return RuleHit.newBuilder()
        .setRuleId(ruleId)
        .setRuleVersion(version)
        .setSeverity(severity)
        .setSource(source == null ? "" : source)
        .setFiredAt(firedAt)
        .setTxnIds(txnIds == null ? List.of() : txnIds)
        .setRelatedAccountIds(related == null ? List.of() : related)
        .setFeatures(features == null ? new LinkedHashMap<>() : features)
        .setParameters(parameters == null ? new LinkedHashMap<>() : parameters)
        .setDetail(detail == null ? "" : detail)
        .setContext(Boolean.TRUE.equals(context))
        .setRequires(requires == null ? List.of() : requires)
        .build();
  }

  private static ProceedsEstimate proceeds(Fields f) {
    BigDecimal amount = f.amount("amount", true, Amounts::parseNonNegative);
    String currency = f.currency("currency", true);
    String method = f.requiredString("method");
    Severity confidence = f.enumValue("confidence", Severity.class, SEVERITIES, true);
    if (!f.errors.isEmpty()) {
      return null;
    }
    return new ProceedsEstimate(new Money(amount, currency), method, confidence);
  }

  /**
   * Parses an instant as the contract writes it; an explicit offset other than Z is accepted and
   * converted to UTC, a missing zone is not (the time would be ambiguous). Precision beyond
   * milliseconds is truncated, as Avro stores milliseconds.
   *
   * @throws IllegalArgumentException with a message naming the value
   */
  public static Instant parseInstant(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .toInstant()
          .truncatedTo(ChronoUnit.MILLIS);
    } catch (DateTimeParseException e) {
      if (isLocalDateTime(text)) {
        throw new IllegalArgumentException(
            "'" + text + "' has no zone; write UTC with Z, e.g. 2026-03-01T08:15:00Z", e);
      }
      throw new IllegalArgumentException(
          "'" + text + "' is not an ISO-8601 instant such as 2026-03-01T08:15:00Z", e);
    }
  }

  private static boolean isLocalDateTime(String text) {
    try {
      LocalDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The idempotency key of an account event: {@code account_id@as_of-epoch-millis}. */
  public static String accountEventId(String accountId, Instant asOf) {
    return accountId + "@" + asOf.toEpochMilli();
  }

  /** The idempotency key of a ledger entry: {@code txn_id:direction:account_id}. */
  public static String transactionEventId(String txnId, Direction direction, String accountId) {
    return txnId + ":" + direction.name() + ":" + accountId;
  }

  private static String names(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * Reads typed fields out of one JSON object, collecting every problem instead of stopping at the
   * first. Nested objects share the error list and prefix their field names with their path.
   */
  private static final class Fields {
    private final JsonNode node;
    private final String prefix;
    private final List<FieldError> errors;
    private FieldError broken;

    private Fields(JsonNode node, String prefix, List<FieldError> errors) {
      this.node = node;
      this.prefix = prefix;
      this.errors = errors;
    }

    static Fields of(String line) {
      Fields f = new Fields(null, "", new ArrayList<>());
      if (line == null || line.isBlank()) {
        f.broken = new FieldError(null, "empty line");
        return f;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        f.broken = new FieldError(null, "malformed JSON: " + e.getOriginalMessage());
        return f;
      }
      if (node == null || !node.isObject()) {
        f.broken = new FieldError(null, "a line must be one JSON object, not "
            + (node == null ? "nothing" : kind(node)));
        return f;
      }
      return new Fields(node, "", f.errors);
    }

    void error(String field, String reason) {
      errors.add(new FieldError(prefix + field, reason));
    }

    private JsonNode get(String field) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? null : v;
    }

    /** The text of a string field, or null after recording why there is none. */
    private String text(String field, boolean required, String expected) {
      JsonNode v = get(field);
      if (v == null) {
        if (required) {
          error(field, "missing");
        }
        return null;
      }
      if (!v.isTextual()) {
        error(field, "must be a JSON string" + expected + ", not " + kind(v) + " " + v);
        return null;
      }
      return v.textValue();
    }

    String requiredString(String field) {
      String s = text(field, true, "");
      if (s != null && s.isBlank()) {
        error(field, "must not be empty");
        return null;
      }
      return s;
    }

    String optionalString(String field) {
      return text(field, false, "");
    }

    Instant instant(String field, boolean required) {
      String s = text(field, required, " holding an ISO-8601 instant");
      if (s == null) {
        return null;
      }
      try {
        return parseInstant(s);
      } catch (IllegalArgumentException e) {
        error(field, e.getMessage());
        return null;
      }
    }

    LocalDate date(String field) {
      String s = text(field, false, " holding a date YYYY-MM-DD");
      if (s == null) {
        return null;
      }
      try {
        return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        error(field, "'" + s + "' is not a date YYYY-MM-DD");
        return null;
      }
    }

    BigDecimal amount(String field, boolean required, Function<String, BigDecimal> parser) {
      String s = text(field, required, " holding a plain decimal such as \"1250.00\"");
      if (s == null) {
        return null;
      }
      try {
        return parser.apply(s);
      } catch (IllegalArgumentException e) {
        error(field, e.getMessage());
        return null;
      }
    }

    String country(String field, boolean required) {
      String s = text(field, required, " holding an ISO 3166-1 alpha-2 code");
      if (s != null && !Codes.isCountry(s)) {
        error(field, "'" + s + "' is not an ISO 3166-1 alpha-2 country code (e.g. DE)");
        return null;
      }
      return s;
    }

    String currency(String field, boolean required) {
      String s = text(field, required, " holding an ISO 4217 code");
      if (s != null && !Codes.isCurrency(s)) {
        error(field, "'" + s + "' is not an ISO 4217 currency code (e.g. EUR)");
        return null;
      }
      return s;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, Set<E> allowed, boolean required) {
      String s = text(field, required, " holding one of " + names(allowed));
      if (s == null) {
        return null;
      }
      for (E e : allowed) {
        if (e.name().equals(s)) {
          return e;
        }
      }
      error(field, "'" + s + "' is not one of " + names(allowed));
      return null;
    }

    Boolean bool(String field) {
      JsonNode v = get(field);
      if (v == null) {
        error(field, "missing");
        return null;
      }
      if (!v.isBoolean()) {
        error(field, "must be true or false, not " + kind(v) + " " + v);
        return null;
      }
      return v.booleanValue();
    }

    Boolean optionalBool(String field) {
      return get(field) == null ? null : bool(field);
    }

    Double optionalNonNegativeNumber(String field) {
      JsonNode v = get(field);
      if (v == null) {
        return null;
      }
      if (!v.isNumber() || !(v.doubleValue() >= 0)) {
        error(field, "must be a number of at least 0, not " + kind(v) + " " + v);
        return null;
      }
      return v.doubleValue();
    }

    private Integer integer(String field, boolean required, int min) {
      JsonNode v = get(field);
      if (v == null) {
        if (required) {
          error(field, "missing");
        }
        return null;
      }
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        error(field, "must be a whole number, not " + kind(v) + " " + v);
        return null;
      }
      int i = v.intValue();
      if (i < min) {
        error(field, i + " is less than " + min);
        return null;
      }
      return i;
    }

    Integer nonNegativeInt(String field) {
      return integer(field, false, 0);
    }

    Integer positiveInt(String field) {
      return integer(field, false, 1);
    }

    Integer requiredPositiveInt(String field) {
      return integer(field, true, 1);
    }

    Double score(String field) {
      JsonNode v = get(field);
      if (v == null) {
        error(field, "missing");
        return null;
      }
      if (!v.isNumber()) {
        error(field, "must be a number 0-100, not " + kind(v) + " " + v);
        return null;
      }
      double d = v.doubleValue();
      if (!(d >= 0 && d <= 100)) {
        error(field, v + " is outside 0-100");
        return null;
      }
      return d;
    }

    List<String> strings(String field, boolean required) {
      JsonNode v = get(field);
      if (v == null) {
        if (required) {
          error(field, "missing");
        }
        return null;
      }
      if (!v.isArray()) {
        error(field, "must be an array of strings, not " + kind(v));
        return null;
      }
      List<String> out = new ArrayList<>(v.size());
      for (int i = 0; i < v.size(); i++) {
        JsonNode item = v.get(i);
        if (!item.isTextual() || item.textValue().isBlank()) {
          error(field + "[" + i + "]", "must be a non-empty string, not " + item);
          return null;
        }
        out.add(item.textValue());
      }
      return out;
    }

    Map<String, String> stringMap(String field) {
      JsonNode v = get(field);
      if (v == null) {
        return null;
      }
      if (!v.isObject()) {
        error(field, "must be an object of strings, not " + kind(v));
        return null;
      }
      Map<String, String> out = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        if (!e.getValue().isTextual()) {
          error(field + "." + e.getKey(), "must be a string, not " + kind(e.getValue()));
          return null;
        }
        out.put(e.getKey(), e.getValue().textValue());
      }
      return out;
    }

    <T> T object(String field, Function<Fields, T> reader) {
      JsonNode v = get(field);
      if (v == null) {
        return null;
      }
      if (!v.isObject()) {
        error(field, "must be an object, not " + kind(v));
        return null;
      }
      return reader.apply(new Fields(v, prefix + field + ".", errors));
    }

    <T> List<T> objects(String field, Function<Fields, T> reader) {
      JsonNode v = get(field);
      if (v == null) {
        return null;
      }
      if (!v.isArray()) {
        error(field, "must be an array of objects, not " + kind(v));
        return null;
      }
      List<T> out = new ArrayList<>(v.size());
      for (int i = 0; i < v.size(); i++) {
        JsonNode item = v.get(i);
        String path = field + "[" + i + "]";
        if (!item.isObject()) {
          error(path, "must be an object, not " + kind(item));
          continue;
        }
        out.add(reader.apply(new Fields(item, prefix + path + ".", errors)));
      }
      return out;
    }

    private static String kind(JsonNode v) {
      return v.getNodeType().name().toLowerCase(Locale.ROOT);
    }
  }

  private static String kind(JsonNode v) {
    return Fields.kind(v);
  }
}
