package dev.moneytrail.simulator.typology;

import dev.moneytrail.simulator.population.Lifestyles;
import dev.moneytrail.simulator.population.PartyFactory;
import dev.moneytrail.simulator.population.Population;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plants the requested number of cases of each typology and decoy, in catalogue order, each with
 * an id like {@code payroll-funnel-controller-003}.
 */
public final class CasePlanner {

  private final PartyFactory factory;
  private final Lifestyles lifestyles;
  private final Population population;

  public CasePlanner(PartyFactory factory, Lifestyles lifestyles, Population population) {
    this.factory = factory;
    this.lifestyles = lifestyles;
    this.population = population;
  }

  public List<PlantedCase> plant(Map<TypologyName, Integer> counts) {
    List<PlantedCase> out = new ArrayList<>();
    for (TypologyName name : TypologyName.values()) {
      int n = counts.getOrDefault(name, 0);
      Typology t = Typologies.of(name);
      for (int i = 1; i <= n; i++) {
        String id = name.id() + "-" + (i < 10 ? "00" : i < 100 ? "0" : "") + i;
        CaseContext ctx = new CaseContext(id, name, factory, lifestyles, population);
        t.plant(ctx);
        out.add(ctx.finish());
      }
    }
    return out;
  }
}
