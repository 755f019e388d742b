using System.Globalization;
using System.Text.Json.Nodes;
using CoMarketing.Core.Campaigns;

namespace CoMarketing.Reports.Exports.Results;

/// <summary>
/// The results report as one JSON document: camelCase; amounts as decimal strings with two decimals; rates and ROI as
/// fractions (0.25 = 25 %) rounded to 4 decimals; an unknown figure (no new customers, no cost) is null; dates
/// <c>yyyy-MM-dd</c>. Language-neutral, except the period <c>label</c> in the report's language.
/// </summary>
public static class ReportJsonWriter
{
    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var report = document.Report;
        return new JsonObject
        {
            ["association"] = document.Association,
            ["issued"] = D(document.Issued),
            ["period"] = report.Period.ToString().ToLowerInvariant(),
            ["from"] = report.Periods.Count == 0 ? null : D(report.From),
            ["to"] = report.Periods.Count == 0 ? null : D(report.To),
            ["periods"] = JsonNodes.Array(report.Periods, p => new JsonObject { ["start"] = D(p.Start), ["end"] = D(p.End), ["label"] = document.Labels.PeriodName(p.Start, report.Period), ["metrics"] = Metrics(p.Metrics) }),
            ["campaigns"] = JsonNodes.Array(report.Campaigns, c => new JsonObject { ["id"] = c.Id, ["name"] = c.Name, ["metrics"] = Metrics(c.Metrics) }),
            ["members"] = JsonNodes.Array(report.Members, m => new JsonObject { ["id"] = m.Id, ["name"] = m.Name, ["metrics"] = Metrics(m.Metrics) }),
            ["cells"] = JsonNodes.Array(report.Cells, c => new JsonObject { ["periodStart"] = D(c.PeriodStart), ["campaign"] = c.CampaignId, ["name"] = c.CampaignName, ["metrics"] = Metrics(c.Metrics) }),
            ["total"] = Metrics(report.Total),
        }.ToJsonString(SummaryJson.Options) + "\n";
    }

    private static JsonObject Metrics(CampaignMetrics m)
    {
        var rates = m.Rates;
        return new JsonObject
        {
            ["cost"] = m.Cost.ToInvariantString(),
            ["reached"] = m.Funnel.Reached,
            ["interested"] = m.Funnel.Interested,
            ["leads"] = m.Funnel.Leads,
            ["newCustomers"] = m.Funnel.NewCustomers,
            ["revenue"] = m.Funnel.Revenue.ToInvariantString(),
            ["acquisitionCost"] = m.AcquisitionCost?.ToInvariantString(),
            ["customerValue"] = m.CustomerValue?.ToInvariantString(),
            ["roi"] = m.Roi,
            ["funnel"] = new JsonObject { ["interest"] = rates.Interest, ["lead"] = rates.Lead, ["conversion"] = rates.Conversion, ["overall"] = rates.Overall },
        };
    }

    private static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
