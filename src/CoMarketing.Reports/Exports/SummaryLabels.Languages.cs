using System.Globalization;
using CoMarketing.Core.Association;

namespace CoMarketing.Reports.Exports;

/// <summary>The Finnish and English wording.</summary>
public sealed partial record SummaryLabels
{
    public static SummaryLabels Finnish { get; } = new()
    {
        Language = Language.Finnish,
        Culture = CultureInfo.GetCultureInfo("fi-FI"),
        Campaign = "Kampanja", Field = "Tieto", Value = "Arvo", Goal = "Tavoite", Target = "tavoitearvo", Dates = "Ajankohta",
        Start = "Alkaa", End = "Päättyy", Status = "Tila", Association = "Yhdistys", Currency = "Valuutta",
        Settlement = "Tilitys", Participants = "Osallistujat", CostItems = "Kustannukset", Item = "Kulu", Rule = "Jakoperuste",
        PaidBy = "Maksaja", VatPercent = "ALV-%", Participant = "Osallistuja", Net = "Veroton", Vat = "ALV",
        Gross = "Verollinen", Total = "Yhteensä", Paid = "Maksanut", Balance = "Saldo", OwnReach = "Oma tavoittavuus",
        NewReach = "Uusi tavoittavuus", Reach = "Tavoittavuus", Population = "Väestö", CombinedReach = "Yhteinen tavoittavuus",
        Unbounded = "rajaton", PaymentInstructions = "Maksuohjeet", Payer = "Maksaa", Payee = "Saaja", Amount = "Summa",
        Reference = "Viitenumero", RfReference = "RF-viite", DueDate = "Eräpäivä", None = "(ei rivejä)",
        Nothing = "ei maksettavaa", Totals = "Yhteensä", Shares = "Osuudet", Statement = "Osallistujan erittely",
        YouPay = "Maksettavaa", YouReceive = "Palautetaan sinulle", Why = "Peruste", BusinessId = "Y-tunnus", Iban = "Tilinumero (IBAN)",
        PaymentTerm = "Maksuehto", Days = "päivää netto",
        Issued = "Päiväys",
        Metrics = "Tunnusluvut (kustannus = verollinen osuus)", Cost = "Kustannus", NewCustomers = "Uudet asiakkaat",
        AcquisitionCost = "Hankintahinta", CustomerValue = "Asiakasarvo", Roi = "ROI",
        Funnel = "Tavoitetut → kiinnostuneet → liidit → asiakkaat", ResultsPerMonth = "Tulokset kuukausittain", Month = "Kuukausi",
        Reached = "Tavoitetut", Interested = "Kiinnostuneet", Leads = "Liidit", Revenue = "Myynti",
        NoResults = "Tuloksia ei ole vielä kirjattu.", PublicationPlan = "Julkaisusuunnitelma", DateLabel = "Päivä", WhoPosts = "Kuka julkaisee",
        Channel = "Kanava", Description = "Kuvaus",
        YourTasks = "Tehtäväsi", NoTasks = "Sinulle ei ole merkitty julkaisuja; koordinaattori hoitaa ne.",
        PauseDuty = "Saat keskeyttää kampanjan, jos jokin menee vikaan", ContactDuty = "Yhteyshenkilö ongelmatilanteissa",
        Throughout = "koko kampanjan ajan",
        RespondDuty = hours => $"Vastaat kielteisiin kommentteihin {hours} tunnin kuluessa",
        Words = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["awareness"] = "tunnettuus", ["traffic"] = "kävijät", ["leads"] = "yhteydenotot", ["sales"] = "myynti",
            ["newCustomers"] = "uudet asiakkaat", ["draft"] = "luonnos", ["planned"] = "suunniteltu", ["running"] = "käynnissä",
            ["finished"] = "päättynyt", ["cancelled"] = "peruttu", ["equal"] = "tasan", ["shares"] = "osuuksin", ["percent"] = "prosentein",
            ["exact"] = "summin", ["reach"] = "tavoittavuuden mukaan", ["benefit"] = "hyödyn mukaan",
            ["viaAssociation"] = "yhdistyksen kautta", ["direct"] = "suoraan jäsenten kesken",
            ["facebook"] = "Facebook", ["instagram"] = "Instagram", ["tiktok"] = "TikTok", ["linkedin"] = "LinkedIn", ["youtube"] = "YouTube",
            ["x"] = "X (Twitter)", ["website"] = "Verkkosivut", ["newsletter"] = "Uutiskirje", ["newspaper"] = "Paikallislehti",
            ["radio"] = "Radio", ["print"] = "Myymälämainonta", ["event"] = "Tapahtuma", ["search-ads"] = "Hakusanamainonta", ["other"] = "Muu",
        },
    };

    public static SummaryLabels English { get; } = new()
    {
        Language = Language.English,
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        Campaign = "Campaign", Field = "Field", Value = "Value", Goal = "Goal", Target = "target", Dates = "Dates",
        Start = "Start", End = "End", Status = "Status", Association = "Association", Currency = "Currency",
        Settlement = "Settlement", Participants = "Participants", CostItems = "Cost items", Item = "Item", Rule = "Split rule",
        PaidBy = "Paid by", VatPercent = "VAT %", Participant = "Participant", Net = "Net", Vat = "VAT",
        Gross = "Gross", Total = "Total", Paid = "Paid", Balance = "Balance", OwnReach = "Own reach",
        NewReach = "New reach", Reach = "Reach", Population = "Population", CombinedReach = "Combined reach",
        Unbounded = "unbounded", PaymentInstructions = "Payment instructions", Payer = "Pays", Payee = "To", Amount = "Amount",
        Reference = "Reference", RfReference = "RF reference", DueDate = "Due date", None = "(none)",
        Nothing = "nothing to pay", Totals = "Totals", Shares = "Shares", Statement = "Member statement",
        YouPay = "You pay", YouReceive = "You are reimbursed", Why = "Why", BusinessId = "Business ID", Iban = "Account (IBAN)",
        PaymentTerm = "Payment term", Days = "days net",
        Issued = "Date",
        Metrics = "Metrics (cost = gross share)", Cost = "Cost", NewCustomers = "New customers",
        AcquisitionCost = "Acquisition cost", CustomerValue = "Customer value", Roi = "ROI",
        Funnel = "Reached → interested → leads → customers", ResultsPerMonth = "Results per month", Month = "Month",
        Reached = "Reached", Interested = "Interested", Leads = "Leads", Revenue = "Revenue",
        NoResults = "No results recorded yet.", PublicationPlan = "Publication plan", DateLabel = "Date", WhoPosts = "Who posts",
        Channel = "Channel", Description = "Description",
        YourTasks = "Your tasks", NoTasks = "No publications are yours; the coordinator posts them.",
        PauseDuty = "You may pause the campaign when something goes wrong", ContactDuty = "Contact when something goes wrong",
        Throughout = "throughout the campaign",
        RespondDuty = hours => hours == 1 ? "Answer negative comments within 1 hour" : $"Answer negative comments within {hours} hours",
        Words = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["awareness"] = "awareness", ["traffic"] = "traffic", ["leads"] = "leads", ["sales"] = "sales",
            ["newCustomers"] = "new customers", ["draft"] = "draft", ["planned"] = "planned", ["running"] = "running",
            ["finished"] = "finished", ["cancelled"] = "cancelled", ["equal"] = "equal", ["shares"] = "by shares", ["percent"] = "by percent",
            ["exact"] = "exact amounts", ["reach"] = "by reach", ["benefit"] = "by benefit",
            ["viaAssociation"] = "via the association", ["direct"] = "directly between members",
            ["facebook"] = "Facebook", ["instagram"] = "Instagram", ["tiktok"] = "TikTok", ["linkedin"] = "LinkedIn", ["youtube"] = "YouTube",
            ["x"] = "X (Twitter)", ["website"] = "Website", ["newsletter"] = "Newsletter", ["newspaper"] = "Local newspaper",
            ["radio"] = "Radio", ["print"] = "In-store print", ["event"] = "Event", ["search-ads"] = "Search ads", ["other"] = "Other",
        },
    };
}
