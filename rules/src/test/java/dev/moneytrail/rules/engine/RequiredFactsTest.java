package dev.moneytrail.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.rules.facts.CashActivity;
import dev.moneytrail.rules.facts.PayrollHistory;
import dev.moneytrail.rules.facts.Txn;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredFactsTest {

  private static final CompiledRulePackage CORE = RuleCompiler.compile(RulePackageDirectory.loadBundled("core"));

  private static Txn txn() {
    return new Txn("t1", Instant.parse("2026-03-01T10:00:00Z"), "A", "DEBIT", new BigDecimal("10.00"),
        "EUR", "CARD", null, "SHOP", null, null, null, "5411", null, null, null);
  }

  @Test
  void readsTheAnchorFactEveryCoreRuleNeeds() {
    RequiredFacts required = RequiredFacts.of(CORE.compiledRules().kieBase());
    assertEquals(CORE.rules().size(), required.ruleCount());
    assertTrue(required.perRule().contains(Set.of(PayrollHistory.class, Txn.class)), required.perRule().toString());
    assertTrue(required.perRule().contains(Set.of(CashActivity.class)), required.perRule().toString());
  }

  @Test
  void skipsASnapshotNoRuleCanMatch() {
    RequiredFacts required = RequiredFacts.of(CORE.compiledRules().kieBase());
    assertFalse(required.anyRuleCanFire(List.of(txn())));
    assertTrue(required.anyRuleCanFire(List.of(txn(), new PayrollHistory("A", "Ana", List.of()))));
  }

  @Test
  void skipsARemittanceToACorridorFromAnAccountWithoutPayCycles() {
    // CTX-CORRIDOR needs the pay cycles B1 needs: a remittance without them opens no session.
    Txn remittance = new Txn("t2", Instant.parse("2026-03-01T10:00:00Z"), "A", "DEBIT", new BigDecimal("400.00"),
        "EUR", "MONEY_TRANSFER", "REMITTANCE", "WALLET-1", "Omar Haddad", null, "XA", null, null, null, null);
    assertFalse(RequiredFacts.of(CORE.compiledRules().kieBase()).anyRuleCanFire(List.of(remittance)));
  }
}
