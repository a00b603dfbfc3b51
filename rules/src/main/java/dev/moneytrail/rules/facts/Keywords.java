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
  private static final TextMemo<String> FOLDED = new TextMemo<>(65_536, Keywords::foldNow);
  // Parameter lists are few and fixed for a package's life: split and folded once each.
  private static final TextMemo<String[]> KEYWORD_LISTS = new TextMemo<>(1_024, Keywords::keywordsNow);

  /** Whether any keyword of the comma-separated {@code keywords} occurs in {@code text}. */
  public static boolean anyIn(String text, String keywords) {
    return anyIn(text, keywords, ',');
  }

  /** As {@link #anyIn(String, String)}, the keywords separated by {@code separator}. */
  public static boolean anyIn(String text, String keywords, char separator) {
    if (text == null || text.isBlank() || keywords == null) {
      return false;
    }
    String folded = fold(text);
    for (String key : KEYWORD_LISTS.get(separator + keywords)) {
      if (folded.contains(key)) {
        return true;
      }
    }
    return false;
  }

  static String fold(String s) {
    return FOLDED.get(s);
  }

  private static String foldNow(String s) {
    // Decomposition is the identity on ASCII, which most references are.
    String out = Names.isAscii(s) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return out.toLowerCase(Locale.ROOT).trim();
  }

  /** {@code list} is the separator followed by the keywords. */
  private static String[] keywordsNow(String list) {
    return java.util.Arrays.stream(list.substring(1).split(Pattern.quote(list.substring(0, 1))))
        .map(Keywords::foldNow).filter(k -> !k.isEmpty()).toArray(String[]::new);
  }

  private Keywords() {}
}
