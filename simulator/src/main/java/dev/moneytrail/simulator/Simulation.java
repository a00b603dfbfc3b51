package dev.moneytrail.simulator;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.simulator.behaviour.Actor;
import dev.moneytrail.simulator.behaviour.Calendar;
import dev.moneytrail.simulator.behaviour.CashNetwork;
import dev.moneytrail.simulator.behaviour.Day;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.behaviour.Institutions;
import dev.moneytrail.simulator.behaviour.World;
import dev.moneytrail.simulator.ledger.Entry;
import dev.moneytrail.simulator.ledger.Ledger;
import dev.moneytrail.simulator.money.Prices;
import dev.moneytrail.simulator.population.AccountRecord;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.PartyFactory;
import dev.moneytrail.simulator.population.Population;
import dev.moneytrail.simulator.population.PopulationBuilder;
import dev.moneytrail.simulator.random.Seeds;
import dev.moneytrail.simulator.typology.CasePlanner;
import dev.moneytrail.simulator.typology.PlantedCase;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Merchants;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A planned run: the world, the population with its planted cases, and generation of one day at a
 * time. Memory holds the population and one day's entries, never the whole output, so a run of a
 * million accounts is the same code as a unit test's.
 */
public final class Simulation implements AutoCloseable {

  /** What one day produced, each list in event-time order. */
  public record DayOutput(Day day, List<AccountEvent> accountEvents, List<Entry> entries) {}

  private final SimulationConfig config;
  private final World world;
  private final Population population;
  private final List<PlantedCase> cases;
  private final List<Actor> actors;
  private final List<AccountEvent> initialAccounts;
  private final List<AccountEvent> scheduledAccounts;
  private final long startMillis;
  private final ExecutorService pool;
  private int scheduledCursor;

  private Simulation(SimulationConfig config, World world, Population population, List<PlantedCase> cases) {
    this.config = config;
    this.world = world;
    this.population = population;
    this.cases = List.copyOf(cases);
    this.actors = population.actors();
    this.startMillis = config.start().toEpochMilli();
    Prices prices = world.prices();
    List<AccountEvent> before = new ArrayList<>();
    List<AccountEvent> during = new ArrayList<>();
    for (AccountRecord r : population.accounts()) {
      AccountEvent e = r.opened(prices);
      (r.openedAt().toEpochMilli() < startMillis ? before : during).add(e);
    }
    during.addAll(population.changes());
    Comparator<AccountEvent> order = Comparator.comparing(AccountEvent::getAsOf).thenComparing(AccountEvent::getAccountId);
    before.sort(order);
    during.sort(order);
    this.initialAccounts = before;
    this.scheduledAccounts = during;
    this.pool = config.threads() > 1 ? Executors.newFixedThreadPool(config.threads(), r -> {
      Thread t = new Thread(r, "simulator-day");
      t.setDaemon(true);
      return t;
    }) : null;
  }

  /** Builds the world, the ordinary population and the planted cases. */
  public static Simulation plan(SimulationConfig config) {
    HomeCountry home = HomeCountry.forCode(config.country());
    Prices prices = Prices.in(config.currency());
    LocalDate first = config.start().atZone(home.zone).toLocalDate();
    World world = new World(home, prices, new Merchants(home), new Institutions(home, config.seed()),
        new CashNetwork(config.accounts()), new Calendar(first, config.days(), home.zone), config.seed(),
        Seeds.derive(config.seed(), "txn-ids"), prices.major(config.cashThreshold()), first, config.days(),
        config.start());
    PartyFactory factory = new PartyFactory(world);
    Lifestyles lifestyles = new Lifestyles(factory);
    Population population = new Population();
    new PopulationBuilder(factory, lifestyles).build(config.accounts(), population);
    List<PlantedCase> cases = new CasePlanner(factory, lifestyles, population).plant(config.caseCounts());
    return new Simulation(config, world, population, cases);
  }

  public SimulationConfig config() {
    return config;
  }

  public World world() {
    return world;
  }

  public Population population() {
    return population;
  }

  public List<PlantedCase> cases() {
    return cases;
  }

  public int days() {
    return config.days();
  }

  /** Accounts opened before the run starts, in opened_at order. */
  public List<AccountEvent> initialAccounts() {
    return initialAccounts;
  }

  /** All account lines, initial and scheduled, in as_of order. */
  public int accountEventCount() {
    return initialAccounts.size() + scheduledAccounts.size();
  }

  /**
   * Generates day {@code n} (0-based). Days must be asked in order: account events scheduled during
   * the run are handed out as their day comes.
   */
  public DayOutput day(int n) {
    Day day = world.calendar().simulated(n);
    List<AccountEvent> accountsToday = new ArrayList<>();
    while (scheduledCursor < scheduledAccounts.size()
        && scheduledAccounts.get(scheduledCursor).getAsOf().toEpochMilli() < day.endMillis()) {
      accountsToday.add(scheduledAccounts.get(scheduledCursor++));
    }
    Ledger ledger = generate(day);
    List<Entry> sorted = ledger.sorted();
    if (day.startMillis() < startMillis) {
      // The first local day may begin before --start (e.g. 00:00Z is 01:00 in Berlin).
      sorted = new ArrayList<>(sorted.stream().filter(e -> e.epochMillis() >= startMillis).toList());
    }
    return new DayOutput(day, accountsToday, sorted);
  }

  private Ledger generate(Day day) {
    int expected = actors.size() * 3 / 2;
    if (pool == null) {
      Ledger ledger = new Ledger(expected);
      DayContext ctx = new DayContext(world, day, ledger);
      for (Actor a : actors) {
        a.emit(ctx);
      }
      return ledger;
    }
    int slices = config.threads() * 4;
    int size = (actors.size() + slices - 1) / slices;
    List<Future<Ledger>> parts = new ArrayList<>();
    for (int from = 0; from < actors.size(); from += size) {
      int lo = from;
      int hi = Math.min(actors.size(), from + size);
      parts.add(pool.submit(() -> {
        Ledger ledger = new Ledger((hi - lo) * 3 / 2);
        DayContext ctx = new DayContext(world, day, ledger);
        for (int i = lo; i < hi; i++) {
          actors.get(i).emit(ctx);
        }
        return ledger;
      }));
    }
    Ledger all = new Ledger(expected);
    try {
      for (Future<Ledger> f : parts) {
        all.addAll(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating " + day.date, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("generating " + day.date + " failed", cause);
    }
    return all;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
