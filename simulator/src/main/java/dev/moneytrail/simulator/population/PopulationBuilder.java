package dev.moneytrail.simulator.population;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.behaviour.RecurringPayment;
import dev.moneytrail.simulator.behaviour.WagePayments;
import dev.moneytrail.simulator.behaviour.World;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.money.Prices;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the ordinary population for a number of accounts: businesses across sectors with their
 * payroll, households of people sharing an address and often a surname, workers employed by
 * businesses at the bank or elsewhere, pensioners, students, owners, savers and landlords.
 */
public final class PopulationBuilder {

  private final PartyFactory factory;
  private final Lifestyles lifestyles;
  private final World world;
  private final HomeCountry home;
  private final Prices prices;

  public PopulationBuilder(PartyFactory factory, Lifestyles lifestyles) {
    this.factory = factory;
    this.lifestyles = lifestyles;
    this.world = factory.world();
    this.home = world.home();
    this.prices = world.prices();
  }

  /** An employer that banks elsewhere. */
  private record OutsideEmployer(Party party, Sector sector, PaySchedule schedule, long batchKey) {}

  private enum Status { WORKER, PENSIONER, STUDENT, OWNER, OTHER }

  /** Adds about {@code accounts} ordinary accounts to the population. */
  public void build(int accounts, Population into) {
    SplittableRandom rng = Seeds.rng(Seeds.derive(world.seed(), "population"));
    int nBusinesses = Math.max(2, (int) Math.round(accounts * 0.065));
    int personAccounts = accounts - nBusinesses;
    int nPersons = Math.max(1, (int) Math.ceil(personAccounts / 1.06));
    int nSavings = Math.max(0, personAccounts - nPersons);

    Sector[] sectors = Sector.values();
    double[] prevalence = new double[sectors.length];
    for (int i = 0; i < sectors.length; i++) {
      prevalence[i] = sectors[i].prevalence();
    }
    List<Business> businesses = new ArrayList<>(nBusinesses);
    List<Business> slots = new ArrayList<>();
    List<Business> unowned = new ArrayList<>();
    for (int i = 0; i < nBusinesses; i++) {
      Sector sector = sectors[Draws.weightedIndex(rng, prevalence)];
      City city = ruralFor(rng, sector);
      Business b = factory.business(new BusinessSpec(sector).city(city));
      businesses.add(b);
      int internal = (int) Math.round(b.declaredEmployees() * (0.25 + rng.nextDouble() * 0.35));
      for (int k = 0; k < internal; k++) {
        slots.add(b);
      }
      if (sector != Sector.T97 && (b.declaredEmployees() <= 15 || Draws.chance(rng, 0.3))) {
        unowned.add(b);
      }
    }
    shuffle(slots, rng);
    shuffle(unowned, rng);

    List<OutsideEmployer> outside = new ArrayList<>();
    for (int i = 0, n = Math.max(4, nPersons / 25); i < n; i++) {
      Sector s = sectors[Draws.weightedIndex(rng, prevalence)];
      if (s == Sector.T97) {
        s = Sector.G47;
      }
      outside.add(new OutsideEmployer(factory.externalCompany(rng, s), s, factory.schedule(rng, s),
          rng.nextLong()));
    }

    List<Person> persons = new ArrayList<>(nPersons);
    List<Boolean> heads = new ArrayList<>(nPersons);
    int slot = 0;
    int created = 0;
    while (created < nPersons) {
      int size = Math.min(nPersons - created, 1 + Draws.weightedIndex(rng, new double[] {36, 34, 18, 12}));
      Person head = null;
      for (int m = 0; m < size; m++) {
        Status status = status(rng, head != null);
        if (status == Status.OWNER && unowned.isEmpty()) {
          status = Status.WORKER;
        }
        PersonSpec spec = new PersonSpec();
        Business employer = null;
        OutsideEmployer elsewhere = null;
        Sector sector = null;
        if (status == Status.WORKER) {
          double expectedWorkersLeft = Math.max(1, (nPersons - created) * 0.66);
          if (slot < slots.size() && Draws.chance(rng, Math.min(1.0, (slots.size() - slot) / expectedWorkersLeft))) {
            employer = slots.get(slot++);
            sector = employer.sector;
          } else {
            elsewhere = Draws.pick(rng, outside);
            sector = elsewhere.sector();
          }
          spec.works(sector).employerId(employer != null ? employer.customerId() : null);
        } else {
          spec.notWorking();
          switch (status) {
            case PENSIONER -> spec.age(66, 91);
            case STUDENT -> spec.age(18, 27).occupation("student");
            case OWNER -> spec.age(28, 66).occupation(Draws.pick(rng, "company director", "self-employed", "managing director"));
            default -> spec.age(22, 64);
          }
        }
        if (head != null) {
          spec.address(head.address);
          if (Draws.chance(rng, 0.92)) {
            spec.origin(head.origin, head.record().nationality());
          }
          if (Draws.chance(rng, 0.75)) {
            spec.surname(head.surname);
          }
        }
        long income = switch (status) {
          case WORKER -> factory.wage(rng, sector);
          case PENSIONER -> prices.of(Draws.between(rng, 90_000L, 230_000L));
          case STUDENT -> prices.of(Draws.between(rng, 40_000L, 95_000L));
          case OWNER -> prices.of(Draws.between(rng, 250_000L, 600_000L));
          default -> prices.of(Draws.between(rng, 45_000L, 110_000L));
        };
        spec.declaredIncome(prices.roundMinor(income * Draws.between(rng, 90, 115) / 100, 5_000));
        Person p = factory.person(spec);
        p.monthlyIncome(income);
        if (head == null) {
          head = p;
        }
        income(p, status, employer, elsewhere, income, rng);
        if (status == Status.OWNER) {
          Business b = unowned.remove(unowned.size() - 1);
          b.owner(p);
        }
        persons.add(p);
        heads.add(m == 0);
        created++;
      }
    }

    // Workers of each business who bank elsewhere complete its declared headcount.
    for (Business b : businesses) {
      int missing = b.declaredEmployees() - b.employments().size();
      for (int k = 0; k < missing; k++) {
        Nationalities.Draw d = Nationalities.draw(rng, home.code, b.sector.labourIntensive, true);
        Party worker = Party.external(home.otherBankIban(rng),
            d.origin().givenName(rng, rng.nextBoolean()) + " " + d.origin().surname(rng), home.code);
        b.payroll().add(employment(b, worker, factory.wage(rng, b.sector), rng));
      }
    }

    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      order.add(i);
    }
    shuffle(order, rng);
    for (int i = 0; i < nSavings && i < order.size(); i++) {
      factory.savingsAccount(persons.get(order.get(i)), rng);
    }
    List<Party> landlords = new ArrayList<>();
    for (int i = nSavings; i < order.size() && landlords.size() < Math.max(1, persons.size() / 70); i++) {
      Person p = persons.get(order.get(i));
      if (p.age(world.firstDay()) >= 35) {
        landlords.add(p.party());
      }
    }

    // Businesses first: an owner's income is the drawings their business can afford.
    for (Business b : businesses) {
      lifestyles.business(b, new Lifestyles.BusinessLife());
      into.add(b);
    }
    for (int i = 0; i < persons.size(); i++) {
      Person p = persons.get(i);
      Lifestyles.PersonLife life = new Lifestyles.PersonLife().friends(friends(rng, persons, i));
      if (!heads.get(i)) {
        life.member();
      } else if (!landlords.isEmpty() && Draws.chance(rng, 0.07)) {
        Party l = Draws.pick(rng, landlords);
        if (!l.accountId().equals(p.accountId())) {
          life.rentTo(l, 0);
        }
      }
      lifestyles.person(p, life);
      into.add(p);
    }
  }

  private void income(Person p, Status status, Business employer, OutsideEmployer elsewhere, long income,
      SplittableRandom rng) {
    boolean de = home.language == HomeCountry.Language.DE;
    switch (status) {
      case WORKER -> {
        if (employer != null) {
          Employment e = employment(employer, p.party(), income, rng);
          employer.payroll().add(e);
          p.employment(e);
        } else {
          Employment e = Employment.builder(rng.nextLong(), elsewhere.party(), p.party(), elsewhere.schedule(), income)
              .batch(elsewhere.batchKey()).hourly(elsewhere.schedule().cycle() != PaySchedule.Cycle.MONTHLY).build();
          p.actor().add(new WagePayments().add(e));
          p.employment(e);
        }
      }
      case PENSIONER -> p.actor().add(new RecurringPayment(world.institutions().pensionPayer, p.party(), income)
          .monthlyOn(Draws.pick(rng, 1, 27, 28)).purpose(Purpose.OTHER)
          .reference(de ? "Rente {MM}/{YYYY} RV-Nr " + Draws.between(rng, 10000000, 99999999) : "STATE PENSION " + Draws.between(rng, 100000, 999999))
          .hours(2, 6));
      case STUDENT -> p.actor().add(new RecurringPayment(
          factory.externalPerson(rng, p.origin).named(p.origin.givenName(rng, rng.nextBoolean()) + " " + p.surname),
          p.party(), prices.roundMinor(income, 5_000)).monthlyOn(Draws.between(rng, 1, 5))
          .reference(de ? "Taschengeld" : "for you x").hours(8, 20));
      case OWNER -> { }
      default -> p.actor().add(new RecurringPayment(world.institutions().benefitPayer, p.party(), income)
          .monthlyOn(Draws.pick(rng, 1, 15, 28)).purpose(Purpose.OTHER)
          .reference(de ? "Leistungen {MM}/{YYYY} BG " + Draws.between(rng, 10000, 99999) : "UNIVERSAL CREDIT " + Draws.between(rng, 100000, 999999))
          .hours(1, 6));
    }
  }

  private Employment employment(Business b, Party worker, long wage, SplittableRandom rng) {
    return Employment.builder(rng.nextLong(), b.party(), worker, b.schedule, wage)
        .batch(b.actor().key())
        .hourly(b.schedule.cycle() != PaySchedule.Cycle.MONTHLY)
        .channel(Math.floorMod(b.actor().key(), 7) == 0 ? Channel.WIRE : Channel.ACH)
        .build();
  }

  private static Status status(SplittableRandom rng, boolean member) {
    int i = Draws.weightedIndex(rng, member ? new double[] {64, 16, 10, 2, 8} : new double[] {70, 14, 6, 4, 6});
    return Status.values()[i];
  }

  private City ruralFor(SplittableRandom rng, Sector sector) {
    if ((sector == Sector.A01 || sector == Sector.A03 || sector == Sector.C10) && Draws.chance(rng, 0.7)) {
      List<City> rural = home.cities.stream().filter(City::rural).toList();
      if (!rural.isEmpty()) {
        return Draws.pick(rng, rural);
      }
    }
    return home.city(rng);
  }

  private static List<Party> friends(SplittableRandom rng, List<Person> persons, int self) {
    int n = Draws.between(rng, 1, 4);
    List<Party> out = new ArrayList<>(n);
    for (int i = 0; i < n && persons.size() > 1; i++) {
      int k = rng.nextInt(persons.size());
      if (k != self) {
        out.add(persons.get(k).party());
      }
    }
    return out;
  }

  static <T> void shuffle(List<T> list, SplittableRandom rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
