package dev.moneytrail.schemas.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.AccountEventKind;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.schemas.interchange.InterchangeJson;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestDataBuildersTest {

  @Test
  void builtEventsAreExactlyWhatTheInterchangeReaderWouldProduce() {
    TransactionEvent t = Transactions.credit("A1", "100").from("B2").build();
    assertEquals(t, InterchangeJson.parseTransaction(InterchangeJson.transactionLine(t)).value());
    AccountEvent a = Accounts.person("A1").changedAt("2026-01-01T00:00:00Z").build();
    assertEquals(a, InterchangeJson.parseAccount(InterchangeJson.accountLine(a)).value());
  }

  @Test
  void creditHasSensibleDefaultsAndAContentDerivedTxnId() {
    TransactionEvent t = Transactions.credit("A1", "100").build();
    assertEquals(Direction.CREDIT, t.getDirection());
    assertEquals(new BigDecimal("100.0000"), t.getMoney().getAmount());
    assertEquals("EUR", t.getMoney().getCurrency());
    assertEquals(Transactions.DEFAULT_TIME, t.getTimestamp());
    assertEquals(t.getTxnId() + ":CREDIT:A1", t.getEventId());
    assertEquals(t.getTxnId(), Transactions.credit("A1", "100").build().getTxnId());
    assertNotEquals(t.getTxnId(), Transactions.credit("A1", "101").build().getTxnId());
  }

  @Test
  void bothLegsMirrorAnInternalTransferUnderOneTxnId() {
    List<TransactionEvent> legs =
        Transactions.debit("B1", "50").to("A1").channel(Channel.INTERNAL).bothLegs();
    assertEquals(Direction.DEBIT, legs.get(0).getDirection());
    assertEquals(Direction.CREDIT, legs.get(1).getDirection());
    assertEquals("A1", legs.get(1).getAccountId());
    assertEquals("B1", legs.get(1).getCounterpartyAccountId());
    assertEquals(legs.get(0).getTxnId(), legs.get(1).getTxnId());
    assertThrows(IllegalStateException.class, () -> Transactions.credit("A1", "1").bothLegs());
  }

  @Test
  void cashHasNoCounterparty() {
    TransactionEvent t = Transactions.debit("A1", "500").to("X").cashAt("ATM-1").build();
    assertEquals(Channel.CASH, t.getChannel());
    assertNull(t.getCounterpartyAccountId());
  }

  @Test
  void accountsDeriveKindFromTheirAsOf() {
    assertEquals(AccountEventKind.OPENED, Accounts.business("B1").build().getKind());
    assertEquals(AccountEventKind.DETAILS_CHANGED,
        Accounts.business("B1").changedAt("2026-01-01T00:00:00Z").build().getKind());
  }

  @Test
  void rejectsInvalidMoneyAtBuildTime() {
    assertThrows(IllegalArgumentException.class,
        () -> Transactions.credit("A1", "1e3").build());
    assertThrows(IllegalArgumentException.class,
        () -> Transactions.credit("A1", "1").currency("euro").build());
  }
}
