package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Transfers on random days at a mean rate, amounts drawn in a band and rounded: a controller moving
 * money abroad, an owner topping up, a customer paying a one-off.
 */
public final class OccasionalTransfer implements Activity {

  private final Party from;
  private final Party to;
  private final double perMonth;
  private final long lo;
  private final long hi;
  private long step = 1;
  private Channel channel = Channel.WIRE;
  private Purpose purpose;
  private List<String> references = List.of();
  private String device;
  private int fromHour = 8;
  private int toHour = 20;
  private LocalDate first;
  private LocalDate last;
  private String caseId;

  public OccasionalTransfer(Party from, Party to, double perMonth, long lo, long hi) {
    this.from = from;
    this.to = to;
    this.perMonth = perMonth;
    this.lo = lo;
    this.hi = hi;
  }

  public OccasionalTransfer round(long s) {
    step = Math.max(1, s);
    return this;
  }

  public OccasionalTransfer channel(Channel c) {
    channel = c;
    return this;
  }

  public OccasionalTransfer purpose(Purpose p) {
    purpose = p;
    return this;
  }

  public OccasionalTransfer references(String... r) {
    references = Arrays.asList(r);
    return this;
  }

  public OccasionalTransfer device(String d) {
    device = d;
    return this;
  }

  public OccasionalTransfer hours(int f, int t) {
    fromHour = f;
    toHour = t;
    return this;
  }

  public OccasionalTransfer between(LocalDate f, LocalDate l) {
    first = f;
    last = l;
    return this;
  }

  public OccasionalTransfer caseId(String c) {
    caseId = c;
    return this;
  }

  @Override
  public String caseId() {
    return caseId;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    if ((first != null && day.date.isBefore(first)) || (last != null && day.date.isAfter(last))) {
      return;
    }
    SplittableRandom rng = ctx.rng();
    if (!Draws.chance(rng, perMonth / 30.0)) {
      return;
    }
    long amount = Math.max(step, Draws.between(rng, lo, hi) / step * step);
    String ref = references.isEmpty() ? null : references.get(rng.nextInt(references.size()));
    ctx.pay(day.at(Clock.between(rng, fromHour, toHour)), amount)
        .channel(channel).purpose(purpose).reference(ref).device(device).move(from, to);
  }
}
