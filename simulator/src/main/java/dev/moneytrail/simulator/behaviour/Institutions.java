package dev.moneytrail.simulator.behaviour;

import dev.moneytrail.simulator.ledger.Party;
import dev.moneytrail.simulator.random.Seeds;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Iban;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The external payees and payers everybody deals with: the tax authority, the pension and benefit
 * payers, utilities, telecoms, letting agents, lenders, insurers, card acquirers and money-transfer
 * operators. Each has one fixed account elsewhere, so rules see them as the same counterparty.
 */
public final class Institutions {

  /** Money-transfer operators (descriptor, reference prefix). */
  public static final List<String[]> OPERATORS = List.of(
      new String[] {"WESTERN UNION", "MTCN"}, new String[] {"MONEYGRAM", "REF"},
      new String[] {"RIA MONEY TRANSFER", "PIN"}, new String[] {"WISE", "TRANSFER"},
      new String[] {"REMITLY", "RMT"}, new String[] {"WORLDREMIT", "WR"});

  public final Party taxAuthority;
  public final Party socialInsurer;
  public final Party pensionPayer;
  public final Party benefitPayer;
  public final Party immigrationOffice;
  public final List<Party> utilities;
  public final List<Party> telecoms;
  public final List<Party> lettingAgents;
  public final List<Party> mortgageLenders;
  public final List<Party> insurers;
  public final List<Party> acquirers;

  public Institutions(HomeCountry home, long seed) {
    SplittableRandom rng = Seeds.rng(Seeds.derive(seed, "institutions"));
    taxAuthority = Party.external(home.otherBankIban(rng), home.taxAuthority, home.code);
    socialInsurer = Party.external(home.otherBankIban(rng), home.socialInsurer, home.code);
    pensionPayer = Party.external(home.otherBankIban(rng), home.pensionPayer, home.code);
    benefitPayer = Party.external(home.otherBankIban(rng), home.benefitPayer, home.code);
    immigrationOffice = Party.external(home.otherBankIban(rng), home.immigrationOffice, home.code);
    utilities = parties(home, rng, home.utilities);
    telecoms = parties(home, rng, home.telecoms);
    lettingAgents = parties(home, rng, home.lettingAgents);
    mortgageLenders = parties(home, rng, home.mortgageLenders);
    insurers = parties(home, rng, home.insurers);
    List<Party> acq = new ArrayList<>();
    acq.add(Party.external(Iban.of("NL", "ADYB0000000001"), "ADYEN N.V.", "NL"));
    acq.add(Party.external(home.otherBankIban(rng), "WORLDPAY MERCHANT SETTLEMENT", home.code));
    acq.add(Party.external(Iban.of("IE", "SUMU99000100000001"), "SUMUP PAYMENTS LTD", "IE"));
    acq.add(Party.external(Iban.of("IE", "STRP99000100000002"), "STRIPE PAYMENTS EUROPE", "IE"));
    acquirers = List.copyOf(acq);
  }

  private static List<Party> parties(HomeCountry home, SplittableRandom rng, List<String> names) {
    List<Party> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(Party.external(home.otherBankIban(rng), n, home.code));
    }
    return List.copyOf(out);
  }
}
