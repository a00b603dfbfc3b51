package dev.moneytrail.simulator.world;

import dev.moneytrail.simulator.random.Draws;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A naming tradition and the country behind it: given names, surnames, the calling code of a
 * family's phones and the shape of a payout account there.
 *
 * <p>Origin is where a name comes from, not a nationality: a German citizen may carry a Turkish
 * name and a Romanian citizen an Hungarian one. Nationality is drawn separately (see
 * {@code PartyFactory}) and is never used to decide who is a victim.
 */
public record Origin(
    String country,
    String callingCode,
    List<String> male,
    List<String> female,
    List<String> surnames,
    String payoutPattern) {

  private static final Map<String, Origin> BY_COUNTRY = new TreeMap<>();

  /** The origin for a country code; unknown codes fall back to the home country's own names. */
  public static Origin of(String country) {
    Origin o = BY_COUNTRY.get(country);
    return o != null ? o : BY_COUNTRY.get("GB");
  }

  public String givenName(SplittableRandom rng, boolean female) {
    return Draws.pick(rng, female ? this.female : male);
  }

  public String surname(SplittableRandom rng) {
    return Draws.pick(rng, surnames);
  }

  /** A mobile number registered in this country (E.164). */
  public String mobile(SplittableRandom rng) {
    String national = switch (country) {
      case "IN", "PK", "PH", "NG", "BD" -> switch (country) {
        case "PK" -> "3" + Iban.fill("999999999", rng);
        case "PH" -> "9" + Iban.fill("999999999", rng);
        case "BD" -> "1" + Iban.fill("999999999", rng);
        default -> "9" + Iban.fill("999999999", rng);
      };
      case "GB" -> "7" + Iban.fill("999999999", rng);
      case "DE" -> "15" + Iban.fill("99999999", rng);
      default -> "7" + Iban.fill("99999999", rng);
    };
    return "+" + callingCode + national;
  }

  /**
   * The account a remittance is paid out to: an IBAN where the country has them, otherwise a bank
   * account or mobile-wallet key as a money-transfer operator records it.
   */
  public String payoutAccount(SplittableRandom rng) {
    if (payoutPattern.startsWith("IBAN:")) {
      return Iban.of(country, Iban.fill(payoutPattern.substring(5), rng));
    }
    if (payoutPattern.equals("WALLET")) {
      return "WALLET:" + mobile(rng);
    }
    return Iban.fill(payoutPattern, rng);
  }

  private static void add(String country, String calling, String payout, String male, String female,
      String surnames) {
    BY_COUNTRY.put(country, new Origin(country, calling, List.of(male.split(",")),
        List.of(female.split(",")), List.of(surnames.split(",")), payout));
  }

  static {
    add("DE", "49", "IBAN:999999999999999999",
        "Lukas,Jonas,Leon,Finn,Felix,Paul,Maximilian,Thomas,Michael,Andreas,Stefan,Jürgen,Klaus,Tobias,Sebastian,Daniel,Markus,Frank",
        "Anna,Lena,Marie,Sophie,Laura,Julia,Katharina,Sabine,Petra,Monika,Claudia,Andrea,Nicole,Stefanie,Sandra,Birgit,Ursula,Lea",
        "Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,Schwarz,Zimmermann,Braun,Krüger,Hofmann,Hartmann,Lange,Schmitt,Werner,Krause,Meier,Lehmann");
    add("AT", "43", "IBAN:9999999999999999",
        "Florian,Lukas,David,Simon,Elias,Johann,Franz,Georg,Alexander,Martin,Christian,Wolfgang",
        "Sarah,Hannah,Katrin,Theresa,Eva,Johanna,Magdalena,Elisabeth,Barbara,Karin,Verena,Christina",
        "Gruber,Huber,Bauer,Wagner,Pichler,Steiner,Moser,Mayer,Hofer,Leitner,Berger,Fuchs,Eder,Fischer,Schmid,Winkler,Weber,Schwarz,Maier,Reiter");
    add("GB", "44", "IBAN:AAAA99999999999999",
        "Oliver,George,Harry,Jack,James,William,Thomas,Daniel,Matthew,David,Michael,Paul,Mark,Andrew,Christopher,Samuel,Joseph,Ryan",
        "Olivia,Amelia,Emily,Sophie,Jessica,Charlotte,Lucy,Hannah,Sarah,Emma,Rebecca,Laura,Rachel,Claire,Helen,Karen,Jennifer,Megan",
        "Smith,Jones,Williams,Taylor,Brown,Davies,Evans,Wilson,Thomas,Johnson,Roberts,Robinson,Thompson,Wright,Walker,White,Edwards,Hughes,Green,Hall,Lewis,Harris,Clarke,Patel,Jackson,Wood,Turner,Martin,Cooper,Hill");
    add("IE", "353", "IBAN:AAAA99999999999999",
        "Conor,Seán,Patrick,Cian,Darragh,Oisín,Liam,Michael,John,Ciarán,Eoin,Declan",
        "Aoife,Ciara,Niamh,Sinéad,Saoirse,Róisín,Mary,Siobhán,Orla,Grainne,Emma,Caoimhe",
        "Murphy,Kelly,O'Sullivan,Walsh,Smith,O'Brien,Byrne,Ryan,O'Connor,O'Neill,Reilly,Doyle,McCarthy,Gallagher,Doherty,Kennedy,Lynch,Murray,Quinn,Moore");
    add("PL", "48", "IBAN:999999999999999999999999",
        "Piotr,Krzysztof,Tomasz,Paweł,Marcin,Michał,Jakub,Łukasz,Grzegorz,Adam,Mateusz,Kamil,Dawid,Rafał",
        "Anna,Katarzyna,Małgorzata,Agnieszka,Joanna,Ewa,Magdalena,Monika,Karolina,Natalia,Aleksandra,Justyna",
        "Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak,Dąbrowski,Kozłowski,Jankowski,Mazur,Kwiatkowski,Krawczyk");
    add("RO", "40", "IBAN:AAAA9999999999999999",
        "Andrei,Alexandru,Ionuț,Mihai,Florin,Constantin,Gheorghe,Marius,Adrian,Cristian,Bogdan,Vasile,Ștefan,Daniel",
        "Maria,Elena,Ioana,Andreea,Ana,Mihaela,Gabriela,Cristina,Alina,Florentina,Roxana,Daniela",
        "Popescu,Ionescu,Popa,Pop,Radu,Dumitru,Stan,Stoica,Gheorghe,Matei,Ciobanu,Rusu,Munteanu,Florea,Moldovan,Lungu,Barbu,Constantin");
    add("BG", "359", "IBAN:AAAA99999999999999",
        "Georgi,Ivan,Dimitar,Nikolay,Petar,Hristo,Stoyan,Todor,Vasil,Kiril,Plamen,Yordan",
        "Maria,Ivanka,Elena,Yordanka,Penka,Desislava,Radka,Tsvetanka,Gergana,Stefka,Nadezhda,Milena",
        "Ivanov,Georgiev,Dimitrov,Petrov,Nikolov,Hristov,Stoyanov,Todorov,Iliev,Vasilev,Atanasov,Angelov,Petkov,Kolev");
    add("LT", "370", "IBAN:9999999999999999",
        "Tomas,Mantas,Lukas,Darius,Andrius,Paulius,Jonas,Vytautas,Mindaugas,Rokas",
        "Rūta,Agnė,Jurgita,Inga,Asta,Laura,Kristina,Greta,Eglė,Vaida",
        "Kazlauskas,Jankauskas,Petrauskas,Stankevičius,Vasiliauskas,Žukauskas,Butkus,Paulauskas,Urbonas,Kavaliauskas");
    add("UA", "380", "IBAN:999999999999999999999999999",
        "Oleksandr,Andriy,Serhiy,Volodymyr,Dmytro,Mykola,Ivan,Yuriy,Vasyl,Oleh,Taras,Bohdan",
        "Olena,Natalia,Tetiana,Iryna,Oksana,Svitlana,Yulia,Kateryna,Halyna,Liudmyla,Mariia,Viktoriia",
        "Melnyk,Shevchenko,Boyko,Kovalenko,Bondarenko,Tkachenko,Kovalchuk,Kravchenko,Oliynyk,Shevchuk,Koval,Polishchuk,Bondar,Marchenko");
    add("MD", "373", "IBAN:AAAA99999999999999",
        "Ion,Vasile,Sergiu,Nicolae,Victor,Igor,Dumitru,Alexandru,Vladimir,Andrei",
        "Ana,Maria,Elena,Tatiana,Natalia,Olga,Galina,Svetlana,Valentina,Irina",
        "Rusu,Ceban,Ciobanu,Turcan,Cojocaru,Lupu,Sirbu,Popa,Munteanu,Cebotari,Rotari,Bivol");
    add("AL", "355", "IBAN:999999999999999999999999",
        "Arben,Besnik,Dritan,Ervin,Fatmir,Gentian,Ilir,Klodian,Luan,Mirel,Sokol,Erion",
        "Anila,Blerina,Elona,Fatjona,Jonida,Klajdi,Mimoza,Rezarta,Silvana,Vjollca,Enkeleda,Dorina",
        "Hoxha,Shehu,Gjoka,Leka,Krasniqi,Dervishi,Berisha,Kola,Marku,Basha,Cela,Daci,Prifti,Muca");
    add("TR", "90", "IBAN:999999999999999999999999",
        "Mehmet,Mustafa,Ahmet,Ali,Hüseyin,Hasan,İbrahim,Murat,Emre,Yusuf,Ömer,Burak,Kemal,Serkan",
        "Ayşe,Fatma,Emine,Hatice,Zeynep,Elif,Meryem,Merve,Esra,Büşra,Özlem,Derya",
        "Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk,Aydın,Özdemir,Arslan,Doğan,Kılıç,Aslan,Çetin,Kara");
    add("SY", "963", "WALLET",
        "Mohammad,Ahmad,Omar,Khaled,Mahmoud,Abdullah,Hussein,Yousef,Bilal,Rami,Samer,Fadi",
        "Fatima,Aisha,Mariam,Rania,Noor,Lina,Hala,Rasha,Dima,Salma,Layla,Reem",
        "Al-Hassan,Haddad,Khalil,Darwish,Ibrahim,Saleh,Mansour,Hamdan,Nasser,Othman,Kassem,Sabbagh");
    add("IN", "91", "AAAA0999999-99999999999",
        "Rahul,Amit,Suresh,Rajesh,Sanjay,Vijay,Arjun,Harpreet,Gurpreet,Manpreet,Ravi,Anil,Deepak,Sunil",
        "Priya,Anjali,Sunita,Pooja,Kavita,Neha,Simran,Jaspreet,Lakshmi,Meena,Divya,Deepa",
        "Singh,Kumar,Sharma,Patel,Gupta,Reddy,Nair,Das,Gill,Sandhu,Kaur,Verma,Yadav,Joshi,Mehta,Pillai");
    add("PK", "92", "WALLET",
        "Muhammad,Ali,Imran,Usman,Bilal,Asif,Tariq,Kamran,Shahid,Zahid,Faisal,Naveed",
        "Ayesha,Fatima,Sana,Saima,Nadia,Amina,Rabia,Hina,Samina,Shazia,Bushra,Zainab",
        "Khan,Ahmed,Hussain,Malik,Iqbal,Butt,Chaudhry,Raza,Akhtar,Shah,Mahmood,Qureshi,Javed,Rana");
    add("BD", "880", "WALLET",
        "Mohammad,Abdul,Rahim,Karim,Jamal,Shahin,Rafiq,Habib,Anwar,Mizanur,Faruk,Sohel",
        "Nasrin,Shirin,Rokeya,Taslima,Farzana,Sharmin,Nusrat,Jannat,Ruma,Shapla,Mousumi,Lipi",
        "Rahman,Hossain,Islam,Ahmed,Uddin,Alam,Miah,Chowdhury,Begum,Sarker,Akter,Molla");
    add("NP", "977", "WALLET",
        "Ram,Hari,Krishna,Bishnu,Gopal,Suman,Bikash,Prakash,Dipak,Rajendra,Santosh,Nabin",
        "Sita,Gita,Sarita,Sunita,Anita,Kamala,Laxmi,Radha,Puja,Sabina,Manisha,Bimala",
        "Shrestha,Tamang,Gurung,Magar,Rai,Thapa,Adhikari,Karki,Bhattarai,Khadka,Poudel,Lama,Basnet,Limbu");
    add("PH", "63", "WALLET",
        "Jose,Juan,Mark,John Paul,Rodel,Ramon,Jerome,Christian,Ricardo,Arnel,Rommel,Jun",
        "Maria,Mary Jane,Rosalie,Marites,Jocelyn,Maricel,Lorna,Analyn,Rowena,Cherry,Grace,Joy",
        "Santos,Reyes,Cruz,Bautista,Ocampo,Garcia,Mendoza,Torres,Villanueva,Ramos,Aquino,Castillo,Dela Cruz,Flores");
    add("VN", "84", "WALLET",
        "Minh,Hung,Tuan,Duc,Quang,Thanh,Hoang,Long,Nam,Son,Dung,Hieu",
        "Lan,Huong,Linh,Mai,Ngoc,Thu,Trang,Hoa,Phuong,Thao,Hanh,Yen",
        "Nguyen,Tran,Le,Pham,Hoang,Huynh,Phan,Vu,Vo,Dang,Bui,Do,Ho,Ngo");
    add("NG", "234", "WALLET",
        "Chinedu,Emeka,Oluwaseun,Tunde,Ibrahim,Femi,Uche,Segun,Ikenna,Musa,Kelechi,Obinna",
        "Ngozi,Chioma,Funmilayo,Aisha,Blessing,Adaeze,Yetunde,Amaka,Folake,Nkechi,Precious,Esther",
        "Okafor,Adeyemi,Okonkwo,Bello,Eze,Ogunleye,Nwosu,Abubakar,Adebayo,Obi,Balogun,Okeke,Olawale,Ibekwe");
    add("GH", "233", "WALLET",
        "Kwame,Kofi,Kwabena,Yaw,Kojo,Kwaku,Emmanuel,Samuel,Isaac,Ebenezer",
        "Ama,Akosua,Abena,Adwoa,Efua,Akua,Yaa,Esi,Afia,Comfort",
        "Mensah,Owusu,Boateng,Asante,Osei,Agyei,Appiah,Addo,Ansah,Amoah,Darko,Acheampong");
    add("BR", "55", "IBAN:99999999999999999999999A9",
        "Lucas,Gabriel,Rafael,Matheus,Pedro,Thiago,Bruno,Felipe,Rodrigo,Anderson,Diego,Leandro",
        "Ana,Juliana,Fernanda,Camila,Larissa,Beatriz,Gabriela,Amanda,Patrícia,Aline,Vanessa,Letícia",
        "Silva,Santos,Oliveira,Souza,Rodrigues,Ferreira,Alves,Pereira,Lima,Gomes,Costa,Ribeiro,Martins,Carvalho");
    add("PT", "351", "IBAN:999999999999999999999",
        "João,Rui,Tiago,Nuno,Pedro,Miguel,Bruno,Ricardo,Paulo,Hugo",
        "Ana,Sofia,Inês,Catarina,Joana,Beatriz,Mariana,Rita,Sara,Filipa",
        "Silva,Santos,Ferreira,Pereira,Oliveira,Costa,Rodrigues,Martins,Jesus,Sousa,Fernandes,Gonçalves");
    add("ES", "34", "IBAN:99999999999999999999",
        "Javier,Carlos,David,Daniel,Alejandro,Pablo,Sergio,Jorge,Manuel,Antonio",
        "María,Lucía,Laura,Carmen,Marta,Elena,Paula,Cristina,Ana,Isabel",
        "García,Fernández,González,Rodríguez,López,Martínez,Sánchez,Pérez,Gómez,Martín,Jiménez,Ruiz");
    add("IT", "39", "IBAN:A9999999999999999999999",
        "Marco,Luca,Giuseppe,Francesco,Alessandro,Andrea,Matteo,Davide,Simone,Giovanni",
        "Giulia,Francesca,Chiara,Sara,Martina,Valentina,Alessia,Elena,Federica,Silvia",
        "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo");
  }
}
