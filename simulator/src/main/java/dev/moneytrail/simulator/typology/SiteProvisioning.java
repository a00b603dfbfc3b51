package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Direction;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.Clock;
import dev.moneytrail.simulator.behaviour.Day;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.Merchant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A business card keeping a crew at work sites: the week's hotel rooms at the site, groceries,
 * a hired van picked up before the early shift, now and then the pharmacy and work clothes, coach
 * tickets when the crew moves on, and cash for the crew's pocket money. Card-present purchases
 * name the site's city. Used by the provisioning typology (F2, F3) and by the look-alikes whose
 * buying is the same but lawful (a crew housed in hotels on full pay, a restaurant's kitchen).
 */
public final class SiteProvisioning implements Activity {

  /** A site and the first day the crew is there. */
  public record Site(LocalDate from, City city) {}

  /** What is bought, in euro cents before the price level, per week unless said otherwise. */
  public static final class Plan {
    int rooms;
    long roomNightLo;
    long roomNightHi;
    double groceryTripsPerWeek;
    long groceryTripLo;
    long groceryTripHi;
    String groceryMcc = "5411";
    int vans;
    long vanWeekLo;
    long vanWeekHi;
    boolean vanAtNight;
    double pharmacyPerWeek;
    long clothingPerMonth;
    int coachTicketsPerMove;
    long pocketCashPerWeek;

    public Plan rooms(int n, long lo, long hi) {
      rooms = n;
      roomNightLo = lo;
      roomNightHi = hi;
      return this;
    }

    public Plan groceries(double perWeek, long lo, long hi, String mcc) {
      groceryTripsPerWeek = perWeek;
      groceryTripLo = lo;
      groceryTripHi = hi;
      groceryMcc = mcc;
      return this;
    }

    public Plan vans(int n, long lo, long hi, boolean atNight) {
      vans = n;
      vanWeekLo = lo;
      vanWeekHi = hi;
      vanAtNight = atNight;
      return this;
    }

    public Plan pharmacy(double perWeek) {
      pharmacyPerWeek = perWeek;
      return this;
    }

    public Plan clothing(long perMonth) {
      clothingPerMonth = perMonth;
      return this;
    }

    public Plan coaches(int ticketsPerMove) {
      coachTicketsPerMove = ticketsPerMove;
      return this;
    }

    public Plan pocketCash(long perWeek) {
      pocketCashPerWeek = perWeek;
      return this;
    }
  }

  private final String caseId;
  private final Party card;
  private final List<Site> sites;
  private final Plan plan;
  private final String device;

  public SiteProvisioning(String caseId, Party card, List<Site> sites, Plan plan, String device) {
    this.caseId = caseId;
    this.card = card;
    this.sites = List.copyOf(sites);
    this.plan = plan;
    this.device = device;
  }

  @Override
  public String caseId() {
    return caseId;
  }

  private Site siteOn(LocalDate d) {
    Site at = null;
    for (Site s : sites) {
      if (!s.from().isAfter(d)) {
        at = s;
      }
    }
    return at;
  }

  /** Nights from a date up to the next Monday or the next move, whichever comes first. */
  private int nightsAhead(LocalDate d) {
    int untilMonday = 8 - d.getDayOfWeek().getValue();
    long untilMove = Long.MAX_VALUE;
    for (Site s : sites) {
      if (s.from().isAfter(d)) {
        untilMove = Math.min(untilMove, s.from().toEpochDay() - d.toEpochDay());
      }
    }
    return (int) Math.min(untilMonday, untilMove);
  }

  @Override
  public void emit(DayContext ctx) {
    Day day = ctx.day();
    Site site = siteOn(day.date);
    if (site == null) {
      return;
    }
    SplittableRandom rng = ctx.rng();
    var prices = ctx.world().prices();
    String city = site.city().name();
    boolean moveDay = site.from().equals(day.date);
    boolean monday = day.dayOfWeek() == DayOfWeek.MONDAY;
    // Rooms and vans are paid a week ahead on Mondays, and on a move to a new site up to the next
    // Monday or the next move: every night at a site is paid once.
    int nights = (moveDay || monday) ? nightsAhead(day.date) : 0;
    if (plan.rooms > 0 && nights > 0) {
      Merchant hotel = ctx.world().merchants().hotel(rng, site.city());
      long stay = plan.rooms * (long) nights * Draws.between(rng, plan.roomNightLo, plan.roomNightHi);
      ctx.pay(day.at(Clock.between(rng, 15, 20)), prices.of(stay)).mcc("7011").purpose(Purpose.ACCOMMODATION)
          .location(city).card(card, hotel.name(), hotel.country());
    }
    if (plan.vans > 0 && nights > 0) {
      for (int v = 0; v < plan.vans; v++) {
        String mcc = Draws.chance(rng, 0.7) ? "7513" : "7512";
        Merchant m = ctx.world().merchants().pick(rng, mcc);
        // Picked up before an early shift (04:10-05:50 local), or in office hours.
        int second = plan.vanAtNight ? Draws.between(rng, 4 * 3600 + 600, 5 * 3600 + 3000) : Clock.office(rng);
        long hire = Draws.between(rng, plan.vanWeekLo, plan.vanWeekHi) * nights / 7;
        ctx.pay(day.at(second), prices.of(hire)).mcc(mcc)
            .purpose(Purpose.SERVICES).location(city).card(card, m.name(), m.country());
      }
    }
    if (moveDay && plan.coachTicketsPerMove > 0 && !day.date.equals(sites.get(0).from())) {
      int n = Draws.between(rng, Math.max(1, plan.coachTicketsPerMove - 2), plan.coachTicketsPerMove + 2);
      for (int i = 0; i < n; i++) {
        Merchant coach = ctx.world().merchants().pick(rng, "4131");
        // Booked late in the evening for the night coach that brings the next workers.
        int second = Draws.between(rng, 23 * 3600, 23 * 3600 + 3_540);
        ctx.pay(day.at(second), prices.of(Draws.between(rng, 1_990L, 6_990L))).mcc("4131").purpose(Purpose.TRAVEL)
            .device(device).card(card, coach.name(), coach.country());
      }
    }
    if (Draws.chance(rng, plan.groceryTripsPerWeek / 7.0)) {
      Merchant m = ctx.world().merchants().pick(rng, plan.groceryMcc);
      ctx.pay(day.at(Clock.between(rng, 8, 20)), prices.of(Draws.between(rng, plan.groceryTripLo, plan.groceryTripHi)))
          .mcc(plan.groceryMcc).purpose(Purpose.GOODS).location(city).card(card, m.name(), m.country());
    }
    if (Draws.chance(rng, plan.pharmacyPerWeek / 7.0)) {
      Merchant m = ctx.world().merchants().pick(rng, "5912");
      ctx.pay(day.at(Clock.between(rng, 9, 19)), prices.of(Draws.between(rng, 1_500L, 12_000L))).mcc("5912")
          .purpose(Purpose.GOODS).location(city).card(card, m.name(), m.country());
    }
    if (plan.clothingPerMonth > 0 && Draws.chance(rng, 1.0 / 30)) {
      Merchant m = ctx.world().merchants().pick(rng, "5651");
      ctx.pay(day.at(Clock.between(rng, 10, 19)), prices.of(Draws.jitter(rng, plan.clothingPerMonth, 30)))
          .mcc("5651").purpose(Purpose.GOODS).location(city).card(card, m.name(), m.country());
    }
    if (plan.pocketCashPerWeek > 0 && day.dayOfWeek() == DayOfWeek.SATURDAY) {
      long cash = prices.rounded(Draws.jitter(rng, plan.pocketCashPerWeek, 20), 1_000);
      String atm = ctx.world().cash().randomAtm(rng, site.city());
      ctx.pay(day.at(Clock.between(rng, 9, 13)), cash).location(atm).cash(card, Direction.DEBIT);
    }
  }
}
