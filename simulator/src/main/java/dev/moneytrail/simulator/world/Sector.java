package dev.moneytrail.simulator.world;

import java.util.List;

/**
 * An ISIC Rev.4 sector as the simulated bank records it, with what it takes to make its businesses
 * and their workers behave plausibly: wage band, pay cycles, how customers pay it, typical size.
 *
 * <p>{@code labourIntensive} raises the share of foreign nationals among its workers; it applies
 * equally to ordinary workers, victims and decoys, so nationality carries no signal of its own.
 */
public enum Sector {
  A01("A01", true, 150_000, 210_000, 0.30, 0.20, 0.00, 0.85, 0.15, 3, 60, true,
      List.of("farm worker", "fruit picker", "harvest worker", "tractor driver", "packhouse operative", "livestock worker"),
      List.of("Farms", "Growers", "Fresh Produce", "Agriculture"), List.of("Agrar", "Gemüsebau", "Obsthof", "Landwirtschaft")),
  A03("A03", true, 160_000, 260_000, 0.30, 0.00, 0.00, 0.90, 0.10, 2, 20, true,
      List.of("deckhand", "fisherman", "fish processing operative"),
      List.of("Fishing", "Seafoods", "Trawlers"), List.of("Fischerei", "Kutterfisch", "Seefisch")),
  F("F", true, 200_000, 320_000, 0.35, 0.15, 0.00, 0.95, 0.05, 2, 80, true,
      List.of("labourer", "bricklayer", "carpenter", "scaffolder", "plasterer", "electrician", "site operative"),
      List.of("Construction", "Builders", "Groundworks", "Scaffolding"), List.of("Bau", "Hochbau", "Trockenbau", "Bauunternehmen")),
  C10("C10", true, 170_000, 240_000, 0.30, 0.00, 0.00, 1.00, 0.00, 10, 200, true,
      List.of("meat processing operative", "packer", "production line worker", "food production operative"),
      List.of("Foods", "Meat Processing", "Fresh Foods"), List.of("Fleischwaren", "Feinkost", "Lebensmittel")),
  C14("C14", true, 140_000, 200_000, 0.30, 0.00, 0.00, 0.90, 0.10, 5, 60, true,
      List.of("machinist", "garment worker", "sewing operator", "cutter"),
      List.of("Garments", "Textiles", "Fashion Manufacturing"), List.of("Textil", "Modeproduktion", "Näherei")),
  G47("G47", false, 150_000, 230_000, 0.20, 0.00, 0.75, 0.00, 0.25, 1, 40, false,
      List.of("sales assistant", "cashier", "shop manager", "stock assistant"),
      List.of("Stores", "Mini Market", "Retail", "Convenience"), List.of("Markt", "Handel", "Kiosk", "Shop")),
  I55("I55", true, 150_000, 220_000, 0.10, 0.20, 0.60, 0.35, 0.05, 3, 80, false,
      List.of("room attendant", "receptionist", "housekeeper", "night porter"),
      List.of("Hotel", "Guest House", "Inn", "Lodge"), List.of("Hotel", "Pension", "Gästehaus", "Hotelbetrieb")),
  I56("I56", true, 140_000, 210_000, 0.30, 0.00, 0.55, 0.00, 0.45, 2, 30, false,
      List.of("chef", "kitchen porter", "waiter", "cook", "kitchen assistant"),
      List.of("Restaurant", "Kitchen", "Takeaway", "Grill"), List.of("Restaurant", "Imbiss", "Gastronomie", "Pizzeria")),
  N78("N78", true, 180_000, 260_000, 0.50, 0.00, 0.00, 1.00, 0.00, 3, 150, false,
      List.of("recruitment consultant", "agency worker", "warehouse operative"),
      List.of("Recruitment", "Staffing", "Personnel Services", "Workforce Solutions"), List.of("Personalservice", "Zeitarbeit", "Personaldienstleistungen")),
  N81("N81", true, 140_000, 200_000, 0.30, 0.00, 0.00, 0.95, 0.05, 3, 120, false,
      List.of("cleaner", "cleaning operative", "housekeeper"),
      List.of("Cleaning Services", "Facilities", "Commercial Cleaning"), List.of("Gebäudereinigung", "Facility Services", "Reinigungsservice")),
  Q87("Q87", true, 180_000, 260_000, 0.00, 0.20, 0.00, 1.00, 0.00, 10, 120, false,
      List.of("care assistant", "carer", "nurse", "senior carer"),
      List.of("Care Home", "Care Services", "Nursing Home"), List.of("Pflegeheim", "Seniorenresidenz", "Pflegedienst")),
  T97("T97", true, 130_000, 190_000, 0.00, 0.00, 0.00, 0.00, 0.00, 1, 2, false,
      List.of("domestic worker", "nanny", "housekeeper", "live-in carer"),
      List.of("Household"), List.of("Privathaushalt")),
  M69("M69", false, 260_000, 480_000, 0.00, 0.00, 0.00, 1.00, 0.00, 1, 40, false,
      List.of("accountant", "solicitor", "paralegal", "bookkeeper", "payroll administrator"),
      List.of("Accountants", "Associates LLP", "Solicitors", "Payroll Services"), List.of("Steuerberatung", "Kanzlei", "Lohnbüro")),
  H49("H49", true, 200_000, 280_000, 0.30, 0.00, 0.10, 0.90, 0.00, 2, 60, true,
      List.of("HGV driver", "courier", "van driver", "warehouse operative"),
      List.of("Logistics", "Haulage", "Transport"), List.of("Logistik", "Spedition", "Transporte")),
  J62("J62", false, 320_000, 550_000, 0.00, 0.00, 0.00, 1.00, 0.00, 1, 50, false,
      List.of("software developer", "IT consultant", "systems administrator"),
      List.of("Software", "Digital", "IT Solutions"), List.of("IT-Service", "Software", "Digital")),
  Q86("Q86", false, 220_000, 400_000, 0.00, 0.00, 0.20, 0.80, 0.00, 2, 25, false,
      List.of("medical assistant", "nurse", "dental nurse", "receptionist"),
      List.of("Medical Practice", "Dental Surgery", "Clinic"), List.of("Praxis", "Zahnarztpraxis", "Gemeinschaftspraxis")),
  S96("S96", true, 130_000, 190_000, 0.40, 0.00, 0.50, 0.00, 0.50, 1, 12, false,
      List.of("hairdresser", "nail technician", "car valeter", "beautician"),
      List.of("Nails", "Hair Studio", "Hand Car Wash", "Beauty"), List.of("Nagelstudio", "Friseur", "Autopflege", "Kosmetik")),
  P85("P85", false, 260_000, 380_000, 0.00, 0.00, 0.30, 0.70, 0.00, 2, 40, false,
      List.of("teacher", "tutor", "language teacher"),
      List.of("Academy", "Tutoring", "Language School"), List.of("Nachhilfe", "Akademie", "Sprachschule"));

  public final String code;
  public final boolean labourIntensive;
  /** Monthly net wage band of an ordinary full-time worker, euro cents. */
  public final long wageLo;
  public final long wageHi;
  /** Shares of weekly and bi-weekly pay cycles; the rest is monthly. */
  public final double weekly;
  public final double biweekly;
  /** Revenue mix: card settlements, invoices paid by transfer, cash deposits. */
  public final double cardRevenue;
  public final double invoiceRevenue;
  public final double cashRevenue;
  public final int minStaff;
  public final int maxStaff;
  /** Trades and producers sit on industrial estates. */
  public final boolean industrial;
  public final List<String> occupations;
  public final List<String> namesEn;
  public final List<String> namesDe;

  Sector(String code, boolean labourIntensive, long wageLo, long wageHi, double weekly, double biweekly,
      double cardRevenue, double invoiceRevenue, double cashRevenue, int minStaff, int maxStaff,
      boolean industrial, List<String> occupations, List<String> namesEn, List<String> namesDe) {
    this.code = code;
    this.labourIntensive = labourIntensive;
    this.wageLo = wageLo;
    this.wageHi = wageHi;
    this.weekly = weekly;
    this.biweekly = biweekly;
    this.cardRevenue = cardRevenue;
    this.invoiceRevenue = invoiceRevenue;
    this.cashRevenue = cashRevenue;
    this.minStaff = minStaff;
    this.maxStaff = maxStaff;
    this.industrial = industrial;
    this.occupations = occupations;
    this.namesEn = namesEn;
    this.namesDe = namesDe;
  }

  /** Whether a business of this sector takes a meaningful share of its revenue in cash. */
  public boolean cashHeavy() {
    return cashRevenue >= 0.25;
  }

  /** Relative number of ordinary businesses of this sector in the population. */
  public double prevalence() {
    return switch (this) {
      case G47 -> 14;
      case I56 -> 10;
      case F -> 12;
      case M69 -> 7;
      case J62 -> 5;
      case Q86 -> 5;
      case S96 -> 7;
      case H49 -> 5;
      case N81 -> 4;
      case N78 -> 3;
      case I55 -> 4;
      case A01 -> 5;
      case A03 -> 1;
      case C10 -> 2;
      case C14 -> 2;
      case Q87 -> 3;
      case P85 -> 3;
      case T97 -> 2;
    };
  }
}
