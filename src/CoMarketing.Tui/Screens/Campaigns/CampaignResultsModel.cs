using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Splitting;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The "Results" page of a campaign: a month of the campaign, and for each participant its reached, interested,
/// leads, new customers and revenue in that month (results are always a participant's, as in the JSON import; the
/// whole campaign's month is their sum). Beside them the figures <c>campaign show</c> gives: acquisition cost against
/// customer value, ROI and the funnel, for the campaign and per participant, recomputed from valid input as it is typed.
/// </summary>
/// <remarks>
/// Edits are kept per month until saved, so moving to another month loses nothing; one save writes every changed month
/// in one update. Only the coordinator records results, of a running or finished campaign; members see the figures.
/// Weekly or quarterly results (from an import) are left as they are.
/// </remarks>
public sealed class CampaignResultsModel
{
    private readonly PlannerService _service;
    private readonly IReadOnlyList<Business> _businesses;
    private readonly SplitResult? _split;
    private readonly Dictionary<DateOnly, List<ResultRowDraft>> _drafts = [];
    private readonly Dictionary<(DateOnly Month, long Participant), Dictionary<string, string>> _errors = [];
    private Campaign _campaign;

    public CampaignResultsModel(PlannerService service, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(campaign);
        _service = service;
        _campaign = campaign;
        Format = new CampaignFormat(CampaignTexts.Of(service.Texts));
        _businesses = [.. campaign.Participants.Select(id => service.Backend.GetBusiness(id)
            ?? throw DomainException.Of("CampaignUnknownBusiness", campaign.Name, id))];
        try
        {
            // Read once: the costs do not change on this page, only the results.
            _split = CampaignSplit.Split(campaign, _businesses, service.Backend.GetAssociation());
        }
        catch (DomainException error)
        {
            SplitError = Format.Texts.Message(error);
        }

        Months = ResultMonths.Of(campaign);
        Month = ResultMonths.Default(Months, DateOnly.FromDateTime(service.Backend.Clock.GetLocalNow().DateTime));
        Changed();
    }

    public CampaignFormat Format { get; }

    /// <summary>The campaign as saved.</summary>
    public Campaign Campaign => _campaign;

    /// <summary>True when this session may record results (the coordinator, on a running or finished campaign).</summary>
    public bool CanEdit => _service.CanRecordResults(_campaign);

    /// <summary>Why the figures are read-only, or null when they may be edited.</summary>
    public string? ReadOnlyReason => CanEdit
        ? null
        : Format.Texts.Get(_service.Session.IsCoordinator ? "ResultsNotRunning" : "ResultsCoordinatorOnly");

    /// <summary>The months results can be entered for: the campaign's, and any other holding a monthly result.</summary>
    public IReadOnlyList<DateOnly> Months { get; }

    /// <summary>The first day of the month on show.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>The month as it is typed: <c>3/2027</c> (fi) or <c>2027-03</c> (en).</summary>
    public string MonthText => ResultMonths.Text(Month, Format.Texts.IsFinnish);

    /// <summary>The month's name: <c>maaliskuu 2027</c> / <c>March 2027</c>.</summary>
    public string MonthName => ResultMonths.Name(Month, Format.Texts.IsFinnish);

    /// <summary>Why the typed month was not taken, or null.</summary>
    public string? MonthError { get; private set; }

    /// <summary>The participants' rows of the month on show, in participant order.</summary>
    public IReadOnlyList<ResultRowDraft> Rows => RowsOf(Month);

    /// <summary>The whole campaign in the month on show: the sum of the rows that are valid.</summary>
    public FunnelTotals MonthTotal
    {
        get
        {
            var rows = Rows.Where(r => ErrorsOf(r.Participant).Count == 0)
                .Select(r => r.Build(Month, Format.Texts, new Dictionary<string, string>()))
                .OfType<CampaignResult>();
            return FunnelTotals.Of(rows);
        }
    }

    /// <summary>How many weekly or quarterly results start in the month on show (kept as they are; not editable here).</summary>
    public int OtherPeriodResults => _campaign.Results.Count(r => r.Period != ResultPeriod.Month && PeriodTotals.StartOf(r.PeriodStart, ResultPeriod.Month) == Month);

    /// <summary>The campaign with every change as typed, or null while a field is invalid.</summary>
    public Campaign? CurrentCampaign { get; private set; }

    /// <summary>True when some month has unsaved changes.</summary>
    public bool HasChanges => _drafts.Values.Any(rows => rows.Any(r => r.IsChanged));

    /// <summary>Why the campaign's costs do not split (then there are no cost figures), or null.</summary>
    public string? SplitError { get; }

    /// <summary>The figures of the campaign as typed (the saved one while input is invalid); null when its costs do not split.</summary>
    public CampaignEconomics? Economics { get; private set; }

    /// <summary>A participant's name.</summary>
    public string PartnerName(long id) => _businesses.FirstOrDefault(b => b.Id == id)?.Name ?? $"#{id}";

    /// <summary>Field errors of a participant's row in the month on show, by field name.</summary>
    public IReadOnlyDictionary<string, string> ErrorsOf(long participant)
        => _errors.TryGetValue((Month, participant), out var errors) ? errors : new Dictionary<string, string>();

    /// <summary>Shows the month typed as <c>3.2027</c>, <c>3/2027</c> or <c>2027-03</c>; false (with <see cref="MonthError"/>) otherwise.</summary>
    public bool TypeMonth(string text)
    {
        if (!ResultMonths.TryParse(text, out var month))
        {
            MonthError = Format.Texts.Format("MonthInvalid", (text ?? string.Empty).Trim());
            return false;
        }

        if (!Months.Contains(month))
        {
            MonthError = Format.Texts.Format("MonthOutside", Written(Months[0]), Written(Months[^1]));
            return false;
        }

        MonthError = null;
        Month = month;
        return true;

        string Written(DateOnly m) => ResultMonths.Text(m, Format.Texts.IsFinnish);
    }

    /// <summary>The previous (−1) or next (+1) month of the campaign; stays at the first or last.</summary>
    public void Step(int direction)
    {
        var index = Months.ToList().IndexOf(Month) + Math.Sign(direction);
        if (index >= 0 && index < Months.Count)
        {
            Month = Months[index];
            MonthError = null;
        }
    }

    /// <summary>Checks every changed month and recomputes the figures; call after each edit.</summary>
    public void Changed()
    {
        _errors.Clear();
        var results = _campaign.Results.ToList();
        var valid = true;
        foreach (var (month, rows) in _drafts.Where(d => d.Value.Any(r => r.IsChanged)).OrderBy(d => d.Key))
        {
            results.RemoveAll(r => r.Period == ResultPeriod.Month && PeriodTotals.StartOf(r.PeriodStart, ResultPeriod.Month) == month);
            foreach (var row in rows)
            {
                var errors = new Dictionary<string, string>(StringComparer.Ordinal);
                if (row.Build(month, Format.Texts, errors) is { } result)
                {
                    results.Add(result);
                }

                if (errors.Count > 0)
                {
                    _errors[(month, row.Participant)] = errors;
                    valid = false;
                }
            }
        }

        CurrentCampaign = valid ? _campaign.WithResults(results) : null;
        if (_split is { } split)
        {
            Economics = CampaignEconomics.Of(CurrentCampaign ?? _campaign, split);
        }
    }

    /// <summary>The first month with an invalid field, or null.</summary>
    public DateOnly? FirstInvalidMonth => _errors.Count == 0 ? null : _errors.Keys.Min(k => k.Month);

    /// <summary>Saves every changed month; null on success, otherwise what stopped it (nothing is saved then).</summary>
    public string? Save()
    {
        if (!CanEdit)
        {
            return ReadOnlyReason;
        }

        if (CurrentCampaign is not { } campaign)
        {
            return FirstInvalidMonth is { } month && month != Month
                ? Format.Texts.Format("ResultsFixMonth", ResultMonths.Name(month, Format.Texts.IsFinnish))
                : Format.Texts.Get("FixFieldsFirst");
        }

        if (!HasChanges)
        {
            return null;
        }

        try
        {
            RefusedAsSavedElsewhere = false;
            _campaign = _service.UpdateCampaign(campaign);
        }
        catch (DomainException error)
        {
            RefusedAsSavedElsewhere = PlannerService.IsSavedElsewhere(error);
            return Format.Texts.Message(error);
        }

        _drafts.Clear();
        Changed();
        return null;
    }

    /// <summary>True when the last save was refused because someone else saved the campaign since this page opened it.</summary>
    public bool RefusedAsSavedElsewhere { get; private set; }

    /// <summary>
    /// Puts the months changed here onto <paramref name="stored"/> (the campaign as someone else saved it meanwhile):
    /// a save then writes these months over theirs and keeps the rest of their save.
    /// </summary>
    public void Rebase(Campaign stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        _campaign = stored;
        Changed();
    }

    private List<ResultRowDraft> RowsOf(DateOnly month)
    {
        if (!_drafts.TryGetValue(month, out var rows))
        {
            rows = [.. _campaign.Participants.Select(id =>
            {
                var stored = _campaign.Results.Where(r => r.Participant == id && r.Period == ResultPeriod.Month && PeriodTotals.StartOf(r.PeriodStart, ResultPeriod.Month) == month).ToList();
                return ResultRowDraft.From(id, stored.Count == 0 ? null : FunnelTotals.Of(stored), Format);
            })];
            _drafts[month] = rows;
        }

        return rows;
    }
}
