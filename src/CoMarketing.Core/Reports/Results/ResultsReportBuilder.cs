using System.Numerics;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Splitting;

namespace CoMarketing.Core.Reports.Results;

/// <summary>Builds the periodic <see cref="ResultsReport"/> across campaigns.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Periods are ISO weeks (Monday to Sunday), calendar months or calendar quarters (<see cref="PeriodTotals.StartOf"/>).
/// The range runs from the start of the period holding <c>from</c> to the end of the period holding <c>to</c>; without
/// them, from the first to the last day any reported campaign runs or has a result.</item>
/// <item>Only running and finished campaigns are reported: a draft or planned one has spent nothing and measured nothing.</item>
/// <item>Results count whole in the period their own period starts in, as <see cref="PeriodTotals"/> sums them (a monthly
/// result shown per week counts in the week holding the 1st; results are never spread by guesswork).</item>
/// <item>A member's cost is its gross share of the campaign (as in <see cref="CampaignEconomics"/>), spread over the
/// campaign's days: each period gets the share in proportion to the campaign days that fall in it, to the cent by
/// largest remainder (<see cref="CentSplitter"/>; equal remainders go to the earlier period), so a campaign's periods
/// always sum exactly to its cost, and a range cut through a campaign carries the part of the cost that falls in it.</item>
/// <item>Acquisition cost, customer value and ROI are <see cref="CampaignMetrics"/> over those sums.</item>
/// </list>
/// </remarks>
public static class ResultsReportBuilder
{
    /// <summary>The most periods one report may have (ten years of weeks).</summary>
    public const int MaxPeriods = 530;

    public static ResultsReport Build(IEnumerable<ReportCampaign> campaigns, ResultPeriod period, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        if (!Enum.IsDefined(period))
        {
            throw DomainException.Of("UnknownResultPeriod", (int)period);
        }

        if (from is { } f && to is { } t && f > t)
        {
            throw DomainException.Of("ReportStartsAfterEnd", f, t);
        }

        var reported = campaigns
            .Where(c => c.Campaign.Status is CampaignStatus.Running or CampaignStatus.Finished)
            .OrderBy(c => c.Campaign.Start).ThenBy(c => c.Campaign.Id)
            .ToList();
        var first = from ?? reported.SelectMany(Days).DefaultIfEmpty(to ?? DateOnly.MinValue).Min();
        var last = to ?? reported.SelectMany(Days).DefaultIfEmpty(first).Max();
        if (reported.Count == 0 && from is null && to is null)
        {
            return new ResultsReport(period, first, first, [], [], [], [], new CampaignMetrics(Money.Zero, FunnelTotals.Zero));
        }

        var starts = Starts(PeriodTotals.StartOf(first, period), PeriodTotals.StartOf(last, period), period);
        var rangeEnd = EndOf(starts[^1], period);
        var inRange = starts.ToHashSet();

        // (campaign, member, period start) → cost and results.
        var costs = new List<(ReportCampaign Campaign, long Member, DateOnly Start, Money Cost)>();
        var results = new List<(ReportCampaign Campaign, CampaignResult Result, DateOnly Start)>();
        foreach (var campaign in reported)
        {
            var c = campaign.Campaign;
            var buckets = Starts(PeriodTotals.StartOf(c.Start, period), PeriodTotals.StartOf(c.End, period), period);
            var weights = buckets.Select(b => new BigInteger(Overlap(b, EndOf(b, period), c.Start, c.End))).ToList();
            for (var i = 0; i < c.Participants.Length; i++)
            {
                var parts = CentSplitter.Split(campaign.Split.Participants[i].Total.Gross.Cents, weights, 0);
                costs.AddRange(buckets.Select((b, k) => (campaign, c.Participants[i], b, Money.FromCents(parts[k]))).Where(x => inRange.Contains(x.b)));
            }

            results.AddRange(c.Results.Select(r => (campaign, r, PeriodTotals.StartOf(r.PeriodStart, period))).Where(x => inRange.Contains(x.Item3)));
        }

        CampaignMetrics Metrics(Func<(ReportCampaign Campaign, long Member, DateOnly Start), bool> keep) => new(
            Money.Sum(costs.Where(x => keep((x.Campaign, x.Member, x.Start))).Select(x => x.Cost)),
            FunnelTotals.Of(results.Where(x => keep((x.Campaign, x.Result.Participant, x.Start))).Select(x => x.Result)));

        static bool Active(CampaignMetrics m) => !m.Cost.IsZero || m.Funnel != FunnelTotals.Zero;

        var periods = starts.Select(s => new ReportPeriod(s, EndOf(s, period), Metrics(x => x.Start == s))).ToList();
        var lines = reported
            .Select(c => new ReportLine(c.Campaign.Id, c.Campaign.Name, Metrics(x => ReferenceEquals(x.Campaign, c))))
            .Where(l => Active(l.Metrics))
            .ToList();
        var names = reported
            .SelectMany(c => c.Campaign.Participants.Select((id, i) => (id, c.Split.Participants[i].Participant.Name)))
            .GroupBy(x => x.id)
            .ToDictionary(g => g.Key, g => g.First().Name);
        var members = names
            .Select(n => new ReportLine(n.Key, n.Value, Metrics(x => x.Member == n.Key)))
            .Where(l => Active(l.Metrics))
            .OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Id)
            .ToList();
        var cells = starts
            .SelectMany(s => reported.Select(c => new ReportCell(s, c.Campaign.Id, c.Campaign.Name, Metrics(x => x.Start == s && ReferenceEquals(x.Campaign, c)))))
            .Where(cell => Active(cell.Metrics))
            .ToList();
        return new ResultsReport(period, starts[0], rangeEnd, periods, lines, members, cells, Metrics(_ => true));
    }

    /// <summary>The last day of the period starting <paramref name="start"/>.</summary>
    public static DateOnly EndOf(DateOnly start, ResultPeriod period) => period switch
    {
        ResultPeriod.Week => start.AddDays(6),
        ResultPeriod.Month => start.AddMonths(1).AddDays(-1),
        _ => start.AddMonths(3).AddDays(-1),
    };

    private static IEnumerable<DateOnly> Days(ReportCampaign campaign)
        => campaign.Campaign.Results.Select(r => r.PeriodStart).Append(campaign.Campaign.Start).Append(campaign.Campaign.End);

    private static List<DateOnly> Starts(DateOnly first, DateOnly last, ResultPeriod period)
    {
        var starts = new List<DateOnly>();
        for (var s = first; s <= last; s = EndOf(s, period).AddDays(1))
        {
            if (starts.Count == MaxPeriods)
            {
                throw DomainException.Of("ReportTooManyPeriods", MaxPeriods);
            }

            starts.Add(s);
        }

        return starts;
    }

    private static int Overlap(DateOnly start, DateOnly end, DateOnly from, DateOnly to)
    {
        var first = start > from ? start : from;
        var last = end < to ? end : to;
        return last < first ? 0 : last.DayNumber - first.DayNumber + 1;
    }
}
