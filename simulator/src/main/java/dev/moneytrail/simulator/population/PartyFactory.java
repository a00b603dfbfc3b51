package dev.moneytrail.simulator.population;

import dev.moneytrail.schemas.CustomerType;
import dev.moneytrail.simulator.behaviour.Actor;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.behaviour.World;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import dev.moneytrail.simulator.world.Address;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Iban;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Creates customers, accounts and outside parties the same way for the ordinary population and for
 * planted cases, so a planted customer cannot be told apart by how its details were made. Ids are
 * scrambled sequence numbers: unique, stable for a seed, and silent about creation order.
 */
public final class PartyFactory {

  private final World world;
  private final HomeCountry home;
  private final long seed;
  private final Instant start;
  private final long accountSpace;
  private final long accountMultiplier;
  private final long accountOffset;
  private final long customerOffset;
  private int nextActor;
  private long nextAccount;

  public PartyFactory(World world) {
    this.world = world;
    this.home = world.home();
    this.seed = world.seed();
    this.start = world.firstDay().atStartOfDay(home.zone).toInstant();
    long space = 1;
    for (int i = 0; i < home.accountDigits; i++) {
      space *= 10;
    }
    this.accountSpace = space;
    // Coprime with 10, so the map ordinal -> account number is a bijection on the number space.
    this.accountMultiplier = space >= 10_000_000_000L ? 7_393_913_393L : 73_939_133L;
    this.accountOffset = Math.floorMod(Seeds.derive(seed, "accounts"), space);
    this.customerOffset = Math.floorMod(Seeds.derive(seed, "customers"), 1_000_000_000L);
  }

  public World world() {
    return world;
  }

  /** A new actor with its own ordinal (txn-id space) and random key. */
  public Actor newActor() {
    int ordinal = nextActor++;
    return new Actor(ordinal, Seeds.derive(seed, ordinal));
  }

  /** Number of actors created so far. */
  public int actorCount() {
    return nextActor;
  }

  /** A new internal account number as an IBAN of the simulated bank. */
  public String newAccountId() {
    long n = nextAccount++;
    return home.ownIban(Math.floorMod(n * accountMultiplier + accountOffset, accountSpace));
  }

  private String customerId(int ordinal) {
    long n = Math.floorMod(ordinal * 387_420_489L + customerOffset, 1_000_000_000L);
    return "CU" + Iban.digits(n, 9);
  }

  /** A personal customer with one current account. */
  public Person person(PersonSpec s) {
    Actor actor = newActor();
    SplittableRandom rng = Seeds.rng(actor.key(), -1);
    Origin origin = s.origin;
    String nationality = s.nationality;
    if (origin == null) {
      Nationalities.Draw d = Nationalities.draw(rng, home.code,
          s.workSector != null && s.workSector.labourIntensive, s.working);
      origin = d.origin();
      nationality = d.nationality();
    }
    boolean female = s.female != null ? s.female : rng.nextBoolean();
    String given = origin.givenName(rng, female);
    String surname = s.surname != null ? s.surname : origin.surname(rng);
    int age = Draws.between(rng, s.minAge, s.maxAge);
    LocalDate dob = world.firstDay().minusYears(age).minusDays(Draws.between(rng, 0, 364));
    City city = s.city != null ? s.city : home.city(rng);
    Address address = s.address != null ? s.address : home.residentialAddress(rng, city);
    boolean foreign = !nationality.equals(home.code);
    String phone = s.phone != null ? s.phone
        : foreign && Draws.chance(rng, 0.15) ? origin.mobile(rng) : home.mobile(rng);
    String email = s.email != null ? s.email
        : Draws.chance(rng, 0.86) ? Names.email(rng, home, given, surname) : null;
    String device = s.device != null ? s.device
        : s.noDevice || Draws.chance(rng, age > 70 ? 0.4 : 0.07) ? null : Names.device(rng);
    String occupation = s.occupation;
    if (occupation == null) {
      occupation = s.workSector != null ? Draws.pick(rng, s.workSector.occupations)
          : age >= 66 ? "retired" : age < 25 ? "student" : Draws.pick(rng, "unemployed", "homemaker", "carer");
    }
    Instant opened = s.openedAt != null ? s.openedAt
        : s.openedWithinDays > 0 ? recentOpening(rng, s.openedWithinDays)
        : opening(rng, age, foreign ? 0.3 : 0.07);
    AccountRecord.Builder b = new AccountRecord.Builder();
    b.accountId = newAccountId();
    b.customerId = customerId(actor.ordinal());
    b.type = CustomerType.PERSON;
    b.openedAt = opened;
    b.name = given + " " + surname;
    b.country = home.code;
    b.nationality = nationality;
    b.dateOfBirth = dob;
    b.address = address.text();
    b.phone = phone;
    b.email = email;
    b.deviceId = device;
    b.introducerId = s.introducerId;
    b.employerId = s.employerId;
    b.occupation = occupation;
    b.declaredMonthlyIncomeMinor = s.declaredIncome;
    return new Person(actor, b.build(), given, surname, female, origin, city, address);
  }

  /** A second (savings) account of the same customer, opened later than the first. */
  public AccountRecord savingsAccount(Person p, SplittableRandom rng) {
    AccountRecord.Builder b = p.record().toBuilder();
    b.accountId = newAccountId();
    long span = Math.max(1, Duration.between(p.record().openedAt(), start).toDays());
    b.openedAt = p.record().openedAt().plus(Duration.ofDays(Draws.between(rng, 1L, Math.max(1, span - 1))));
    AccountRecord r = b.build();
    p.savings(r);
    return r;
  }

  /** A business customer with one current account. */
  public Business business(BusinessSpec s) {
    Actor actor = newActor();
    SplittableRandom rng = Seeds.rng(actor.key(), -1);
    Sector sector = s.sector;
    City city = s.city != null ? s.city : home.city(rng);
    Address address = s.address != null ? s.address : home.businessAddress(rng, city, sector.industrial);
    String ownerSurname = s.ownerSurname;
    String ownerGiven = s.ownerGiven;
    if (ownerSurname == null) {
      Origin o = Draws.chance(rng, 0.7) ? Origin.of(home.code) : Origin.of(Nationalities.foreignOrigin(rng, home.code));
      ownerSurname = o.surname(rng);
      ownerGiven = o.givenName(rng, rng.nextBoolean());
    }
    String name = s.name != null ? s.name : Names.business(rng, home, sector, city, ownerGiven, ownerSurname);
    int declared = s.declaredEmployees != null ? s.declaredEmployees : staffSize(rng, sector);
    PaySchedule schedule = s.schedule != null ? s.schedule : schedule(rng, sector);
    String tld = switch (home.code) {
      case "GB" -> "co.uk";
      default -> home.code.toLowerCase(java.util.Locale.ROOT);
    };
    AccountRecord.Builder b = new AccountRecord.Builder();
    b.accountId = newAccountId();
    b.customerId = customerId(actor.ordinal());
    b.type = CustomerType.BUSINESS;
    b.openedAt = s.openedAt != null ? s.openedAt
        : s.openedWithinDays > 0 ? recentOpening(rng, s.openedWithinDays)
        : start.minus(Duration.ofDays(Draws.between(rng, 200, 7000))).plusSeconds(Draws.between(rng, 9 * 3600, 17 * 3600));
    b.name = name;
    b.country = home.code;
    b.address = address.text();
    b.phone = s.phone != null ? s.phone : home.mobile(rng);
    b.email = sector == Sector.T97 ? null : Names.businessEmail(rng, name, tld, home.language == HomeCountry.Language.DE);
    b.deviceId = s.device != null ? s.device : Names.device(rng);
    b.sector = sector.code;
    b.declaredEmployees = declared;
    return new Business(actor, b.build(), sector, city, address, schedule);
  }

  /** A company banking elsewhere (client, supplier, employer). */
  public Party externalCompany(SplittableRandom rng, Sector sector) {
    return Party.external(home.otherBankIban(rng), Names.company(rng, home, sector), home.code);
  }

  /** A person banking elsewhere in the home country. */
  public Party externalPerson(SplittableRandom rng, Origin origin) {
    return Party.external(home.otherBankIban(rng),
        origin.givenName(rng, rng.nextBoolean()) + " " + origin.surname(rng), home.code);
  }

  /** A person abroad with a payout account (remittance beneficiary); surname given or drawn. */
  public Party personAbroad(SplittableRandom rng, Origin origin, String surname) {
    String s = surname != null ? surname : origin.surname(rng);
    return Party.external(origin.payoutAccount(rng), origin.givenName(rng, rng.nextBoolean()) + " " + s,
        origin.country());
  }

  /** A monthly net wage for a sector, in minor units. */
  public long wage(SplittableRandom rng, Sector sector) {
    return world.prices().of(Draws.between(rng, sector.wageLo, sector.wageHi));
  }

  /** A pay schedule typical of a sector. */
  public PaySchedule schedule(SplittableRandom rng, Sector sector) {
    double u = rng.nextDouble();
    if (u < sector.weekly) {
      return PaySchedule.weekly(Draws.chance(rng, 0.8) ? DayOfWeek.FRIDAY : DayOfWeek.THURSDAY);
    }
    if (u < sector.weekly + sector.biweekly) {
      return PaySchedule.biweekly(DayOfWeek.FRIDAY, rng.nextInt(2));
    }
    int[] days = {0, 0, 0, 25, 25, 28, 27, 1, 15};
    return PaySchedule.monthly(days[rng.nextInt(days.length)]);
  }

  /** Headcount of an ordinary business: most are small, a few are large. */
  public int staffSize(SplittableRandom rng, Sector sector) {
    double u = rng.nextDouble();
    return sector.minStaff + (int) ((sector.maxStaff - sector.minStaff) * u * u * u);
  }

  /** An opening time for an established customer (older customers have older accounts). */
  public Instant opening(SplittableRandom rng, int age, double recentShare) {
    if (Draws.chance(rng, recentShare)) {
      return recentOpening(rng, 330);
    }
    int maxDays = Math.max(200, Math.min(25, age - 17) * 365);
    LocalDate d = world.firstDay().minusDays(Draws.between(rng, 120, maxDays));
    return d.atStartOfDay(home.zone).toInstant().plusSeconds(Draws.between(rng, 9 * 3600, 18 * 3600));
  }

  /** An opening within the given number of days before the simulation start, in branch hours. */
  public Instant recentOpening(SplittableRandom rng, int days) {
    LocalDate d = world.firstDay().minusDays(Draws.between(rng, 1, Math.max(1, days)));
    return d.atStartOfDay(home.zone).toInstant().plusSeconds(Draws.between(rng, 9 * 3600, 17 * 3600));
  }

  /** An opening time on a given simulated date, in branch hours. */
  public Instant openingOn(LocalDate date, SplittableRandom rng) {
    return date.atStartOfDay(home.zone).toInstant().plusSeconds(Draws.between(rng, 9 * 3600 + 900, 16 * 3600));
  }
}
