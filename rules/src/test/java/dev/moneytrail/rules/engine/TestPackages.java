package dev.moneytrail.rules.engine;

import java.util.List;
import java.util.Map;

/** Small rule packages written inline, for engine tests. */
final class TestPackages {
  static final String HEADER = """
      package test.rules;

      import dev.moneytrail.rules.facts.Txn;
      import java.util.List;
      import java.util.Map;

      global dev.moneytrail.rules.RuleParameters params;
      global dev.moneytrail.rules.HitCollector hits;
      """;

  private TestPackages() {}

  /** A rule that fires on a debit of at least {@code <id>.min.amount}. */
  static String bigDebit(String id, String severity) {
    return """

        //@param %1$s.min.amount DECIMAL default=1000 min=1 max=1000000 : Smallest debit that fires.
        rule "%1$s"
          @id("%1$s")
          @version(2)
          @typology("test-typology")
          @severity("%2$s")
          @source("indicators.md TEST; test source")
          @description("Fires on big debits.")
        when
          $t : Txn( debit, amount >= params.decimal("%1$s.min.amount") )
        then
          hits.add(drools, $t.getAccountId(), List.of($t.getTxnId()), List.of($t.getCounterpartyId()),
              Map.of("amount", $t.getAmount()), "A big debit.");
        end
        """.formatted(id, severity);
  }

  static RulePackageSource of(String drl, Map<String, String> parameters) {
    return new RulePackageSource("test", "1.0.0", List.of(new RuleFile("test.drl", drl)),
        parameters);
  }

  /** One big-debit rule with its parameter at 1000. */
  static RulePackageSource bigDebitPackage(String marker) {
    return of(HEADER + "// " + marker + "\n" + bigDebit("T-BIG", "HIGH"),
        Map.of("T-BIG.min.amount", "1000"));
  }
}
