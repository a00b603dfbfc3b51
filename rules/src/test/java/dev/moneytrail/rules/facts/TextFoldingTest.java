package dev.moneytrail.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The remembered, regex-free folding gives what the regex versions it replaced gave: a house is
 * still one house and a keyword still matches where it did.
 */
class TextFoldingTest {

  private static final List<String> SAMPLES = List.of("12 Harbour Rd.", " 12  harbour rd ", "12,Harbour;Rd",
      "\t12\nHarbour\rRd.\f", "Flat 3.; 7 Mill Lane,,", "Straße 5", "ÄUßERE  Allee 1 ", "..", "", "   ",
      "\u0001Lane 4\u0001", "Rue\u00A0de la Paix", "Ausländerbehörde", "Ärztliche Untersuchung ", "VISA-fee");

  /** The normalisation before this class: four regex passes per call. */
  private static String addressByRegex(String address) {
    return address.trim().toLowerCase(Locale.ROOT).replaceAll("[.,;]", " ").replaceAll("\\s+", " ").trim();
  }

  private static String keywordFoldByRegex(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).trim();
  }

  @Test
  void addressesNormaliseAsTheRegexDid() {
    for (String s : SAMPLES) {
      assertEquals(addressByRegex(s), SharedRoof.normalise(s), "'" + s + "'");
      assertEquals(addressByRegex(s), SharedRoof.normalise(s), "second, remembered call: '" + s + "'");
    }
  }

  @Test
  void keywordTextFoldsAsTheRegexDid() {
    for (String s : SAMPLES) {
      assertEquals(keywordFoldByRegex(s), Keywords.fold(s), "'" + s + "'");
    }
  }

  @Test
  void keywordListsMatchAfterFoldingBothSides() {
    assertTrue(Keywords.anyIn("Gebühr Ausländerbehörde Bescheid", "visa, behorde"));
    assertTrue(Keywords.anyIn("VISA fee", " ,Visa"));
    assertFalse(Keywords.anyIn("rent March", "visa, behorde, ,"));
    assertFalse(Keywords.anyIn("rent", ""));
    assertTrue(Keywords.anyIn("Lkw-Fahrer", "driver | FAHRER", '|'), "another separator, same folding");
    assertFalse(Keywords.anyIn("Fahrer", "fahrer, koch|x", '|'), "the comma is part of a keyword there");
  }

  @Test
  void aFullMemoStartsAgainAndStillAnswers() {
    TextMemo<String> memo = new TextMemo<>(2, s -> s.toUpperCase(Locale.ROOT));
    String a = memo.get("a");
    assertSame(a, memo.get("a"));
    memo.get("b");
    memo.get("c");
    assertEquals("A", memo.get("a"));
    assertEquals("C", memo.get("c"));
  }
}
