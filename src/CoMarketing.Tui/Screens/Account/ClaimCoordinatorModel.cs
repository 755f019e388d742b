using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;

namespace CoMarketing.Tui.Screens.Account;

/// <summary>
/// "Sign in as coordinator" where no coordinator PIN exists yet (e.g. after loading the demo): whoever chooses a PIN
/// (typed twice, not trivially weak) becomes the coordinator; the audit log records it as done by the session that
/// chose it.
/// </summary>
public sealed class ClaimCoordinatorModel
{
    public const string NewField = "new";
    public const string RepeatField = "repeat";

    private readonly PlannerService _service;
    private readonly Dictionary<string, string> _errors = [];

    public ClaimCoordinatorModel(PlannerService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        _service = service;
    }

    public ToolTexts Texts => _service.ToolTexts;

    /// <summary>True while nobody has chosen a coordinator PIN.</summary>
    public bool IsOpen => !_service.Backend.Kiosk.CoordinatorHasPin();

    public string New { get; set; } = string.Empty;

    public string Repeat { get; set; } = string.Empty;

    public IReadOnlyDictionary<string, string> Errors => _errors;

    public ToolMessage? Message { get; private set; }

    /// <summary>The coordinator's service once the PIN is chosen; null while a field is wrong or someone was first.</summary>
    public PlannerService? Claim()
    {
        _errors.Clear();
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
            Message = ToolMessage.Error(Texts.Get("FixFields"));
            return null;
        }

        try
        {
            var coordinator = _service.ClaimCoordinator(New.Trim());
            New = string.Empty;
            Repeat = string.Empty;
            Message = ToolMessage.Done(Texts.Get("ClaimDone"));
            return coordinator;
        }
        catch (DomainException error)
        {
            Message = ToolMessage.Error(Texts.Message(error));
            return null;
        }
    }
}
