package dev.moneytrail.stream.features;

import java.time.Duration;

/**
 * How much history keyed state keeps. Rule parameters (windows, shares, counts) are tuned by FIUs
 * inside these horizons without touching state; widening a horizon is a job upgrade. Bounds on
 * list sizes keep an account's state within the 2 KB target even for very active accounts.
 */
public final class FeatureHorizons {

  /** Pay cycles kept per account: rules look at the last 3, the rest feed B6-style gaps. */
  public static final int PAY_CYCLES_KEPT = 4;

  /** Debits kept after each payday: covers fwd.window 48h, lag 72h and recapture 7d. */
  public static final Duration OUTFLOW_HORIZON = Duration.ofDays(7);

  /** Debits kept per pay cycle; enough for a worker's week of card spending. */
  public static final int OUTFLOWS_PER_CYCLE_KEPT = 24;

  /** Debits kept while no payday precedes them (out-of-order delivery of the payday). */
  public static final int UNATTACHED_OUTFLOWS_KEPT = 8;

  /** Cash entries kept per account: covers the 7-day structuring and 30-day windows. */
  public static final Duration CASH_HORIZON = Duration.ofDays(35);

  public static final int CASH_ENTRIES_KEPT = 32;

  /**
   * Card payments kept per account, only in these merchant categories: ad platforms (7311), dating
   * and escort (7273), lodging (7011, 7033, 6513), which I1 and I2 read. Ordinary card spending
   * costs no state.
   */
  public static final java.util.Set<String> WATCHED_MCCS = java.util.Set.of("7311", "7273", "7011", "7033", "6513");

  /**
   * Everyday-needs merchant categories summed per pay cycle for B4 (indicators.md B4): groceries
   * (5411), convenience food (5499), fast food (5814), commuter transport (4111), taxis (4121),
   * phone (4814), pharmacy (5912), utilities (4900). Only a sum per cycle is kept, never the
   * payments, so the set is fixed by the job, not a rule parameter.
   */
  public static final java.util.Set<String> SUBSISTENCE_MCCS =
      java.util.Set.of("5411", "5499", "5814", "4111", "4121", "4814", "5912", "4900");

  /**
   * Merchant categories of provisioning a workforce, summed per month for F2 (indicators.md F2):
   * hotels and motels (7011), campgrounds and short stays (7033), groceries (5411), car and van
   * rental (7512, 7513), pharmacy (5912), clothing and shoes (5611-5699). Cash-and-carry wholesale
   * (5300) is left out: it is how shops and kitchens buy their stock. Only sums are kept, so the set
   * is fixed by the job, not a rule parameter.
   */
  public static final java.util.Set<String> SUSTENANCE_MCCS = java.util.Set.of("7011", "7033", "5411",
      "7512", "7513", "5912", "5611", "5621", "5631", "5641", "5651", "5655", "5661", "5681", "5691",
      "5697", "5698", "5699");

  /**
   * Transport merchant categories counted at night per month for F3 (indicators.md F3): taxis and
   * ride-hailing (4121), bus lines and coaches (4131), airlines (4511), car and van rental (7512,
   * 7513). Only a count is kept.
   */
  public static final java.util.Set<String> TRANSPORT_MCCS = java.util.Set.of("4121", "4131", "4511", "7512", "7513");

  /**
   * Card merchant categories of asset purchases summed for H3 (indicators.md H3), with the
   * category the register names: car dealers (5511 new and used, 5521 used), jewellers (5944),
   * quasi-cash, which is how card purchases of crypto are coded (6051). Only month sums and the
   * largest payments are kept, so the sets are fixed by the job, not rule parameters.
   */
  public static final java.util.Map<String, String> ASSET_MCCS = java.util.Map.of(
      "5511", "car dealer", "5521", "car dealer", "5944", "jeweller", "6051", "crypto on-ramp");

  /**
   * Transfers to payees named like these are asset purchases for H3 (folded, matched anywhere in
   * the payee name): conveyancers, notaries and escrow or trust agents (property).
   */
  public static final String PROPERTY_PAYEE_WORDS = "notar,escrow,conveyanc,treuhand,title company,settlement agent";

  /** Transfers to payees named like these are crypto on-ramps for H3: exchanges and brokers. */
  public static final String CRYPTO_PAYEE_WORDS = "crypto,bitcoin,coinbase,kraken,binance,bitstamp,bitpanda,blockchain";

  /** Calendar months of asset payments kept: a 180-day window touches at most seven. */
  public static final int ASSET_MONTHS_KEPT = 7;

  /** Asset payments kept for the register, the largest of the kept months. */
  public static final int ASSET_OUTFLOWS_KEPT = 6;

  /**
   * G3: business accounts opened within this long keep the subcontractor aggregate; the rule's
   * max.age.months (at most 36) chooses inside it. 36 calendar months are at most 1,096 days.
   */
  public static final Duration SHELL_AGE_HORIZON = Duration.ofDays(1096);

  /**
   * G3: money leaving within this long of a business payment counts as forwarded (indicators.md G3:
   * cash-out within 7 days). Departures are matched as they happen, so this is fixed by the job.
   */
  public static final Duration SHELL_FORWARD_WITHIN = Duration.ofDays(7);

  /** G3 weeks kept: a 98-day window touches at most fifteen. */
  public static final int SHELL_WEEKS_KEPT = 15;

  /** G3 business payments of the last seven days still open to departures: daily payments from a few payers. */
  public static final int SHELL_OPEN_CREDITS_KEPT = 16;

  /** G3 business payers kept: the rule asks for at most six. */
  public static final int SHELL_PAYERS_KEPT = 8;

  /** G3 individuals paid kept: the rule asks for at least 32 at most. */
  public static final int SHELL_PAYEES_KEPT = 32;

  /** G3 evidence entries kept, half payments in and half departures, the largest of each. */
  public static final int SHELL_ENTRIES_KEPT = 8;

  /** Watched card payments: covers the 30-day I1 and I2 windows. */
  public static final Duration CARD_HORIZON = Duration.ofDays(35);

  public static final int CARD_ENTRIES_KEPT = 40;

  /**
   * Largest gap between two withdrawals of one ATM session (indicators.md C4: 3 minutes), and the
   * sessions of several customers kept per terminal.
   */
  public static final Duration ATM_SESSION_GAP = Duration.ofMinutes(3);

  public static final Duration ATM_SESSION_HORIZON = Duration.ofDays(35);

  public static final int ATM_SESSIONS_KEPT = 12;

  /** Inflows kept per beneficiary: covers the 30-day fan-in window. */
  public static final Duration INFLOW_HORIZON = Duration.ofDays(35);

  public static final int INFLOWS_KEPT = 64;

  /** Holders kept per shared identifier value: covers the 30-day and 90-day cluster windows. */
  public static final Duration HOLDER_HORIZON = Duration.ofDays(95);

  public static final int HOLDERS_KEPT = 48;

  /** A key with no event for this long (event time) is cleared by its clean-up timer. */
  public static final Duration IDLE_STATE_RETENTION = Duration.ofDays(100);

  /** A wage no older than this is the "last payday" a payment is measured against. */
  public static final Duration PAYDAY_CONTEXT = Duration.ofDays(35);

  private FeatureHorizons() {}
}
