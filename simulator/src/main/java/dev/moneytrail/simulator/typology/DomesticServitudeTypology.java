package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.Activity;
import dev.moneytrail.simulator.behaviour.Day;
import dev.moneytrail.simulator.behaviour.DayContext;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.PaySchedule;
import dev.moneytrail.simulator.behaviour.RecurringPayment;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Nationalities;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Domestic servitude (G5 LT-DOMESTIC-SPONSOR-NOPAY, C3 shared device): a well-off household pays a
 * domestic-worker agency and visa fees at the start, registers as an employer of domestic staff
 * (T97), opens an account for the worker with the household's phone and device, and then pays no
 * wage or only token sums (30-150 a month). The worker's card is used for the household's
 * shopping, online from the household's device.
 */
public final class DomesticServitudeTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.DOMESTIC_SERVITUDE;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    long unit = ctx.world().prices().minorPerMajor();
    Person sponsor = ctx.person(new PersonSpec().age(38, 70).works(Draws.pick(rng, Sector.M69, Sector.J62, Sector.Q86))
        .occupation(Draws.pick(rng, "physician", "managing director", "consultant", "investor")));
    ctx.employElsewhere(ctx.factory().externalCompany(rng, Sector.M69), PaySchedule.monthly(0), sponsor,
        ctx.world().prices().of(Draws.between(rng, 550_000L, 1_400_000L)), null);
    ctx.lifestyles().person(sponsor, CaseKit.comfortableLife(rng).housing(Lifestyles.Housing.OWNER));
    boolean household = Draws.chance(rng, 0.7);
    Business hh = household ? ctx.business(new BusinessSpec(Sector.T97).address(sponsor.address).declaredEmployees(1)
        .phone(sponsor.record().phone()).device(sponsor.device()).owner(sponsor.given, sponsor.surname)
        .schedule(PaySchedule.monthly(Draws.pick(rng, 1, 28, 0)))) : null;
    if (hh != null) {
      hh.owner(sponsor);
    }
    Party payer = hh != null ? hh.party() : sponsor.party();

    Origin origin = Origin.of(Nationalities.foreignOrigin(rng, home.code));
    LocalDate opened = ctx.firstDay().minusDays(Draws.between(rng, 3, 60));
    PersonSpec spec = new PersonSpec().works(Sector.T97).female(Draws.chance(rng, 0.85)).age(20, 50)
        .address(sponsor.address).introducer(sponsor.record().customerId())
        .employerId(hh != null ? hh.customerId() : sponsor.record().customerId())
        .openedAt(ctx.factory().openingOn(opened, rng));
    if (Draws.chance(rng, 0.75)) {
      spec.origin(origin, Draws.chance(rng, 0.8) ? origin.country() : home.code);
    }
    if (Draws.chance(rng, 0.6)) {
      spec.phone(sponsor.record().phone());
    }
    if (Draws.chance(rng, 0.8) && sponsor.device() != null) {
      spec.device(sponsor.device());
    }
    Person worker = ctx.person(spec);
    long token = Draws.chance(rng, 0.5) ? 0 : ctx.world().prices().of(Draws.between(rng, 3_000L, 15_000L)) / unit * unit;
    if (token > 0) {
      Employment e = Employment.builder(ctx.key("wage"), payer, worker.party(),
              hh != null ? hh.schedule : PaySchedule.monthly(28), token)
          .batch(ctx.key("batch")).channel(Channel.ACH).caseId(ctx.caseId()).build();
      if (hh != null) {
        hh.payroll().add(e);
      } else {
        ctx.add(new dev.moneytrail.simulator.behaviour.WagePayments().add(e));
      }
      worker.employment(e);
    }
    worker.monthlyIncome(Math.max(token, ctx.world().prices().of(20_000)));
    if (hh != null) {
      ctx.lifestyles().business(hh, new Lifestyles.BusinessLife().tag(ctx.caseId()));
    }
    // The household's shopping on the worker's card, topped up by the household now and then.
    long topUp = ctx.world().prices().rounded(Draws.between(rng, 15_000L, 40_000L), 5_000);
    ctx.add(new RecurringPayment(sponsor.party(), worker.party(), topUp)
        .monthlyOn(Draws.between(rng, 1, 10)).channel(Channel.INTERNAL)
        .reference(CaseKit.say(home, "shopping", "Einkauf")).device(sponsor.device())
        .caseId(ctx.caseId()));
    // Shopping sized to the top-up: about 59 per trip.
    double trips = Math.min(0.9, topUp / 30.4 / ctx.world().prices().of(5_900));
    ctx.add(new HouseholdShopping(ctx.caseId(), worker.party(), sponsor.device(), worker, trips));
    ctx.lifestyles().person(worker, new Lifestyles.PersonLife().spend(0.1).cash(0.15)
        .housing(Lifestyles.Housing.NONE).remits(false).noSweeps().member());

    // Agency and visa fees paid by the household in the first weeks.
    Party agency = ctx.factory().externalCompany(rng, Sector.N78).named(
        CaseKit.say(home, origin.surname(rng) + " Domestic Staff Agency", origin.surname(rng) + " Haushaltshilfen Vermittlung"));
    LocalDate feeDay = ctx.firstDay().plusDays(Draws.between(rng, 0, Math.min(10, ctx.days() - 1)));
    ctx.add(new OneOff(ctx.caseId(), feeDay, sponsor.party(), agency,
        ctx.world().prices().rounded(Draws.between(rng, 150_000L, 450_000L), 5_000), Purpose.FEE,
        CaseKit.say(home, "placement domestic worker", "Vermittlung Haushaltshilfe"), sponsor.device()));
    LocalDate visaDay = ctx.firstDay().plusDays(Draws.between(rng, 0, Math.min(14, ctx.days() - 1)));
    ctx.add(new OneOff(ctx.caseId(), visaDay, sponsor.party(), ctx.world().institutions().immigrationOffice,
        ctx.world().prices().of(Draws.between(rng, 10_000L, 40_000L)), Purpose.FEE,
        CaseKit.say(home, "visa fee " + worker.name(), "Aufenthaltstitel " + worker.name()), sponsor.device()));
  }

  /** A single transfer on a date (fees paid once). */
  static final class OneOff implements Activity {
    private final String caseId;
    private final LocalDate date;
    private final Party from;
    private final Party to;
    private final long amount;
    private final Purpose purpose;
    private final String reference;
    private final String device;

    OneOff(String caseId, LocalDate date, Party from, Party to, long amount, Purpose purpose, String reference,
        String device) {
      this.caseId = caseId;
      this.date = date;
      this.from = from;
      this.to = to;
      this.amount = amount;
      this.purpose = purpose;
      this.reference = reference;
      this.device = device;
    }

    @Override
    public String caseId() {
      return caseId;
    }

    @Override
    public void emit(DayContext ctx) {
      Day day = ctx.day();
      if (!day.date.equals(date)) {
        return;
      }
      ctx.pay(day.at(dev.moneytrail.simulator.behaviour.Clock.office(ctx.rng())), amount)
          .channel(Channel.WIRE).purpose(purpose).reference(reference).device(device).move(from, to);
    }
  }

  /** Groceries for the household bought with the worker's card, online ones from the household's device. */
  static final class HouseholdShopping implements Activity {
    private final String caseId;
    private final Party card;
    private final String device;
    private final Person worker;
    private final double perDay;

    HouseholdShopping(String caseId, Party card, String device, Person worker, double perDay) {
      this.caseId = caseId;
      this.card = card;
      this.device = device;
      this.worker = worker;
      this.perDay = perDay;
    }

    @Override
    public String caseId() {
      return caseId;
    }

    @Override
    public void emit(DayContext ctx) {
      SplittableRandom r = ctx.rng();
      if (!Draws.chance(r, perDay)) {
        return;
      }
      boolean online = device != null && Draws.chance(r, 0.3);
      String mcc = online ? "5999" : Draws.pick(r, "5411", "5411", "5411", "5499", "5912");
      var m = ctx.world().merchants().pick(r, mcc);
      var p = ctx.pay(ctx.day().at(dev.moneytrail.simulator.behaviour.Clock.between(r, 8, 19)),
          ctx.world().prices().of(Draws.skewed(r, 800, 16_000))).mcc(mcc).purpose(Purpose.GOODS);
      if (online) {
        p.device(device).card(card, m.name(), m.country());
      } else {
        p.location(worker.city.name()).card(card, m.name(), m.country());
      }
    }
  }
}
