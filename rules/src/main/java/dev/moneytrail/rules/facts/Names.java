package dev.moneytrail.rules.facts;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Name normalisation for own-account and kinship checks. Pure functions. */
public final class Names {

  /** Lower case, accents stripped, punctuation removed, tokens sorted: "Ñúñez-Smith, J." -> "j nunez smith". */
  public static String normalise(String name) {
    if (name == null) {
      return "";
    }
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9 ]", " ")
        .trim();
    if (folded.isEmpty()) {
      return "";
    }
    Set<String> tokens = new TreeSet<>(Arrays.asList(folded.split("\\s+")));
    return String.join(" ", tokens);
  }

  /** Same person's name, ignoring order, case, accents and punctuation. Null or blank never matches. */
  public static boolean sameName(String a, String b) {
    String na = normalise(a);
    return !na.isEmpty() && na.equals(normalise(b));
  }

  /** The family name as the last token of the name as written; "" when unknown. */
  public static String surname(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    String[] tokens = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+");
    return tokens[tokens.length - 1];
  }

  private Names() {}
}
