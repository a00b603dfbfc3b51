package dev.moneytrail.stream.screening;

import dev.moneytrail.rules.facts.AccountProfile;
import dev.moneytrail.rules.facts.EmployerPayroll;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.stream.features.AccountFeatures;
import dev.moneytrail.stream.features.AssetFeatures;
import dev.moneytrail.stream.features.AttributeFeatures;
import dev.moneytrail.stream.features.EmployerPayrollFeatures;
import dev.moneytrail.stream.features.FeatureHorizons;
import dev.moneytrail.stream.features.MonthlyFlowFeatures;
import dev.moneytrail.stream.features.SubcontractorFeatures;
import dev.moneytrail.stream.metrics.ScreeningMetrics;
import dev.moneytrail.stream.state.AccountState;
import dev.moneytrail.stream.state.AttributeSighting;
import dev.moneytrail.stream.state.CounterpartyFlow;
import dev.moneytrail.stream.state.EmployerPayrollState;
import dev.moneytrail.stream.state.OutflowState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.util.Collector;

/**
 * Keyed by account: keeps the account's KYC details, pay cycles and cash history (and, for an
 * account that pays wages, its pay runs and payees), evaluates the account-level rules on each
 * ledger entry, and routes what other keys need: each transfer out to the beneficiary's fan-in
 * features, each identifier to the shared-attribute features. Its
 * inputs are screened in event-time order (held until the watermark passes them), so what it
 * decides does not depend on how the transaction and account topics interleaved.
 */
public final class AccountScreeningFunction extends WatermarkOrderedFunction<ScreeningEvent> {

  private transient ValueState<AccountState> accounts;
  private transient ValueState<EmployerPayrollState> employerPayrolls;
  private transient ScreeningMetrics.DualCounter transactionsIn;
  private transient ScreeningMetrics.DualCounter accountEventsIn;

  public AccountScreeningFunction(RulePackage initialPackage) {
    super(initialPackage, ScreeningState.ACCOUNT_PENDING);
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    super.open(openContext);
    accounts = getRuntimeContext().getState(ScreeningState.ACCOUNT);
    employerPayrolls = getRuntimeContext().getState(ScreeningState.EMPLOYER_PAYROLL);
    transactionsIn = metrics.counter("screening.events.in", "type", "transaction");
    accountEventsIn = metrics.counter("screening.events.in", "type", "account");
  }

  @Override
  long timeOf(ScreeningEvent event) {
    return event.eventTime().toEpochMilli();
  }

  /**
   * At the same instant an account event goes first: what the bank knew about the account when
   * the money moved includes a change stamped with that very instant.
   */
  @Override
  Comparator<ScreeningEvent> tieBreak() {
    return Comparator.comparing((ScreeningEvent e) -> e.account == null)
        .thenComparing(e -> e.account != null ? e.account.getEventId() : e.transaction.getEventId());
  }

  @Override
  void screen(ScreeningEvent event, ReadOnlyContext ctx, Collector<ScoredHit> out) throws Exception {
    AccountState state = accounts.value();
    if (state == null) {
      state = AccountFeatures.empty();
    }
    String accountId = ctx.getCurrentKey();
    if (event.account != null) {
      accountEventsIn.increment();
      AccountFeatures.applyAccountEvent(state, event.account);
      for (AttributeSighting s : AttributeFeatures.sightings(event.account, state)) {
        ctx.output(ScreeningState.ATTRIBUTE_SIGHTINGS, s);
      }
    } else {
      TransactionEvent t = event.transaction;
      transactionsIn.increment();
      boolean firstOfDay = isFirstOfDay(state.getLastEventAt(), t.getTimestamp().toEpochMilli());
      List<OutflowState> claimedByLatePayday = AccountFeatures.applyTransaction(state, t);
      for (OutflowState claimed : claimedByLatePayday) {
        if (claimed.getCounterpartyId() != null && MonthlyFlowFeatures.isTransfer(Channel.valueOf(claimed.getChannel()))) {
          ctx.output(ScreeningState.COUNTERPARTY_FLOWS, CounterpartyFlow.newBuilder()
              .setBeneficiaryId(claimed.getCounterpartyId())
              .setBeneficiaryName(claimed.getCounterpartyName())
              .setBeneficiaryCountry(null)
              .setInflow(AccountFeatures.inflow(state, accountId, claimed))
              .build());
        }
      }
      for (AttributeSighting s : AttributeFeatures.sightings(t, state)) {
        ctx.output(ScreeningState.ATTRIBUTE_SIGHTINGS, s);
      }
      if (isTransferOut(t)) {
        ctx.output(ScreeningState.COUNTERPARTY_FLOWS, CounterpartyFlow.newBuilder()
            .setBeneficiaryId(t.getCounterpartyAccountId())
            .setBeneficiaryName(t.getCounterpartyName())
            .setBeneficiaryCountry(t.getCounterpartyCountry())
            .setInflow(AccountFeatures.inflow(state, t))
            .build());
      }
      List<Object> facts = facts(accountId, state, t, firstOfDay);
      if (EmployerPayrollFeatures.isSalaryDebit(t)) {
        facts.add(employerPayroll(accountId, t));
      }
      evaluate(ctx, t.getTimestamp().toEpochMilli(), facts, out);
      // Debits that arrived before their payday are screened again now that the payday is known.
      for (OutflowState claimed : claimedByLatePayday) {
        evaluate(ctx, claimed.getAt(), facts(accountId, state, AccountFeatures.debitEvent(accountId, claimed), false), out);
      }
    }
    accounts.update(state);
    scheduleCleanup(ctx.timerService(), state.getLastEventAt(), FeatureHorizons.IDLE_STATE_RETENTION);
  }

  /** Books a salary debit in the employer's pay runs and returns the rules' view of them. */
  private EmployerPayroll employerPayroll(String accountId, TransactionEvent t) throws Exception {
    EmployerPayrollState payroll = employerPayrolls.value();
    if (payroll == null) {
      payroll = EmployerPayrollFeatures.empty();
    }
    EmployerPayrollFeatures.apply(payroll, t);
    employerPayrolls.update(payroll);
    return EmployerPayrollFeatures.fact(accountId, payroll, t);
  }

  /** Only what a controller, lender or landlord could receive: card and cash go to merchants and tills. */
  static boolean isTransferOut(TransactionEvent t) {
    if (t.getDirection() != Direction.DEBIT || t.getCounterpartyAccountId() == null) {
      return false;
    }
    return MonthlyFlowFeatures.isTransfer(t.getChannel());
  }

  /**
   * Whether an entry is the account's first of its UTC day. Monthly sums move slowly: the rules on
   * them are evaluated once a day per account, not on every card purchase of a busy shop.
   */
  static boolean isFirstOfDay(long lastEventAt, long at) {
    long day = java.time.Duration.ofDays(1).toMillis();
    return lastEventAt == Long.MIN_VALUE || Math.floorDiv(at, day) > Math.floorDiv(lastEventAt, day);
  }

  private static List<Object> facts(String accountId, AccountState state, TransactionEvent t, boolean firstOfDay) {
    List<Object> facts = new ArrayList<>(4);
    facts.add(AccountFeatures.txnFact(t));
    AccountProfile profile = AccountFeatures.profileFact(accountId, state);
    if (profile != null) {
      facts.add(profile);
    }
    // Pay-cycle indicators are about wages moved on or taken out (transfers and cash, not card
    // purchases; building the history for every purchase was the account operator's largest cost)
    // and about the wages themselves (B5), so the payday is screened too.
    boolean movesMoney = (isTransferOut(t) || t.getChannel() == Channel.CASH) && t.getDirection() == Direction.DEBIT;
    if (!state.getCycles().isEmpty() && (movesMoney || AccountFeatures.isPayroll(t))) {
      facts.add(AccountFeatures.payrollHistory(accountId, state));
    }
    if (t.getChannel() == Channel.CASH) {
      facts.add(AccountFeatures.cashActivity(accountId, state, t.getTimestamp()));
    }
    // H3 is evaluated on the account's own asset payments only.
    // The aggregate first: most accounts have none, and the category matches payee names by keyword.
    if (state.getAssets() != null && AssetFeatures.category(state, t) != null) {
      facts.add(AssetFeatures.fact(accountId, state, t.getTimestamp()));
    }
    // G3 on the entries that move a young labour-supply business's aggregate; every other account
    // keeps none, and pays one null check (the first thing counts() tests).
    if (SubcontractorFeatures.counts(state, t)) {
      facts.add(SubcontractorFeatures.fact(accountId, state, t.getTimestamp()));
    }
    if (firstOfDay && !state.getMonths().isEmpty()) {
      facts.add(MonthlyFlowFeatures.fact(accountId, state, t.getTimestamp()));
    }
    // I1 and I2 are evaluated on ad-platform and lodging payments only; I2 reads the cash deposits
    // around the stays too.
    if (AccountFeatures.isWatchedCardPayment(t)) {
      facts.add(AccountFeatures.cardActivity(accountId, state, t.getTimestamp()));
      facts.add(AccountFeatures.cashActivity(accountId, state, t.getTimestamp()));
    }
    return facts;
  }

  /**
   * Clears the temporal features of an account idle for the retention period. The KYC profile
   * stays: an account does not stop existing by being dormant, and its holder's name and links are
   * needed the day it moves money again (an own-account sweep is told apart by the holder's name).
   */
  @Override
  void clearIfIdle(long timestamp) throws Exception {
    EmployerPayrollState payroll = employerPayrolls.value();
    if (payroll != null && payroll.getLastEventAt() + FeatureHorizons.IDLE_STATE_RETENTION.toMillis() <= timestamp) {
      employerPayrolls.clear();
    }
    AccountState state = accounts.value();
    if (state == null) {
      cleanupDone();
      return;
    }
    if (state.getLastEventAt() + FeatureHorizons.IDLE_STATE_RETENTION.toMillis() <= timestamp) {
      if (state.getProfile() == null) {
        accounts.clear();
      } else {
        accounts.update(AccountFeatures.dormant(state));
      }
      cleanupDone();
    }
  }
}
