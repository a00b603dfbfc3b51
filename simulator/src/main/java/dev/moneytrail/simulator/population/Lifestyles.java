package dev.moneytrail.simulator.population;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.AmountRule;
import dev.moneytrail.simulator.behaviour.CardSettlements;
import dev.moneytrail.simulator.behaviour.CardSpending;
import dev.moneytrail.simulator.behaviour.CashDeposits;
import dev.moneytrail.simulator.behaviour.CashWithdrawals;
import dev.moneytrail.simulator.behaviour.Employment;
import dev.moneytrail.simulator.behaviour.Institutions;
import dev.moneytrail.simulator.behaviour.InvoiceReceipts;
import dev.moneytrail.simulator.behaviour.PaydayTransfer;
import dev.moneytrail.simulator.behaviour.PayrollTax;
import dev.moneytrail.simulator.behaviour.PeerTransfers;
import dev.moneytrail.simulator.behaviour.RecurringPayment;
import dev.moneytrail.simulator.behaviour.SpendMix;
import dev.moneytrail.simulator.behaviour.SupplierPayments;
import dev.moneytrail.simulator.behaviour.World;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.money.Prices;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.random.Seeds;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Iban;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gives customers an ordinary financial life: spending, cash, housing, bills, savings, remittances
 * for people; revenue, suppliers, premises, tax and drawings for businesses. Planted victims and
 * their employers get the same life with a few dials turned (less spending, no own rent), so the
 * planted pattern sits inside otherwise normal-looking activity.
 */
public final class Lifestyles {

  /** How a person houses themselves. */
  public enum Housing { DRAW, TENANT, OWNER, NONE }

  private final World world;
  private final PartyFactory factory;
  private final HomeCountry home;
  private final Prices prices;
  private final Institutions inst;
  private final boolean german;

  public Lifestyles(PartyFactory factory) {
    this.factory = factory;
    this.world = factory.world();
    this.home = world.home();
    this.prices = world.prices();
    this.inst = world.institutions();
    this.german = home.language == HomeCountry.Language.DE;
  }

  /** Dials for a person's ordinary life. Defaults are an ordinary customer. */
  public static final class PersonLife {
    double spend = 1.0;
    double cash = 1.0;
    Housing housing = Housing.DRAW;
    boolean householdHead = true;
    Party landlord;
    long rent;
    Boolean remits;
    List<Party> friends = List.of();
    LocalDate from;
    boolean sweeps = true;
    boolean bills = true;
    double committed;

    /** How much of what is left after fixed outgoings is spent (1 = all of it, on average). */
    public PersonLife spend(double s) {
      spend = s;
      return this;
    }

    /** Share of income already going to flows planted by a case (forwarding, instalments). */
    public PersonLife committed(double shareOfIncome) {
      committed = shareOfIncome;
      return this;
    }

    /** No energy or insurance bills of their own (housed by someone else). */
    public PersonLife noBills() {
      bills = false;
      return this;
    }

    public PersonLife cash(double c) {
      cash = c;
      return this;
    }

    public PersonLife housing(Housing h) {
      housing = h;
      return this;
    }

    /** Pays this rent to this landlord as a standing order. */
    public PersonLife rentTo(Party l, long monthly) {
      housing = Housing.TENANT;
      landlord = l;
      rent = monthly;
      return this;
    }

    public PersonLife member() {
      householdHead = false;
      return this;
    }

    public PersonLife remits(boolean r) {
      remits = r;
      return this;
    }

    public PersonLife friends(List<Party> f) {
      friends = f;
      return this;
    }

    /** Nothing before this date (accounts opened during the run). */
    public PersonLife from(LocalDate d) {
      from = d;
      return this;
    }

    /** No partial sweeps to an own account elsewhere (their share would blur a planted pattern). */
    public PersonLife noSweeps() {
      sweeps = false;
      return this;
    }
  }

  /**
   * Adds a person's ordinary activities to their actor. Fixed outgoings (housing, bills, phone,
   * subscriptions, savings, remittances) come first; card spending and cash are then sized to what
   * is left of the income, so ordinary customers spend about what they earn.
   */
  public void person(Person p, PersonLife o) {
    SplittableRandom rng = Seeds.rng(p.actor().key(), -2);
    Party me = p.party();
    long income = Math.max(p.monthlyIncome(), prices.of(60_000));
    int scale = (int) Math.max(45, Math.min(230, income * 100 / prices.of(210_000)));
    var actor = p.actor();
    long fixed = (long) (income * o.committed);

    if (o.householdHead) {
      fixed += housing(p, o, rng, me, income);
      if (o.bills) {
        fixed += bills(p, o, rng, me);
      }
    }
    // Every adult has a phone contract.
    long phone = prices.of(Draws.between(rng, 900L, 4_900L));
    fixed += phone;
    actor.add(new RecurringPayment(me, Draws.pick(rng, inst.telecoms), phone).monthlyOn(Draws.between(rng, 1, 28))
        .purpose(Purpose.SERVICES).reference(german ? "Mobilfunk Rechnung {MM}/{YYYY}" : "MOBILE {MON}{YY}")
        .between(o.from, null));
    if (p.device() != null && Draws.chance(rng, 0.45)) {
      var m = world.merchants().pick(rng, "4899");
      long fee = prices.of(Draws.pick(rng, 799L, 999L, 1299L, 1399L, 1799L));
      fixed += fee;
      actor.add(new RecurringPayment(me, Party.external(null, m.name(), m.country()), fee)
          .monthlyOn(Draws.between(rng, 1, 28))
          .card("4899", p.device()).purpose(Purpose.SERVICES).hours(0, 6).between(o.from, null));
    }
    if (Draws.chance(rng, 0.18 * Math.min(1.0, o.spend))) {
      var m = world.merchants().pick(rng, "7997");
      long fee = prices.of(Draws.between(rng, 1_999L, 3_999L));
      fixed += fee;
      actor.add(new RecurringPayment(me, Party.external(null, m.name(), home.code), fee)
          .monthlyOn(Draws.between(rng, 1, 28))
          .card("7997", null).purpose(Purpose.SERVICES).hours(1, 5).between(o.from, null));
    }
    if (p.savings() != null) {
      long amount = prices.roundMinor(income * Draws.between(rng, 4, 12) / 100, 1_000);
      fixed += amount;
      actor.add(new RecurringPayment(me, p.savings().party(), amount).monthlyOn(Draws.between(rng, 1, 5))
          .channel(Channel.INTERNAL).reference(german ? "Sparen" : "Savings").hours(7, 9));
    }
    boolean foreignFamily = !p.origin.country().equals(home.code);
    boolean remits = o.remits != null ? o.remits
        : foreignFamily && Draws.chance(rng, p.record().nationality().equals(home.code) ? 0.12 : 0.55);
    if (remits) {
      fixed += remittances(p, rng, me, income, o.from);
    }
    if (o.sweeps && p.employment() != null && Draws.chance(rng, 0.05)) {
      // Part of the wage to the customer's own account at a neobank: everyday noise around sweeps.
      Party own = Party.external(home.otherBankIban(rng), p.name(), home.code);
      fixed += income / 5;
      actor.add(new PaydayTransfer(Seeds.derive(p.actor().key(), "sweep"), p.employment(), me, own,
          AmountRule.share(1_000, 4_000, prices.minorPerMajor() * 10))
          .lag(120, 3 * 1440).probability(0.8).channel(Channel.WIRE)
          .references(german ? "Übertrag" : "Transfer", null));
    }
    if (!o.friends.isEmpty()) {
      double perMonth = 0.3 + rng.nextDouble() * 2.0;
      fixed += (long) (perMonth * prices.of(9_000));
      actor.add(new PeerTransfers(me, o.friends, perMonth, p.device(), german));
    }

    // What is left is spent by card and in cash.
    long discretionary = (long) (Math.max(income * 0.05, income - fixed) * (0.8 + rng.nextDouble() * 0.2) * o.spend);
    double cashShare = Math.min(0.8, (0.08 + rng.nextDouble() * 0.3) * o.cash);
    boolean car = Draws.chance(rng, Math.min(0.75, 0.2 + income / (double) prices.of(600_000)));
    SpendMix mix = car ? SpendMix.HOUSEHOLD_WITH_CAR : SpendMix.HOUSEHOLD;
    double ticket = Math.max(1, prices.of(mix.meanEurCents()) * scale / 100.0);
    double perDay = Math.max(0.03, Math.min(4.0, discretionary * (1 - cashShare) / 30.4 / ticket));
    actor.add(new CardSpending(me, mix, perDay, scale, p.city, p.device())
        .from(o.from).nightShare(Draws.chance(rng, 0.1) ? 0.15 : 0.02));
    List<String> atms = new ArrayList<>();
    for (int i = 0, n = Draws.between(rng, 1, 3); i < n; i++) {
      atms.add(world.cash().randomAtm(rng, p.city));
    }
    double withdrawals = discretionary * cashShare / (double) prices.of(CashWithdrawals.MEAN_EUR_CENTS);
    actor.add(new CashWithdrawals(me, Math.max(0.2, Math.min(12, withdrawals)), atms, p.city).from(o.from));
  }

  private long housing(Person p, PersonLife o, SplittableRandom rng, Party me, long income) {
    Housing h = o.housing;
    if (h == Housing.DRAW) {
      double u = rng.nextDouble();
      h = u < 0.58 ? Housing.TENANT : u < 0.9 ? Housing.OWNER : Housing.NONE;
    }
    var actor = p.actor();
    if (h == Housing.TENANT) {
      Party landlord = o.landlord != null ? o.landlord
          : Draws.chance(rng, 0.6) ? Draws.pick(rng, inst.lettingAgents)
          : factory.externalPerson(rng, Origin.of(home.code));
      long rent = o.rent > 0 ? o.rent
          : prices.roundMinor(Math.max(prices.of(35_000), income * Draws.between(rng, 26, 38) / 100), 1_000);
      actor.add(new RecurringPayment(me, landlord, rent).monthlyOn(Draws.between(rng, 1, 3))
          .purpose(Purpose.RENT).reference(german ? "Miete {MM}/{YYYY}" : "RENT {MON} {YYYY}")
          .hours(6, 9).between(o.from, null));
      return rent;
    } else if (h == Housing.OWNER) {
      long amount = Math.max(prices.of(40_000), income * Draws.between(rng, 18, 33) / 100);
      actor.add(new RecurringPayment(me, Draws.pick(rng, inst.mortgageLenders), amount)
          .monthlyOn(Draws.pick(rng, 1, 1, 15, 28)).purpose(Purpose.LOAN_REPAYMENT)
          .reference(german ? "Darlehen Rate {MM}/{YYYY}" : "MORTGAGE {MON}{YY}").between(o.from, null));
      return amount;
    }
    return 0;
  }

  private long bills(Person p, PersonLife o, SplittableRandom rng, Party me) {
    var actor = p.actor();
    long energy = prices.of(Draws.between(rng, 5_500L, 19_000L));
    long total = energy;
    actor.add(new RecurringPayment(me, Draws.pick(rng, inst.utilities), energy).monthlyOn(Draws.between(rng, 1, 28))
        .purpose(Purpose.SERVICES).reference(german ? "Abschlag {MM}/{YYYY} Vertrag " + Draws.between(rng, 100000, 999999)
            : "ENERGY " + Draws.between(rng, 100000, 999999)).between(o.from, null));
    if (Draws.chance(rng, 0.55)) {
      long premium = prices.of(Draws.between(rng, 900L, 7_500L));
      total += premium;
      actor.add(new RecurringPayment(me, Draws.pick(rng, inst.insurers), premium).monthlyOn(Draws.between(rng, 1, 28))
          .purpose(Purpose.SERVICES).reference(german ? "Beitrag {MM}/{YYYY}" : "POLICY {MON}").between(o.from, null));
    }
    return total;
  }

  private long remittances(Person p, SplittableRandom rng, Party me, long income, LocalDate from) {
    Origin family = p.origin.country().equals(home.code)
        ? Origin.of(Nationalities.foreignOrigin(rng, home.code)) : p.origin;
    Party beneficiary = factory.personAbroad(rng, family, Draws.chance(rng, 0.85) ? p.surname : null);
    String[] op = Draws.pick(rng, Institutions.OPERATORS);
    String ref = op[0] + " " + op[1] + " " + Iban.fill("9999999999", rng);
    var actor = p.actor();
    Employment e = p.employment();
    if (e != null) {
      double prob = switch (e.schedule().cycle()) {
        case WEEKLY -> 0.3;
        case BIWEEKLY -> 0.55;
        case MONTHLY -> 0.95;
      };
      actor.add(new PaydayTransfer(Seeds.derive(p.actor().key(), "remit"), e, me, beneficiary,
          AmountRule.share(prob < 0.5 ? 1_500 : 600, prob < 0.5 ? 3_500 : 2_000, prices.minorPerMajor() * 10))
          .lag(180, 5 * 1440).probability(prob).channel(Channel.MONEY_TRANSFER).purpose(Purpose.REMITTANCE)
          .references(ref).between(from, null));
      return income / 10;
    }
    long amount = prices.roundMinor(Math.max(prices.of(5_000), income * Draws.between(rng, 5, 15) / 100), 1_000);
    actor.add(new RecurringPayment(me, beneficiary, amount)
        .monthlyOn(Draws.between(rng, 1, 28)).channel(Channel.MONEY_TRANSFER).purpose(Purpose.REMITTANCE)
        .reference(ref).hours(9, 19).between(from, null));
    return amount;
  }

  /** Dials for a business's ordinary operations. */
  public static final class BusinessLife {
    Double revenueFactor;
    Long revenueOverride;
    Double cashShare;
    boolean payTax = true;
    double eveningCash = -1;
    List<String> cashPlaces;
    String caseId;

    /** Tags the cash takings and the owner's drawings as part of a planted case. */
    public BusinessLife tag(String c) {
      caseId = c;
      return this;
    }

    /** Turnover as a multiple of monthly payroll. */
    public BusinessLife revenueFactor(double f) {
      revenueFactor = f;
      return this;
    }

    /** Monthly turnover fixed (minor units). */
    public BusinessLife revenue(long monthly) {
      revenueOverride = monthly;
      return this;
    }

    /** Share of turnover taken in cash, replacing the sector's. */
    public BusinessLife cashShare(double s) {
      cashShare = s;
      return this;
    }

    public BusinessLife noPayrollTax() {
      payTax = false;
      return this;
    }

    public BusinessLife eveningCash(double share) {
      eveningCash = share;
      return this;
    }

    public BusinessLife cashAt(List<String> places) {
      cashPlaces = places;
      return this;
    }
  }

  /** Adds a business's ordinary operations to its actor (call after its payroll is complete). */
  public void business(Business b, BusinessLife o) {
    SplittableRandom rng = Seeds.rng(b.actor().key(), -2);
    Party me = b.party();
    var actor = b.actor();
    long payroll = b.monthlyPayroll();
    if (b.sector == Sector.T97) {
      if (b.owner() != null) {
        actor.add(new RecurringPayment(b.owner().party(), me,
            prices.roundMinor(Math.max(prices.of(20_000), payroll * 13 / 10), 5_000))
            .monthlyOn(Draws.between(rng, 20, 26)).channel(Channel.INTERNAL)
            .reference(german ? "Haushaltskonto" : "household account").caseId(o.caseId));
      }
      if (o.payTax && payroll > 0) {
        actor.add(new PayrollTax(me, b.employments(), 1_500, 15, Iban.fill("99/999/99999", rng)));
      }
      return;
    }
    // Costs first, then a turnover that covers them with a margin: ordinary businesses do not
    // bleed money for months, and a payroll far below costs would itself look odd.
    int taxRate = !o.payTax || payroll == 0 ? 0 : switch (home.code) {
      case "DE", "AT" -> Draws.between(rng, 7_000, 8_200);
      case "GB" -> Draws.between(rng, 3_800, 4_800);
      default -> Draws.between(rng, 3_500, 4_500);
    };
    long labour = payroll + payroll * taxRate / 10_000;
    double supplierShare = 0.22 + rng.nextDouble() * 0.14;
    double rentShare = 0.03 + rng.nextDouble() * 0.05;
    double utilityShare = 0.01 + rng.nextDouble() * 0.02;
    double cardShare = 0.015 + rng.nextDouble() * 0.03;
    double drawShare = b.owner() != null ? 0.05 + rng.nextDouble() * 0.07 : 0;
    long overheads = prices.of(Draws.between(rng, 3_900L, 15_000L)) + prices.of(Draws.between(rng, 5_000L, 40_000L));
    double shares = supplierShare + rentShare + utilityShare + cardShare + drawShare;
    long base = prices.of(Draws.between(rng, 600_000L, 3_000_000L));
    long revenue;
    if (o.revenueOverride != null) {
      revenue = o.revenueOverride;
    } else if (o.revenueFactor != null) {
      revenue = (long) (payroll * o.revenueFactor);
    } else {
      revenue = Math.max(base, (long) ((labour + overheads) / (1 - shares) * (1.03 + rng.nextDouble() * 0.12)));
    }
    double cash = o.cashShare != null ? o.cashShare : b.sector.cashRevenue;
    double rest = 1.0 - cash;
    double cardRevenue = b.sector.cardRevenue + b.sector.invoiceRevenue == 0 ? 0
        : rest * b.sector.cardRevenue / (b.sector.cardRevenue + b.sector.invoiceRevenue);
    double invoiceRevenue = rest - cardRevenue;
    if (cardRevenue > 0) {
      actor.add(new CardSettlements(me, Draws.pick(rng, inst.acquirers), (long) (revenue * cardRevenue),
          Iban.fill("9999999999", rng)));
    }
    if (invoiceRevenue > 0.001) {
      List<Party> clients = new ArrayList<>();
      for (int i = 0, n = Draws.between(rng, 3, 12); i < n; i++) {
        clients.add(factory.externalCompany(rng, Draws.pick(rng, Sector.values())));
      }
      actor.add(new InvoiceReceipts(me, clients, (long) (revenue * invoiceRevenue), 3 + rng.nextDouble() * 14,
          b.sector.cardRevenue > 0 ? Purpose.GOODS : Purpose.SERVICES, Iban.fill("AA", rng)));
    }
    if (cash > 0.001) {
      List<String> places = o.cashPlaces != null ? o.cashPlaces
          : List.of(world.cash().randomBranch(rng, b.city), world.cash().randomAtm(rng, b.city));
      actor.add(new CashDeposits(me, (long) (revenue * cash), 2 + rng.nextDouble() * 3, places,
          o.eveningCash >= 0 ? o.eveningCash : 0.03 + rng.nextDouble() * 0.1).caseId(o.caseId));
    }
    List<Party> suppliers = new ArrayList<>();
    for (int i = 0, n = Draws.between(rng, 3, 8); i < n; i++) {
      suppliers.add(factory.externalCompany(rng, Draws.pick(rng, Sector.G47, Sector.C10, Sector.H49, Sector.M69, Sector.J62)));
    }
    actor.add(new SupplierPayments(me, suppliers, (long) (revenue * supplierShare), 4 + rng.nextDouble() * 10,
        b.record().deviceId()));
    actor.add(new RecurringPayment(me, factory.externalCompany(rng, Sector.M69).named(
        german ? "Gewerbeimmobilien " + Origin.of(home.code).surname(rng) + " GmbH" : Origin.of(home.code).surname(rng) + " Commercial Property Ltd"),
        prices.roundMinor(Math.max(prices.of(40_000), (long) (revenue * rentShare)), 5_000))
        .monthlyOn(Draws.between(rng, 1, 3)).purpose(Purpose.RENT)
        .reference(german ? "Gewerbemiete {MM}/{YYYY}" : "RENT UNIT {MON}{YY}"));
    actor.add(new RecurringPayment(me, Draws.pick(rng, inst.utilities),
        Math.max(prices.of(8_000), (long) (revenue * utilityShare))).monthlyOn(Draws.between(rng, 1, 28))
        .jitter(12, prices.minorPerMajor()).purpose(Purpose.SERVICES).reference(german ? "Abschlag {MM}/{YYYY}" : "ENERGY {MON}"));
    actor.add(new RecurringPayment(me, Draws.pick(rng, inst.telecoms), prices.of(Draws.between(rng, 3_900L, 15_000L)))
        .monthlyOn(Draws.between(rng, 1, 28)).purpose(Purpose.SERVICES).reference(german ? "Rechnung {MM}/{YYYY}" : "BILL {MON}"));
    actor.add(new RecurringPayment(me, Draws.pick(rng, inst.insurers), prices.of(Draws.between(rng, 5_000L, 40_000L)))
        .monthlyOn(Draws.between(rng, 1, 28)).purpose(Purpose.SERVICES).reference(german ? "Betriebshaftpflicht {MM}/{YYYY}" : "POLICY {MON}"));
    if (taxRate > 0) {
      actor.add(new PayrollTax(me, b.employments(), taxRate, Draws.pick(rng, 10, 15, 19, 22),
          Iban.fill(german ? "99/999/99999" : "999PA99999999", rng)));
    }
    double ticket = prices.of(SpendMix.BUSINESS.meanEurCents());
    actor.add(new CardSpending(me, SpendMix.BUSINESS, Math.max(0.03, Math.min(3.0, revenue * cardShare / 30.4 / ticket)),
        100, b.city, b.record().deviceId()));
    if (b.owner() != null) {
      long drawings = prices.roundMinor(Math.max(prices.of(50_000), (long) (revenue * drawShare)), 10_000);
      b.owner().monthlyIncome(drawings);
      actor.add(new RecurringPayment(me, b.owner().party(), drawings)
          .monthlyOn(Draws.between(rng, 25, 28)).channel(Channel.INTERNAL)
          .reference(german ? "Privatentnahme" : "Director drawings").hours(9, 17).caseId(o.caseId));
    }
  }
}
