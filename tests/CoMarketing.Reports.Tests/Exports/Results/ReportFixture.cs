using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reports.Results;
using CoMarketing.Core.Splitting;
using CoMarketing.Reports.Exports.Results;
using SplitCostItem = CoMarketing.Core.Splitting.CostItem;

namespace CoMarketing.Reports.Tests.Exports.Results;

/// <summary>
/// One finished campaign, 1.1.–31.3.2027, two members sharing 1 000.00 (no VAT) equally, each spread 31:28:31 over
/// the months (172.22, 155.56, 172.22); results in January (member 1) and February (member 2).
/// </summary>
internal static class ReportFixture
{
    public static ResultsReport Report(ResultPeriod period = ResultPeriod.Month)
    {
        var split = CostSplitter.Split(new SplitRequest(
            60000,
            [new SplitParticipant("1", "Kahvila \"Aalto\"; Oy", 1000), new SplitParticipant("2", "=Kirjakauppa", 2000)],
            [new SplitCostItem("Lehti-ilmoitus", Money.Parse("1000.00"), VatRate.FromPercent(0m), SplitRule.Equal)]));
        var campaign = new Campaign(
            4, "Kevät <2027>", new CampaignGoal(CampaignGoalKind.Sales, 1000), new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), CampaignStatus.Finished,
            [1, 2], [], [],
            [
                new CampaignResult(1, new DateOnly(2027, 1, 1), ResultPeriod.Month, 1000, 100, 30, 10, Money.Parse("500.00")),
                new CampaignResult(2, new DateOnly(2027, 2, 1), ResultPeriod.Month, 2000, 200, 40, 8, Money.Parse("400.00")),
            ]);
        return ResultsReportBuilder.Build([new ReportCampaign(campaign, split)], period);
    }

    public static ReportDocument Document(ReportLabels labels, ResultPeriod period = ResultPeriod.Month)
        => new(Report(period), "Napapiirin Yrittäjät ry", new DateOnly(2027, 4, 2), labels);
}
