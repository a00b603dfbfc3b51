package dev.moneytrail.stream.features;

import dev.moneytrail.rules.facts.AssetMonth;
import dev.moneytrail.rules.facts.AssetOutflow;
import dev.moneytrail.rules.facts.AssetOutflows;
import dev.moneytrail.rules.facts.Keywords;
import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.stream.state.AccountState;
import dev.moneytrail.stream.state.AssetMonthState;
import dev.moneytrail.stream.state.AssetOutflowState;
import dev.moneytrail.stream.state.AssetState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The account's payments into asset categories for H3 (indicators.md H3: conveyancers, notaries
 * and escrow, car dealers, jewellers, crypto on-ramps, foreign wires), kept as a compact aggregate:
 * month sums over seven months and the six largest payments, the lines of the asset register.
 * Most accounts never make such a payment and keep nothing ({@code assets} stays null).
 */
public final class AssetFeatures {

  /** Seven calendar months back from the latest entry: a 180-day window never reaches further. */
  static final Duration HORIZON = Duration.ofDays(186);

  static final Comparator<AssetOutflowState> LARGEST_FIRST = Comparator
      .comparingLong(AssetOutflowState::getAmountUnits).reversed()
      .thenComparingLong(AssetOutflowState::getAt)
      .thenComparing(AssetOutflowState::getTxnId);

  /**
   * What an entry buys, or null when it is no asset payment: a card payment in an asset merchant
   * category, a transfer to a conveyancer, notary, escrow agent or crypto exchange (by the payee's
   * name), or a wire to a country other than the holder's.
   */
  public static String category(AccountState state, TransactionEvent t) {
    if (t.getDirection() != Direction.DEBIT) {
      return null;
    }
    if (t.getChannel() == Channel.CARD) {
      return t.getMerchantCategoryCode() == null ? null : FeatureHorizons.ASSET_MCCS.get(t.getMerchantCategoryCode());
    }
    if (!MonthlyFlowFeatures.isTransfer(t.getChannel())) {
      return null;
    }
    if (Keywords.anyIn(t.getCounterpartyName(), FeatureHorizons.PROPERTY_PAYEE_WORDS)) {
      return "conveyancer/notary/escrow";
    }
    if (Keywords.anyIn(t.getCounterpartyName(), FeatureHorizons.CRYPTO_PAYEE_WORDS)) {
      return "crypto on-ramp";
    }
    String home = state.getProfile() == null ? null : state.getProfile().getCountry();
    String to = t.getCounterpartyCountry();
    if (t.getChannel() == Channel.WIRE && home != null && to != null && !to.equalsIgnoreCase(home)) {
      return "wire abroad";
    }
    return null;
  }

  /**
   * Adds an asset payment to its month and, when among the largest, to the register; drops months
   * and payments older than {@link #HORIZON}. Call before the month sums take the entry, so that a
   * re-delivered entry is recognised.
   */
  public static void apply(AccountState state, TransactionEvent t) {
    long at = t.getTimestamp().toEpochMilli();
    long now = Math.max(at, state.getLastEventAt());
    String category = category(state, t);
    if (category != null && !MonthlyFlowFeatures.isRedelivered(state, t) && at >= now - HORIZON.toMillis()) {
      AssetState assets = state.getAssets();
      if (assets == null) {
        assets = new AssetState(new ArrayList<>(), new ArrayList<>());
        state.setAssets(assets);
      }
      long units = MoneyUnits.toUnits(t.getMoney().getAmount());
      addToMonth(assets.getMonths(), MonthlyFlowFeatures.monthStart(at), units);
      List<AssetOutflowState> largest = assets.getLargest();
      if (largest.stream().noneMatch(o -> o.getTxnId().equals(t.getTxnId()))) {
        largest.add(new AssetOutflowState(t.getTxnId(), at, units, category, t.getCounterpartyName(),
            t.getCounterpartyCountry()));
        largest.sort(LARGEST_FIRST);
        while (largest.size() > FeatureHorizons.ASSET_OUTFLOWS_KEPT) {
          largest.remove(largest.size() - 1);
        }
      }
    }
    prune(state, now);
  }

  private static void addToMonth(List<AssetMonthState> months, long start, long units) {
    int i = 0;
    while (i < months.size() && months.get(i).getMonthStart() < start) {
      i++;
    }
    if (i < months.size() && months.get(i).getMonthStart() == start) {
      AssetMonthState m = months.get(i);
      m.setAmountUnits(m.getAmountUnits() + units);
      m.setCount(m.getCount() + 1);
    } else {
      months.add(i, new AssetMonthState(start, units, 1));
    }
  }

  private static void prune(AccountState state, long now) {
    AssetState assets = state.getAssets();
    if (assets == null) {
      return;
    }
    long oldestMonth = MonthlyFlowFeatures.monthStart(now - HORIZON.toMillis());
    StateLists.removeWhere(assets.getMonths(), m -> m.getMonthStart() < oldestMonth);
    while (assets.getMonths().size() > FeatureHorizons.ASSET_MONTHS_KEPT) {
      assets.getMonths().remove(0);
    }
    long kept = assets.getMonths().isEmpty() ? Long.MAX_VALUE : assets.getMonths().get(0).getMonthStart();
    StateLists.removeWhere(assets.getLargest(), o -> o.getAt() < kept);
    if (assets.getMonths().isEmpty()) {
      state.setAssets(null);
    }
  }

  /** The asset payments as of {@code asOf}, the anchor fact of H3; null when there are none. */
  public static AssetOutflows fact(String accountId, AccountState state, Instant asOf) {
    AssetState assets = state.getAssets();
    if (assets == null) {
      return null;
    }
    List<AssetMonth> months = new ArrayList<>(assets.getMonths().size());
    for (AssetMonthState m : assets.getMonths()) {
      months.add(new AssetMonth(Instant.ofEpochMilli(m.getMonthStart()), MoneyUnits.fromUnits(m.getAmountUnits()),
          m.getCount()));
    }
    List<AssetOutflow> largest = new ArrayList<>(assets.getLargest().size());
    for (AssetOutflowState o : assets.getLargest()) {
      largest.add(new AssetOutflow(o.getTxnId(), Instant.ofEpochMilli(o.getAt()), MoneyUnits.fromUnits(o.getAmountUnits()),
          o.getCategory(), o.getCounterparty(), o.getCountry()));
    }
    return new AssetOutflows(accountId, asOf, months, largest);
  }

  private AssetFeatures() {}
}
