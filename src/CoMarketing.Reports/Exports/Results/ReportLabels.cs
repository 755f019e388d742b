using CoMarketing.Core.Association;
using CoMarketing.Core.Campaigns;
using System.Globalization;

namespace CoMarketing.Reports.Exports.Results;

/// <summary>
/// The results report's words in one language; formats (dates, amounts, people) and the words it shares with the
/// campaign summary come from <see cref="Summary"/>.
/// </summary>
public sealed record ReportLabels
{
    public static ReportLabels Finnish { get; } = new()
    {
        Summary = SummaryLabels.Finnish,
        Title = "Tulosraportti", Weekly = "viikoittain", Monthly = "kuukausittain", Quarterly = "neljännesvuosittain",
        PerPeriod = "Jaksoittain", PerCampaign = "Kampanjoittain", PerMember = "Jäsenittäin", CampaignsPerPeriod = "Kampanjat jaksoittain",
        Funnel = "Myyntisuppilo kampanjoittain", Period = "Jakso", Member = "Jäsen",
        InterestRate = "Kiinnostus-%", LeadRate = "Liidi-%", ConversionRate = "Asiakkaaksi-%",
        NewCustomersChart = "Uudet asiakkaat jaksoittain", CostValueChart = "Hankintahinta ja asiakasarvo kampanjoittain",
        Unknown = "–", Empty = "Raportin ajalta ei ole käynnissä olevia tai päättyneitä kampanjoita eikä tuloksia.",
        Note = "Kustannus on jäsenen verollinen osuus kampanjasta, jaettu kampanjan päiville; tulokset lasketaan jaksoon, jolla niiden oma jakso alkaa. Luonnos- ja suunnitteluvaiheen kampanjat eivät ole mukana.",
        Months = ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"],
    };

    public static ReportLabels English { get; } = new()
    {
        Summary = SummaryLabels.English,
        Title = "Results report", Weekly = "weekly", Monthly = "monthly", Quarterly = "quarterly",
        PerPeriod = "Per period", PerCampaign = "Per campaign", PerMember = "Per member", CampaignsPerPeriod = "Campaigns per period",
        Funnel = "Funnel per campaign", Period = "Period", Member = "Member",
        InterestRate = "Interest %", LeadRate = "Lead %", ConversionRate = "Conversion %",
        NewCustomersChart = "New customers per period", CostValueChart = "Acquisition cost against customer value per campaign",
        Unknown = "–", Empty = "No running or finished campaigns and no results in the report's range.",
        Note = "Cost is a member's gross share of a campaign, spread over the campaign's days; results count in the period their own period starts in. Draft and planned campaigns are left out.",
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    };

    public static ReportLabels For(Language language) => language == Language.Finnish ? Finnish : English;

    public required SummaryLabels Summary { get; init; }
    public required string Title { get; init; }
    public required string Weekly { get; init; }
    public required string Monthly { get; init; }
    public required string Quarterly { get; init; }
    public required string PerPeriod { get; init; }
    public required string PerCampaign { get; init; }
    public required string PerMember { get; init; }
    public required string CampaignsPerPeriod { get; init; }
    public required string Funnel { get; init; }
    public required string Period { get; init; }
    public required string Member { get; init; }
    public required string InterestRate { get; init; }
    public required string LeadRate { get; init; }
    public required string ConversionRate { get; init; }
    public required string NewCustomersChart { get; init; }
    public required string CostValueChart { get; init; }
    public required string Unknown { get; init; }
    public required string Empty { get; init; }
    public required string Note { get; init; }
    public required IReadOnlyList<string> Months { get; init; }

    /// <summary>The title with the period length: <c>Tulosraportti kuukausittain</c>, <c>Results report, monthly</c>.</summary>
    public string TitleFor(ResultPeriod period)
    {
        var how = period switch { ResultPeriod.Week => Weekly, ResultPeriod.Month => Monthly, _ => Quarterly };
        return Summary.Language == Language.Finnish ? $"{Title} {how}" : $"{Title}, {how}";
    }

    /// <summary>
    /// A period's name: ISO week <c>vk 9/2027</c> / <c>Week 9, 2027</c>; month <c>maaliskuu 2027</c> / <c>March 2027</c>;
    /// quarter <c>1. neljännes 2027</c> / <c>Q1 2027</c>.
    /// </summary>
    public string PeriodName(DateOnly start, ResultPeriod period)
    {
        var finnish = Summary.Language == Language.Finnish;
        switch (period)
        {
            case ResultPeriod.Week:
                var day = start.ToDateTime(TimeOnly.MinValue);
                var week = ISOWeek.GetWeekOfYear(day);
                var year = ISOWeek.GetYear(day);
                return finnish ? $"vk {week}/{year}" : $"Week {week}, {year}";
            case ResultPeriod.Month:
                return $"{Months[start.Month - 1]} {start.Year}";
            default:
                var quarter = ((start.Month - 1) / 3) + 1;
                return finnish ? $"{quarter}. neljännes {start.Year}" : $"Q{quarter} {start.Year}";
        }
    }
}
