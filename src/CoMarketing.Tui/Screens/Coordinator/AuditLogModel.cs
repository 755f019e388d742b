using System.Globalization;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>
/// The audit log viewer: entries filtered by who made them (anyone, the coordinator, a guest, the command line or a
/// member), by action and by a date range (local dates, both ends inclusive), newest first.
/// </summary>
public sealed class AuditLogModel
{
    public const string FromField = "from";
    public const string ToField = "to";

    private static readonly string[] DateFormats = ["d.M.yyyy", "yyyy-MM-dd"];
    private readonly PlannerService _service;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, string> _errors = [];
    private readonly Dictionary<long, string> _names;

    /// <exception cref="DomainException">The session is not the coordinator's.</exception>
    public AuditLogModel(PlannerService service, TimeProvider clock, int limit = 500)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(clock);
        _service = service;
        _clock = clock;
        Limit = limit;
        var members = service.GetAllMembers();
        _names = members.ToDictionary(b => b.Id, b => b.Name);
        Who = [new AuditFilterOption(Texts.Get("AuditAnyone"), null),
            new AuditFilterOption(Texts.Get("ActorCoordinator"), Actor.Coordinator),
            new AuditFilterOption(Texts.Get("ActorGuest"), Actor.Guest),
            new AuditFilterOption(Texts.Get("ActorSystem"), Actor.CommandLine),
            .. members.Select(b => new AuditFilterOption(b.Name, Actor.Member(b.Id)))];
        Actions = [Texts.Get("AuditAnyAction"), .. service.GetAuditActions()];
        Apply();
    }

    public ToolTexts Texts => _service.ToolTexts;

    public int Limit { get; }

    public IReadOnlyList<AuditFilterOption> Who { get; }

    /// <summary>"Any action" first, then every action the log holds.</summary>
    public IReadOnlyList<string> Actions { get; }

    public int WhoIndex { get; set; }

    public int ActionIndex { get; set; }

    /// <summary>First day shown (d.M.yyyy or yyyy-MM-dd); empty for no limit.</summary>
    public string From { get; set; } = string.Empty;

    /// <summary>Last day shown, inclusive; empty for no limit.</summary>
    public string To { get; set; } = string.Empty;

    public IReadOnlyDictionary<string, string> Errors => _errors;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public ToolMessage? Message { get; private set; }

    /// <summary>Runs the query with the current filters; a bad date is shown at its field and the list is kept.</summary>
    public bool Apply()
    {
        _errors.Clear();
        var from = ParseDate(From, FromField);
        var to = ParseDate(To, ToField);
        if (_errors.Count == 0 && from is { } start && to is { } end && end < start)
        {
            _errors[ToField] = Texts.Get("ErrDateOrder");
        }

        if (_errors.Count > 0)
        {
            Message = ToolMessage.Error(Texts.Get("FixFields"));
            return false;
        }

        var query = new AuditQuery(
            Who.ElementAtOrDefault(WhoIndex)?.Actor,
            ActionIndex > 0 && ActionIndex < Actions.Count ? Actions[ActionIndex] : null,
            from is { } f ? StartOf(f) : null,
            to is { } t ? StartOf(t.AddDays(1)) : null,
            Limit);
        var page = _service.QueryAudit(query);
        Entries = page.Entries;
        Message = page.Total == 0 ? ToolMessage.Done(Texts.Get("AuditEmpty")) : ToolMessage.Done(Texts.Format("AuditShown", page.Entries.Count, page.Total));
        return true;
    }

    /// <summary>An entry as one line: local date and time, who, the action and its details.</summary>
    public string Describe(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var local = TimeZoneInfo.ConvertTime(entry.At, _clock.LocalTimeZone);
        var time = local.ToString(Texts.Culture.TwoLetterISOLanguageName == "fi" ? "d.M.yyyy H.mm" : "d.M.yyyy HH:mm", CultureInfo.InvariantCulture);
        return $"{time}  {WhoName(entry.Actor)}  {entry.Action}  {entry.Details}";
    }

    private string WhoName(Actor actor) => actor.Kind switch
    {
        ActorKind.Coordinator => Texts.Get("ActorCoordinator"),
        ActorKind.Guest => Texts.Get("ActorGuest"),
        ActorKind.System => Texts.Get("ActorSystem"),
        _ => actor.BusinessId is { } id && _names.TryGetValue(id, out var name) ? name : Texts.Format("ActorMember", actor.BusinessId ?? 0),
    };

    private DateOnly? ParseDate(string text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _errors[field] = Texts.Get("ErrDate");
        return null;
    }

    private DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, _clock.LocalTimeZone.GetUtcOffset(local));
    }
}
