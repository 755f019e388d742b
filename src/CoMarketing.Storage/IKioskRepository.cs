using CoMarketing.Core.Audit;
using CoMarketing.Core.Kiosk;
using CoMarketing.Storage.Kiosk;

namespace CoMarketing.Storage;

/// <summary>
/// Kiosk accounts: a PIN hash per active member business and one for the coordinator, with each account's wrong-PIN
/// count, last wrong-PIN time and lock; and drafts of unsaved form input.
/// </summary>
/// <remarks>
/// An account is named by an <see cref="Actor"/>: <see cref="Actor.Member"/> or <see cref="Actor.Coordinator"/>.
/// Only hashes are stored, never a PIN. Setting a PIN, a wrong PIN and a sign-in are each one transaction with one
/// audit entry (<c>kiosk.pin.set</c>, <c>kiosk.signin.failed</c>, <c>kiosk.signin</c>) whose details hold no PIN.
/// Drafts are scratch and not audited.
/// </remarks>
public interface IKioskRepository
{
    /// <summary>The account's PIN hash and wrong-PIN record; null when there is no such active business.</summary>
    /// <exception cref="Core.Common.DomainException">The stored hash is damaged (the coordinator must set a new PIN).</exception>
    KioskCredentials? GetCredentials(Actor account);

    /// <summary>Stores a new PIN hash for the account, clearing its wrong-PIN count and any lock.</summary>
    void SetPin(Actor account, PinHash pin, Actor by);

    /// <summary>Records a wrong PIN; <paramref name="next"/> turns the stored record into the new one inside the transaction.</summary>
    SignInAttempts RecordFailure(Actor account, Func<SignInAttempts, SignInAttempts> next);

    /// <summary>Records a successful sign-in: the wrong-PIN count and any lock are cleared.</summary>
    void RecordSuccess(Actor account);

    /// <summary>Saves or replaces the draft of <paramref name="form"/> for a member (or the coordinator when null).</summary>
    void SaveDraft(long? businessId, string form, string content, DateTimeOffset savedAt);

    /// <summary>The draft of <paramref name="form"/> for a member (or the coordinator when null), or null.</summary>
    Draft? LoadDraft(long? businessId, string form);

    /// <summary>Removes the draft, if any.</summary>
    void DeleteDraft(long? businessId, string form);
}
