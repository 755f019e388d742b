using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Tests.Application;

/// <summary>The fake kiosk's admin side: account state, unlock, and a member changing its own PIN.</summary>
internal sealed partial class InMemoryKioskAccounts
{
    /// <summary>Locks a member's account until <paramref name="until"/> (as too many wrong PINs would).</summary>
    public void Lock(long businessId, DateTimeOffset until) => _state[businessId] = (FailuresBeforePause, until);

    /// <summary>The PIN a member has now (tests only; the real store keeps hashes).</summary>
    public string? PinOf(long businessId) => _pins.GetValueOrDefault(businessId);

    public KioskAccountState GetMemberState(long businessId)
    {
        var (failures, retryAt) = _state.GetValueOrDefault(businessId);
        return new KioskAccountState(_pins.ContainsKey(businessId), failures, retryAt);
    }

    public void UnlockMember(long businessId, Actor actor)
    {
        if (!_pins.ContainsKey(businessId))
        {
            throw new DomainException($"Business {businessId} has no PIN to unlock.");
        }

        _state.Remove(businessId);
        Writes.Add(new BackendWrite(nameof(UnlockMember), actor, businessId));
    }

    public SignInResult ChangeMemberPin(long businessId, string currentPin, string newPin)
    {
        Validate(newPin);
        var result = Check(businessId, businessId, currentPin);
        if (result.Succeeded)
        {
            _pins[businessId] = newPin;
            Writes.Add(new BackendWrite(nameof(ChangeMemberPin), Actor.Member(businessId), businessId));
        }

        return result;
    }
}
