using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reports;
using CoMarketing.Core.Splitting;
using SplitCostItem = CoMarketing.Core.Splitting.CostItem;

namespace CoMarketing.Reports.Tests.Exports;

/// <summary>A campaign split by the engine, with names that test quoting and escaping.</summary>
internal static class SummaryFixture
{
    public const string Tricky = "Kahvila \"Aalto\"; Oy, <b>|x|</b>";

    public static SplitResult Split { get; } = CostSplitter.Split(new SplitRequest(
        60000,
        [new SplitParticipant("1", Tricky, 4000), new SplitParticipant("2", "Kenkäkauppa Sointu", 5500), new SplitParticipant("3", "Kuntosali", 3000)],
        [
            new SplitCostItem("Lehti-ilmoitus", Money.Parse("1200.00"), VatRate.Default, SplitRule.Equal),
            new SplitCostItem("Radio", Money.Parse("800.00"), VatRate.Default, SplitRule.Reach, "2", ["1", "2"]),
            new SplitCostItem("Flyerit", Money.Parse("95.00"), VatRate.FromPercent(14m), SplitRule.Shares, Weights: new Dictionary<string, decimal> { ["2"] = 3 }),
        ]));

    public static CampaignSummary Summary { get; } = Build(Split);

    /// <summary>Two members, the first named <paramref name="name"/>, sharing an ad and a refund of <paramref name="refund"/> net.</summary>
    public static CampaignSummary With(string name, string refund) => Build(CostSplitter.Split(new SplitRequest(
        60000,
        [new SplitParticipant("1", name, 4000), new SplitParticipant("2", "Kuntosali", 3000)],
        [
            new SplitCostItem("Lehti-ilmoitus", Money.Parse("100.00"), VatRate.Default, SplitRule.Equal),
            new SplitCostItem("Hyvitys", Money.Parse(refund), VatRate.FromPercent(0m), SplitRule.Equal),
        ])));

    /// <summary>
    /// Settled via the association, as a stored campaign is: Kenkäkauppa Sointu (id 2) paid a 1 000 € ad shared equally
    /// with Kuntosali (id 3), so the association reimburses it 627,50 € and Kuntosali pays 627,50 €.
    /// </summary>
    public static CampaignSummary ViaAssociation { get; } = Build(CostSplitter.Split(new SplitRequest(
        60000,
        [new SplitParticipant("2", "Kenkäkauppa Sointu", 5500), new SplitParticipant("3", "Kuntosali", 3000)],
        [new SplitCostItem("Radio", Money.Parse("1000.00"), VatRate.Default, SplitRule.Equal, "2")])
    { Settlement = Core.Settlement.SettlementMode.ViaAssociation }));

    private static CampaignSummary Build(SplitResult split) => CampaignSummaryBuilder.Build(
        "Napapiirin Yrittäjät ry",
        "EUR",
        new Campaign(4, "Syksyn <sale>", new CampaignGoal(CampaignGoalKind.NewCustomers, 120), new DateOnly(2027, 9, 1), new DateOnly(2027, 10, 31), CampaignStatus.Planned, [1, 2, 3], [], [], []),
        split);
}
