package dev.moneytrail.simulator.typology;

import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.population.Nationalities;
import dev.moneytrail.simulator.population.Person;
import dev.moneytrail.simulator.population.PersonSpec;
import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Origin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Structured cash (D1 LT-STRUCTURED-CASH): for three to eight weeks a controller's cash courier
 * banks cash in [0.8T, T) three to five times a week across at least three branches in two or
 * three cities, and wires 80-95 % of it on each week, abroad or to a controller here.
 */
public final class StructuredCashTypology implements Typology {

  @Override
  public TypologyName name() {
    return TypologyName.STRUCTURED_CASH;
  }

  @Override
  public void plant(CaseContext ctx) {
    SplittableRandom rng = ctx.rng();
    HomeCountry home = ctx.world().home();
    Person courier = ctx.person(new PersonSpec().age(21, 60).notWorking()
        .occupation(Draws.pick(rng, "self-employed", "driver", "car trader", "market trader")));
    courier.monthlyIncome(ctx.world().prices().of(180_000));
    ctx.lifestyles().person(courier, CaseKit.comfortableLife(rng).spend(0.8));
    Party onward;
    if (Draws.chance(rng, 0.3)) {
      Person boss = ctx.person(new PersonSpec().age(30, 62).notWorking().occupation("self-employed"));
      ctx.lifestyles().person(boss, CaseKit.comfortableLife(rng));
      onward = boss.party();
    } else {
      Origin o = Origin.of(Nationalities.foreignOrigin(rng, home.code));
      onward = Party.external(o.payoutAccount(rng), o.surname(rng) + " Trading " + Draws.pick(rng, "LLC", "SRL", "Ltd", "FZE"), o.country());
    }
    List<String> branches = new ArrayList<>();
    int cities = Draws.between(rng, 2, 3);
    for (int c = 0; c < cities; c++) {
      City city = home.city(rng);
      for (int b = 0; b < 2; b++) {
        String id = ctx.world().cash().randomBranch(rng, city);
        if (!branches.contains(id)) {
          branches.add(id);
        }
      }
    }
    while (branches.size() < 3) {
      branches.add(ctx.world().cash().randomBranch(rng, home.city(rng)));
      branches = new ArrayList<>(new java.util.LinkedHashSet<>(branches));
    }
    int weeks = Math.max(1, Math.min(Draws.between(rng, 3, 8), ctx.days() / 7));
    int latest = Math.max(0, ctx.days() - weeks * 7 - 3);
    LocalDate first = ctx.firstDay().plusDays(Draws.between(rng, 0, latest));
    ctx.add(new StructuredDeposits(ctx.caseId(), ctx.key("deposits"), courier.party(), onward, first, weeks, branches,
        Draws.pick(rng, "invoice", "car purchase", "goods", "payment", "Rechnung")));
    LocalDate last = first.plusDays(7L * weeks + 8);
    ctx.period(first, last.isAfter(ctx.lastDay()) ? ctx.lastDay() : last);
  }
}
