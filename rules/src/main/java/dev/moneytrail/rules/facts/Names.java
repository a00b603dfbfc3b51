package dev.moneytrail.rules.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Name normalisation for own-account and kinship checks. Pure functions. */
public final class Names {
  // Precompiled: rules call these for every holder and sender on every event.
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final TextMemo<String> NORMALISED = new TextMemo<>(65_536, Names::normaliseNow);
  private static final TextMemo<String> SURNAMES = new TextMemo<>(65_536, Names::surnameNow);

  /** Lower case, accents stripped, punctuation removed, tokens sorted: "Ñúñez-Smith, J." -> "j nunez smith". */
  public static String normalise(String name) {
    return name == null ? "" : NORMALISED.get(name);
  }

  private static String normaliseNow(String name) {
    String folded = fold(name);
    if (folded.isEmpty()) {
      return "";
    }
    Set<String> tokens = new TreeSet<>();
    for (String t : folded.split(" ")) {
      if (!t.isEmpty()) {
        tokens.add(t);
      }
    }
    return String.join(" ", tokens);
  }

  /**
   * The words of a name in the order written, folded as {@link #normalise} folds them (lower case,
   * accents stripped, anything but a-z and 0-9 a separator): "Müller Bau GmbH" -> [muller, bau, gmbh].
   * Empty for null or blank.
   */
  public static List<String> words(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String t : fold(name).split(" ")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** Same person's name, ignoring order, case, accents and punctuation. Null or blank never matches. */
  public static boolean sameName(String a, String b) {
    String na = normalise(a);
    return !na.isEmpty() && na.equals(normalise(b));
  }

  /** Same family name (the kinship heuristic): both known and equal. Unknown never matches. */
  public static boolean sameSurname(String a, String b) {
    String s = surname(a);
    return !s.isEmpty() && s.equals(surname(b));
  }

  /** The family name as the last token of the name as written; "" when unknown. */
  public static String surname(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    return SURNAMES.get(name);
  }

  private static String surnameNow(String name) {
    String folded = fold(name);
    return folded.substring(folded.lastIndexOf(' ') + 1);
  }

  /**
   * Accents stripped, lower case, every character other than a-z, 0-9 and space turned into a
   * space, trimmed: tokens are then separated by runs of plain spaces only. ASCII names (most of them) skip the Unicode decomposition, which is the
   * identity on ASCII.
   */
  private static String fold(String name) {
    String s = name;
    if (!isAscii(s)) {
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
    s = s.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' ? c : ' ');
    }
    return out.toString().trim();
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private Names() {}
}
