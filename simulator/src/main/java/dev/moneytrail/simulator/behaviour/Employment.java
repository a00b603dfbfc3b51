package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Iban;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A pay relationship: who pays whom, on which schedule, how much. Its amounts and posting times are
 * pure functions of (employment, payday), so the employer's payroll run and a typology that reacts
 * to payday (forwarding, instalments, recapture) agree on the exact wage without sharing state.
 */
public final class Employment {

  private final long key;
  private final long batchKey;
  private final Party employer;
  private final Party payee;
  private final String beneficiaryName;
  private final PaySchedule schedule;
  private final long monthlyNet;
  private final boolean hourly;
  private final Channel channel;
  private final String caseId;
  private final LocalDate from;
  private final LocalDate pauseFrom;
  private final LocalDate pauseTo;
  private final String employeeNumber;

  private Employment(Builder b) {
    key = b.key;
    batchKey = b.batchKey;
    employer = b.employer;
    payee = b.payee;
    beneficiaryName = b.beneficiaryName;
    schedule = b.schedule;
    monthlyNet = b.monthlyNet;
    hourly = b.hourly;
    channel = b.channel;
    caseId = b.caseId;
    from = b.from;
    pauseFrom = b.pauseFrom;
    pauseTo = b.pauseTo;
    employeeNumber = Iban.digits(Math.floorMod(Seeds.mix(key), 1_000_000L), 4 + (int) Math.floorMod(key, 2L));
  }

  public static Builder builder(long key, Party employer, Party payee, PaySchedule schedule, long monthlyNet) {
    return new Builder(key, employer, payee, schedule, monthlyNet);
  }

  public Party employer() {
    return employer;
  }

  public Party payee() {
    return payee;
  }

  public String beneficiaryName() {
    return beneficiaryName;
  }

  public PaySchedule schedule() {
    return schedule;
  }

  public long monthlyNet() {
    return monthlyNet;
  }

  public String caseId() {
    return caseId;
  }

  public Channel channel() {
    return channel;
  }

  /** Net pay for one period before any variation. */
  public long periodNet() {
    return monthlyNet * 12 / schedule.periodsPerYear();
  }

  /** Whether a wage is paid on this date (payday, employment started, not laid off). */
  public boolean paysOn(LocalDate date) {
    if (from != null && date.isBefore(from)) {
      return false;
    }
    if (pauseFrom != null && !date.isBefore(pauseFrom) && !date.isAfter(pauseTo)) {
      return false;
    }
    return schedule.isPayday(date);
  }

  /** Same as {@link #paysOn(LocalDate)}, using the day's cached calendar. */
  public boolean paysOn(Day day) {
    LocalDate date = day.date;
    if (from != null && date.isBefore(from)) {
      return false;
    }
    if (pauseFrom != null && !date.isBefore(pauseFrom) && !date.isAfter(pauseTo)) {
      return false;
    }
    return schedule.isPayday(day);
  }

  /** The exact net wage paid on a payday (hourly staff vary with hours worked). */
  public long amountOn(LocalDate payday) {
    long base = periodNet();
    if (!hourly) {
      return base;
    }
    SplittableRandom r = Seeds.rng(key, payday.toEpochDay());
    return Math.max(1, base * Draws.between(r, 88, 113) / 100 + Draws.between(r, -99, 99));
  }

  /** When the payroll batch posts on a payday: one time per employer batch, early morning. */
  public long postingTime(Day day) {
    SplittableRandom r = Seeds.rng(batchKey, day.date.toEpochDay());
    return day.at(Draws.between(r, 5 * 3600 + 30 * 60, 8 * 3600 + 45 * 60));
  }

  /** The payment reference the employer writes, in the home country's style. */
  public String reference(LocalDate payday, HomeCountry home) {
    int week = payday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    String mm = (payday.getMonthValue() < 10 ? "0" : "") + payday.getMonthValue();
    if (home.language == HomeCountry.Language.DE) {
      return schedule.cycle() == PaySchedule.Cycle.MONTHLY
          ? "Lohn/Gehalt " + mm + "/" + payday.getYear() + " PNr. " + employeeNumber
          : "Lohn KW" + week + "/" + payday.getYear() + " PNr. " + employeeNumber;
    }
    return schedule.cycle() == PaySchedule.Cycle.MONTHLY
        ? "SALARY " + payday.getMonth().toString().substring(0, 3) + (payday.getYear() % 100) + " EMP" + employeeNumber
        : "WAGES WK" + week + " EMP" + employeeNumber;
  }

  /** Books the wage if this day is a payday. */
  public void book(DayContext ctx) {
    Day day = ctx.day();
    if (!paysOn(day)) {
      return;
    }
    ctx.pay(postingTime(day), amountOn(day.date))
        .channel(channel)
        .purpose(dev.moneytrail.schemas.Purpose.SALARY)
        .reference(reference(day.date, ctx.world().home()))
        .beneficiary(beneficiaryName)
        .tag(caseId)
        .move(employer, payee);
  }

  /** Builder: the optional parts of an employment. */
  public static final class Builder {
    private final long key;
    private long batchKey;
    private final Party employer;
    private final Party payee;
    private String beneficiaryName;
    private final PaySchedule schedule;
    private final long monthlyNet;
    private boolean hourly;
    private Channel channel = Channel.ACH;
    private String caseId;
    private LocalDate from;
    private LocalDate pauseFrom;
    private LocalDate pauseTo;

    private Builder(long key, Party employer, Party payee, PaySchedule schedule, long monthlyNet) {
      this.key = key;
      this.batchKey = key;
      this.employer = employer;
      this.payee = payee;
      this.beneficiaryName = payee.name();
      this.schedule = schedule;
      this.monthlyNet = monthlyNet;
    }

    /** Employments of one employer share a batch key, so their wages post at the same minute. */
    public Builder batch(long k) {
      batchKey = k;
      return this;
    }

    public Builder beneficiaryName(String n) {
      beneficiaryName = n;
      return this;
    }

    public Builder hourly(boolean h) {
      hourly = h;
      return this;
    }

    public Builder channel(Channel c) {
      channel = c;
      return this;
    }

    public Builder caseId(String c) {
      caseId = c;
      return this;
    }

    /** First date on which a wage may be paid. */
    public Builder from(LocalDate d) {
      from = d;
      return this;
    }

    /** No wages in [pauseFrom, pauseTo] (a seasonal lay-off). */
    public Builder pause(LocalDate pauseFrom, LocalDate pauseTo) {
      this.pauseFrom = pauseFrom;
      this.pauseTo = pauseTo;
      return this;
    }

    public Employment build() {
      return new Employment(this);
    }
  }
}
