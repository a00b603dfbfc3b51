package dev.moneytrail.simulator.population;

import dev.moneytrail.simulator.random.Draws;
import dev.moneytrail.simulator.world.City;
import dev.moneytrail.simulator.world.HomeCountry;
import dev.moneytrail.simulator.world.Origin;
import dev.moneytrail.simulator.world.Sector;
import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/** Business names, e-mail addresses and device ids in the home country's style. */
public final class Names {

  private static final String[] FANTASY = {"Golden", "Royal", "City", "Star", "Green Valley",
      "Sunrise", "Premier", "Elite", "Express", "Nova", "Prime", "Alpha", "Phoenix", "Northern",
      "Eagle", "Silver", "Blue Sky", "Victoria", "Crown", "United"};
  private static final String[] DE_FORMS = {"GmbH", "GmbH", "GmbH", "UG (haftungsbeschränkt)",
      "e.K.", "GmbH & Co. KG"};
  private static final String[] EN_FORMS = {"Ltd", "Ltd", "Ltd", "Limited", "LLP"};

  private Names() {}

  /** A business name for a sector, e.g. "Kowalski Bau GmbH" or "Premier Cleaning Services Ltd". */
  public static String business(SplittableRandom rng, HomeCountry home, Sector sector, City city,
      String ownerGiven, String ownerSurname) {
    boolean de = home.language == HomeCountry.Language.DE;
    if (sector == Sector.T97) {
      return (de ? "Privathaushalt " : "Household of ") + ownerGiven + " " + ownerSurname;
    }
    String word = Draws.pick(rng, de ? sector.namesDe : sector.namesEn);
    int style = rng.nextInt(3);
    String stem = switch (style) {
      case 0 -> ownerSurname;
      case 1 -> city.name();
      default -> Draws.pick(rng, FANTASY);
    };
    if (home.code.equals("IE") && rng.nextInt(4) == 0) {
      return stem + " " + word + " DAC";
    }
    return stem + " " + word + " " + Draws.pick(rng, de ? DE_FORMS : EN_FORMS);
  }

  /** A company elsewhere (client, supplier, employer at another bank). */
  public static String company(SplittableRandom rng, HomeCountry home, Sector sector) {
    Origin o = Origin.of(home.code);
    return business(rng, home, sector, Draws.pick(rng, home.cities), "", o.surname(rng));
  }

  /** A plausible personal e-mail address. */
  public static String email(SplittableRandom rng, HomeCountry home, String given, String surname) {
    String[] providers = switch (home.code) {
      case "DE" -> new String[] {"gmx.de", "web.de", "gmail.com", "t-online.de", "outlook.de", "yahoo.de"};
      case "AT" -> new String[] {"gmx.at", "gmail.com", "aon.at", "hotmail.com", "chello.at"};
      case "IE" -> new String[] {"gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie"};
      default -> new String[] {"gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com"};
    };
    String g = ascii(given);
    String s = ascii(surname);
    String local = switch (rng.nextInt(4)) {
      case 0 -> g + "." + s;
      case 1 -> g + s + Draws.between(rng, 1, 99);
      case 2 -> g.charAt(0) + s + Draws.between(rng, 70, 2005);
      default -> g + "_" + s + Draws.between(rng, 1, 9);
    };
    return local + "@" + Draws.pick(rng, providers);
  }

  /** A business e-mail address. */
  public static String businessEmail(SplittableRandom rng, String businessName, String tld, boolean german) {
    String[] words = businessName.split(" ");
    String domain = ascii(words[0]) + (words.length > 1 && rng.nextBoolean() ? "-" + ascii(words[1]) : "");
    String local = german ? Draws.pick(rng, "info", "kontakt", "buero", "mail", "verwaltung")
        : Draws.pick(rng, "info", "office", "accounts", "hello", "admin");
    return local + "@" + domain + "." + tld;
  }

  /** An opaque device fingerprint id. */
  public static String device(SplittableRandom rng) {
    return "dev-" + Long.toHexString(rng.nextLong() | 0x1000_0000_0000_0000L).substring(0, 14);
  }

  /** Lower-case ASCII for e-mail local parts: "Müller" -> "mueller"... close enough: "muller". */
  static String ascii(String s) {
    String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ł", "l")
        .replace("ı", "i").replace("đ", "d"), Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      }
    }
    return sb.length() == 0 ? "user" : sb.toString();
  }
}
