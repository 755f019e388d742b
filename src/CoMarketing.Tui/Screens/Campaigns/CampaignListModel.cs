using CoMarketing.Core.Campaigns;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The campaign list: status, dates, partners, total gross and, for a signed-in member, its own share, all from the
/// split engine. A member sees the campaigns it takes part in, the coordinator all; a filter narrows by name,
/// partner or status.
/// </summary>
public sealed class CampaignListModel
{
    private readonly PlannerService _service;
    private IReadOnlyList<CampaignRow> _all = [];

    public CampaignListModel(PlannerService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        _service = service;
        Format = new CampaignFormat(CampaignTexts.Of(service.Texts));
        Refresh();
    }

    public CampaignFormat Format { get; }

    /// <summary>Text that a row's name, a partner's name or its status must contain (ignoring case); empty shows all.</summary>
    public string Filter { get; set; } = string.Empty;

    /// <summary>True when the session may start a campaign (a member a draft, the coordinator any).</summary>
    public bool CanCreate => !_service.Session.IsGuest;

    /// <summary>True when the own-share column is shown (a signed-in member).</summary>
    public bool ShowsOwnShare => _service.Session.BusinessId is not null;

    /// <summary>The rows that pass <see cref="Filter"/>, by start date.</summary>
    public IReadOnlyList<CampaignRow> Rows => [.. _all.Where(Passes)];

    /// <summary>Reads the campaigns again (after a save elsewhere).</summary>
    public void Refresh()
    {
        var names = new Dictionary<long, string>();
        _all = [.. _service.GetCampaigns().OrderBy(c => c.Start).ThenBy(c => c.Id).Select(c => Row(c, names))];
    }

    private CampaignRow Row(Campaign campaign, Dictionary<long, string> names)
    {
        var partners = campaign.Participants.Select(id => names.TryGetValue(id, out var name)
            ? name
            : names[id] = _service.GetBusiness(id)?.Name ?? $"#{id}").ToList();
        var preview = CampaignFigures.TrySplit(_service, campaign);
        if (preview is null)
        {
            return new CampaignRow(campaign, partners, null, null);
        }

        var own = _service.Session.BusinessId is { } me
            ? preview.Participants.FirstOrDefault(p => p.Id == CampaignSplit.Key(me))?.Owed.Gross
            : null;
        return new CampaignRow(campaign, partners, preview.Totals.Gross, own);
    }

    private bool Passes(CampaignRow row)
    {
        var filter = Filter.Trim();
        return filter.Length == 0
            || row.Campaign.Name.Contains(filter, StringComparison.CurrentCultureIgnoreCase)
            || row.Partners.Any(p => p.Contains(filter, StringComparison.CurrentCultureIgnoreCase))
            || Format.Status(row.Campaign.Status).Contains(filter, StringComparison.CurrentCultureIgnoreCase);
    }
}
