namespace CoMarketing.Tui.Screens;

/// <summary>Opens a new campaign with these businesses as its partners, in order ("Start a campaign with these partners").</summary>
public sealed record StartCampaign(IReadOnlyList<long> BusinessIds) : ScreenCommand;
