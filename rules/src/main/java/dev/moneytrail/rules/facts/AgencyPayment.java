package dev.moneytrail.rules.facts;

import dev.moneytrail.rules.ReferenceTable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A2: what a paid worker sent a labour-supply counterparty (employment agency, labour provider,
 * gangmaster) and what the package's agency registry says about it.
 *
 * <p>The registry ({@code reference/licensed-agencies.csv}) has the columns {@code name} (legal or
 * trading name; one row per name, so a licence with two trading names has two rows),
 * {@code reg_no}, {@code country}, {@code status} ({@code LICENSED}, {@code REVOKED} or
 * {@code VIOLATION}) and {@code since} (date of the revocation or violation). The counterparty is
 * resolved by organisation name ({@link ReferenceTable#organisation}): the schemas carry no
 * registration number of an external payee, so there is nothing else to match on.
 *
 * @param finding {@code REVOKED} or {@code VIOLATION} (matched to such a row within the lookback),
 *     or {@code UNLICENSED} (no registry row, in a jurisdiction that requires a licence)
 * @param sum what went to the payee within the window: this payment and the earlier ones the
 *     account's pay cycles hold
 * @param registryLine the registry line matched, 0 when unmatched
 */
public record AgencyPayment(String payeeId, String payeeName, String country, String finding,
    BigDecimal sum, List<String> txnIds, int registryLine, String registrySha256) {

  private static final TextMemo<Pattern> PATTERNS =
      new TextMemo<>(64, r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

  public static final String REVOKED = "REVOKED";
  public static final String VIOLATION = "VIOLATION";
  public static final String UNLICENSED = "UNLICENSED";

  /**
   * Whether the payment goes to a labour-supply counterparty: a payee whose name the regular
   * expression {@code nameKeywords} finds (case-insensitive; the schemas carry no sector code of
   * an external payee). Cheap, so it is checked before the registry is read.
   */
  public static boolean labourSupply(Txn t, String nameKeywords) {
    String name = t.getPayeeName();
    return name != null && nameKeywords != null && !nameKeywords.isBlank()
        && PATTERNS.get(nameKeywords).matcher(name.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * The finding for debit {@code t} to a labour-supply counterparty, or null when the payee is
   * licensed, is not in a jurisdiction that requires a licence, or its country is unknown.
   *
   * @param history the account's pay cycles: the outflows after each payday are the earlier
   *     payments summed
   * @param registry the agency registry
   * @param mandatory the jurisdictions requiring a licence (first column: ISO country)
   */
  public static AgencyPayment of(Txn t, PayrollHistory history, ReferenceTable registry,
      ReferenceTable mandatory, Duration window, Duration violationLookback) {
    if (t == null || history == null || !t.isDebit()) {
      return null;
    }
    String name = t.getPayeeName();
    String finding = null;
    int line = 0;
    LocalDate day = t.getTimestamp().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate since = t.getTimestamp().minus(violationLookback).atZone(ZoneOffset.UTC).toLocalDate();
    boolean licensed = false;
    for (ReferenceTable.Row r : registry.rowsByName("name", name)) {
      String status = r.get("status").toUpperCase(Locale.ROOT);
      LocalDate at = r.date("since");
      boolean recent = at == null || !at.isBefore(since) && !at.isAfter(day);
      if ((REVOKED.equals(status) || VIOLATION.equals(status)) && recent) {
        // A revocation outweighs a licence row of the same name: the register keeps both.
        if (finding == null || REVOKED.equals(status)) {
          finding = status;
          line = r.line();
        }
      } else if ("LICENSED".equals(status)) {
        licensed = true;
      }
    }
    String country = t.getCounterpartyCountry();
    if (finding == null) {
      // Unmatched only counts where a licence is required: many countries keep no public
      // register, and a foreign agency is often licensed only at home (indicators.md A2 traps).
      if (licensed || country == null || !mandatory.contains(country.trim())) {
        return null;
      }
      finding = UNLICENSED;
    }
    String key = t.getCounterpartyId();
    Set<String> ids = new LinkedHashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    Instant from = t.getTimestamp().minus(window);
    for (PayCycle c : history.getCycles()) {
      for (Outflow out : c.outflows()) {
        if (key != null && key.equals(out.counterpartyId()) && !out.at().isBefore(from)
            && !out.at().isAfter(t.getTimestamp()) && ids.add(out.txnId())) {
          sum = sum.add(out.amount());
        }
      }
    }
    if (ids.add(t.getTxnId())) {
      sum = sum.add(t.getAmount());
    }
    return new AgencyPayment(key, name, country, finding, sum, new ArrayList<>(ids), line,
        registry.sha256());
  }
}
