package dev.moneytrail.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Name folding behind the own-account and same-family checks. */
class NamesTest {
  @Test
  void foldsAccentsCasePunctuationAndOrder() {
    assertEquals("j nunez smith", Names.normalise("Ñúñez-Smith, J."));
    assertTrue(Names.sameName("LOPEZ, Ana", "Ana López"));
    assertFalse(Names.sameName("Ana Lopez", "Ana Lopes"));
    assertFalse(Names.sameName("", ""));
    assertFalse(Names.sameName(null, null));
  }

  @Test
  void takesTheLastWrittenTokenAsSurname() {
    assertEquals("nguyen", Names.surname("Mai  Nguyễn"));
    assertEquals("marek", Names.surname("Eva MAREK"));
    assertEquals("", Names.surname("  "));
    assertEquals("", Names.surname("--"));
    assertEquals("", Names.surname(null));
  }

  @Test
  void turnsLettersWithoutDecompositionIntoSeparators() {
    // "ø" and "ł" do not decompose; like the original regex they split the token.
    assertEquals("s", Names.surname("Jens Søs"));
    assertEquals("d ko odzienski", Names.normalise("Łodzieński Ko D"));
  }
}
