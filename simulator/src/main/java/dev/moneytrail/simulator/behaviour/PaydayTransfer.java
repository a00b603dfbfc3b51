package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A payment that follows a wage: after each payday of an employment (with some probability), part
 * of the wage goes from one party to another a number of minutes after the wage posted. The plan
 * for a payday is drawn from a stream keyed by (this transfer, payday), so it is the same payment
 * whether it lands on payday itself or a later day. Used for remittances, sweeps, rent to a
 * landlord-employer, forwarding to a controller, debt instalments.
 */
public final class PaydayTransfer implements Activity {

  private final long key;
  private final Employment anchor;
  private final Party from;
  private final Party to;
  private final AmountRule rule;
  private int lagMinMinutes = 60;
  private int lagMaxMinutes = 24 * 60;
  private double probability = 1.0;
  private Channel channel = Channel.INTERNAL;
  private Purpose purpose;
  private List<String> references = List.of();
  private String device;
  private String location;
  private String caseId;
  private LocalDate first;
  private LocalDate last;
  private boolean humanHours = true;

  public PaydayTransfer(long key, Employment anchor, Party from, Party to, AmountRule rule) {
    this.key = key;
    this.anchor = anchor;
    this.from = from;
    this.to = to;
    this.rule = rule;
  }

  /** Delay after the wage posts, in minutes. */
  public PaydayTransfer lag(int minMinutes, int maxMinutes) {
    lagMinMinutes = minMinutes;
    lagMaxMinutes = Math.max(minMinutes, maxMinutes);
    return this;
  }

  public PaydayTransfer probability(double p) {
    probability = p;
    return this;
  }

  public PaydayTransfer channel(Channel c) {
    channel = c;
    return this;
  }

  public PaydayTransfer purpose(Purpose p) {
    purpose = p;
    return this;
  }

  /** Candidate references, one picked per payment; a null element means no reference. */
  public PaydayTransfer references(String... refs) {
    references = java.util.Arrays.asList(refs);
    return this;
  }

  public PaydayTransfer device(String d) {
    device = d;
    return this;
  }

  public PaydayTransfer location(String l) {
    location = l;
    return this;
  }

  public PaydayTransfer caseId(String c) {
    caseId = c;
    return this;
  }

  /** Only paydays in [first, last] trigger a payment. */
  public PaydayTransfer between(LocalDate f, LocalDate l) {
    first = f;
    last = l;
    return this;
  }

  /** Let the payment happen at any hour (default: moved into 07:00-22:00). */
  public PaydayTransfer anyHour() {
    humanHours = false;
    return this;
  }

  public Employment anchor() {
    return anchor;
  }

  public Party to() {
    return to;
  }

  @Override
  public String caseId() {
    return caseId;
  }

  /** The planned payment for a payday, or null when none follows it. */
  public Plan plan(Day paydayAsDay) {
    if (!anchor.paysOn(paydayAsDay)) {
      return null;
    }
    LocalDate payday = paydayAsDay.date;
    if ((first != null && payday.isBefore(first)) || (last != null && payday.isAfter(last))) {
      return null;
    }
    SplittableRandom r = Seeds.rng(key, payday.toEpochDay());
    if (!Draws.chance(r, probability)) {
      return null;
    }
    long wage = anchor.amountOn(payday);
    long amount = rule.amount(wage, r);
    if (amount <= 0) {
      return null;
    }
    long t = anchor.postingTime(paydayAsDay) + Draws.between(r, lagMinMinutes, lagMaxMinutes) * 60_000L
        + Draws.between(r, 0, 59) * 1000L;
    if (humanHours) {
      t = intoWakingHours(t, paydayAsDay);
    }
    String ref = references.isEmpty() ? null : references.get(r.nextInt(references.size()));
    return new Plan(t, amount, wage, ref);
  }

  // Pushes a night-time moment to 07:xx the same local morning, keeping the plan deterministic.
  private static long intoWakingHours(long t, Day payday) {
    long dayMs = 86_400_000L;
    long local = t - payday.startMillis();
    long into = Math.floorMod(local, dayMs);
    if (into < 7 * 3_600_000L) {
      return t - into + 7 * 3_600_000L + into / 7;
    }
    if (into >= 22 * 3_600_000L) {
      return t + (dayMs - into) + 7 * 3_600_000L + (into - 22 * 3_600_000L) / 2;
    }
    return t;
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    int lookback = lagMaxMinutes / 1440 + 2;
    for (int back = 0; back <= lookback; back++) {
      Day pd = back == 0 ? day : ctx.world().calendar().day(day.date.minusDays(back));
      Plan plan = plan(pd);
      if (plan == null || !day.contains(plan.time())) {
        continue;
      }
      ctx.pay(plan.time(), plan.amount())
          .channel(channel)
          .purpose(purpose)
          .reference(plan.reference())
          .device(device)
          .location(location)
          .move(from, to);
    }
  }

  /** A payment planned after a payday. */
  public record Plan(long time, long amount, long wage, String reference) {}
}
