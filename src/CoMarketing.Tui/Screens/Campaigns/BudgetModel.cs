using System.Globalization;
using System.Numerics;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Splitting;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The association's budget plan month by month: planned money, money spent by campaigns (Core's
/// <see cref="BudgetReport"/>), a bar per month and the continuity warnings in plain words, recomputed as months are
/// typed. The coordinator edits a working copy (a month at a time, or a total spread evenly) and saves the whole plan
/// in one audited write; an amount that does not read is kept at its field and never applied. Members read only.
/// Unsaved months are kept as the coordinator's draft when the kiosk times out, and are back on the next visit.
/// </summary>
public sealed class BudgetModel : IHasDraft
{
    /// <summary>The form's name in the draft store.</summary>
    public const string Key = "budget";

    public const string AmountField = "Amount";
    public const string SpreadField = "Spread";

    /// <summary>The widest bar, in characters.</summary>
    public const int BarWidth = 20;

    private readonly PlannerService _service;
    private readonly Dictionary<string, string> _errors = [];
    private BudgetPlan? _saved;
    private BudgetReport? _spending;
    private Money[] _draft = [];
    private int _selected;

    /// <exception cref="DomainException">A guest: the budget is for those signed in.</exception>
    public BudgetModel(PlannerService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        _service = service;
        Format = new CampaignFormat(CampaignTexts.Of(service.Texts));
        _saved = service.GetBudget();
        if (_saved is not null)
        {
            Load(_saved);
        }

        RestoreKeptDraft();
    }

    public CampaignFormat Format { get; }

    public CampaignTexts Texts => Format.Texts;

    public bool CanEdit => _service.CanEditBudget;

    /// <summary>True once a plan exists, saved or just started.</summary>
    public bool HasPlan => _draft.Length > 0;

    /// <summary>The first month a new plan starts from: this month by the planner's clock.</summary>
    public DateOnly StartMonth
    {
        get
        {
            var clock = _service.Backend.Clock;
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), clock.LocalTimeZone).DateTime);
            return new DateOnly(today.Year, today.Month, 1);
        }
    }

    /// <summary>The plan's first month (the start month until a plan exists).</summary>
    public DateOnly FirstMonth => _spending?.Months[0].Month ?? StartMonth;

    /// <summary>The plan as typed against the money spent; null until a plan exists.</summary>
    public BudgetReport? Report { get; private set; }

    public IReadOnlyList<BudgetRow> Rows { get; private set; } = [];

    /// <summary>The month being edited (0-based); setting it shows that month's amount in <see cref="AmountText"/>.</summary>
    public int Selected
    {
        get => _selected;
        set
        {
            _selected = HasPlan ? Math.Clamp(value, 0, _draft.Length - 1) : 0;
            _errors.Remove(AmountField);
            AmountText = HasPlan ? Amount(_draft[_selected]) : string.Empty;
        }
    }

    /// <summary>The selected month's amount as typed (or as saved, until typed).</summary>
    public string AmountText { get; private set; } = string.Empty;

    /// <summary>Each field's problem, by field name.</summary>
    public IReadOnlyDictionary<string, string> Errors => _errors;

    /// <summary>The continuity warnings in plain words, empty when the money is well spread.</summary>
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    /// <summary>True when money is planned and none of the warnings applies (the screen says so, to reassure).</summary>
    public bool WellSpread => Report is { } report && report.Planned.Cents > 0 && Warnings.Count == 0;

    /// <summary>What happened after the last action, or why nothing did.</summary>
    public ToolMessage? Message { get; private set; }

    /// <summary>True when the months differ from the saved plan (or a new plan is not saved yet).</summary>
    public bool IsDirty => HasPlan && (_saved is null || _saved.FirstMonth != FirstMonth || !_saved.Monthly.SequenceEqual(_draft));

    public string? DraftKey => CanEdit ? Key : null;

    /// <summary>The working copy as <c>yyyy-MM;cents;cents;…</c>, or null when nothing is unsaved.</summary>
    public string? SerializeDraft()
        => IsDirty ? string.Join(';', [FirstMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture), .. _draft.Select(m => m.Cents.ToString(CultureInfo.InvariantCulture))]) : null;

    /// <summary>Starts a plan of <see cref="BudgetReport.RecommendedHorizon"/> months of 0 € from this month; saved by <see cref="Save"/>.</summary>
    public bool Start()
    {
        if (!CanEdit || HasPlan)
        {
            Message = ToolMessage.Error(Texts.Get(CanEdit ? "BudgetExists" : "BudgetPermEdit"));
            return false;
        }

        Load(new BudgetPlan(StartMonth, Enumerable.Repeat(Money.Zero, BudgetReport.RecommendedHorizon)));
        Message = ToolMessage.Done(Texts.Format("BudgetStarted", MonthLabel(StartMonth)));
        return true;
    }

    /// <summary>Reads <paramref name="text"/> as the selected month's amount; a bad or negative amount stays at the field, unapplied.</summary>
    public bool SetAmount(string text)
    {
        AmountText = text ?? string.Empty;
        if (!Editable())
        {
            return false;
        }

        if (Read(AmountText, AmountField) is not { } amount)
        {
            return false;
        }

        _draft[_selected] = amount;
        Rebuild();
        return true;
    }

    /// <summary>Spreads <paramref name="totalText"/> evenly over every month; odd cents go to the first months.</summary>
    public bool Spread(string totalText)
    {
        if (!Editable() || Read(totalText ?? string.Empty, SpreadField) is not { } total)
        {
            return false;
        }

        var parts = CentSplitter.Split(total.Cents, [.. Enumerable.Repeat(BigInteger.One, _draft.Length)], 0);
        _draft = [.. parts.Select(cents => new Money(cents))];
        Selected = _selected;
        Rebuild();
        Message = ToolMessage.Done(Texts.Format("BudgetSpreadDone", Format.Euros(total), _draft.Length));
        return true;
    }

    /// <summary>Saves every month together in one audited write, or nothing when an amount at its field is wrong.</summary>
    /// <returns>True when the plan was saved.</returns>
    public bool Save()
    {
        if (!Editable())
        {
            return false;
        }

        if (_errors.Count > 0)
        {
            Message = ToolMessage.Error(Texts.Get("BudgetFixFirst"));
            return false;
        }

        if (!IsDirty)
        {
            Message = ToolMessage.Done(Texts.Get("BudgetUnchanged"));
            return false;
        }

        var plan = new BudgetPlan(FirstMonth, _draft);
        try
        {
            _service.SaveBudget(plan);
        }
        catch (DomainException error)
        {
            Message = ToolMessage.Error(Format.Texts.Message(error));
            return false;
        }

        _saved = plan;
        _service.Backend.Drafts.Delete(null, Key);
        Message = ToolMessage.Done(Texts.Format("BudgetSaved", Format.Euros(plan.Total), plan.Horizon));
        return true;
    }

    /// <summary>A month as the exports write it: <c>3/2027</c> in Finnish, <c>Mar 2027</c> in English.</summary>
    public string MonthLabel(DateOnly month)
        => month.ToString(Texts.IsFinnish ? "M/yyyy" : "MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>An amount as it is typed back into the field: <c>1 200,00</c> (fi) or <c>1,200.00</c> (en).</summary>
    public string Amount(Money money) => money.Format(Format.Culture).Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private void Load(BudgetPlan plan)
    {
        // Spending depends on the months only, not on what is planned: read the campaigns once, not per keystroke.
        _spending = _service.BudgetReportOf(plan);
        _draft = [.. plan.Monthly];
        _errors.Clear();
        Selected = 0;
        Rebuild();
    }

    /// <summary>Puts back the months left unsaved at a time-out (unsaved still: Save keeps them), then forgets the draft.</summary>
    private void RestoreKeptDraft()
    {
        if (!CanEdit || _service.Backend.Drafts.Load(null, Key) is not { } draft)
        {
            return;
        }

        _service.Backend.Drafts.Delete(null, Key);
        if (ReadDraft(draft) is { } plan)
        {
            Load(plan);
            Message = ToolMessage.Done(Texts.Get("BudgetDraftBack"));
        }
    }

    private static BudgetPlan? ReadDraft(string draft)
    {
        var parts = draft.Split(';');
        if (parts.Length < 2 || !DateOnly.TryParseExact(parts[0], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return null;
        }

        var months = new List<Money>();
        foreach (var part in parts.Skip(1))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var cents))
            {
                return null;
            }

            months.Add(new Money(cents));
        }

        return new BudgetPlan(first, months);
    }

    private bool Editable()
    {
        if (!CanEdit)
        {
            Message = ToolMessage.Error(Texts.Get("BudgetPermEdit"));
            return false;
        }

        return HasPlan;
    }

    private Money? Read(string text, string field)
    {
        _errors.Remove(field);
        if (!Money.TryParse(text, out var amount, out _))
        {
            _errors[field] = Texts.Format("AmountInvalid", text.Trim());
            return null;
        }

        if (amount.IsNegative)
        {
            _errors[field] = Texts.Get("BudgetNegative");
            return null;
        }

        return amount;
    }

    private void Rebuild()
    {
        var spending = _spending!;
        var report = spending with { Months = [.. spending.Months.Select((m, i) => m with { Planned = _draft[i] })] };
        var largest = _draft.Max(m => m.Cents);
        Report = report;
        Rows = [.. report.Months.Select(m => new BudgetRow(m.Month, MonthLabel(m.Month), m.Planned, m.Spent, Bar(m.Planned.Cents, largest)))];
        Warnings = WarningsOf(report);
    }

    private List<string> WarningsOf(BudgetReport report)
    {
        var warnings = new List<string>();
        if (report.FrontLoaded)
        {
            var percent = (int)Math.Round(report.PlannedInFirstQuarter.Cents * 100m / report.Planned.Cents, MidpointRounding.AwayFromZero);
            warnings.Add(Texts.Format("BudgetFrontLoaded", Format.Euros(report.PlannedInFirstQuarter), Format.Euros(report.Planned), percent, report.FirstQuarterMonths));
        }

        if (report.ShortHorizon)
        {
            warnings.Add(Texts.Format("BudgetShort", report.Months.Count, BudgetReport.RecommendedHorizon));
        }

        return warnings;
    }

    private static string Bar(long cents, long largest)
        => largest <= 0 ? string.Empty : new string('█', (int)(((cents * BarWidth) + (largest / 2)) / largest));
}
