namespace CoMarketing.Core.Matching.Synthetic;

/// <summary>The places, industries and tags the <see cref="AssociationGenerator"/> draws from.</summary>
internal static class SyntheticCatalog
{
    /// <summary>Municipalities: official code, name, centre, population (rounded).</summary>
    public static readonly (string Code, string Name, double Lat, double Lon, int Population)[] Places =
    [
        ("698", "Rovaniemi", 66.50, 25.73, 65000), ("240", "Kemi", 65.74, 24.56, 20000), ("851", "Tornio", 65.85, 24.15, 21000),
        ("758", "Sodankylä", 67.42, 26.59, 8000), ("261", "Kittilä", 67.65, 24.91, 6500), ("148", "Inari", 68.91, 27.03, 7000),
        ("320", "Kemijärvi", 66.71, 27.43, 7000), ("273", "Kolari", 67.33, 23.79, 3800), ("047", "Enontekiö", 68.38, 23.64, 1900),
        ("614", "Posio", 66.11, 28.17, 3000), ("732", "Salla", 66.83, 28.67, 3300), ("845", "Tervola", 66.08, 24.81, 2900),
        ("976", "Ylitornio", 66.32, 23.67, 4000), ("683", "Ranua", 65.93, 26.52, 3700), ("742", "Savukoski", 67.29, 28.16, 1000),
        ("564", "Oulu", 65.01, 25.47, 215000), ("091", "Helsinki", 60.17, 24.94, 680000), ("049", "Espoo", 60.21, 24.66, 310000),
        ("092", "Vantaa", 60.29, 25.04, 245000), ("837", "Tampere", 61.50, 23.76, 255000), ("853", "Turku", 60.45, 22.27, 200000),
        ("179", "Jyväskylä", 62.24, 25.75, 148000), ("398", "Lahti", 60.98, 25.66, 121000), ("297", "Kuopio", 62.89, 27.68, 124000),
        ("609", "Pori", 61.48, 21.80, 83000), ("405", "Lappeenranta", 61.06, 28.19, 73000), ("167", "Joensuu", 62.60, 29.76, 78000),
        ("743", "Seinäjoki", 62.79, 22.84, 65000), ("905", "Vaasa", 63.10, 21.62, 68000), ("583", "Pelkosenniemi", 67.11, 27.51, 900),
    ];

    /// <summary>Industries: class, subclasses, name stem, offerings, interests, peak age band, customer type (0 C, 1 B, 2 both), season.</summary>
    public static readonly (string Class, string[] Subclasses, string Stem, string[] Offerings, string[] Interests, int PeakBand, int Customers, int Season, double RadiusKm)[] Industries =
    [
        ("5610", ["56101", "56102", "56103"], "Kahvila", ["coffee", "pastries", "lunch", "pizza", "burgers", "brunch", "beer", "wine", "catering"], ["food", "coffee", "local", "families"], 2, 0, 0, 5),
        ("4764", ["47641", "47642"], "Erä", ["skis", "bikes", "fishing gear", "hiking boots", "tents", "snowshoes", "jackets"], ["outdoor", "nature", "fishing", "skiing", "cycling"], 3, 0, 0, 60),
        ("9313", ["93130"], "Kuntosali", ["gym", "group classes", "personal training", "yoga"], ["sports", "health", "wellbeing"], 2, 0, 0, 8),
        ("9602", ["96021", "96022"], "Parturi", ["haircut", "colouring", "manicure", "facials", "massage"], ["beauty", "fashion", "wellbeing"], 3, 0, 0, 10),
        ("5510", ["55101", "55102"], "Hotelli", ["rooms", "sauna", "breakfast", "conference"], ["travel", "tourism", "wellbeing"], 4, 2, 1, 200),
        ("7990", ["79901", "79909"], "Safarit", ["husky safari", "snowmobile tours", "northern lights tours", "reindeer rides", "fishing trips"], ["tourism", "nature", "outdoor", "travel"], 3, 2, 1, 100),
        ("4711", ["47111", "47112"], "Market", ["groceries", "bread", "fish", "meat", "vegetables"], ["food", "families", "local"], 4, 0, 0, 15),
        ("4771", ["47711", "47712", "47713"], "Muoti", ["jeans", "dresses", "shoes", "outdoor clothing", "accessories"], ["fashion", "design", "students"], 2, 0, 0, 30),
        ("4761", ["47610"], "Kirja", ["books", "stationery", "gifts", "games"], ["books", "culture", "kids", "students"], 5, 0, 0, 25),
        ("4752", ["47521", "47522"], "Rauta", ["tools", "paint", "building supplies", "garden"], ["home", "garden", "crafts"], 4, 2, 0, 40),
        ("4520", ["45201", "45202"], "Autohuolto", ["tyres", "car repair", "car wash", "inspection"], ["cars", "local", "technology"], 4, 2, 0, 30),
        ("6920", ["69201", "69202"], "Tilitoimisto", ["bookkeeping", "payroll", "tax advice"], ["business", "local"], 4, 1, 0, 80),
        ("7311", ["73111", "73112"], "Mainos", ["web design", "social media", "print design", "video"], ["business", "design", "technology"], 2, 1, 0, 150),
        ("8559", ["85592", "85593"], "Opisto", ["courses", "language lessons", "music lessons"], ["culture", "music", "kids", "seniors"], 5, 0, 0, 40),
        ("4776", ["47761", "47762"], "Kukka", ["flowers", "plants", "pet food", "pet supplies"], ["garden", "pets", "home"], 5, 0, 2, 15),
        ("8690", ["86904", "86909"], "Fysio", ["physiotherapy", "massage", "rehabilitation"], ["health", "wellbeing", "seniors", "sports"], 5, 2, 0, 25),
        ("9004", ["90040"], "Teatteri", ["concerts", "theatre", "festivals"], ["culture", "music", "nightlife"], 3, 0, 1, 80),
        ("1071", ["10710"], "Leipomo", ["bread", "pastries", "cakes", "catering"], ["food", "local", "families"], 4, 2, 2, 20),
    ];

    public static readonly string[] Interests =
    [
        "outdoor", "families", "sports", "food", "coffee", "culture", "music", "fashion", "beauty", "health", "wellbeing",
        "travel", "nature", "fishing", "hunting", "skiing", "cycling", "design", "home", "garden", "pets", "books",
        "technology", "cars", "business", "local", "students", "seniors", "kids", "tourism", "nightlife", "crafts",
        "photography", "gaming", "sustainability", "northern lights", "arctic", "christmas", "sauna", "lunch",
    ];

    /// <summary>Related tags of the synthetic vocabulary (tag, related, percent), like <c>data/interest-affinities.csv</c>.</summary>
    public static readonly (string Tag, string Related, int Percent)[] Affinities =
    [
        ("outdoor", "nature", 75), ("fishing", "hunting", 50), ("fishing", "outdoor", 75), ("hunting", "outdoor", 75),
        ("sports", "health", 25), ("health", "wellbeing", 75), ("kids", "families", 75), ("travel", "tourism", 75),
        ("coffee", "food", 50), ("food", "lunch", 75), ("food", "local", 50), ("culture", "music", 75), ("music", "nightlife", 75),
        ("beauty", "fashion", 50), ("design", "home", 50), ("home", "garden", 50), ("skiing", "sports", 50), ("cycling", "outdoor", 50),
        ("northern lights", "tourism", 50), ("sauna", "wellbeing", 50), ("arctic", "nature", 25),
    ];

    /// <summary>
    /// Complementary industries of the synthetic catalogue (industry, complement, percent), like
    /// <c>data/industry-complements.csv</c>: classes and subclasses, one subclass pair inside a listed class pair.
    /// </summary>
    public static readonly (string Industry, string Complement, int Percent)[] Complements =
    [
        ("5610", "4761", 50), ("56102", "47610", 75), ("5510", "7990", 75), ("4764", "7990", 50), ("9313", "8690", 50),
        ("9602", "4771", 50), ("1071", "4776", 25), ("55101", "9004", 25), ("4752", "4776", 25),
    ];

    public static readonly string[] Names = ["Aalto", "Revontuli", "Tunturi", "Kuukkeli", "Poro", "Kaamos", "Napapiiri", "Lumi", "Ounas", "Kemi", "Saaga", "Koivu"];
}
