using CoMarketing.Core.Audit;

namespace CoMarketing.Tui.Application;

/// <summary>Kiosk accounts: a PIN per member business and one for the coordinator.</summary>
/// <remarks>
/// PINs are 4–8 digits, stored only as salted PBKDF2-HMAC-SHA256 hashes (600 000 iterations). Wrong PINs slow down
/// exponentially and lock the account for a while after several; sign-in, failures and admin actions are audited.
/// </remarks>
public interface IKioskAccounts
{
    bool MemberHasPin(long businessId);

    bool CoordinatorHasPin();

    /// <summary>Checks a member's PIN. Failures are counted and may lock the account.</summary>
    SignInResult SignInMember(long businessId, string pin);

    SignInResult SignInCoordinator(string pin);

    /// <summary>Sets or changes a member's PIN (the member itself or the coordinator). Refuses a malformed PIN.</summary>
    void SetMemberPin(long businessId, string pin, Actor actor);

    void SetCoordinatorPin(string pin, Actor actor);

    /// <summary>A member's account: whether it has a PIN, wrong PINs in a row and any lock.</summary>
    KioskAccountState GetMemberState(long businessId);

    /// <summary>Lifts a member's lock and clears its wrong-PIN count, keeping its PIN (the coordinator's tool).</summary>
    void UnlockMember(long businessId, Actor actor);

    /// <summary>
    /// A member changes its own PIN: <paramref name="currentPin"/> is checked like a sign-in (a wrong one counts and may
    /// lock the account); when right, <paramref name="newPin"/> replaces it. A weak or malformed new PIN is refused
    /// before the current one is tried.
    /// </summary>
    SignInResult ChangeMemberPin(long businessId, string currentPin, string newPin);
}
