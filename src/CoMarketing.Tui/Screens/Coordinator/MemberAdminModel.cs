using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>
/// The coordinator's member tool: every member (archived ones too) with its kiosk account; reset a PIN (typed twice,
/// weak ones refused at the field), lift a lock, archive and restore. Each action is one audited write.
/// </summary>
public sealed class MemberAdminModel
{
    public const string NewPinField = "newPin";
    public const string RepeatPinField = "repeatPin";

    private readonly PlannerService _service;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, string> _errors = [];

    /// <exception cref="DomainException">The session is not the coordinator's.</exception>
    public MemberAdminModel(PlannerService service, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(clock);
        _service = service;
        _clock = clock;
        Members = Load();
    }

    public ToolTexts Texts => _service.ToolTexts;

    public IReadOnlyList<MemberRow> Members { get; private set; }

    /// <summary>The chosen row in <see cref="Members"/>, or -1.</summary>
    public int Selected { get; set; } = -1;

    public MemberRow? Current => Selected >= 0 && Selected < Members.Count ? Members[Selected] : null;

    public string NewPin { get; set; } = string.Empty;

    public string RepeatPin { get; set; } = string.Empty;

    public IReadOnlyDictionary<string, string> Errors => _errors;

    public ToolMessage? Message { get; private set; }

    /// <summary>One line per member: its name and what is notable about its account.</summary>
    public string Describe(MemberRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Business.Archived)
        {
            return $"{row.Business.Name} — {Texts.Get("StatusArchived")}";
        }

        var notes = new List<string>();
        if (row.Account is { HasPin: false })
        {
            notes.Add(Texts.Get("StatusNoPin"));
        }

        if (row.Account is { } account && account.IsLocked(_clock.GetUtcNow()))
        {
            notes.Add(Texts.Format("StatusLocked", TimeZoneInfo.ConvertTime(account.LockedUntil!.Value, _clock.LocalTimeZone)));
        }
        else if (row.Account is { Failures: > 0 } failing)
        {
            notes.Add(Texts.Format("StatusFailures", failing.Failures));
        }

        return notes.Count == 0 ? row.Business.Name : $"{row.Business.Name} — {string.Join(", ", notes)}";
    }

    public bool ResetPin()
    {
        _errors.Clear();
        if (Current is not { } row)
        {
            return Fail(Texts.Get("PickMember"));
        }

        if (row.Business.Archived)
        {
            return Fail(Texts.Format("ArchivedNoPin", row.Business.Name));
        }

        if (Pin.CheckNew(NewPin) is { } rejection)
        {
            _errors[NewPinField] = rejection.Message(_service.Language);
        }
        else if (NewPin.Trim() != RepeatPin.Trim())
        {
            _errors[RepeatPinField] = Texts.Get("ErrPinMismatch");
        }

        if (_errors.Count > 0)
        {
            return Fail(Texts.Get("FixFields"));
        }

        return Run(() => _service.ResetMemberPin(row.Business.Id, NewPin.Trim()), Texts.Format("PinResetDone", row.Business.Name));
    }

    public bool Unlock()
    {
        _errors.Clear();
        if (Current is not { } row)
        {
            return Fail(Texts.Get("PickMember"));
        }

        if (row.Account is not { } account || row.Business.Archived)
        {
            return Fail(Texts.Format("NotLocked", row.Business.Name));
        }

        if (!account.HasPin)
        {
            return Fail(Texts.Format("NoPinToUnlock", row.Business.Name));
        }

        if (account.Failures == 0 && !account.IsLocked(_clock.GetUtcNow()))
        {
            return Fail(Texts.Format("NotLocked", row.Business.Name));
        }

        return Run(() => _service.UnlockMember(row.Business.Id), Texts.Format("UnlockDone", row.Business.Name));
    }

    public bool Archive()
    {
        _errors.Clear();
        if (Current is not { } row)
        {
            return Fail(Texts.Get("PickMember"));
        }

        return row.Business.Archived
            ? Fail(Texts.Format("AlreadyArchived", row.Business.Name))
            : Run(() => _service.ArchiveBusiness(row.Business.Id), Texts.Format("ArchiveDone", row.Business.Name));
    }

    public bool Restore()
    {
        _errors.Clear();
        if (Current is not { } row)
        {
            return Fail(Texts.Get("PickMember"));
        }

        return !row.Business.Archived
            ? Fail(Texts.Format("NotArchived", row.Business.Name))
            : Run(() => _service.RestoreBusiness(row.Business.Id), Texts.Format("RestoreDone", row.Business.Name));
    }

    private bool Run(Action action, string done)
    {
        var id = Current!.Business.Id;
        try
        {
            action();
        }
        catch (DomainException error)
        {
            return Fail(Texts.Message(error));
        }

        NewPin = string.Empty;
        RepeatPin = string.Empty;
        Members = Load();
        Selected = Members.ToList().FindIndex(m => m.Business.Id == id);
        Message = ToolMessage.Done(done);
        return true;
    }

    private bool Fail(string message)
    {
        Message = ToolMessage.Error(message);
        return false;
    }

    private List<MemberRow> Load() =>
        [.. _service.GetAllMembers().Select(b => new MemberRow(b, b.Archived ? null : _service.GetMemberState(b.Id)))];
}
