package dev.moneytrail.simulator;

import dev.moneytrail.simulator.ledger.Entry;
import dev.moneytrail.simulator.money.Prices;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every event of a simulation in event-time order: first the accounts opened before the run (by
 * opened_at), then day by day the account events and ledger entries of that day merged by time,
 * account events first on a tie. An account's opening therefore always precedes its transactions.
 * Generates lazily, one day at a time.
 *
 * <pre>{@code
 * try (SimulationStream events = SimulationStream.open(SimulationConfig.of(7, 20_000, 90))) {
 *   events.forEachRemaining(e -> ...);
 * }
 * }</pre>
 */
public final class SimulationStream implements Iterator<SimulationEvent>, AutoCloseable {

  /** Told after each generated day (for progress reporting). */
  public interface DayListener {
    void dayDone(int day, int days, long transactionsSoFar);
  }

  private final Simulation simulation;
  private final Prices prices;
  private final boolean ownsSimulation;
  private DayListener listener = (d, n, t) -> { };
  private int nextDay;
  private int initialCursor;
  private Simulation.DayOutput today;
  private int accountCursor;
  private int entryCursor;
  private long transactions;
  private long accountEvents;

  private SimulationStream(Simulation simulation, boolean owns) {
    this.simulation = simulation;
    this.prices = simulation.world().prices();
    this.ownsSimulation = owns;
  }

  /** Plans a simulation and streams it; close the stream to release its threads. */
  public static SimulationStream open(SimulationConfig config) {
    return new SimulationStream(Simulation.plan(config), true);
  }

  /** Streams an already planned simulation (its days must not have been generated yet). */
  public static SimulationStream of(Simulation simulation) {
    return new SimulationStream(simulation, false);
  }

  public Simulation simulation() {
    return simulation;
  }

  public SimulationStream onDay(DayListener l) {
    listener = l;
    return this;
  }

  /** Ledger entries handed out so far. */
  public long transactions() {
    return transactions;
  }

  /** Account lines handed out so far. */
  public long accountEvents() {
    return accountEvents;
  }

  /** The remaining events as a sequential stream. */
  public Stream<SimulationEvent> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public boolean hasNext() {
    if (initialCursor < simulation.initialAccounts().size()) {
      return true;
    }
    while (today == null || (accountCursor >= today.accountEvents().size() && entryCursor >= today.entries().size())) {
      if (nextDay >= simulation.days()) {
        return false;
      }
      today = simulation.day(nextDay++);
      accountCursor = 0;
      entryCursor = 0;
      listener.dayDone(nextDay, simulation.days(), transactions + today.entries().size());
    }
    return true;
  }

  @Override
  public SimulationEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (initialCursor < simulation.initialAccounts().size()) {
      accountEvents++;
      return new SimulationEvent.AccountChange(simulation.initialAccounts().get(initialCursor++));
    }
    List<dev.moneytrail.schemas.AccountEvent> accounts = today.accountEvents();
    List<Entry> entries = today.entries();
    boolean accountFirst = accountCursor < accounts.size() && (entryCursor >= entries.size()
        || accounts.get(accountCursor).getAsOf().toEpochMilli() <= entries.get(entryCursor).epochMillis());
    if (accountFirst) {
      accountEvents++;
      return new SimulationEvent.AccountChange(accounts.get(accountCursor++));
    }
    Entry e = entries.get(entryCursor++);
    transactions++;
    return new SimulationEvent.Posting(e.toEvent(prices), e.caseId());
  }

  @Override
  public void close() {
    if (ownsSimulation) {
      simulation.close();
    }
  }
}
