package dev.moneytrail.rules.facts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keyword matching for free text (payment references, counterparty names) against a
 * comma-separated parameter list. Both sides are folded (accents stripped, lower case), and a
 * keyword matches anywhere in the text, so German compounds such as "Ausländerbehörde" match
 * "behorde". Null or blank text never matches.
 */
public final class Keywords {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Whether any keyword of the comma-separated {@code keywords} occurs in {@code text}. */
  public static boolean anyIn(String text, String keywords) {
    if (text == null || text.isBlank() || keywords == null) {
      return false;
    }
    String folded = fold(text);
    for (String k : keywords.split(",")) {
      String key = fold(k);
      if (!key.isEmpty() && folded.contains(key)) {
        return true;
      }
    }
    return false;
  }

  static String fold(String s) {
    String out = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return out.toLowerCase(Locale.ROOT).trim();
  }

  private Keywords() {}
}
