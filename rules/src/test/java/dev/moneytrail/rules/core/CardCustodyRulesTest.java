package dev.moneytrail.rules.core;

import static dev.moneytrail.rules.testing.Facts.T0;
import static dev.moneytrail.rules.testing.Facts.days;
import static dev.moneytrail.rules.testing.Facts.person;
import static dev.moneytrail.rules.testing.RuleHarness.ids;
import static dev.moneytrail.rules.testing.RuleHarness.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moneytrail.rules.Hit;
import dev.moneytrail.rules.Severity;
import dev.moneytrail.rules.facts.AtmSession;
import dev.moneytrail.rules.facts.AtmSessions;
import dev.moneytrail.rules.facts.Holder;
import dev.moneytrail.rules.testing.RuleHarness;
import dev.moneytrail.rules.testing.RuleTest;
import dev.moneytrail.rules.testing.RuleTest.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * account-control.drl: C4 LT-CARD-CUSTODY-ATM. A session of three or more customers' cards at
 * one ATM, and an earlier session on another day whose set of customers overlaps (Jaccard 0.5).
 */
class CardCustodyRulesTest {
  private static final String RULE = "LT-CARD-CUSTODY-ATM";
  private static final String[] NAMES = {"Ana Lopez", "Bogdan Ionescu", "Chen Wei", "Dmytro Shevchenko",
      "Efua Mensah"};

  private final RuleHarness rules = RuleHarness.core();

  /** A session ending at {@code end}, one card every 90 seconds, of the accounts named by index. */
  private static AtmSession session(Instant end, String[] names, int... who) {
    List<Holder> cards = new ArrayList<>();
    for (int i : who) {
      cards.add(person("W" + i, names[i], end));
    }
    return new AtmSession(end.minus(Duration.ofSeconds(90L * (who.length - 1))), end, cards);
  }

  private static AtmSessions atm(AtmSession... s) {
    return new AtmSessions("ATM-HAM-0042", s[s.length - 1].end(), List.of(s));
  }

  @RuleTest(ruleId = RULE, kind = Kind.HIT)
  void alertsWhenTheSameCardsComeBackTogetherAWeekLater() {
    Hit hit = only(rules.evaluate(atm(session(days(-7), NAMES, 0, 1, 2, 3), session(T0, NAMES, 0, 1, 2))), RULE);
    assertEquals(Severity.HIGH, hit.severity());
    assertEquals("3", hit.features().get("cards.in.session"));
    assertEquals("1", hit.features().get("repeat.sessions"));
    assertEquals("W0", hit.subjectAccountId());
    assertEquals(List.of("W1", "W2", "W3"), hit.relatedAccountIds());
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietWhenTheEarlierSessionSharesTooFewCards() {
    // {0,1,2} against {2,3,4}: one common of five, Jaccard 0.2.
    List<Hit> hits = rules.evaluate(atm(session(days(-7), NAMES, 2, 3, 4), session(T0, NAMES, 0, 1, 2)));
    assertFalse(ids(hits).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.NEAR_MISS)
  void staysQuietOnOneSessionOnly() {
    assertFalse(ids(rules.evaluate(atm(session(T0, NAMES, 0, 1, 2, 3, 4)))).contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void oneFamilysCardsAtTheirUsualAtmAreNotCustody() {
    String[] family = {"Ana Lopez", "Maria Lopez", "Jose Lopez"};
    assertFalse(ids(rules.evaluate(atm(session(days(-7), family, 0, 1, 2), session(T0, family, 0, 1, 2))))
        .contains(RULE));
  }

  @RuleTest(ruleId = RULE, kind = Kind.TRAP)
  void twoSessionsTheSameDayAreOneQueueNotARepeat() {
    List<Hit> hits = rules.evaluate(atm(session(T0.minus(Duration.ofHours(2)), NAMES, 0, 1, 2),
        session(T0, NAMES, 0, 1, 2)));
    assertFalse(ids(hits).contains(RULE));
  }
}
