using System.Globalization;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using Humanizer;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The "Plan and tasks" page of a campaign: every publication with its date, channel and who posts it (the signed-in
/// member's own tasks marked), and the plan for surprises in words. Read-only; the names come from the members.
/// </summary>
public sealed class CampaignPlanModel
{
    private readonly PlannerService _service;

    public CampaignPlanModel(PlannerService service, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(campaign);
        _service = service;
        Campaign = campaign;
        Format = new CampaignFormat(CampaignTexts.Of(service.Texts));
        var me = service.Session.BusinessId;
        Rows = [.. campaign.Plan.Select(p => new PlanRow(
            Format.Date(p.Date), ChannelKinds.ShortName(p.Channel), Who(p.Owner), p.Description, me is { } id && p.Owner == id))];
    }

    public Campaign Campaign { get; }

    public CampaignFormat Format { get; }

    /// <summary>The publications in date order.</summary>
    public IReadOnlyList<PlanRow> Rows { get; }

    /// <summary>How many of the publications the signed-in member posts (0 for the coordinator and guests).</summary>
    public int MyTasks => Rows.Count(r => r.Mine);

    /// <summary>The plan for surprises in sentences, or the one line saying there is none yet.</summary>
    public IReadOnlyList<string> Surprises
    {
        get
        {
            var texts = Format.Texts;
            if (Campaign.Contingency is not { } plan)
            {
                return [texts.Get("SurprisesNone")];
            }

            return
            [
                texts.Format("SurprisesAnswer", Who(plan.Responder), Hours(plan.ResponseHours)),
                texts.Format("SurprisesPause", Who(plan.PausedBy)),
                texts.Format("SurprisesContact", plan.Contact),
            ];
        }
    }

    /// <summary>A participant's name, or "the coordinator" for no one in particular.</summary>
    public string Who(long? owner)
        => owner is { } id ? _service.GetBusiness(id)?.Name ?? id.ToString(CultureInfo.InvariantCulture) : Format.Texts.Get("Coordinator");

    /// <summary>"24 hours" / "1 hour" in English; the genitive "24 tunnin" that "kuluessa" takes in Finnish.</summary>
    private string Hours(int hours)
        => Format.Texts.IsFinnish
            ? string.Create(Format.Culture, $"{hours} tunnin")
            : "hour".ToQuantity(hours);
}

/// <summary>One publication as the plan page shows it.</summary>
public sealed record PlanRow(string Date, string Channel, string Owner, string Description, bool Mine);
