using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Tests.Application;

/// <summary>
/// Kiosk accounts with PINs in plain text (tests only). A right PIN succeeds, a wrong one fails with the attempts
/// left; after <see cref="FailuresBeforePause"/> wrong PINs in a row the next attempts are refused as
/// <see cref="SignInOutcome.TooSoon"/> until the clock has moved on by <see cref="Pause"/>. Outcomes queued with
/// <see cref="Enqueue"/> are returned first, whatever the PIN.
/// </summary>
internal sealed partial class InMemoryKioskAccounts(TimeProvider clock) : IKioskAccounts
{
    private const long CoordinatorKey = -1;
    private readonly Dictionary<long, string> _pins = [];
    private readonly Dictionary<long, (int Failures, DateTimeOffset? RetryAt)> _state = [];
    private readonly Queue<SignInResult> _scripted = new();

    public int FailuresBeforePause { get; init; } = 3;

    public TimeSpan Pause { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Every attempt: the account (null = coordinator) and the PIN typed.</summary>
    public List<(long? BusinessId, string Pin)> Attempts { get; } = [];

    public List<BackendWrite> Writes { get; } = [];

    public void Enqueue(SignInResult result) => _scripted.Enqueue(result);

    public bool MemberHasPin(long businessId) => _pins.ContainsKey(businessId);

    public bool CoordinatorHasPin() => _pins.ContainsKey(CoordinatorKey);

    public SignInResult SignInMember(long businessId, string pin) => Check(businessId, businessId, pin);

    public SignInResult SignInCoordinator(string pin) => Check(CoordinatorKey, null, pin);

    public void SetMemberPin(long businessId, string pin, Actor actor)
    {
        Validate(pin);
        _pins[businessId] = pin;
        Writes.Add(new BackendWrite("SetMemberPin", actor, businessId));
    }

    public void SetCoordinatorPin(string pin, Actor actor)
    {
        Validate(pin);
        _pins[CoordinatorKey] = pin;
        Writes.Add(new BackendWrite("SetCoordinatorPin", actor));
    }

    private SignInResult Check(long key, long? businessId, string pin)
    {
        Attempts.Add((businessId, pin));
        if (_scripted.TryDequeue(out var scripted))
        {
            return scripted;
        }

        if (!_pins.TryGetValue(key, out var expected))
        {
            return new SignInResult(SignInOutcome.NoPin);
        }

        var (failures, retryAt) = _state.GetValueOrDefault(key);
        if (retryAt is { } at && clock.GetUtcNow() < at)
        {
            return new SignInResult(SignInOutcome.TooSoon, at);
        }

        if (pin == expected)
        {
            _state.Remove(key);
            return new SignInResult(SignInOutcome.Success);
        }

        failures++;
        var pause = failures >= FailuresBeforePause ? clock.GetUtcNow() + Pause : (DateTimeOffset?)null;
        _state[key] = (failures, pause);
        return new SignInResult(SignInOutcome.WrongPin, pause, Math.Max(FailuresBeforePause - failures, 0));
    }

    private static void Validate(string pin)
    {
        if (pin.Length is < 4 or > 8 || !pin.All(char.IsAsciiDigit))
        {
            throw new DomainException("A PIN is 4–8 digits.");
        }
    }
}
