using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reports.Results;

namespace CoMarketing.Reports.Exports.Results;

/// <summary>
/// The results report as tables, shared by every format so they always agree: per period, per campaign, per member,
/// campaigns per period, and the funnel per campaign.
/// </summary>
public static class ReportTables
{
    public static IReadOnlyList<ReportTable> Build(ResultsReport report, ReportLabels labels)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(labels);
        if (report.IsEmpty)
        {
            return [];
        }

        var l = labels.Summary;
        ReportColumn[] Figures(params ReportColumn[] first) =>
        [
            .. first,
            new(l.Reached, ReportColumnKind.Count, true),
            new(l.Leads, ReportColumnKind.Count, true),
            new(l.NewCustomers, ReportColumnKind.Count, true),
            new(l.Revenue, ReportColumnKind.Amount, true),
            new(l.Cost, ReportColumnKind.Amount, true),
            new(l.AcquisitionCost, ReportColumnKind.Amount, false),
            new(l.CustomerValue, ReportColumnKind.Amount, false),
            new(l.Roi, ReportColumnKind.Ratio, false),
        ];
        var text = new ReportColumn(string.Empty, ReportColumnKind.Text, false);
        var total = Row([l.Total], report.Total);
        return
        [
            new(labels.PerPeriod, Figures(text with { Header = labels.Period }), [.. report.Periods.Select(p => Row([labels.PeriodName(p.Start, report.Period)], p.Metrics)), total], true),
            new(labels.PerCampaign, Figures(text with { Header = l.Campaign }), [.. report.Campaigns.Select(c => Row([c.Name], c.Metrics)), total], true),
            new(labels.PerMember, Figures(text with { Header = labels.Member }), [.. report.Members.Select(m => Row([m.Name], m.Metrics)), total], true),
            new(
                labels.CampaignsPerPeriod,
                Figures(text with { Header = labels.Period }, text with { Header = l.Campaign }),
                [.. report.Cells.Select(c => Row([labels.PeriodName(c.PeriodStart, report.Period), c.CampaignName], c.Metrics))],
                false),
            new(
                labels.Funnel,
                [
                    text with { Header = l.Campaign },
                    new(l.Reached, ReportColumnKind.Count, true),
                    new(l.Interested, ReportColumnKind.Count, true),
                    new(l.Leads, ReportColumnKind.Count, true),
                    new(l.NewCustomers, ReportColumnKind.Count, true),
                    new(labels.InterestRate, ReportColumnKind.Ratio, false),
                    new(labels.LeadRate, ReportColumnKind.Ratio, false),
                    new(labels.ConversionRate, ReportColumnKind.Ratio, false),
                ],
                [.. report.Campaigns.Select(c => FunnelRow(c.Name, c.Metrics)), FunnelRow(l.Total, report.Total)],
                true),
        ];
    }

    /// <summary>New customers per period, for the first chart.</summary>
    public static IReadOnlyList<(string Label, long Value)> NewCustomers(ResultsReport report, ReportLabels labels)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(labels);
        return [.. report.Periods.Select(p => (labels.PeriodName(p.Start, report.Period), p.Metrics.Funnel.NewCustomers))];
    }

    /// <summary>Acquisition cost and customer value per campaign (zero when unknown), for the second chart.</summary>
    public static IReadOnlyList<(string Label, Money Cost, Money Value)> CostAgainstValue(ResultsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Campaigns.Select(c => (c.Name, c.Metrics.AcquisitionCost ?? Money.Zero, c.Metrics.CustomerValue ?? Money.Zero))];
    }

    private static object?[] Row(object?[] first, CampaignMetrics m) =>
    [
        .. first, m.Funnel.Reached, m.Funnel.Leads, m.Funnel.NewCustomers, m.Funnel.Revenue, m.Cost, m.AcquisitionCost, m.CustomerValue, m.Roi,
    ];

    private static object?[] FunnelRow(string name, CampaignMetrics m)
    {
        var rates = m.Rates;
        return [name, m.Funnel.Reached, m.Funnel.Interested, m.Funnel.Leads, m.Funnel.NewCustomers, rates.Interest, rates.Lead, rates.Conversion];
    }
}
