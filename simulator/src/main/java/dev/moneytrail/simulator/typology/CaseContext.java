package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.interchange.CaseLabel;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.Actor;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.behaviour.WagePayments;
import dev.moneytrail.simulator.behaviour.World;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.AccountRecord;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.PartyFactory;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.population.Population;
import dev.moneytrail.simulator.random.Seeds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What a typology uses to plant one case: its id and random stream, the factory and lifestyles
 * shared with the ordinary population, and bookkeeping of every account involved and the period,
 * which become the case's label.
 */
public final class CaseContext {

  private final String caseId;
  private final TypologyName typology;
  private final SplittableRandom rng;
  private final PartyFactory factory;
  private final Lifestyles lifestyles;
  private final Population population;
  private final World world;
  private final Set<String> accounts = new LinkedHashSet<>();
  private Actor actor;
  private LocalDate from;
  private LocalDate to;

  public CaseContext(String caseId, TypologyName typology, PartyFactory factory, Lifestyles lifestyles,
      Population population) {
    this.caseId = caseId;
    this.typology = typology;
    this.factory = factory;
    this.lifestyles = lifestyles;
    this.population = population;
    this.world = factory.world();
    this.rng = Seeds.rng(Seeds.derive(world.seed(), caseId));
    this.from = world.firstDay();
    this.to = world.lastDay();
  }

  public String caseId() {
    return caseId;
  }

  public SplittableRandom rng() {
    return rng;
  }

  /** A key for a stream of this case's own, e.g. one worker's forwarding plan. */
  public long key(String what) {
    return Seeds.derive(Seeds.derive(world.seed(), caseId), what);
  }

  public World world() {
    return world;
  }

  public PartyFactory factory() {
    return factory;
  }

  public Lifestyles lifestyles() {
    return lifestyles;
  }

  public LocalDate firstDay() {
    return world.firstDay();
  }

  public LocalDate lastDay() {
    return world.lastDay();
  }

  public int days() {
    return world.days();
  }

  /** Creates a personal customer who takes part in the case. */
  public Person person(PersonSpec spec) {
    Person p = factory.person(spec);
    population.add(p);
    accounts.add(p.accountId());
    return p;
  }

  /** Creates a business customer that takes part in the case. */
  public Business business(BusinessSpec spec) {
    Business b = factory.business(spec);
    population.add(b);
    accounts.add(b.accountId());
    return b;
  }

  /** Records an account (e.g. an existing customer's) as taking part. */
  public void involve(String accountId) {
    accounts.add(accountId);
  }

  /** Adds a flow that belongs to the case (booked by the case's own actor, tagged with its id). */
  public void add(Activity a) {
    if (actor == null) {
      actor = factory.newActor();
      population.add(actor);
    }
    actor.add(a);
  }

  /** Schedules a change of an account's details during the run. */
  public void change(AccountRecord changed, Instant asOf) {
    population.addChange(changed.changed(asOf, world.prices()));
  }

  /** Narrows the label period (default: the whole run). */
  public void period(LocalDate first, LocalDate last) {
    from = first;
    to = last;
  }

  /** Employs a person at an internal business; the wages are part of the case. */
  public Employment employ(Business employer, Person worker, long monthlyNet) {
    return employ(employer, worker, monthlyNet, null);
  }

  /** Employs a person at an internal business from a date (null: from the start). */
  public Employment employ(Business employer, Person worker, long monthlyNet, LocalDate start) {
    return employ(employer, worker, monthlyNet, start, null, null);
  }

  /** Employs a person at an internal business, with no wages paid in [pauseFrom, pauseTo]. */
  public Employment employ(Business employer, Person worker, long monthlyNet, LocalDate start,
      LocalDate pauseFrom, LocalDate pauseTo) {
    Employment.Builder eb = Employment.builder(rng.nextLong(), employer.party(), worker.party(), employer.schedule, monthlyNet)
        .batch(employer.actor().key())
        .hourly(employer.schedule.cycle() != PaySchedule.Cycle.MONTHLY)
        .caseId(caseId)
        .from(start);
    if (pauseFrom != null) {
      eb.pause(pauseFrom, pauseTo);
    }
    Employment e = eb.build();
    employer.payroll().add(e);
    bind(worker, e, employer.customerId(), monthlyNet);
    return e;
  }

  /** Employs a person at a company banking elsewhere; the incoming wages are part of the case. */
  public Employment employElsewhere(Party employer, PaySchedule schedule, Person worker, long monthlyNet,
      LocalDate start) {
    Employment e = Employment.builder(rng.nextLong(), employer, worker.party(), schedule, monthlyNet)
        .batch(rng.nextLong())
        .hourly(schedule.cycle() != PaySchedule.Cycle.MONTHLY)
        .caseId(caseId)
        .from(start)
        .build();
    worker.actor().add(new WagePayments().add(e));
    bind(worker, e, null, monthlyNet);
    return e;
  }

  private void bind(Person worker, Employment e, String employerId, long monthlyNet) {
    worker.employment(e);
    worker.monthlyIncome(monthlyNet);
    AccountRecord.Builder b = worker.record().toBuilder();
    if (employerId != null) {
      b.employerId = employerId;
    }
    if (b.declaredMonthlyIncomeMinor == null) {
      b.declaredMonthlyIncomeMinor = world.prices().roundMinor(monthlyNet * (95 + rng.nextInt(20)) / 100, 5_000);
    }
    worker.record(b.build());
  }

  /** Local midnight starting a date, as an instant. */
  public Instant startOf(LocalDate d) {
    return d.atStartOfDay(world.home().zone).toInstant();
  }

  /** The label for what was planted. */
  public PlantedCase finish() {
    List<String> ids = new ArrayList<>(accounts);
    Instant start = startOf(from);
    if (start.isBefore(world.start())) {
      start = world.start();
    }
    Instant end = startOf(to.plusDays(1)).minusMillis(1);
    return new PlantedCase(typology, new CaseLabel(caseId, typology.id(), typology.decoy(), ids, start, end));
  }
}
