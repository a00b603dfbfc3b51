package dev.moneytrail.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.TransactionEvent;
import dev.moneytrail.simulator.typology.PlantedCase;
import dev.moneytrail.simulator.typology.TypologyName;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The H3 plant (controller-asset-buildup) and its look-alike (owner-wealth-assets) have the shapes
 * indicators.md H3 describes: a controller collecting wages who then pays a car dealer, a notary or
 * conveyancer and a crypto exchange; and owners who buy the same assets from savings, with no
 * controller's fan-in. Asset payments are recognised as the job's AssetFeatures recognises them
 * (card MCC 5511/5521, payee names of notaries, conveyancers, escrow agents and crypto exchanges),
 * so a plant the job could not see fails here first.
 */
class AssetBuildupPlantingTest {

  private final SmallWorld w = SmallWorld.get();

  private List<PlantedCase> cases(TypologyName t) {
    List<PlantedCase> cs = w.casesOf(t);
    assertFalse(cs.isEmpty(), "no case of " + t);
    return cs;
  }

  /** The H3 category of a debit, or null: a subset of AssetFeatures.category, what the plants use. */
  private static String assetCategory(TransactionEvent t) {
    if (t.getDirection() != Direction.DEBIT) {
      return null;
    }
    String mcc = t.getMerchantCategoryCode() == null ? "" : t.getMerchantCategoryCode().toString();
    if (t.getChannel() == Channel.CARD) {
      return mcc.equals("5511") || mcc.equals("5521") ? "car" : null;
    }
    String payee = String.valueOf(t.getCounterpartyName()).toLowerCase(Locale.ROOT);
    if (payee.contains("notar") || payee.contains("conveyanc") || payee.contains("escrow")) {
      return "property";
    }
    if (payee.contains("bitpanda") || payee.contains("coinbase") || payee.contains("bitstamp") || payee.contains("kraken")) {
      return "crypto";
    }
    return null;
  }

  private List<TransactionEvent> assetPayments(String account) {
    return w.on(account, t -> assetCategory(t) != null);
  }

  private static long sum(List<TransactionEvent> ts) {
    return ts.stream().mapToLong(SmallWorld::cents).sum();
  }

  @Test
  void theControllerCollectsWagesFromFiveWorkersAndTurnsMoreThanAThirdOfTheTakingsIntoCarPropertyAndCrypto() {
    for (PlantedCase c : cases(TypologyName.CONTROLLER_ASSET_BUILDUP)) {
      String id = c.label().caseId();
      Set<String> accounts = new HashSet<>(c.label().accountIds());
      Map<String, Set<String>> sendersByPayee = new HashMap<>();
      Map<String, Long> takings = new HashMap<>();
      Map<String, Instant> firstTaking = new HashMap<>();
      for (TransactionEvent t : w.tagged(id)) {
        String to = String.valueOf(t.getCounterpartyAccountId());
        if (t.getDirection() == Direction.DEBIT && t.getChannel() == Channel.INTERNAL && accounts.contains(to)) {
          sendersByPayee.computeIfAbsent(to, k -> new TreeSet<>()).add(t.getAccountId());
          takings.merge(to, SmallWorld.cents(t), Long::sum);
          firstTaking.merge(to, t.getTimestamp(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
      String controller = sendersByPayee.entrySet().stream().filter(e -> e.getValue().size() >= 5)
          .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError(id + ": no fan-in of 5 workers"));

      List<TransactionEvent> assets = assetPayments(controller);
      Set<String> categories = new TreeSet<>();
      assets.forEach(t -> categories.add(assetCategory(t)));
      assertEquals(Set.of("car", "crypto", "property"), categories, id);
      assertTrue(assets.stream().allMatch(t -> t.getTimestamp().isAfter(firstTaking.get(controller))),
          id + ": assets are bought from the takings, after the first wages come in");
      assertTrue(sum(assets) >= 0.3 * takings.get(controller),
          id + ": assets " + sum(assets) + " against takings " + takings.get(controller));
    }
  }

  @Test
  void ownersBuyAssetsWorthAssetMinFromTheirOwnSavingsAndNobodyHandsThemAWage() {
    for (PlantedCase c : cases(TypologyName.OWNER_WEALTH_ASSETS)) {
      String id = c.label().caseId();
      List<String> buyers = c.label().accountIds().stream().filter(a -> !assetPayments(a).isEmpty()).toList();
      assertEquals(2, buyers.size(), id + ": a professional and a landlord");
      int largestFanIn = 0;
      for (String buyer : buyers) {
        List<TransactionEvent> assets = assetPayments(buyer);
        assertTrue(sum(assets) >= 5_000_000L, id + " " + buyer + ": above asset.min, 50,000: " + sum(assets));
        String holder = w.account(buyer).getName().toString();
        long fromSavings = sum(w.on(buyer, t -> t.getDirection() == Direction.CREDIT
            && holder.equals(String.valueOf(t.getCounterpartyName()))));
        long property = sum(assets.stream().filter(t -> "property".equals(assetCategory(t))).toList());
        assertTrue(fromSavings >= property, id + " " + buyer + ": the deposit comes from the holder's own savings");
        // No controller's fan-in: what other case accounts pay the buyer is a rent share of a wage
        // (the plant draws 25-40 % of the wage; the declared income is 95-114 % of it).
        Set<String> payers = new TreeSet<>();
        for (TransactionEvent in : w.on(buyer, t -> t.getDirection() == Direction.CREDIT
            && c.label().accountIds().contains(String.valueOf(t.getCounterpartyAccountId())))) {
          payers.add(String.valueOf(in.getCounterpartyAccountId()));
          long declared = w.account(String.valueOf(in.getCounterpartyAccountId())).getDeclaredMonthlyIncome()
              .getAmount().movePointRight(2).longValueExact();
          assertTrue(SmallWorld.cents(in) <= 0.45 * declared, id + ": " + in.getEventId() + " is a rent share of "
              + declared);
        }
        largestFanIn = Math.max(largestFanIn, payers.size());
      }
      // The look-alike of the controller's fan-in: the landlord is paid by as many people as H1 counts.
      assertTrue(largestFanIn >= 6, id + ": the landlord's tenants pay in, " + largestFanIn + " of them");
    }
  }
}
