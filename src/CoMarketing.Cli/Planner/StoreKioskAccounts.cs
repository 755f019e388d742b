using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;
using CoMarketing.Storage;
using CoMarketing.Tui.Application;

namespace CoMarketing.Cli.Planner;

/// <summary>
/// The kiosk accounts over the store: PINs hashed with <see cref="PinHasher"/>, wrong PINs throttled by
/// <see cref="SignInThrottle"/>, counters, locks and audit entries kept by <see cref="Storage.IKioskRepository"/>.
/// </summary>
/// <remarks>
/// While a pause or a lock is in force no PIN is checked at all (the answer is <see cref="SignInOutcome.TooSoon"/>
/// or <see cref="SignInOutcome.Locked"/>), so guessing cannot go faster than the policy allows. A malformed PIN
/// counts as a wrong one.
/// </remarks>
public sealed class StoreKioskAccounts : IKioskAccounts
{
    private readonly IStore _store;
    private readonly PinHasher _hasher;
    private readonly SignInThrottle _throttle;

    /// <summary>The production setup: 600 000 PBKDF2 iterations and <see cref="SignInThrottleOptions.Default"/>.</summary>
    public StoreKioskAccounts(IStore store, TimeProvider clock)
        : this(store, clock, new PinHasher(), SignInThrottleOptions.Default)
    {
    }

    public StoreKioskAccounts(IStore store, TimeProvider clock, PinHasher hasher, SignInThrottleOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _hasher = hasher;
        _throttle = new SignInThrottle(options, clock);
    }

    public bool MemberHasPin(long businessId) => _store.Kiosk.GetCredentials(Actor.Member(businessId))?.Pin is not null;

    public bool CoordinatorHasPin() => _store.Kiosk.GetCredentials(Actor.Coordinator)?.Pin is not null;

    public SignInResult SignInMember(long businessId, string pin) => SignIn(Actor.Member(businessId), pin);

    public SignInResult SignInCoordinator(string pin) => SignIn(Actor.Coordinator, pin);

    public void SetMemberPin(long businessId, string pin, Actor actor) => SetPin(Actor.Member(businessId), pin, actor);

    public void SetCoordinatorPin(string pin, Actor actor) => SetPin(Actor.Coordinator, pin, actor);

    public KioskAccountState GetMemberState(long businessId)
    {
        var credentials = _store.Kiosk.GetCredentials(Actor.Member(businessId))
            ?? throw DomainException.Of("NoActiveBusiness", businessId);
        return new KioskAccountState(credentials.Pin is not null, credentials.Attempts.Failures, credentials.Attempts.LockedUntil);
    }

    /// <remarks>
    /// The store clears the wrong-PIN count and lock whenever a PIN hash is stored, so the account's own hash is stored
    /// again: one transaction, audited as <c>kiosk.pin.set</c> by <paramref name="actor"/>; the PIN stays the same.
    /// </remarks>
    public void UnlockMember(long businessId, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var account = Actor.Member(businessId);
        var credentials = _store.Kiosk.GetCredentials(account) ?? throw DomainException.Of("NoActiveBusiness", businessId);
        if (credentials.Pin is not { } pin)
        {
            throw DomainException.Of("NoPinYet", credentials.Name);
        }

        _store.Kiosk.SetPin(account, pin, actor);
    }

    public SignInResult ChangeMemberPin(long businessId, string currentPin, string newPin)
    {
        var account = Actor.Member(businessId);
        var next = Pin.ParseNew(newPin);
        return SignIn(account, currentPin, () => _store.Kiosk.SetPin(account, _hasher.Hash(next), account));
    }

    /// <summary>Sets a chosen PIN: malformed or trivially weak ones are refused (<see cref="Pin.ParseNew"/>).</summary>
    private void SetPin(Actor account, string pin, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var parsed = Pin.ParseNew(pin);
        _store.Kiosk.SetPin(account, _hasher.Hash(parsed), actor);
    }

    private SignInResult SignIn(Actor account, string pin) => SignIn(account, pin, () => _store.Kiosk.RecordSuccess(account));

    /// <summary>Checks a PIN under the throttle; on success runs <paramref name="onSuccess"/> (which clears the count).</summary>
    private SignInResult SignIn(Actor account, string pin, Action onSuccess)
    {
        var credentials = _store.Kiosk.GetCredentials(account);
        if (credentials?.Pin is not { } stored)
        {
            return new SignInResult(SignInOutcome.NoPin);
        }

        var before = _throttle.Check(credentials.Attempts);
        switch (before.Gate)
        {
            case SignInGate.Locked:
                return new SignInResult(SignInOutcome.Locked, before.RetryAt, 0);
            case SignInGate.Paused:
                return new SignInResult(SignInOutcome.TooSoon, before.RetryAt, before.AttemptsLeft);
        }

        if (Pin.TryParse(pin, out var parsed, out _) && PinHasher.Verify(parsed, stored))
        {
            onSuccess();
            return new SignInResult(SignInOutcome.Success);
        }

        var after = _throttle.Check(_store.Kiosk.RecordFailure(account, _throttle.AfterFailure));
        return after.Gate == SignInGate.Locked
            ? new SignInResult(SignInOutcome.Locked, after.RetryAt, 0)
            : new SignInResult(SignInOutcome.WrongPin, after.RetryAt, after.AttemptsLeft);
    }
}
