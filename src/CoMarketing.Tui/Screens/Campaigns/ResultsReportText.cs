using CoMarketing.Core.Campaigns;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The results report as lines of text: per period, per campaign, each campaign in each period, and the funnel per
/// campaign; reach, leads, new customers, acquisition cost, customer value and ROI in columns (under 80 wide), and
/// each campaign's cost, revenue and funnel in words.
/// </summary>
public static class ResultsReportText
{
    private const int NameWidth = 19;

    public static IReadOnlyList<string> Lines(ResultsReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var report = model.Report;
        var labels = model.Labels;
        var format = model.Format;
        var lines = new List<string> { labels.TitleFor(report.Period) + (report.Periods.Count == 0 ? string.Empty : $" {format.Date(report.From)}–{format.Date(report.To)}") };
        if (model.OwnCampaignsOnly)
        {
            lines.Add(format.Texts.Get("ReportMemberScope"));
        }

        lines.AddRange(model.Skipped);
        if (report.IsEmpty)
        {
            lines.Add(labels.Empty);
            return lines;
        }

        var s = labels.Summary;
        var texts = format.Texts;
        string[] headings = [s.Reached, s.Leads, texts.Get("ReportNew"), texts.Get("ReportAcquisition"), texts.Get("ReportValue"), s.Roi];
        int[] widths = [10, 7, 6, 11, 11, 8];

        lines.Add(string.Empty);
        lines.Add(labels.PerPeriod);
        lines.Add(Row(labels.Period, headings));
        lines.AddRange(report.Periods.Select(p => Row(labels.PeriodName(p.Start, report.Period), Cells(p.Metrics))));
        lines.Add(Row(s.Total, Cells(report.Total)));

        lines.Add(string.Empty);
        lines.Add(labels.PerCampaign);
        lines.Add(Row(s.Campaign, headings));
        lines.AddRange(report.Campaigns.Select(c => Row(c.Name, Cells(c.Metrics))));

        lines.Add(string.Empty);
        lines.Add(labels.CampaignsPerPeriod);
        foreach (var period in report.Cells.GroupBy(c => c.PeriodStart))
        {
            lines.Add(labels.PeriodName(period.Key, report.Period));
            lines.AddRange(period.Select(c => Row("  " + c.CampaignName, Cells(c.Metrics))));
        }

        lines.Add(string.Empty);
        lines.Add(labels.Funnel);
        foreach (var campaign in report.Campaigns)
        {
            lines.AddRange(ResultsFigures.Lines(campaign.Name, campaign.Metrics, format));
        }

        lines.Add(string.Empty);
        lines.Add(labels.Note);
        return lines;

        string[] Cells(CampaignMetrics m) =>
        [
            format.People(m.Funnel.Reached), format.People(m.Funnel.Leads), format.People(m.Funnel.NewCustomers),
            m.AcquisitionCost is { } cac ? format.Euros(cac) : ResultsFigures.Unknown,
            m.CustomerValue is { } value ? format.Euros(value) : ResultsFigures.Unknown,
            ResultsFigures.Percent(m.Roi, format),
        ];

        string Row(string name, string[] cells)
            => (name.Length > NameWidth ? name[..(NameWidth - 1)] + "…" : name).PadRight(NameWidth) + string.Concat(cells.Select((c, i) => " " + c.PadLeft(widths[i])));
    }
}
