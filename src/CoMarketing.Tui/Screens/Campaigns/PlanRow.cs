namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>One publication as the plan page shows it; <see cref="Warning"/> when it falls on a holiday or outside the campaign.</summary>
public sealed record PlanRow(string Date, string Channel, string Owner, string Description, bool Mine)
{
    public bool Warning { get; init; }
}
