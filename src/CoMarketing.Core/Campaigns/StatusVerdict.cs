namespace CoMarketing.Core.Campaigns;

/// <summary>Whether a status change may happen, and if not, what is missing (see <see cref="CampaignLifecycle"/>).</summary>
public enum StatusVerdict
{
    /// <summary>The change may be made.</summary>
    Allowed = 0,

    /// <summary>The campaign already has that status: nothing to do.</summary>
    Unchanged = 1,

    /// <summary>Only the coordinator (or the command line) changes a campaign's status.</summary>
    NeedsCoordinator = 2,

    /// <summary>Reopening a finished or cancelled campaign needs a reason, which is audited.</summary>
    NeedsReason = 3,
}
