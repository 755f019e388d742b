using CoMarketing.Core.Association;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Reports.Results;
using CoMarketing.Reports.Exports.Results;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The results report across campaigns, as <c>comarketing report --period week|month|quarter [--from] [--to]</c> builds
/// it (<see cref="ResultsReportBuilder"/> over running and finished campaigns and their splits): the coordinator sees
/// every campaign, a member only those it takes part in (<see cref="PlannerService.GetCampaigns"/>).
/// </summary>
public sealed class ResultsReportModel
{
    public const string FromField = "From";
    public const string ToField = "To";

    private readonly PlannerService _service;
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public ResultsReportModel(PlannerService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        _service = service;
        Format = new CampaignFormat(CampaignTexts.Of(service.Texts));
        Labels = ReportLabels.For(Format.Texts.IsFinnish ? Language.Finnish : Language.English);
        Refresh();
    }

    public CampaignFormat Format { get; }

    /// <summary>The report's words, as the exports of <c>comarketing report</c> have them.</summary>
    public ReportLabels Labels { get; }

    /// <summary>True when only the signed-in member's own campaigns are reported.</summary>
    public bool OwnCampaignsOnly => !_service.Session.IsCoordinator;

    public ResultPeriod Period { get; set; } = ResultPeriod.Month;

    /// <summary>The first day as typed (<c>1.3.2027</c> or <c>2027-03-01</c>); blank: from the first campaign day.</summary>
    public string From { get; set; } = string.Empty;

    /// <summary>The last day as typed; blank: to the last campaign day or result.</summary>
    public string To { get; set; } = string.Empty;

    /// <summary>Field errors by <see cref="FromField"/> or <see cref="ToField"/>.</summary>
    public IReadOnlyDictionary<string, string> Errors => _errors;

    /// <summary>The report last built from valid input.</summary>
    public ResultsReport Report { get; private set; } = null!;

    /// <summary>Campaigns left out because their costs do not split, one line each.</summary>
    public IReadOnlyList<string> Skipped { get; private set; } = [];

    /// <summary>Builds the report for <see cref="Period"/>, <see cref="From"/> and <see cref="To"/>; false (keeping the last report) when a field is invalid.</summary>
    public bool Refresh()
    {
        _errors.Clear();
        var from = Day(From, FromField);
        var to = Day(To, ToField);
        if (_errors.Count > 0)
        {
            return false;
        }

        if (from is { } f && to is { } t && f > t)
        {
            _errors[ToField] = Format.Texts.Format("ReportFromAfterTo", Format.Date(f), Format.Date(t));
            return false;
        }

        var skipped = new List<string>();
        var campaigns = new List<ReportCampaign>();
        var settings = _service.Backend.GetAssociation();
        foreach (var campaign in _service.GetCampaigns().Where(c => c.Status is CampaignStatus.Running or CampaignStatus.Finished))
        {
            try
            {
                var businesses = campaign.Participants.Select(id => _service.Backend.GetBusiness(id)).OfType<Core.Businesses.Business>();
                campaigns.Add(new ReportCampaign(campaign, CampaignSplit.Split(campaign, businesses, settings)));
            }
            catch (DomainException error)
            {
                skipped.Add(Format.Texts.Format("ReportSkipped", campaign.Name, Format.Texts.Message(error)));
            }
        }

        try
        {
            Report = ResultsReportBuilder.Build(campaigns, Period, from, to);
        }
        catch (DomainException error)
        {
            _errors[FromField] = Format.Texts.Message(error);
            return false;
        }

        Skipped = skipped;
        return true;
    }

    private DateOnly? Day(string text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateText.TryParse(text, out var day))
        {
            return day;
        }

        _errors[field] = Format.Texts.Format("DateInvalid", text.Trim());
        return null;
    }
}
