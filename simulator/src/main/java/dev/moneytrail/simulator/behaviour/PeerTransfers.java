package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small transfers between friends and relatives: splitting a bill, a birthday present, paying
 * someone back. Online, from the holder's device; internal when the friend banks here.
 */
public final class PeerTransfers implements Activity {

  private static final String[] REFS_EN = {"dinner", "thanks!", "birthday", "tickets", "bills", null, "pizza", "share"};
  private static final String[] REFS_DE = {"Essen", "Danke", "Geburtstag", "Tickets", "Nebenkosten", null, "Pizza", "Anteil"};

  private final Party account;
  private final List<Party> friends;
  private final double perMonth;
  private final String device;
  private final boolean german;

  public PeerTransfers(Party account, List<Party> friends, double perMonth, String device, boolean german) {
    this.account = account;
    this.friends = friends;
    this.perMonth = perMonth;
    this.device = device;
    this.german = german;
  }

  @Override
  public void emit(DayContext ctx) {
    SplittableRandom rng = ctx.rng();
    if (friends.isEmpty() || !Draws.chance(rng, perMonth / 30.0)) {
      return;
    }
    Party friend = Draws.pick(rng, friends);
    long amount = ctx.world().prices().rounded(Draws.skewed(rng, 500, 25_000), 500);
    String[] refs = german ? REFS_DE : REFS_EN;
    ctx.pay(ctx.day().at(Clock.between(rng, 8, 23)), amount)
        .channel(friend.internal() ? Channel.INTERNAL : Channel.WIRE)
        .reference(refs[rng.nextInt(refs.length)])
        .device(device)
        .move(account, friend);
  }
}
