using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;
using CoMarketing.Storage.Kiosk;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.LiteDb;

/// <summary>
/// Kiosk accounts kept in the documents they belong to (a member's business, the coordinator's association record,
/// see <see cref="KioskMapper"/>), and drafts in <c>drafts</c> keyed by owner and form.
/// </summary>
internal sealed class LiteKioskRepository : IKioskRepository
{
    private readonly LiteFile _file;

    public LiteKioskRepository(LiteFile file) => _file = file;

    public KioskCredentials? GetCredentials(Actor account)
    {
        Account.Check(account);
        return _file.Read(db => Account.Find(db, account) is { } found ? Credentials(found) : null);
    }

    public void SetPin(Actor account, PinHash pin, Actor by)
    {
        ArgumentNullException.ThrowIfNull(pin);
        Account.Check(account);
        _file.Write(by, "kiosk.pin.set", db =>
        {
            var found = Account.Require(db, account);
            KioskMapper.WritePin(found.Document, pin);
            found.Collection.Update(found.Document);
            return (0, $"Set the kiosk PIN of {found.Name}.");
        });
    }

    public SignInAttempts RecordFailure(Actor account, Func<SignInAttempts, SignInAttempts> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Account.Check(account);
        return _file.Write(account, "kiosk.signin.failed", db =>
        {
            var found = Account.Require(db, account);
            var after = next(KioskMapper.ReadAttempts(found.Document));
            KioskMapper.WriteAttempts(found.Document, after);
            found.Collection.Update(found.Document);
            var locked = after.LockedUntil is { } until ? $"; locked until {until.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}" : string.Empty;
            return (after, $"Wrong PIN for {found.Name} ({after.Failures} in a row{locked}).");
        });
    }

    public void RecordSuccess(Actor account)
    {
        Account.Check(account);
        _file.Write(account, "kiosk.signin", db =>
        {
            var found = Account.Require(db, account);
            KioskMapper.WriteAttempts(found.Document, SignInAttempts.None);
            found.Collection.Update(found.Document);
            return (0, $"Signed in as {found.Name}.");
        });
    }

    public void SaveDraft(long? businessId, string form, string content, DateTimeOffset savedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(form);
        ArgumentNullException.ThrowIfNull(content);
        _file.Change(db =>
        {
            if (businessId is { } id && !LiteBusinessRepository.Collection(db).Exists(Query.EQ("_id", id)))
            {
                throw DomainException.Of("DraftNoBusiness", id);
            }

            return Drafts(db).Upsert(new BsonDocument
            {
                ["_id"] = DraftKey(businessId, form),
                ["business"] = businessId is { } owner ? new BsonValue(owner) : BsonValue.Null,
                ["form"] = form,
                ["content"] = content,
                ["savedAt"] = BsonFields.Timestamp(savedAt),
            });
        });
    }

    public Draft? LoadDraft(long? businessId, string form)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(form);
        return _file.Read(db => Drafts(db).FindById(DraftKey(businessId, form)) is { } d
            ? new Draft(businessId, form, BsonFields.RequiredText(d, "content"), BsonFields.OptionalTimestamp(d, "savedAt") ?? DateTimeOffset.UnixEpoch)
            : null);
    }

    public void DeleteDraft(long? businessId, string form)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(form);
        _file.Change(db => Drafts(db).Delete(DraftKey(businessId, form)));
    }

    internal static ILiteCollection<BsonDocument> Drafts(LiteDatabase db) => db.GetCollection(Collections.Drafts);

    internal static string DraftKey(long? businessId, string form) => $"{(businessId is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "coordinator")}/{form}";

    private static KioskCredentials Credentials(Account.Found found)
        => new(found.Name, KioskMapper.ReadPin(found.Document, found.Name), KioskMapper.ReadAttempts(found.Document));
}
