package dev.moneytrail.simulator.world;

import dev.moneytrail.simulator.random.Draws;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The card acceptors of a home country by merchant category code: domestic chains where a country
 * has its own, international ones otherwise, and the online merchants everyone pays.
 */
public final class Merchants {

  /** Online merchants live abroad; their descriptor names where they are incorporated. */
  private static final Map<String, List<Merchant>> ONLINE = new HashMap<>();
  private static final Map<String, Map<String, List<String>>> DOMESTIC = new HashMap<>();
  private static final Map<String, List<String>> GENERIC = new HashMap<>();

  private final HomeCountry home;

  public Merchants(HomeCountry home) {
    this.home = home;
  }

  /** A merchant of a category; online categories give a foreign e-commerce merchant. */
  public Merchant pick(SplittableRandom rng, String mcc) {
    List<Merchant> online = ONLINE.get(mcc);
    if (online != null) {
      return Draws.pick(rng, online);
    }
    List<String> names = DOMESTIC.getOrDefault(home.code, Map.of()).get(mcc);
    if (names == null) {
      names = GENERIC.get(mcc);
    }
    if (names == null) {
      throw new IllegalArgumentException("no merchants for MCC " + mcc);
    }
    return new Merchant(Draws.pick(rng, names), mcc, home.code, false);
  }

  /** A hotel of a chain present in the home country, named after its city. */
  public Merchant hotel(SplittableRandom rng, City city) {
    List<String> chains = home.language == HomeCountry.Language.DE
        ? List.of("IBIS HOTEL", "B&B HOTEL", "MOTEL ONE", "HOLIDAY INN EXPRESS", "A&O HOTEL", "PREMIER INN")
        : List.of("PREMIER INN", "TRAVELODGE", "IBIS HOTEL", "HOLIDAY INN EXPRESS", "B&B HOTEL");
    return new Merchant(Draws.pick(rng, chains) + " " + city.name().toUpperCase(java.util.Locale.ROOT),
        "7011", home.code, false);
  }

  private static void online(String mcc, String... nameCountry) {
    List<Merchant> list = new java.util.ArrayList<>();
    for (int i = 0; i < nameCountry.length; i += 2) {
      list.add(new Merchant(nameCountry[i], mcc, nameCountry[i + 1], true));
    }
    ONLINE.put(mcc, List.copyOf(list));
  }

  private static void domestic(String country, String mcc, String... names) {
    DOMESTIC.computeIfAbsent(country, k -> new HashMap<>()).put(mcc, List.of(names));
  }

  private static void generic(String mcc, String... names) {
    GENERIC.put(mcc, List.of(names));
  }

  static {
    online("5999", "AMAZON EU SARL", "LU", "ZALANDO SE", "DE", "EBAY O*", "LU", "TEMU.COM", "IE",
        "SHEIN.COM", "IE", "ALIEXPRESS", "NL");
    online("4899", "NETFLIX.COM", "NL", "SPOTIFY", "SE", "DISNEY PLUS", "NL", "AMAZON PRIME", "LU",
        "APPLE.COM/BILL", "IE", "GOOGLE *YOUTUBE", "IE");
    online("4121", "UBER *TRIP", "NL", "BOLT.EU", "EE", "FREENOW", "DE");
    online("7311", "VIVALIST ADS", "CY", "CITYBOARD PREMIUM", "MT", "NIGHTPOST CLASSIFIEDS", "NL",
        "ADBOOST24", "CY", "TOPLISTING BOOST", "MT");
    online("7273", "LUXDATE PREMIUM", "CY", "DATEWAVE VIP", "MT", "SWEETMATCH PLUS", "US");
    online("4511", "RYANAIR", "IE", "WIZZ AIR", "HU", "EASYJET", "GB", "TURKISH AIRLINES", "TR",
        "LUFTHANSA", "DE", "QATAR AIRWAYS", "QA");
    online("4722", "TUI TRAVEL", "DE", "BOOKING.COM", "NL", "FLIGHTCENTRE", "GB", "OPODO", "ES");
    online("6051", "COINBASE EUROPE", "IE", "BINANCE", "FR", "KRAKEN", "IE");

    generic("5814", "MCDONALDS", "BURGER KING", "KFC", "SUBWAY", "DOMINOS PIZZA", "FIVE GUYS");
    generic("5651", "H&M", "ZARA", "C&A", "PRIMARK", "TK MAXX", "DEICHMANN", "NEW YORKER");
    generic("5631", "HUNKEMOLLER", "INTIMISSIMI", "CALZEDONIA");
    generic("5732", "MEDIAMARKT", "SATURN", "APPLE STORE");
    generic("5712", "IKEA");
    generic("5812", "PIZZERIA ROMA", "TRATTORIA DA MARIO", "SUSHI BAR", "STEAKHOUSE", "THAI ORCHID",
        "BISTRO CENTRAL", "ZUM LÖWEN", "GOLDEN DRAGON");
    generic("5511", "AUTOHAUS NORD", "CARSTORE", "MOTOR CENTRE");
    generic("5944", "JUWELIER CHRIST", "PANDORA", "GOLDHAUS");
    generic("7361", "JOBCONNECT AGENCY", "GLOBAL STAFF PLACEMENT", "PRIME RECRUIT");
    generic("9399", "VISA APPLICATION CENTRE", "VFS GLOBAL");
    // Van and car hire, and long-distance coaches: what moving a crew between sites is paid with.
    generic("7512", "SIXT", "EUROPCAR", "HERTZ", "ENTERPRISE RENT-A-CAR", "AVIS");
    generic("7513", "SIXT VAN & TRUCK", "EUROPCAR VANS", "NORTHGATE VEHICLE HIRE", "ENTERPRISE TRUCK RENTAL");
    generic("5300", "METRO CASH & CARRY", "MAKRO");
    generic("4131", "FLIXBUS", "BLABLACAR BUS", "EUROLINES", "NATIONAL EXPRESS");
    generic("7230", "HAIR STUDIO", "BARBER SHOP", "SALON BELLA");

    domestic("DE", "5411", "REWE Markt", "EDEKA", "ALDI SUED", "ALDI NORD", "LIDL", "NETTO MARKEN-DISCOUNT",
        "PENNY", "KAUFLAND");
    domestic("DE", "5499", "BACKWERK", "Bäckerei Kamps", "Kiosk am Bahnhof", "Späti", "dean&david");
    domestic("DE", "5814", "MCDONALDS", "BURGER KING", "Döner Palace", "SUBWAY", "Nordsee");
    domestic("DE", "4111", "DB Vertrieb GmbH", "BVG Berlin", "MVG München", "HVV Hamburg", "RMV");
    domestic("DE", "4814", "Telekom Deutschland", "Vodafone GmbH", "O2 Prepaid Aufladung");
    domestic("DE", "5912", "Apotheke am Markt", "Stadt-Apotheke", "DocMorris", "Löwen-Apotheke");
    domestic("DE", "5541", "ARAL", "SHELL", "ESSO", "TOTALENERGIES", "JET");
    domestic("DE", "5311", "GALERIA", "WOOLWORTH", "TEDi", "ACTION");
    domestic("DE", "5921", "Getränke Hoffmann", "Trinkgut");
    domestic("DE", "5993", "Tabak Börse", "Lotto Tabak");
    domestic("DE", "5200", "OBI", "HORNBACH", "BAUHAUS", "toom Baumarkt");
    domestic("DE", "7997", "McFIT", "FitX", "Clever Fit");
    domestic("DE", "7832", "CinemaxX", "UCI Kinowelt");
    domestic("DE", "5942", "Thalia", "Hugendubel");
    domestic("DE", "5300", "METRO Cash & Carry", "Selgros");
    domestic("AT", "5411", "BILLA", "SPAR", "HOFER", "LIDL Österreich", "MERKUR", "PENNY");
    domestic("AT", "5499", "Anker Brot", "Ströck", "Trafik am Eck");
    domestic("AT", "4111", "ÖBB Personenverkehr", "Wiener Linien", "Graz Linien");
    domestic("AT", "4814", "A1 Telekom", "Magenta", "Drei");
    domestic("AT", "5912", "Apotheke zum Hirschen", "Stadtapotheke", "Marien Apotheke");
    domestic("AT", "5541", "OMV", "BP", "SHELL", "ENI", "Turmöl");
    domestic("AT", "5311", "Müller", "Interspar", "Pagro");
    domestic("AT", "5921", "Interspar Weinwelt");
    domestic("AT", "5993", "Trafik");
    domestic("AT", "5200", "OBI", "Hornbach", "Bauhaus");
    domestic("AT", "7997", "FitInn", "John Harris");
    domestic("AT", "7832", "Cineplexx");
    domestic("AT", "5942", "Thalia", "Morawa");
    domestic("AT", "5300", "METRO Cash & Carry");
    domestic("GB", "5411", "TESCO STORES", "SAINSBURYS S/MKTS", "ASDA STORES", "ALDI STORES", "LIDL GB",
        "MORRISONS", "CO-OP GROUP FOOD", "ICELAND");
    domestic("GB", "5499", "GREGGS", "COSTCUTTER", "ONE STOP", "PRET A MANGER", "SPAR");
    domestic("GB", "4111", "TFL TRAVEL CH", "NORTHERN TRAINS", "STAGECOACH", "FIRST BUS", "TRAINLINE");
    domestic("GB", "4814", "EE TOP UP", "VODAFONE UK", "O2 UK", "LEBARA");
    domestic("GB", "5912", "BOOTS", "SUPERDRUG", "LLOYDS PHARMACY", "WELL PHARMACY");
    domestic("GB", "5541", "SHELL", "BP", "ESSO", "TESCO PFS", "SAINSBURYS PFS");
    domestic("GB", "5311", "MARKS & SPENCER", "JOHN LEWIS", "B&M", "HOME BARGAINS", "WILKO");
    domestic("GB", "5921", "MAJESTIC WINE", "BARGAIN BOOZE");
    domestic("GB", "5993", "NEWS & BOOZE", "TOBACCO SHOP");
    domestic("GB", "5200", "B&Q", "WICKES", "SCREWFIX", "TOOLSTATION");
    domestic("GB", "7997", "PUREGYM", "THE GYM GROUP", "DAVID LLOYD");
    domestic("GB", "7832", "CINEWORLD", "ODEON", "VUE");
    domestic("GB", "5942", "WATERSTONES", "WHSMITH");
    domestic("GB", "5300", "COSTCO", "BOOKER WHOLESALE");
    domestic("GB", "5812", "THE RED LION", "WETHERSPOONS", "NANDOS", "ZIZZI", "PIZZA EXPRESS");
    domestic("IE", "5411", "TESCO IRELAND", "DUNNES STORES", "SUPERVALU", "LIDL IRELAND", "ALDI STORES IRELAND");
    domestic("IE", "5499", "CENTRA", "SPAR IRELAND", "GALA", "INSOMNIA COFFEE");
    domestic("IE", "4111", "LEAP CARD", "IRISH RAIL", "DUBLIN BUS", "BUS EIREANN");
    domestic("IE", "4814", "EIR", "VODAFONE IRELAND", "THREE IRELAND", "48 MOBILE");
    domestic("IE", "5912", "BOOTS IRELAND", "LLOYDSPHARMACY", "HICKEYS PHARMACY");
    domestic("IE", "5541", "CIRCLE K", "APPLEGREEN", "MAXOL", "TEXACO");
    domestic("IE", "5311", "PENNEYS", "DUNNES STORES", "EUROGIANT");
    domestic("IE", "5921", "O'BRIENS WINE", "CARRY OUT");
    domestic("IE", "5993", "NEWSAGENT");
    domestic("IE", "5200", "WOODIES", "B&Q IRELAND", "CHADWICKS");
    domestic("IE", "7997", "FLYEFIT", "GYMPLUS", "WEST WOOD CLUB");
    domestic("IE", "7832", "ODEON IRELAND", "IMC CINEMAS");
    domestic("IE", "5942", "EASONS", "DUBRAY BOOKS");
    domestic("IE", "5300", "MUSGRAVE MARKETPLACE", "COSTCO IRELAND");
    domestic("IE", "5812", "THE BRAZEN HEAD", "BUNSEN", "SAUCE", "FIVE GUYS DUBLIN");
  }
}
