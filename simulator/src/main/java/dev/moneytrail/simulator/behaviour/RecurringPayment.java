package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A standing order, direct debit, subscription or regular income: the same payee, about the same
 * amount, every month on a day (moved to the next business day for debits) or every week on a
 * weekday. Card subscriptions are booked as card payments to the payee as merchant.
 */
public final class RecurringPayment implements Activity {

  private final Party from;
  private final Party to;
  private final long amount;
  private int jitterPct;
  private int dayOfMonth = 1;
  private DayOfWeek weekday;
  private Channel channel = Channel.ACH;
  private Purpose purpose;
  private String reference;
  private String mcc;
  private String device;
  private int fromHour = 6;
  private int toHour = 10;
  private LocalDate start;
  private LocalDate end;
  private String caseId;
  private long roundStep = 1;

  public RecurringPayment(Party from, Party to, long amount) {
    this.from = from;
    this.to = to;
    this.amount = amount;
  }

  public RecurringPayment monthlyOn(int dom) {
    dayOfMonth = Math.max(1, Math.min(28, dom));
    weekday = null;
    return this;
  }

  public RecurringPayment weeklyOn(DayOfWeek d) {
    weekday = d;
    return this;
  }

  /** Varies the amount by up to +-pct percent each time (utilities, wages of the self-employed). */
  public RecurringPayment jitter(int pct, long roundTo) {
    jitterPct = pct;
    roundStep = Math.max(1, roundTo);
    return this;
  }

  public RecurringPayment channel(Channel c) {
    channel = c;
    return this;
  }

  public RecurringPayment purpose(Purpose p) {
    purpose = p;
    return this;
  }

  public RecurringPayment reference(String r) {
    reference = r;
    return this;
  }

  /** A card subscription at a merchant category. */
  public RecurringPayment card(String merchantCategory, String deviceId) {
    channel = Channel.CARD;
    mcc = merchantCategory;
    device = deviceId;
    return this;
  }

  /** The device that initiates the transfer (online banking). */
  public RecurringPayment device(String deviceId) {
    device = deviceId;
    return this;
  }

  public RecurringPayment hours(int from, int to) {
    fromHour = from;
    toHour = to;
    return this;
  }

  public RecurringPayment between(LocalDate first, LocalDate last) {
    start = first;
    end = last;
    return this;
  }

  public RecurringPayment caseId(String c) {
    caseId = c;
    return this;
  }

  public Party to() {
    return to;
  }

  public long amount() {
    return amount;
  }

  @Override
  public String caseId() {
    return caseId;
  }

  /** Whether the payment falls due on a day. */
  public boolean dueOn(Day day) {
    LocalDate d = day.date;
    if ((start != null && d.isBefore(start)) || (end != null && d.isAfter(end))) {
      return false;
    }
    return weekday != null ? d.getDayOfWeek() == weekday : day.monthlyDue(dayOfMonth);
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    if (!dueOn(day)) {
      return;
    }
    long a = amount;
    if (jitterPct > 0) {
      a = Math.max(roundStep, Draws.jitter(ctx.rng(), amount, jitterPct) / roundStep * roundStep);
    }
    long t = day.at(Clock.between(ctx.rng(), fromHour, toHour));
    var p = ctx.pay(t, a).purpose(purpose).reference(Refs.fill(reference, day.date, day.date.getMonthValue()));
    if (channel == Channel.CARD) {
      p.mcc(mcc).device(device).card(from, to.name(), to.country());
    } else {
      p.channel(channel).device(device).move(from, to);
    }
  }
}
