using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Demo;

public static partial class DemoMembers
{
    private const string Winter = "11-4";
    private const string Summer = "6-9";
    private const string AllYear = "1-12";

    // Member ids named here so campaigns and pair preferences can refer to them.
    public const long KahvilaAalto = 1;
    public const long KahvilaKuura = 2;
    public const long RavintolaRevontuli = 3;
    public const long PizzeriaNapapiiri = 5;
    public const long HotelliOunasvaara = 7;
    public const long HuskySafarit = 10;
    public const long Kalastusopas = 12;
    public const long UrheiluLappi = 15;
    public const long Erapuoti = 16;
    public const long RuokamarketKorkalo = 17;
    public const long LahikauppaRantavitikka = 18;
    public const long KuntokeskusVoima = 19;
    public const long KauneushoitolaHelmi = 22;
    public const long Tilitoimisto = 23;
    public const long KukkakauppaKielo = 28;
    public const long KirjakauppaLukunurkka = 29;
    public const long VaatekauppaPohjantahti = 30;
    public const long PelikahvilaPixel = 33;
    public const long Hoivahelmi = 34;
    public const long Valokuvaamo = 40;
    public const long FysioterapiaLiike = 42;

    /// <summary>All demo members, ids 1..n.</summary>
    public static IReadOnlyList<Business> All() =>
    [
        Member(KahvilaAalto, "Kahvila Aalto", "56102", "kahvi|leivonnaiset|lounas|korvapuustit", CustomerType.Consumers, [10, 12, 24, 22, 14, 10, 8], "coffee|baking|families|food", AllYear, 2600, 5, "Aino Aalto", [Instagram("@kahvila.aalto", 8200), Facebook("Kahvila Aalto", 3100), Website("kahvila-aalto.fi", 2500)]),
        Member(KahvilaKuura, "Kahvila Kuura", "56102", "kahvi|leivonnaiset|lounas|jäätelö", CustomerType.Consumers, [8, 14, 26, 20, 14, 10, 8], "coffee|baking|families|design", AllYear, 2200, 5, "Kalle Kuusela", [Instagram("@kahvilakuura", 5400), Facebook("Kahvila Kuura", 2600)]),
        Member(RavintolaRevontuli, "Ravintola Revontuli", "56101", "illallinen|poronkäristys|lappilainen ruoka|viinit", CustomerType.Consumers, [0, 8, 24, 24, 20, 14, 10], "food|local-food|tourism|restaurants|northern-lights", AllYear, 3100, 10, "Päivi Öhman", [Instagram("@revontuli.ravintola", 6100), Facebook("Ravintola Revontuli", 4500), SearchAds(1800)], served: "683|320"),
        Member(4, "Ravintola Kota & Kaira", "56101", "lounas|kotiruoka|keitot", CustomerType.Both, [0, 6, 18, 24, 24, 18, 10], "food|local-food|business-services", AllYear, 4200, 4, "Juha Kärkkäinen", [Facebook("Kota & Kaira", 2100), Newspaper(20000, 85000)]),
        Member(PizzeriaNapapiiri, "Pizzeria Napapiiri", "56101", "pizza|kebab|kotiinkuljetus", CustomerType.Consumers, [14, 34, 26, 14, 7, 3, 2], "food|youth|students|gaming", AllYear, 5200, 8, "Mehmet Yılmaz", [Instagram("@pizzerianapapiiri", 3900), TikTok("@napapiiripizza", 6800)]),
        Member(6, "Olutbaari Pölkky", "56301", "pienpanimo-oluet|siiderit|live-musiikki", CustomerType.Consumers, [0, 36, 32, 16, 9, 5, 2], "nightlife|music|wine-beer|students", AllYear, 3000, 6, "Ville Mäenpää", [Instagram("@polkky.baari", 4700), Facebook("Olutbaari Pölkky", 2900), Event("Pölkky Live", 600)]),
        Member(HotelliOunasvaara, "Hotelli Ounasvaara", "55101", "majoitus|sauna|kokoustilat|aamiainen", CustomerType.Both, [4, 8, 22, 24, 20, 14, 8], "tourism|travel|sauna|northern-lights|business-services", AllYear, 2400, 50, "Sari Kemppainen", [Instagram("@hotelliounasvaara", 12400), Facebook("Hotelli Ounasvaara", 9800), Website("ounasvaarahotel.fi", 21000), SearchAds(5200)], served: "683|320|758", notes: "Kokoustilat 120 hengelle."),
        Member(8, "Hotelli Kemijoen Helmi", "55101", "majoitus|kylpylä|ravintola", CustomerType.Consumers, [6, 8, 20, 24, 20, 14, 8], "tourism|travel|wellbeing|sauna", AllYear, 1900, 50, "Timo Rönkkö", [Instagram("@kemijoenhelmi", 7600), Facebook("Kemijoen Helmi", 6200), Website("kemijoenhelmi.fi", 14000)]),
        Member(9, "Lomakylä Saivo", "55209", "mökit|revontulilasi-iglut|savusauna", CustomerType.Consumers, [12, 6, 24, 26, 18, 10, 4], "tourism|northern-lights|families|nature|sauna", Winter + "|6-8", 600, 80, "Elina Saarijärvi", [Instagram("@lomakylasaivo", 15300), Website("saivo.fi", 18000)], served: "683"),
        Member(HuskySafarit, "Napapiirin Huskysafarit", "93299", "huskyajelu|kennelvierailu|revontuliretki", CustomerType.Consumers, [14, 8, 26, 26, 16, 7, 3], "huskies|tourism|nature|winter-sports|families", Winter, 900, 40, "Lauri Äijälä", [Instagram("@napapiirinhuskyt", 21000), TikTok("@huskyrovaniemi", 14500), Website("huskysafarit.fi", 9000)], served: "683"),
        Member(11, "Porotila Äijälä", "01492", "porosafari|porotilavierailu|poronliha", CustomerType.Both, [16, 6, 20, 24, 18, 10, 6], "reindeer|tourism|local-food|families|nature", "11-5", 700, 30, "Anna-Liisa Äijälä", [Instagram("@porotila.aijala", 9300), Facebook("Porotila Äijälä", 3800)]),
        Member(Kalastusopas, "Lohiopas Väänänen", "79900", "kalastusretki|perhokalastus|veneretki", CustomerType.Consumers, [4, 8, 18, 24, 24, 16, 6], "fishing|outdoor|nature|boating", Summer, 120, 60, "Pekka Väänänen", [Facebook("Lohiopas Väänänen", 2400), Instagram("@lohiopas", 3100)], served: "683|976"),
        Member(13, "Kelkkasafarit Kaira", "79120", "moottorikelkkasafari|revontuliretki|jääkalastus", CustomerType.Consumers, [6, 14, 30, 26, 14, 7, 3], "snowmobiling|tourism|northern-lights|winter-sports", "12-4", 800, 50, "Jari Hänninen", [Instagram("@kelkkasafarit.kaira", 11800), Website("kaira-safarit.fi", 7000)]),
        Member(14, "Polkupyörävuokraamo Kesäpolku", "77210", "pyörävuokraus|sähköpyörät|retket", CustomerType.Consumers, [12, 16, 26, 22, 14, 7, 3], "cycling|outdoor|nature|tourism", "5-9", 500, 15, "Minna Pöyhönen", [Instagram("@kesapolku", 2300)]),
        Member(UrheiluLappi, "Urheilu-Lappi", "47641", "urheiluvälineet|hiihtovälineet|juoksukengät", CustomerType.Consumers, [16, 14, 20, 22, 16, 8, 4], "sports|skiing|running|fitness|outdoor", AllYear, 2300, 20, "Markku Hietala", [Instagram("@urheilulappi", 4800), Facebook("Urheilu-Lappi", 5200), Newspaper(20000, 85000)]),
        Member(Erapuoti, "Eräpuoti Kairankulma", "47641", "kalastusvälineet|metsästysvarusteet|retkeilyvarusteet", CustomerType.Consumers, [4, 10, 18, 22, 22, 16, 8], "fishing|hunting|hiking|outdoor", AllYear, 1400, 60, "Risto Keränen", [Facebook("Eräpuoti Kairankulma", 6100), Website("kairankulma.fi", 5200)], served: "683|758|976"),
        Member(RuokamarketKorkalo, "Ruokamarket Korkalo", "47111", "päivittäistavarat|lähiruoka|leipä|liha", CustomerType.Consumers, [14, 10, 16, 18, 16, 13, 13], "food|local-food|families|shopping", AllYear, 24000, 8, "Heikki Korkalo", [Facebook("Ruokamarket Korkalo", 7200), Newspaper(20000, 120000), Print(5000)]),
        Member(LahikauppaRantavitikka, "Lähikauppa Rantavitikka", "47112", "päivittäistavarat|leipä|maito|lähiruoka", CustomerType.Consumers, [12, 10, 16, 16, 16, 14, 16], "food|local-food|families|seniors", AllYear, 9000, 3, "Tuula Rantanen", [Facebook("Lähikauppa Rantavitikka", 2200), Print(1500)]),
        Member(KuntokeskusVoima, "Kuntokeskus Voima", "93130", "kuntosali|ryhmäliikunta|personal training", CustomerType.Consumers, [6, 26, 30, 20, 10, 6, 2], "fitness|wellbeing|sports|health", AllYear, 1800, 5, "Jenni Mäkelä", [Instagram("@voimarovaniemi", 6600), TikTok("@voima.gym", 3200), Facebook("Kuntokeskus Voima", 2800)]),
        Member(20, "Parturi-Kampaamo Sointu", "96021", "hiustenleikkuu|värjäys|parturi", CustomerType.Consumers, [8, 14, 20, 18, 16, 14, 10], "beauty|fashion", AllYear, 700, 6, "Sointu Heikkilä", [Instagram("@sointu.hius", 2100), Facebook("Parturi-Kampaamo Sointu", 1300)]),
        Member(21, "Hiusstudio Lumo", "96021", "hiustenleikkuu|kampaukset|hääkampaukset", CustomerType.Consumers, [6, 24, 30, 18, 12, 7, 3], "beauty|fashion|weddings", AllYear, 500, 6, "Laura Lumme", [Instagram("@hiusstudiolumo", 3400), TikTok("@lumo.hair", 2600)]),
        Member(KauneushoitolaHelmi, "Kauneushoitola Helmi", "96022", "kasvohoidot|ripsienpidennykset|manikyyri", CustomerType.Consumers, [4, 22, 28, 20, 14, 8, 4], "beauty|wellbeing|fashion", AllYear, 450, 8, "Helmi Öystilä", [Instagram("@kauneushoitolahelmi", 4100)]),
        Member(Tilitoimisto, "Tilitoimisto Laskentapiste", "69202", "kirjanpito|palkanlaskenta|tilinpäätökset|veroneuvonta", CustomerType.Businesses, [0, 2, 18, 30, 28, 18, 4], "business-services|entrepreneurship", AllYear, 90, 120, "Marja Niskanen", [LinkedIn("Laskentapiste", 850), Website("laskentapiste.fi", 1200), Newsletter(400)], served: "240|851|683"),
        Member(24, "Mainostoimisto Kaamos", "73111", "mainonta|graafinen suunnittelu|somemarkkinointi|verkkosivut", CustomerType.Businesses, [0, 6, 34, 32, 20, 8, 0], "business-services|design|photography|entrepreneurship", AllYear, 25, 200, "Oskari Lehtonen", [LinkedIn("Mainostoimisto Kaamos", 1900), Instagram("@kaamos.agency", 2700)]),
        Member(25, "Napapiirin Data", "62020", "it-tuki|pilvipalvelut|tietoturva", CustomerType.Businesses, [0, 4, 30, 34, 22, 10, 0], "business-services|technology", AllYear, 40, 150, "Sami Väisänen", [LinkedIn("Napapiirin Data", 1200), Website("napapiirindata.fi", 1500)]),
        Member(26, "Siivouspalvelu Puhdas Pohjola", "81210", "toimistosiivous|kotisiivous|ikkunanpesu", CustomerType.Both, [0, 4, 18, 26, 24, 16, 12], "home|business-services", AllYear, 160, 25, "Riikka Pöllänen", [Facebook("Puhdas Pohjola", 900), Newspaper(20000, 60000)]),
        Member(27, "Sähkö-Räisänen", "43210", "sähköasennus|aurinkopaneelit|latauspisteet", CustomerType.Both, [0, 2, 20, 30, 26, 16, 6], "construction|home|sustainability", AllYear, 70, 60, "Antti Räisänen", [Facebook("Sähkö-Räisänen", 1100), Website("sahkoraisanen.fi", 900)], served: "683|241"),
        Member(KukkakauppaKielo, "Kukkakauppa Kielo", "47761", "kukat|hautajaiskukat|hääkimput|viherkasvit", CustomerType.Consumers, [2, 8, 18, 20, 18, 18, 16], "gardening|weddings|home|events", AllYear, 1100, 8, "Kirsi Kielo", [Instagram("@kukkakauppakielo", 2900), Facebook("Kukkakauppa Kielo", 2000)]),
        Member(KirjakauppaLukunurkka, "Kirjakauppa Lukunurkka", "47610", "kirjat|lastenkirjat|paperitavara|pelit", CustomerType.Consumers, [14, 10, 14, 18, 16, 14, 14], "books|culture|children|families", AllYear, 1500, 10, "Eeva Lukkari", [Instagram("@lukunurkka", 3300), Facebook("Kirjakauppa Lukunurkka", 2700), Newsletter(1800)]),
        Member(VaatekauppaPohjantahti, "Vaatekauppa Pohjantähti", "47711", "naisten vaatteet|asusteet|juhlamuoti", CustomerType.Consumers, [2, 16, 24, 22, 18, 12, 6], "fashion|shopping|design", AllYear, 1300, 12, "Tiina Pohjola", [Instagram("@pohjantahti.muoti", 7100), Facebook("Vaatekauppa Pohjantähti", 3600)]),
        Member(31, "Kenkäkauppa Askel", "47721", "kengät|talvikengät|laukut", CustomerType.Consumers, [10, 12, 18, 20, 16, 12, 12], "fashion|shopping|outdoor", AllYear, 1100, 12, "Jukka Askola", [Facebook("Kenkäkauppa Askel", 2400), Print(2000)]),
        Member(32, "Optiikka Näkö", "47742", "silmälasit|piilolinssit|näöntutkimus", CustomerType.Consumers, [4, 6, 10, 14, 20, 22, 24], "health|fashion|seniors", AllYear, 600, 20, "Raimo Näkkäläjärvi", [Facebook("Optiikka Näkö", 1600), Newspaper(20000, 85000)]),
        Member(PelikahvilaPixel, "Pelikahvila Pixel", "56302", "pelikahvila|e-urheilu|energiajuomat|turnaukset", CustomerType.Consumers, [18, 58, 16, 5, 2, 1, 0], "gaming|youth|students|technology", AllYear, 1400, 6, "Niko Pitkänen", [TikTok("@pixel.rovaniemi", 12000), Instagram("@pelikahvilapixel", 4400), Event("Pixel LAN", 300)]),
        Member(Hoivahelmi, "Kotipalvelu Hoivahelmi", "88101", "kotiapu|asiointiapu|siivous senioreille", CustomerType.Consumers, [0, 0, 2, 4, 8, 16, 70], "seniors|health|home", AllYear, 220, 30, "Leena Hyvönen", [Newspaper(20000, 85000), Radio(15000)]),
        Member(35, "Arktiset Yrtit", "47910", "luonnonkosmetiikka|yrttiteet|marjajauheet", CustomerType.Consumers, [2, 14, 26, 24, 18, 10, 6], "wellbeing|nature|sustainability|beauty", AllYear, 2100, 1, "Saana Aikio", [Instagram("@arktisetyrtit", 18500), Facebook("Arktiset Yrtit", 7400), SearchAds(6200)], national: true),
        Member(36, "Poronnahka Design", "14190", "nahkatuotteet|käsityöt|lahjatavarat", CustomerType.Both, [0, 10, 22, 24, 20, 14, 10], "design|crafts|reindeer|shopping", AllYear, 800, 1, "Jouni Magga", [Instagram("@poronnahkadesign", 9900), Website("poronnahka.fi", 11000)], national: true),
        Member(37, "Taksi Mäkelä", "49320", "taksi|lentokenttäkuljetus|invataksi", CustomerType.Both, [2, 14, 18, 16, 16, 16, 18], "travel|tourism|seniors", AllYear, 2600, 25, "Esa Mäkelä", [Facebook("Taksi Mäkelä", 700)]),
        Member(38, "Autohuolto Kärkkäinen", "45201", "määräaikaishuolto|rengastyöt|katsastuskorjaukset", CustomerType.Both, [0, 10, 20, 22, 22, 16, 10], "cars", AllYear, 500, 30, "Kari Kärkkäinen", [Facebook("Autohuolto Kärkkäinen", 1400), Newspaper(20000, 85000)], served: "683|241"),
        Member(39, "LKV Koti-Lappi", "68310", "asuntokauppa|arviointi|vuokravälitys", CustomerType.Consumers, [0, 6, 26, 24, 20, 14, 10], "real-estate|home|families", AllYear, 60, 40, "Johanna Rautio", [Facebook("Koti-Lappi", 2500), Website("kotilappi.fi", 4800), Newspaper(20000, 85000)]),
        Member(Valokuvaamo, "Valokuvaamo Revontulikuva", "7420", "hääkuvaus|revontulikuvaus|yrityskuvaus", CustomerType.Both, [2, 16, 30, 24, 14, 8, 6], "photography|northern-lights|weddings|tourism", AllYear, 120, 60, "Mikko Ylitalo", [Instagram("@revontulikuva", 14200), Website("revontulikuva.fi", 3800)]),
        Member(41, "Leipomo Rieska", "10710", "ruisleipä|rieska|pullat|kakut", CustomerType.Both, [6, 8, 16, 20, 18, 16, 16], "baking|local-food|food", AllYear, 3300, 15, "Irja Rieskala", [Facebook("Leipomo Rieska", 3300), Print(3000)]),
        Member(FysioterapiaLiike, "Fysioterapia Liike", "86901", "fysioterapia|hieronta|urheiluvammat", CustomerType.Consumers, [4, 10, 18, 20, 20, 16, 12], "health|wellbeing|sports|fitness", AllYear, 350, 15, "Sanna Kivelä", [Facebook("Fysioterapia Liike", 1200), Instagram("@fysioliike", 1800)]),
        Member(43, "Hammasklinikka Hymy", "86230", "hammastarkastus|valkaisu|suuhygienisti", CustomerType.Consumers, [16, 8, 14, 16, 16, 14, 16], "health|families", AllYear, 400, 20, "Tapio Hyyppä", [Facebook("Hammasklinikka Hymy", 1500), Newspaper(20000, 85000)]),
        Member(44, "Kemin Kalaliike", "47230", "tuore kala|savukala|kalakeitto", CustomerType.Consumers, [4, 4, 12, 16, 20, 20, 24], "food|local-food|fishing", AllYear, 900, 15, "Veikko Simula", [Facebook("Kemin Kalaliike", 1900)], municipality: "240", served: "241|851"),
        Member(45, "Luoston Tunturimajat", "55209", "mökit|hiihtoloma|revontulet", CustomerType.Consumers, [14, 6, 22, 26, 18, 10, 4], "skiing|tourism|families|northern-lights", Winter + "|7-9", 400, 60, "Outi Palojärvi", [Instagram("@luostontunturimajat", 6200), Website("luostomajat.fi", 8800)], municipality: "758"),
    ];
}
