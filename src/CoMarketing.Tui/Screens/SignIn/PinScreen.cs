using System.Globalization;
using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Overview;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.SignIn;

/// <summary>
/// Sign-in with a PIN, for a member's business or the coordinator. Only digits are taken and they show masked. A wrong
/// PIN says how many attempts are left or how long to wait; while the kiosk asks for a pause (too soon, locked) the
/// screen refuses to try and shows until when.
/// </summary>
public sealed record PinScreen : IScreen
{
    public const int MaxDigits = 8;
    public const int MinDigits = 4;

    private PinScreen(PlannerShell shell, long? businessId, string account)
    {
        Shell = shell;
        BusinessId = businessId;
        Account = account;
    }

    public PlannerShell Shell { get; }

    /// <summary>The member's business, or null for the coordinator.</summary>
    public long? BusinessId { get; }

    /// <summary>Whose PIN this is, in words (the business's name, "coordinator").</summary>
    public string Account { get; }

    /// <summary>The digits typed so far (never shown).</summary>
    public string Pin { get; private init; } = "";

    /// <summary>When the kiosk allows the next attempt, if it asked for a pause.</summary>
    public DateTimeOffset? RetryAt { get; private init; }

    /// <summary>What went wrong with the last attempt, shown under the field until the next one.</summary>
    public string? Problem { get; private init; }

    public static PinScreen ForMember(PlannerShell shell, Business business)
    {
        ArgumentNullException.ThrowIfNull(shell);
        ArgumentNullException.ThrowIfNull(business);
        return new PinScreen(shell, business.Id, business.Name);
    }

    public static PinScreen ForCoordinator(PlannerShell shell, string account)
    {
        ArgumentNullException.ThrowIfNull(shell);
        return new PinScreen(shell, null, account);
    }

    public string GetTitle(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Texts.Format(nameof(TuiTexts.PinTitle), Account);
    }

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        return
        [
            new KeyBinding("0-9", texts.PinPrompt),
            new KeyBinding("Enter", texts.KeySignIn),
            new KeyBinding("Backspace", texts.KeyErase),
            new KeyBinding("Ctrl+U", texts.KeyErase, InFooter: false),
        ];
    }

    public ScreenResult Handle(KeyPress key, ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (key.IsPrintable && key.Char.Value is >= '0' and <= '9')
        {
            return ScreenResult.Stay(Pin.Length < MaxDigits ? this with { Pin = Pin + (char)key.Char.Value } : this);
        }

        if (key.Is(Key.Backspace))
        {
            return ScreenResult.Stay(this with { Pin = Pin.Length > 0 ? Pin[..^1] : Pin });
        }

        if (key.IsCtrl('u'))
        {
            return ScreenResult.Stay(this with { Pin = "" });
        }

        return key.Is(Key.Enter) ? Submit(context) : ScreenResult.Unhandled(this);
    }

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var mask = new string(context.Unicode ? '•' : '*', Pin.Length);
        var rows = new List<IRenderable>
        {
            new Text(TextFit.Fit(texts.PinHint, context.Width), Styles.Dim),
            Text.Empty,
            new Paragraph().Append(texts.PinPrompt + ": ", Styles.Header).Append(mask).Append(" ", Styles.Selected),
            Text.Empty,
        };
        if (Problem is not null)
        {
            rows.Add(new Text(TextFit.Fit(Problem, context.Width), Styles.Error));
        }

        if (RetryAt is { } at && at > context.Time.GetUtcNow())
        {
            rows.Add(new Text(TextFit.Fit(texts.Format(nameof(TuiTexts.PinNextAttempt), Clock(at, context)), context.Width), Styles.Header));
        }

        return new Rows(rows);
    }

    private ScreenResult Submit(ScreenContext context)
    {
        var texts = context.Texts;
        var now = context.Time.GetUtcNow();
        if (RetryAt is { } waitUntil && now < waitUntil)
        {
            return Refuse(texts.Format(nameof(TuiTexts.PinTooSoon), Seconds(waitUntil - now), Clock(waitUntil, context)), waitUntil);
        }

        if (Pin.Length < MinDigits)
        {
            return ScreenResult.Stay(this with { Problem = texts.PinFormat });
        }

        var kiosk = Shell.Backend.Kiosk;
        var result = BusinessId is { } id ? kiosk.SignInMember(id, Pin) : kiosk.SignInCoordinator(Pin);
        now = context.Time.GetUtcNow(); // checking a PIN takes a moment (PBKDF2); count the pause from its answer
        return result.Outcome switch
        {
            SignInOutcome.Success => SignedIn(texts),
            SignInOutcome.WrongPin when result.RetryAt is { } at && at > now =>
                Refuse(texts.Format(nameof(TuiTexts.PinWrongWait), Seconds(at - now)), at),
            SignInOutcome.WrongPin when result.AttemptsLeft is { } left => Refuse(texts.Format(nameof(TuiTexts.PinWrongAttemptsLeft), left), null),
            SignInOutcome.WrongPin => Refuse(texts.PinWrong, null),
            SignInOutcome.TooSoon when result.RetryAt is { } at =>
                Refuse(texts.Format(nameof(TuiTexts.PinTooSoon), Seconds(at - now), Clock(at, context)), at),
            SignInOutcome.Locked when result.RetryAt is { } at => Refuse(texts.Format(nameof(TuiTexts.PinLocked), Clock(at, context)), at),
            SignInOutcome.NoPin => Refuse(texts.PinNotSet, null),
            _ => Refuse(texts.PinWrong, result.RetryAt),
        };
    }

    private ScreenResult SignedIn(TuiTexts texts)
    {
        var session = BusinessId is { } id ? Session.Member(id) : Session.Coordinator;
        Shell.SignIn(session);
        return ScreenResult.With(this with { Pin = "" },
            ScreenCommand.ResetTo(OverviewScreen.Create(Shell)),
            ScreenCommand.Message(texts.Format(nameof(TuiTexts.SignedIn), Account), MessageKind.Success));
    }

    private ScreenResult Refuse(string problem, DateTimeOffset? retryAt) =>
        ScreenResult.With(this with { Pin = "", Problem = problem, RetryAt = retryAt }, ScreenCommand.Message(problem, MessageKind.Warning));

    private static int Seconds(TimeSpan wait) => Math.Max((int)Math.Ceiling(wait.TotalSeconds), 1);

    private static string Clock(DateTimeOffset at, ScreenContext context) =>
        TimeZoneInfo.ConvertTime(at, context.Time.LocalTimeZone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
