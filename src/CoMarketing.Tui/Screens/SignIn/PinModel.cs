using System.Globalization;
using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.SignIn;

/// <summary>
/// Sign-in with a PIN, for a member's business or the coordinator, without a terminal. Only digits count. A wrong PIN
/// says how many attempts are left or how long to wait; while the kiosk asks for a pause (too soon, locked) the model
/// refuses to try and says until when. The PIN is forgotten after every attempt.
/// </summary>
public sealed class PinModel
{
    public const int MaxDigits = 8;
    public const int MinDigits = 4;

    private readonly PlannerShell _shell;

    private PinModel(PlannerShell shell, long? businessId, string account)
    {
        _shell = shell;
        BusinessId = businessId;
        Account = account;
    }

    /// <summary>The member's business, or null for the coordinator.</summary>
    public long? BusinessId { get; }

    /// <summary>Whose PIN this is, in words (the business's name, "coordinator").</summary>
    public string Account { get; }

    public TuiTexts Texts => _shell.Texts;

    /// <summary>The title: "Sign in: Kahvila Aalto".</summary>
    public string Title => Texts.Format(nameof(TuiTexts.PinTitle), Account);

    /// <summary>When the kiosk allows the next attempt, if it asked for a pause.</summary>
    public DateTimeOffset? RetryAt { get; private set; }

    /// <summary>What went wrong with the last attempt, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>"Next attempt at 09:00:30." while a pause is on, else null.</summary>
    public string? NextAttempt => RetryAt is { } at && at > _shell.Clock.GetUtcNow() ? Texts.Format(nameof(TuiTexts.PinNextAttempt), Clock(at)) : null;

    public static PinModel ForMember(PlannerShell shell, Business business)
    {
        ArgumentNullException.ThrowIfNull(shell);
        ArgumentNullException.ThrowIfNull(business);
        return new PinModel(shell, business.Id, business.Name);
    }

    public static PinModel ForCoordinator(PlannerShell shell)
    {
        ArgumentNullException.ThrowIfNull(shell);
        return new PinModel(shell, null, shell.Texts.Coordinator);
    }

    /// <summary>Whether <paramref name="text"/> may stand in the PIN field: digits only, at most <see cref="MaxDigits"/>.</summary>
    public static bool Accepts(string text) => text is not null && text.Length <= MaxDigits && text.All(char.IsAsciiDigit);

    /// <summary>Tries <paramref name="pin"/>; on success the shell is signed in and the message to show is returned, else null and <see cref="Problem"/>.</summary>
    public string? Submit(string pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        var texts = Texts;
        var now = _shell.Clock.GetUtcNow();
        if (RetryAt is { } waitUntil && now < waitUntil)
        {
            return Refuse(texts.Format(nameof(TuiTexts.PinTooSoon), Seconds(waitUntil - now), Clock(waitUntil)), waitUntil);
        }

        var digits = pin.Trim();
        if (digits.Length is < MinDigits or > MaxDigits || !digits.All(char.IsAsciiDigit))
        {
            Problem = texts.PinFormat;
            return null;
        }

        var kiosk = _shell.Backend.Kiosk;
        var result = BusinessId is { } id ? kiosk.SignInMember(id, digits) : kiosk.SignInCoordinator(digits);
        now = _shell.Clock.GetUtcNow(); // checking a PIN takes a moment (PBKDF2); count the pause from its answer
        return result.Outcome switch
        {
            SignInOutcome.Success => SignedIn(),
            SignInOutcome.WrongPin when result.RetryAt is { } at && at > now =>
                Refuse(texts.Format(nameof(TuiTexts.PinWrongWait), Seconds(at - now)), at),
            SignInOutcome.WrongPin when result.AttemptsLeft is { } left => Refuse(texts.Format(nameof(TuiTexts.PinWrongAttemptsLeft), left), null),
            SignInOutcome.WrongPin => Refuse(texts.PinWrong, null),
            SignInOutcome.TooSoon when result.RetryAt is { } at =>
                Refuse(texts.Format(nameof(TuiTexts.PinTooSoon), Seconds(at - now), Clock(at)), at),
            SignInOutcome.Locked when result.RetryAt is { } at => Refuse(texts.Format(nameof(TuiTexts.PinLocked), Clock(at)), at),
            SignInOutcome.NoPin => Refuse(texts.PinNotSet, null),
            _ => Refuse(texts.PinWrong, result.RetryAt),
        };
    }

    private string SignedIn()
    {
        _shell.SignIn(BusinessId is { } id ? Session.Member(id) : Session.Coordinator);
        Problem = null;
        RetryAt = null;
        return Texts.Format(nameof(TuiTexts.SignedIn), Account);
    }

    private string? Refuse(string problem, DateTimeOffset? retryAt)
    {
        Problem = problem;
        RetryAt = retryAt;
        return null;
    }

    private static int Seconds(TimeSpan wait) => Math.Max((int)Math.Ceiling(wait.TotalSeconds), 1);

    private string Clock(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, _shell.Clock.LocalTimeZone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
