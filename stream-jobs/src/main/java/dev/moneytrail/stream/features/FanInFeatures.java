package dev.moneytrail.stream.features;

import dev.moneytrail.rules.facts.FanIn;
import dev.moneytrail.rules.facts.Inflow;
import dev.moneytrail.stream.state.CounterpartyFlow;
import dev.moneytrail.stream.state.FanInState;
import dev.moneytrail.stream.state.InflowState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Per-beneficiary fan-in features (many payers into one account): pure functions over state. */
public final class FanInFeatures {

  public static FanInState empty() {
    return FanInState.newBuilder().setInflows(new ArrayList<>()).setLastEventAt(Long.MIN_VALUE).build();
  }

  /** Adds a payment; keeps inflows sorted by time, within the horizon and the size bound. */
  public static void apply(FanInState state, CounterpartyFlow flow) {
    InflowState in = flow.getInflow();
    if (flow.getBeneficiaryName() != null) {
      state.setBeneficiaryName(flow.getBeneficiaryName());
    }
    if (flow.getBeneficiaryCountry() != null) {
      state.setBeneficiaryCountry(flow.getBeneficiaryCountry());
    }
    List<InflowState> list = state.getInflows();
    // Sorted by time, so a re-delivered payment can only sit among entries with the same time.
    int pos = list.size();
    while (pos > 0 && list.get(pos - 1).getAt() > in.getAt()) {
      pos--;
    }
    for (int k = pos - 1; k >= 0 && list.get(k).getAt() == in.getAt(); k--) {
      InflowState i = list.get(k);
      if (i.getTxnId().equals(in.getTxnId()) && i.getSenderAccountId().equals(in.getSenderAccountId())) {
        // The same payment again: keep it once, with the sender's wage context if it now has one
        // (the sender's payday may have been delivered after the payment). A debit re-sent after
        // a late payday comes from state, which keeps no currency, purpose or reference: those of
        // the first delivery stay.
        if (i.getShareOfWageUnits() == null && in.getShareOfWageUnits() != null) {
          list.set(k, withPaymentDetailsOf(in, i));
        } else {
          list.set(k, withPaymentDetailsOf(i, in));
        }
        return;
      }
    }
    list.add(pos, in);
    long now = Math.max(state.getLastEventAt(), in.getAt());
    state.setLastEventAt(now);
    long horizon = now - FeatureHorizons.INFLOW_HORIZON.toMillis();
    int expired = 0;
    while (expired < list.size() && list.get(expired).getAt() < horizon) {
      expired++;
    }
    int excess = Math.max(0, list.size() - expired - FeatureHorizons.INFLOWS_KEPT);
    StateLists.dropFirst(list, expired + excess);
  }

  /** {@code kept} with the currency, purpose and reference of {@code other} where it lacks them. */
  private static InflowState withPaymentDetailsOf(InflowState kept, InflowState other) {
    InflowState out = InflowState.newBuilder(kept).build();
    if ((out.getCurrency() == null || NO_CURRENCY.equals(out.getCurrency())) && other.getCurrency() != null) {
      out.setCurrency(other.getCurrency());
    }
    if (out.getPurpose() == null) {
      out.setPurpose(other.getPurpose());
    }
    if (out.getReference() == null) {
      out.setReference(other.getReference());
    }
    return out;
  }

  /** ISO 4217 "no currency", which a debit rebuilt from state carries. */
  private static final String NO_CURRENCY = "XXX";

  public static FanIn fact(String beneficiaryId, FanInState state, Instant asOf) {
    List<Inflow> inflows = new ArrayList<>(state.getInflows().size());
    for (InflowState i : state.getInflows()) {
      inflows.add(AccountFeatures.inflowFact(i));
    }
    return new FanIn(beneficiaryId, state.getBeneficiaryName(), state.getBeneficiaryCountry(), asOf, inflows);
  }

  private FanInFeatures() {}
}
