package dev.moneytrail.simulator.typology;

/**
 * Plants one labelled case of a pattern into the world: creates the customers it needs (with the
 * same factory as the ordinary population), gives them an ordinary life, and adds the flows that
 * make the pattern. Each case draws its parameters from its own random stream, so cases of one
 * typology differ in amounts, shares, timing and size.
 */
public interface Typology {

  TypologyName name();

  void plant(CaseContext ctx);
}
