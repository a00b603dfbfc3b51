package dev.moneytrail.simulator.decoy;

import dev.moneytrail.schemas.Channel;
import dev.moneytrail.schemas.Purpose;
import dev.moneytrail.simulator.behaviour.PayrollTax;
import dev.moneytrail.simulator.behaviour.RecurringPayment;
import dev.moneytrail.simulator.behaviour.SupplierPayments;
import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Business;
import dev.moneytrail.simulator.population.BusinessSpec;
import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.typology.CaseContext;
import dev.moneytrail.simulator.typology.CaseKit;
import dev.moneytrail.simulator.typology.Typology;
import dev.moneytrail.simulator.typology.TypologyName;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Iban;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decoy for G3's trap ("real start-ups and specialist trades"): an electrical, scaffolding,
 * drywall or tiling firm whose account was opened two to thirteen months before the run works as a
 * subcontractor for a building contractor with a normal payroll, which pays it weekly for
 * subcontracted works, as a shell would be paid. It passes G3's age, sector, amount and
 * few-payers conditions; but it pays its 6-10 staff full wages through payroll with payroll tax,
 * buys its materials from suppliers, pays rent, and keeps a balance: only the owner's monthly
 * drawing goes to a person, and nothing leaves in cash.
 */
public final class SpecialistSubcontractorDecoy implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.SPECIALIST_SUBCONTRACTOR;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    long unit = ctx.world().prices().minorPerMajor();
    boolean german = home.language == HomeCountry.Language.DE;

    Business contractor = ctx.business(new BusinessSpec(Sector.F).declaredEmployees(Draws.between(rng, 6, 15)));
    CaseKit.fillStaff(ctx, contractor);
    ctx.lifestyles().business(contractor, new Lifestyles.BusinessLife());

    Origin local = Origin.of(home.code);
    String stem = local.surname(rng);
    while (contractor.name().toLowerCase().startsWith(stem.toLowerCase() + " ")) {
      stem = local.surname(rng);
    }
    // The owner banks here in most cases; otherwise the drawings go to her account elsewhere.
    Person owner = null;
    Party ownerParty;
    if (Draws.chance(rng, 0.6)) {
      owner = ctx.person(new PersonSpec().surname(stem).age(28, 55).notWorking()
          .occupation(german ? "Meister" : "master tradesman"));
      ctx.lifestyles().person(owner, new Lifestyles.PersonLife());
      ownerParty = owner.party();
    } else {
      ownerParty = Party.external(home.otherBankIban(rng), local.givenName(rng, rng.nextBoolean()) + " " + stem, home.code);
    }
    String trade = german ? Draws.pick(rng, "Elektrotechnik", "Gerüstbau", "Trockenbau", "Fliesentechnik")
        : Draws.pick(rng, "Electrical", "Scaffolding", "Drylining", "Tiling");
    Business sub = ctx.business(new BusinessSpec(Sector.F).declaredEmployees(Draws.between(rng, 6, 10))
        .openedAt(ctx.factory().openingOn(ctx.firstDay().minusDays(Draws.between(rng, 60, 400)), rng))
        .name(stem + " " + trade + (german ? " GmbH" : " Ltd")));
    if (owner != null) {
      sub.owner(owner);
    }
    CaseKit.fillStaff(ctx, sub);
    long payroll = sub.monthlyPayroll();
    int taxBp = german ? Draws.between(rng, 7_000, 8_200) : Draws.between(rng, 3_800, 4_800);
    ctx.add(new PayrollTax(sub.party(), sub.employments(), taxBp, Draws.pick(rng, 10, 15),
        Iban.fill(german ? "99/999/99999" : "999PA99999999", rng)));
    // Priced as an ordinary firm's turnover (Lifestyles.business): wages with their tax, materials,
    // rent and the owner's drawing, with a margin, so that it keeps a balance as a real trade does.
    int materialsPct = Draws.between(rng, 18, 28);
    int drawingsPct = Draws.between(rng, 6, 10);
    long labour = payroll + payroll * taxBp / 10_000;
    long monthlyRevenue = labour * 100 / (100 - materialsPct - 4 - drawingsPct) * Draws.between(rng, 105, 115) / 100;
    long weekly = monthlyRevenue * 12 / 52;
    DayOfWeek invoiceDay = Draws.pick(rng, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    String ref = CaseKit.say(home, "subcontract works wk {WW}", "Subunternehmerleistung KW {WW}");
    List<Party> payers = new ArrayList<>(List.of(contractor.party()));
    if (Draws.chance(rng, 0.5)) {
      payers.add(ctx.factory().externalCompany(rng, Sector.F));
    }
    for (int i = 0; i < payers.size(); i++) {
      long share = payers.size() == 1 ? weekly : i == 0 ? weekly * 3 / 4 : weekly / 4;
      ctx.add(new RecurringPayment(payers.get(i), sub.party(), share).weeklyOn(invoiceDay)
          .jitter(20, unit * 10).channel(Channel.ACH).purpose(Purpose.SERVICES)
          .reference(ref + " Rg " + Draws.between(rng, 100, 999)).hours(8, 16).caseId(ctx.caseId()));
    }
    List<Party> suppliers = new ArrayList<>();
    for (int i = 0, n = Draws.between(rng, 2, 5); i < n; i++) {
      suppliers.add(ctx.factory().externalCompany(rng, Sector.G47));
    }
    ctx.add(new SupplierPayments(sub.party(), suppliers, monthlyRevenue * materialsPct / 100,
        4 + rng.nextDouble() * 6, sub.record().deviceId()));
    ctx.add(new RecurringPayment(sub.party(), ctx.factory().externalCompany(rng, Sector.M69),
        Math.max(ctx.world().prices().of(60_000), monthlyRevenue * 4 / 100)).monthlyOn(Draws.between(rng, 1, 3))
        .purpose(Purpose.RENT).reference(german ? "Miete Lager {MM}/{YYYY}" : "RENT YARD {MON}"));
    long drawings = monthlyRevenue * drawingsPct / 100 / (unit * 100) * (unit * 100);
    if (owner != null) {
      owner.monthlyIncome(drawings);
    }
    ctx.add(new RecurringPayment(sub.party(), ownerParty, drawings).monthlyOn(Draws.between(rng, 25, 28))
        .channel(ownerParty.internal() ? Channel.INTERNAL : Channel.ACH).reference(german ? "Privatentnahme" : "Director drawings").hours(9, 17)
        .caseId(ctx.caseId()));
  }
}
