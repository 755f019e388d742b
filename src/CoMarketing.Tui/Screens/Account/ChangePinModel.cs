using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;

namespace CoMarketing.Tui.Screens.Account;

/// <summary>
/// A signed-in member changes its own PIN: the current PIN (checked like a sign-in, so wrong ones count toward a
/// lock), the new one (4–8 digits, not trivially weak) and the new one again. Each problem is shown at its field.
/// </summary>
public sealed class ChangePinModel
{
    public const string CurrentField = "current";
    public const string NewField = "new";
    public const string RepeatField = "repeat";

    private readonly PlannerService _service;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, string> _errors = [];

    /// <exception cref="DomainException">The session is not a member's.</exception>
    public ChangePinModel(PlannerService service, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(clock);
        if (service.Session.BusinessId is null)
        {
            throw new DomainException(service.ToolTexts.Get("PermChangePin"));
        }

        _service = service;
        _clock = clock;
    }

    public ToolTexts Texts => _service.ToolTexts;

    public string Current { get; set; } = string.Empty;

    public string New { get; set; } = string.Empty;

    public string Repeat { get; set; } = string.Empty;

    public IReadOnlyDictionary<string, string> Errors => _errors;

    public ToolMessage? Message { get; private set; }

    public bool Save()
    {
        _errors.Clear();
        if (string.IsNullOrWhiteSpace(Current))
        {
            _errors[CurrentField] = Texts.Get("ErrEnterCurrent");
        }

        if (Pin.CheckNew(New) is { } rejection)
        {
            _errors[NewField] = rejection.Message(_service.Language);
        }
        else if (New.Trim() != Repeat.Trim())
        {
            _errors[RepeatField] = Texts.Get("ErrPinMismatch");
        }

        if (_errors.Count > 0)
        {
            return Fail(Texts.Get("FixFields"));
        }

        SignInResult result;
        try
        {
            result = _service.ChangeOwnPin(Current.Trim(), New.Trim());
        }
        catch (DomainException error)
        {
            return Fail(Texts.Message(error));
        }

        Current = string.Empty;
        if (!result.Succeeded)
        {
            _errors[CurrentField] = Refusal(result);
            return Fail(_errors[CurrentField]);
        }

        New = string.Empty;
        Repeat = string.Empty;
        Message = ToolMessage.Done(Texts.Get("PinChanged"));
        return true;
    }

    private string Refusal(SignInResult result) => result.Outcome switch
    {
        SignInOutcome.Locked => Texts.Format("ErrLocked", Local(result.RetryAt)),
        SignInOutcome.TooSoon => Texts.Format("ErrTooSoon", Local(result.RetryAt)),
        SignInOutcome.NoPin => Texts.Get("ErrNoPin"),
        _ => Texts.Format("ErrCurrentWrong", result.AttemptsLeft ?? 0),
    };

    private DateTimeOffset Local(DateTimeOffset? at) => TimeZoneInfo.ConvertTime(at ?? _clock.GetUtcNow(), _clock.LocalTimeZone);

    private bool Fail(string text)
    {
        Message = ToolMessage.Error(text);
        return false;
    }
}
