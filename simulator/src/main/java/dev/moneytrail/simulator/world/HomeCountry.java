package dev.moneytrail.simulator.world;

import dev.moneytrail.simulator.random.Draws;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The country the simulated bank operates in: time zone, address and phone formats, IBAN layout,
 * cities, public bodies (tax authority, pension payer) and the domestic chains people pay at.
 *
 * <p>Data only, no behaviour beyond formatting. Supported: {@link #supported()}.
 */
public final class HomeCountry {

  /** Language of business names and payment references. */
  public enum Language { EN, DE }

  private static final Map<String, HomeCountry> BY_CODE = new TreeMap<>();

  public final String code;
  public final Language language;
  public final ZoneId zone;
  public final String defaultCurrency;
  /** The simulated bank's own BBAN prefix (bank code, sort code); account numbers follow. */
  public final String ownBankPrefix;
  public final int accountDigits;
  /** BBAN patterns of other domestic banks, for external counterparties. */
  public final List<String> otherBanks;
  public final List<String> mobilePatterns;
  public final List<City> cities;
  public final List<String> streets;
  public final List<String> industrialStreets;
  public final boolean numberFirst;
  public final String taxAuthority;
  public final String socialInsurer;
  public final String pensionPayer;
  public final String benefitPayer;
  public final String immigrationOffice;
  public final List<String> utilities;
  public final List<String> telecoms;
  public final List<String> lettingAgents;
  public final List<String> mortgageLenders;
  public final List<String> insurers;
  /** Gross statutory minimum monthly wage, euro cents (full time, about 170 h). */
  public final long minimumMonthlyWageEurCents;

  private HomeCountry(Builder b) {
    code = b.code;
    language = b.language;
    zone = ZoneId.of(b.zone);
    defaultCurrency = b.currency;
    ownBankPrefix = b.ownBankPrefix;
    accountDigits = b.accountDigits;
    otherBanks = b.otherBanks;
    mobilePatterns = b.mobiles;
    cities = b.cities;
    streets = b.streets;
    industrialStreets = b.industrial;
    numberFirst = b.numberFirst;
    taxAuthority = b.tax;
    socialInsurer = b.social;
    pensionPayer = b.pension;
    benefitPayer = b.benefit;
    immigrationOffice = b.immigration;
    utilities = b.utilities;
    telecoms = b.telecoms;
    lettingAgents = b.letting;
    mortgageLenders = b.mortgage;
    insurers = b.insurers;
    minimumMonthlyWageEurCents = b.minWage;
  }

  /** The country for an ISO code, or null when not supported. */
  public static HomeCountry forCode(String code) {
    return BY_CODE.get(code);
  }

  /** Codes of the supported home countries. */
  public static List<String> supported() {
    return List.copyOf(BY_CODE.keySet());
  }

  /** An internal account id: this bank's IBAN for an account number. */
  public String ownIban(long accountNumber) {
    return Iban.of(code, ownBankPrefix + Iban.digits(accountNumber, accountDigits));
  }

  /** An IBAN at another domestic bank. */
  public String otherBankIban(SplittableRandom rng) {
    return Iban.of(code, Iban.fill(Draws.pick(rng, otherBanks), rng));
  }

  /** A domestic mobile number in E.164. */
  public String mobile(SplittableRandom rng) {
    return digits(Draws.pick(rng, mobilePatterns), rng);
  }

  // Phone patterns use '#' for a random digit (IBAN patterns use '9', which phone prefixes contain).
  private static String digits(String pattern, SplittableRandom rng) {
    StringBuilder sb = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      sb.append(c == '#' ? (char) ('0' + rng.nextInt(10)) : c);
    }
    return sb.toString();
  }

  /** A city weighted by population. */
  public City city(SplittableRandom rng) {
    double[] w = new double[cities.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = cities.get(i).weight();
    }
    return cities.get(Draws.weightedIndex(rng, w));
  }

  /** A residential address in a city; flat numbers make large buildings look like many homes. */
  public Address residentialAddress(SplittableRandom rng, City city) {
    String street = Draws.pick(rng, streets);
    int number = Draws.between(rng, 1, 180);
    String line;
    if (numberFirst) {
      line = Draws.chance(rng, 0.35)
          ? "Flat " + Draws.between(rng, 1, 24) + ", " + number + " " + street
          : number + " " + street;
    } else {
      line = street + " " + number + (Draws.chance(rng, 0.08) ? "a" : "");
    }
    return address(line, city, city.postcode(rng));
  }

  /** A business address: an industrial estate for trades, a street address for shops and offices. */
  public Address businessAddress(SplittableRandom rng, City city, boolean industrial) {
    if (!industrial) {
      // Shops and offices sit on ordinary streets, but never behind a flat number.
      String street = Draws.pick(rng, streets);
      int number = Draws.between(rng, 1, 180);
      return address(numberFirst ? number + " " + street : street + " " + number, city, city.postcode(rng));
    }
    String street = Draws.pick(rng, industrialStreets);
    String line = numberFirst
        ? "Unit " + Draws.between(rng, 1, 40) + ", " + street
        : street + " " + Draws.between(rng, 1, 90);
    return address(line, city, city.postcode(rng));
  }

  /** Formats an address the way this country writes it. */
  public Address address(String line, City city, String postcode) {
    String text;
    switch (code) {
      case "GB" -> text = line + ", " + city.name() + " " + postcode;
      case "IE" -> text = line + ", " + city.name() + ", " + postcode;
      default -> text = line + ", " + postcode + " " + city.name();
    }
    return new Address(line, postcode, city, text);
  }

  private static City c(String name, String code, int weight, boolean rural, String... postcodes) {
    return new City(name, code, List.of(postcodes), weight, rural);
  }

  static {
    register(new Builder("DE", Language.DE, "Europe/Berlin", "EUR")
        .bank("20050550", 10)
        .otherBanks("10010010" + "9999999999", "37040044" + "9999999999", "50010517" + "9999999999",
            "70020270" + "9999999999", "12030000" + "9999999999", "10070000" + "9999999999",
            "43060967" + "9999999999", "60050101" + "9999999999", "76050101" + "9999999999")
        .mobile("+49152########", "+49160########", "+49170########", "+49171########",
            "+49175########", "+49151########", "+49176########")
        .cities(
            c("Berlin", "BER", 30, false, "10###", "12###", "13###"),
            c("Hamburg", "HAM", 16, false, "20###", "22###"),
            c("München", "MUC", 13, false, "80###", "81###"),
            c("Köln", "CGN", 9, false, "50###", "51###"),
            c("Frankfurt am Main", "FRA", 7, false, "60###"),
            c("Stuttgart", "STR", 6, false, "70###"),
            c("Düsseldorf", "DUS", 5, false, "40###"),
            c("Leipzig", "LEJ", 5, false, "04###"),
            c("Dortmund", "DTM", 5, false, "44###"),
            c("Hannover", "HAJ", 4, false, "30###"),
            c("Nürnberg", "NUE", 4, false, "90###"),
            c("Bremen", "BRE", 4, false, "28###"),
            c("Vechta", "VEC", 2, true, "4937#"),
            c("Oldenburg", "OLD", 2, true, "261##"),
            c("Rostock", "RLG", 2, true, "180##"))
        .streets("Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße", "Dorfstraße",
            "Bergstraße", "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Am Markt",
            "Mühlenweg", "Goethestraße", "Schillerstraße", "Rosenweg", "Birkenweg", "Lessingstraße",
            "Feldstraße", "Mozartstraße", "Kantstraße", "Beethovenstraße", "Jahnstraße",
            "Friedrichstraße", "Wiesenweg", "Sonnenallee", "Karl-Marx-Straße", "Weserstraße")
        .industrial("Industriestraße", "Gewerbestraße", "Im Gewerbegebiet", "Hafenstraße",
            "Robert-Bosch-Straße", "Carl-Benz-Straße", "Am Güterbahnhof")
        .numberFirst(false)
        .publicBodies("Finanzamt", "AOK Die Gesundheitskasse", "Deutsche Rentenversicherung Bund",
            "Bundesagentur für Arbeit", "Ausländerbehörde")
        .utilities("E.ON Energie Deutschland GmbH", "Vattenfall Europe Sales GmbH", "EnBW Energie",
            "Stadtwerke", "Berliner Wasserbetriebe", "GASAG AG")
        .telecoms("Telekom Deutschland GmbH", "Vodafone GmbH", "Telefónica Germany GmbH")
        .letting("Vonovia SE", "Deutsche Wohnen SE", "LEG Immobilien", "Hausverwaltung Krause",
            "GEWOBAG", "Immobilienverwaltung Becker")
        .mortgage("Sparkasse Baufinanzierung", "Interhyp Darlehen", "DKB Baufinanzierung")
        .insurers("Allianz Versicherungs-AG", "HUK-COBURG", "ERGO Versicherung", "DEVK")
        .minWage(240_000));
    register(new Builder("AT", Language.DE, "Europe/Vienna", "EUR")
        .bank("20111", 11)
        .otherBanks("12000" + "99999999999", "32000" + "99999999999", "14000" + "99999999999",
            "60000" + "99999999999", "19043" + "99999999999")
        .mobile("+43664########", "+43676########", "+43650########", "+43699########")
        .cities(
            c("Wien", "VIE", 45, false, "10#0", "11#0", "12#0"),
            c("Graz", "GRZ", 12, false, "80##"),
            c("Linz", "LNZ", 10, false, "40##"),
            c("Salzburg", "SZG", 8, false, "50##"),
            c("Innsbruck", "INN", 7, false, "60##"),
            c("Wels", "WLS", 3, true, "46##"),
            c("Tulln", "TUL", 2, true, "34##"))
        .streets("Hauptstraße", "Bahnhofstraße", "Lindengasse", "Kirchengasse", "Schulgasse",
            "Mariahilfer Straße", "Favoritenstraße", "Landstraße", "Wiener Straße", "Grazer Straße",
            "Dorfstraße", "Feldgasse", "Gartengasse", "Mühlgasse", "Rosengasse")
        .industrial("Industriestraße", "Gewerbepark", "Industriezeile", "Am Frachtenbahnhof")
        .numberFirst(false)
        .publicBodies("Finanzamt Österreich", "Österreichische Gesundheitskasse",
            "Pensionsversicherungsanstalt", "AMS Arbeitsmarktservice", "MA 35 Einwanderung")
        .utilities("Wien Energie GmbH", "Verbund AG", "EVN AG", "Energie Steiermark", "Linz AG")
        .telecoms("A1 Telekom Austria AG", "Magenta Telekom", "Hutchison Drei Austria")
        .letting("Wiener Wohnen", "BUWOG Group", "Hausverwaltung Gruber", "ÖSW AG")
        .mortgage("Bausparkasse Wüstenrot", "s Bausparkasse", "Raiffeisen Wohnbaukredit")
        .insurers("UNIQA Österreich", "Wiener Städtische", "Generali Versicherung AG")
        .minWage(220_000));
    register(new Builder("GB", Language.EN, "Europe/London", "GBP")
        .bank("MTBK401276", 8)
        .otherBanks("BARC20" + "9999" + "99999999", "LOYD30" + "9999" + "99999999",
            "NWBK60" + "9999" + "99999999", "HBUK40" + "9999" + "99999999",
            "MONZ04" + "0004" + "99999999", "SRLG60" + "9999" + "99999999",
            "NAIA07" + "9999" + "99999999")
        .mobile("+447#########", "+4477########", "+4475########", "+4474########")
        .cities(
            c("London", "LON", 34, false, "E# #@@", "N# #@@", "SE# #@@", "NW# #@@", "E1# #@@"),
            c("Birmingham", "BHX", 10, false, "B# #@@", "B1# #@@"),
            c("Manchester", "MAN", 8, false, "M# #@@", "M1# #@@"),
            c("Leeds", "LBA", 7, false, "LS# #@@", "LS1# #@@"),
            c("Glasgow", "GLA", 6, false, "G# #@@", "G4# #@@"),
            c("Liverpool", "LPL", 5, false, "L# #@@"),
            c("Bristol", "BRS", 5, false, "BS# #@@"),
            c("Leicester", "LCS", 4, false, "LE# #@@"),
            c("Cardiff", "CWL", 3, false, "CF# #@@"),
            c("Peterborough", "PBO", 3, true, "PE# #@@"),
            c("Boston", "BST", 2, true, "PE21 #@@", "PE20 #@@"),
            c("Wisbech", "WIS", 1, true, "PE13 #@@"),
            c("Norwich", "NWI", 2, true, "NR# #@@"))
        .streets("High Street", "Station Road", "Church Lane", "Park Road", "Victoria Road",
            "Green Lane", "Manor Road", "Church Street", "Mill Lane", "Queens Road", "New Road",
            "Grange Road", "Kings Road", "The Crescent", "Albert Road", "Elm Grove",
            "Springfield Road", "Oak Avenue", "Chapel Street", "Westfield Road", "Stanley Road",
            "Windsor Road", "York Road", "Cemetery Road", "Brook Street")
        .industrial("Riverside Industrial Estate", "Cranbrook Business Park", "Phoenix Trading Estate",
            "Fenland Industrial Estate", "Parkway Business Centre", "Northgate Industrial Park")
        .numberFirst(true)
        .publicBodies("HMRC Cumbernauld", "HMRC NIC and PAYE", "DWP State Pension",
            "DWP Universal Credit", "UK Visas and Immigration")
        .utilities("British Gas", "Octopus Energy", "EDF Energy", "OVO Energy", "Thames Water",
            "Severn Trent Water", "Council Tax")
        .telecoms("EE Limited", "Vodafone UK", "O2 UK", "BT Group", "Sky UK", "Virgin Media")
        .letting("Foxtons Lettings", "Grainger plc", "Countrywide Lettings", "Your Move Lettings",
            "Leaders Lettings", "Clarion Housing")
        .mortgage("Nationwide Mortgage", "Halifax Mortgage", "Santander Mortgage")
        .insurers("Aviva Insurance", "Direct Line", "Admiral Insurance", "Legal & General")
        .minWage(245_000));
    register(new Builder("IE", Language.EN, "Europe/Dublin", "EUR")
        .bank("MTBK931152", 8)
        .otherBanks("AIBK93" + "9999" + "99999999", "BOFI90" + "9999" + "99999999",
            "IPBS99" + "9999" + "99999999", "PTSB99" + "9999" + "99999999")
        .mobile("+35383#######", "+35385#######", "+35386#######", "+35387#######")
        .cities(
            c("Dublin", "DUB", 45, false, "D0# @#@#", "D1# @#@#", "D2# @#@#"),
            c("Cork", "ORK", 14, false, "T12 @#@#", "T23 @#@#"),
            c("Galway", "GWY", 8, false, "H91 @#@#"),
            c("Limerick", "LMK", 7, false, "V94 @#@#"),
            c("Waterford", "WAT", 5, false, "X91 @#@#"),
            c("Monaghan", "MNG", 2, true, "H18 @#@#"),
            c("Wexford", "WEX", 2, true, "Y35 @#@#"))
        .streets("Main Street", "Church Road", "Bridge Street", "O'Connell Street", "Patrick Street",
            "Castle Street", "Greenfield Park", "Oakwood Avenue", "St. Mary's Road", "Sandford Road",
            "Ballymun Road", "Griffith Avenue", "Mountjoy Square", "Parnell Street")
        .industrial("Northwest Business Park", "Ballycoolin Industrial Estate",
            "Little Island Industrial Estate", "Parkmore Business Park")
        .numberFirst(true)
        .publicBodies("Revenue Commissioners", "Revenue PRSI", "Department of Social Protection",
            "DSP Jobseeker Payment", "Immigration Service Delivery")
        .utilities("Electric Ireland", "Bord Gáis Energy", "SSE Airtricity", "Uisce Éireann",
            "Energia")
        .telecoms("Eir", "Vodafone Ireland", "Three Ireland", "Virgin Media Ireland")
        .letting("Sherry FitzGerald Lettings", "Hooke & MacDonald", "Kennedy Wilson", "IRES REIT")
        .mortgage("AIB Mortgage", "Bank of Ireland Mortgage", "PTSB Mortgage")
        .insurers("FBD Insurance", "Aviva Ireland", "Allianz Ireland", "Zurich Ireland")
        .minWage(230_000));
  }

  private static void register(Builder b) {
    BY_CODE.put(b.code, new HomeCountry(b));
  }

  private static final class Builder {
    final String code;
    final Language language;
    final String zone;
    final String currency;
    String ownBankPrefix;
    int accountDigits;
    List<String> otherBanks;
    List<String> mobiles;
    List<City> cities;
    List<String> streets;
    List<String> industrial;
    boolean numberFirst;
    String tax;
    String social;
    String pension;
    String benefit;
    String immigration;
    List<String> utilities;
    List<String> telecoms;
    List<String> letting;
    List<String> mortgage;
    List<String> insurers;
    long minWage;

    Builder(String code, Language language, String zone, String currency) {
      this.code = code;
      this.language = language;
      this.zone = zone;
      this.currency = currency;
    }

    Builder bank(String prefix, int digits) {
      ownBankPrefix = prefix;
      accountDigits = digits;
      return this;
    }

    Builder otherBanks(String... patterns) {
      otherBanks = List.of(patterns);
      return this;
    }

    Builder mobile(String... patterns) {
      mobiles = List.of(patterns);
      return this;
    }

    Builder cities(City... cs) {
      cities = List.of(cs);
      return this;
    }

    Builder streets(String... s) {
      streets = List.of(s);
      return this;
    }

    Builder industrial(String... s) {
      industrial = List.of(s);
      return this;
    }

    Builder numberFirst(boolean b) {
      numberFirst = b;
      return this;
    }

    Builder publicBodies(String tax, String social, String pension, String benefit,
        String immigration) {
      this.tax = tax;
      this.social = social;
      this.pension = pension;
      this.benefit = benefit;
      this.immigration = immigration;
      return this;
    }

    Builder utilities(String... s) {
      utilities = List.of(s);
      return this;
    }

    Builder telecoms(String... s) {
      telecoms = List.of(s);
      return this;
    }

    Builder letting(String... s) {
      letting = List.of(s);
      return this;
    }

    Builder mortgage(String... s) {
      mortgage = List.of(s);
      return this;
    }

    Builder insurers(String... s) {
      insurers = List.of(s);
      return this;
    }

    Builder minWage(long cents) {
      minWage = cents;
      return this;
    }
  }
}
