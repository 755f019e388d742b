using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>Adding, editing, moving and deleting publications, and editing the plan for surprises.</summary>
public sealed partial class CampaignPlanModel
{
    // The publication being edited; -1 while the open draft is a new one.
    private int _editing = -1;

    /// <summary>The selected publication, -1 when there is none.</summary>
    public int Selected { get; private set; } = -1;

    public PlanEntry? Current => Selected >= 0 && Selected < _entries.Count ? _entries[Selected] : null;

    /// <summary>The publication form while one is open (a new one or the selected one), else null.</summary>
    public PlanEntryDraft? Draft { get; private set; }

    /// <summary>True while the open publication form edits an existing publication.</summary>
    public bool EditingExisting => Draft is not null && _editing >= 0;

    /// <summary>The plan-for-surprises form while it is open, else null.</summary>
    public ContingencyDraft? SurprisesDraft { get; private set; }

    /// <summary>What to look out for on the selected publication (a holiday, a date outside the campaign).</summary>
    public IReadOnlyList<string> Warnings => Current is { } entry ? WarningsFor(entry) : [];

    /// <summary>True between <see cref="RequestDelete"/> and its confirmation or cancellation.</summary>
    public bool DeletePending { get; private set; }

    /// <summary>Selects publication <paramref name="index"/> and shows its month in the calendar.</summary>
    public void Select(int index)
    {
        Selected = index >= 0 && index < _entries.Count ? index : -1;
        if (Current is { } entry)
        {
            Calendar.GoTo(entry.Date);
        }
    }

    /// <summary>Selects the first publication on the calendar's chosen day, if there is one.</summary>
    public void SelectCalendarDay()
    {
        var index = _entries.FindIndex(e => e.Date == Calendar.Day);
        if (index >= 0)
        {
            Selected = index;
        }
    }

    /// <summary>Opens a blank publication on <paramref name="day"/> (the calendar's day when null).</summary>
    public bool BeginAdd(DateOnly? day = null)
    {
        if (!MayChange())
        {
            return false;
        }

        CloseForms();
        Draft = PlanEntryDraft.On(day ?? Calendar.Day, Format);
        _editing = -1;
        return true;
    }

    /// <summary>Opens the selected publication for editing (its date too: that moves it).</summary>
    public bool BeginEdit()
    {
        if (Current is not { } entry || !MayChange())
        {
            return false;
        }

        CloseForms();
        Draft = PlanEntryDraft.From(entry, Format);
        _editing = Selected;
        return true;
    }

    /// <summary>
    /// Checks the open publication form and puts the publication in the plan, in date order, selected; false with
    /// <see cref="Errors"/> at the fields. An owner who does not take part is refused by the campaign's own check.
    /// </summary>
    public bool ApplyEntry()
    {
        if (Draft is not { } draft || !MayChange())
        {
            return false;
        }

        _errors.Clear();
        if (draft.Build(Format.Texts, _errors) is not { } entry)
        {
            return false;
        }

        var entries = _entries.ToList();
        if (_editing >= 0 && _editing < entries.Count)
        {
            entries[_editing] = entry;
        }
        else
        {
            entries.Add(entry);
        }

        if (!Replace(entries, entry, error => _errors[PlanEntryDraft.OwnerField] = OwnerRefusal(draft.Owner, error)))
        {
            return false;
        }

        Draft = null;
        _editing = -1;
        return true;
    }

    /// <summary>Moves the selected publication <paramref name="days"/> days (negative: earlier); the plan stays in date order.</summary>
    public bool Shift(int days)
    {
        if (Current is not { } entry || !MayChange())
        {
            return false;
        }

        var date = DateOnly.FromDayNumber(Math.Clamp(entry.Date.DayNumber + days, Limits.FirstDate.DayNumber, Limits.LastDate.DayNumber));
        var moved = new PlanEntry(date, entry.Channel, entry.Description) { Owner = entry.Owner };
        var entries = _entries.ToList();
        entries[Selected] = moved;
        return Replace(entries, moved, error => Message = Format.Texts.Message(error));
    }

    public void RequestDelete() => DeletePending = Current is not null && MayChange();

    public void CancelDelete() => DeletePending = false;

    public void ConfirmDelete()
    {
        if (DeletePending && Current is not null && MayChange())
        {
            _entries.RemoveAt(Selected);
            Selected = Math.Min(Selected, _entries.Count - 1);
            Dirty = true;
        }

        DeletePending = false;
    }

    /// <summary>Opens the plan for surprises for editing (blank when there is none yet).</summary>
    public bool BeginSurprises()
    {
        if (!MayChange())
        {
            return false;
        }

        CloseForms();
        SurprisesDraft = ContingencyDraft.From(Contingency);
        return true;
    }

    /// <summary>Checks the plan-for-surprises form and keeps it (blank hours and contact: no plan); false with <see cref="Errors"/>.</summary>
    public bool ApplySurprises()
    {
        if (SurprisesDraft is not { } draft || !MayChange())
        {
            return false;
        }

        _errors.Clear();
        var plan = draft.Build(Format.Texts, _errors);
        if (_errors.Count > 0)
        {
            return false;
        }

        try
        {
            Campaign.WithContingency(plan);
        }
        catch (DomainException error)
        {
            var field = draft.Responder is { } r && !Campaign.Participants.Contains(r) ? ContingencyDraft.ResponderField : ContingencyDraft.PausedByField;
            _errors[field] = OwnerRefusal(field == ContingencyDraft.ResponderField ? draft.Responder : draft.PausedBy, error);
            return false;
        }

        Contingency = plan;
        SurprisesDraft = null;
        Dirty = true;
        return true;
    }

    /// <summary>Closes the open form without keeping what was typed.</summary>
    public void CloseForms()
    {
        Draft = null;
        SurprisesDraft = null;
        _editing = -1;
        _errors.Clear();
        DeletePending = false;
    }

    /// <summary>Takes <paramref name="entries"/> as the plan if the campaign accepts them, selecting <paramref name="changed"/>.</summary>
    private bool Replace(List<PlanEntry> entries, PlanEntry changed, Action<DomainException> refused)
    {
        IReadOnlyList<PlanEntry> plan;
        try
        {
            plan = Campaign.WithPlan(entries).Plan;
        }
        catch (DomainException error)
        {
            refused(error);
            return false;
        }

        _entries.Clear();
        _entries.AddRange(plan);
        Selected = _entries.FindIndex(e => ReferenceEquals(e, changed));
        Calendar.GoTo(changed.Date);
        Dirty = true;
        Message = null;
        return true;
    }

    /// <summary>The campaign's refusal of someone who does not take part, in the planner's language.</summary>
    private string OwnerRefusal(long? who, DomainException error)
        => who is { } id && !Campaign.Participants.Contains(id)
            ? Format.Texts.Format("OwnerNotParticipant", Who(id), Campaign.Name)
            : Format.Texts.Message(error);
}
