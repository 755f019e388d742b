using System.Globalization;
using CoMarketing.Core.Calendar;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Editor;
using Humanizer;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The "Plan and tasks" page of a campaign: a month calendar with holidays, sales seasons and the publications; every
/// publication with its date, channel and who posts it (the signed-in member's own tasks marked); and the plan for
/// surprises. The coordinator adds, edits, moves and deletes publications and edits the plan for surprises while the
/// campaign is open; the changes are kept here until <see cref="Save"/> writes them in one go.
/// </summary>
public sealed partial class CampaignPlanModel
{
    private readonly PlannerService _service;
    private readonly List<PlanEntry> _entries;
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public CampaignPlanModel(PlannerService service, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(campaign);
        _service = service;
        Campaign = campaign;
        Format = new CampaignFormat(CampaignTexts.Of(service.Texts));
        _entries = [.. campaign.Plan];
        Contingency = campaign.Contingency;
        var today = DateOnly.FromDateTime(service.Backend.Clock.GetLocalNow().DateTime);
        var first = today >= campaign.Start && today <= campaign.End ? today : campaign.Start;
        Calendar = new PlanCalendar(service.Backend.GetCalendar, Format, first);
    }

    /// <summary>The campaign as last saved.</summary>
    public Campaign Campaign { get; private set; }

    public CampaignFormat Format { get; }

    public PlanCalendar Calendar { get; }

    /// <summary>True for the coordinator while the campaign is not finished or cancelled.</summary>
    public bool CanEdit => _service.CanEditPlan(Campaign);

    /// <summary>Why the plan cannot be changed here, or null when it can.</summary>
    public string? ReadOnlyReason => CanEdit
        ? null
        : Format.Texts.Get(_service.Session.IsCoordinator ? "PlanLocked" : "PlanCoordinatorOnly");

    /// <summary>The publications as edited, in date order.</summary>
    public IReadOnlyList<PlanEntry> Entries => _entries;

    /// <summary>The publications in date order, as the list shows them.</summary>
    public IReadOnlyList<PlanRow> Rows
    {
        get
        {
            var me = _service.Session.BusinessId;
            return [.. _entries.Select(p => new PlanRow(
                Format.Date(p.Date), ChannelKinds.ShortName(p.Channel), Who(p.Owner), p.Description, me is { } id && p.Owner == id)
            {
                Warning = WarningsFor(p).Count > 0,
            })];
        }
    }

    /// <summary>How many of the publications the signed-in member posts (0 for the coordinator and guests).</summary>
    public int MyTasks => _service.Session.BusinessId is { } me ? _entries.Count(p => p.Owner == me) : 0;

    /// <summary>The days with a publication (the calendar's <c>#</c>).</summary>
    public IReadOnlyCollection<DateOnly> PublicationDays => _entries.Select(e => e.Date).ToHashSet();

    /// <summary>"3 publications this month" / "3 julkaisua tässä kuussa" for the calendar's month.</summary>
    public string MonthCount
    {
        get
        {
            var count = _entries.Count(e => e.Date.Year == Calendar.Day.Year && e.Date.Month == Calendar.Day.Month);
            return Format.Texts.Format(count == 1 ? "CalendarMonthOne" : "CalendarMonthMany", count);
        }
    }

    /// <summary>The calendar month's holidays, seasons and events, one a line: <c>6.12. * Itsenäisyyspäivä</c>.</summary>
    public IReadOnlyList<string> MonthMarkLines
    {
        get
        {
            var fi = Format.Texts.IsFinnish;
            var pattern = fi ? "d.M." : "MMM d";
            return [.. Calendar.MonthMarks.Select(e =>
            {
                var dates = e.End is { } end && end != e.Date
                    ? $"{e.Date.ToString(pattern, Format.Culture)}–{end.ToString(pattern, Format.Culture)}"
                    : e.Date.ToString(pattern, Format.Culture);
                return $"{(e.Kind == CalendarEntryKind.Holiday ? '*' : '~')} {dates} {Calendar.Name(e)}";
            })];
        }
    }

    /// <summary>"Instagram", "Paikallislehti": a channel kind in the planner's language.</summary>
    public string ChannelName(ChannelKind kind) => ChannelForm.KindLabel(kind, _service.Texts);

    /// <summary>The plan for surprises as edited; null when there is none.</summary>
    public ContingencyPlan? Contingency { get; private set; }

    /// <summary>The plan for surprises in sentences, or the one line saying there is none yet.</summary>
    public IReadOnlyList<string> Surprises
    {
        get
        {
            var texts = Format.Texts;
            if (Contingency is not { } plan)
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

    /// <summary>Who may post or answer: the coordinator (null) first, then the participants in order.</summary>
    public IReadOnlyList<(long? Id, string Name)> People
        => [(null, Format.Texts.Get("Coordinator")), .. Campaign.Participants.Select(id => ((long?)id, Who(id)))];

    /// <summary>True while there are changes <see cref="Save"/> has not written.</summary>
    public bool Dirty { get; private set; }

    /// <summary>Field errors of the open form (publication or plan for surprises), by field name.</summary>
    public IReadOnlyDictionary<string, string> Errors => _errors;

    /// <summary>The last word to the user: saved, refused, or why nothing changed; null when there is none.</summary>
    public string? Message { get; private set; }

    /// <summary>A participant's name, or "the coordinator" for no one in particular.</summary>
    public string Who(long? owner)
        => owner is { } id ? _service.GetBusiness(id)?.Name ?? id.ToString(CultureInfo.InvariantCulture) : Format.Texts.Get("Coordinator");

    /// <summary>What to look out for on a publication: a public holiday that day, a date outside the campaign.</summary>
    public IReadOnlyList<string> WarningsFor(PlanEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var texts = Format.Texts;
        var warnings = new List<string>();
        if (Calendar.Holiday(entry.Date) is { } holiday)
        {
            warnings.Add(texts.Format("PlanHoliday", Format.Date(entry.Date), Calendar.Name(holiday)));
        }

        if (entry.Date < Campaign.Start || entry.Date > Campaign.End)
        {
            warnings.Add(texts.Format("PlanOutside", Format.Date(entry.Date), Format.Date(Campaign.Start), Format.Date(Campaign.End)));
        }

        return warnings;
    }

    /// <summary>Writes the publications and the plan for surprises in one update (audited by the backend); false with <see cref="Message"/> when refused.</summary>
    public bool Save()
    {
        if (!MayChange())
        {
            return false;
        }

        // An open form is applied first; with a field in error nothing is saved.
        if ((Draft is not null && !ApplyEntry()) || (SurprisesDraft is not null && !ApplySurprises()))
        {
            Message = Format.Texts.Get("FixFieldsFirst");
            return false;
        }

        try
        {
            // Onto the campaign this page opened (the workspace opens each page on the campaign as its other pages saved
            // it): a save by someone else since is refused, not overwritten.
            RefusedAsSavedElsewhere = false;
            var campaign = Campaign.WithPlan(_entries).WithContingency(Contingency);
            Campaign = _service.UpdateCampaign(campaign);
            Dirty = false;
            Message = Format.Texts.Get("Saved");
            return true;
        }
        catch (DomainException error)
        {
            RefusedAsSavedElsewhere = PlannerService.IsSavedElsewhere(error);
            Message = Format.Texts.Message(error);
            return false;
        }
    }

    /// <summary>True when the last save was refused because someone else saved the campaign since this page opened it.</summary>
    public bool RefusedAsSavedElsewhere { get; private set; }

    /// <summary>
    /// Puts the publications and the plan for surprises as edited here onto <paramref name="stored"/> (the campaign as
    /// someone else saved it meanwhile): a save then writes them over theirs and keeps the rest of their save.
    /// </summary>
    public void Rebase(Campaign stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        Campaign = stored;
    }

    /// <summary>True when this session may change the plan; otherwise the reason goes to <see cref="Message"/>.</summary>
    private bool MayChange()
    {
        Message = ReadOnlyReason;
        return Message is null;
    }

    /// <summary>"24 hours" / "1 hour" in English; the genitive "24 tunnin" that "kuluessa" takes in Finnish.</summary>
    private string Hours(int hours)
        => Format.Texts.IsFinnish
            ? string.Create(Format.Culture, $"{hours} tunnin")
            : "hour".ToQuantity(hours);
}
