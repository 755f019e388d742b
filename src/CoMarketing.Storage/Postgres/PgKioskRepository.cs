using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;
using CoMarketing.Storage.Kiosk;
using CoMarketing.Storage.LiteDb;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.Postgres;

/// <summary>
/// Kiosk accounts kept in the documents they belong to (an active member's business row, the association's settings
/// row for the coordinator; a PIN change leaves the business's version alone), and drafts in <c>drafts</c>.
/// </summary>
internal sealed class PgKioskRepository : IKioskRepository
{
    private readonly PgDatabase _db;

    public PgKioskRepository(PgDatabase db) => _db = db;

    public KioskCredentials? GetCredentials(Actor account)
    {
        Account.Check(account);
        return _db.Read(s => Find(s, account) is { } found ? new KioskCredentials(found.Name, KioskMapper.ReadPin(found.Document, found.Name), KioskMapper.ReadAttempts(found.Document)) : null);
    }

    public void SetPin(Actor account, PinHash pin, Actor by)
    {
        ArgumentNullException.ThrowIfNull(pin);
        Account.Check(account);
        _db.Write(by, "kiosk.pin.set", s =>
        {
            var found = Require(s, account);
            KioskMapper.WritePin(found.Document, pin);
            Save(s, found);
            return (0, $"Set the kiosk PIN of {found.Name}.");
        });
    }

    public SignInAttempts RecordFailure(Actor account, Func<SignInAttempts, SignInAttempts> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Account.Check(account);
        return _db.Write(account, "kiosk.signin.failed", s =>
        {
            var found = Require(s, account);
            var after = next(KioskMapper.ReadAttempts(found.Document));
            KioskMapper.WriteAttempts(found.Document, after);
            Save(s, found);
            var locked = after.LockedUntil is { } until ? $"; locked until {until.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}" : string.Empty;
            return (after, $"Wrong PIN for {found.Name} ({after.Failures} in a row{locked}).");
        });
    }

    public void RecordSuccess(Actor account)
    {
        Account.Check(account);
        _db.Write(account, "kiosk.signin", s =>
        {
            var found = Require(s, account);
            KioskMapper.WriteAttempts(found.Document, SignInAttempts.None);
            Save(s, found);
            return (0, $"Signed in as {found.Name}.");
        });
    }

    public void SaveDraft(long? businessId, string form, string content, DateTimeOffset savedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(form);
        ArgumentNullException.ThrowIfNull(content);
        _db.Change(s =>
        {
            if (businessId is { } id && s.Scalar<int>("SELECT count(*) FROM businesses WHERE association_id = @a AND id = @id", ("id", id)) == 0)
            {
                throw DomainException.Of("DraftNoBusiness", id);
            }

            var key = LiteKioskRepository.DraftKey(businessId, form);
            s.Execute("DELETE FROM drafts WHERE association_id = @a AND key = @k", ("k", key));
            InsertDocument(s, new BsonDocument
            {
                ["_id"] = key,
                ["business"] = businessId is { } owner ? new BsonValue(owner) : BsonValue.Null,
                ["form"] = form,
                ["content"] = content,
                ["savedAt"] = BsonFields.Timestamp(savedAt),
            });
            return 0;
        });
    }

    public Draft? LoadDraft(long? businessId, string form)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(form);
        return _db.Read(s => s.Document("SELECT document FROM drafts WHERE association_id = @a AND key = @k", ("k", LiteKioskRepository.DraftKey(businessId, form))) is { Document: var d }
            ? new Draft(businessId, form, BsonFields.RequiredText(d, "content"), BsonFields.OptionalTimestamp(d, "savedAt") ?? DateTimeOffset.UnixEpoch)
            : null);
    }

    public void DeleteDraft(long? businessId, string form)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(form);
        _db.Change(s => s.Execute("DELETE FROM drafts WHERE association_id = @a AND key = @k", ("k", LiteKioskRepository.DraftKey(businessId, form))));
    }

    internal static void InsertDocument(PgSession s, BsonDocument document)
        => s.Execute(
            "INSERT INTO drafts (association_id, key, business_id, document) VALUES (@a, @k, @b, @doc)",
            ("k", document["_id"].AsString),
            ("b", BsonFields.OptionalInt64(document, "business")),
            PgSession.Bytes("doc", document));

    private static Found? Find(PgSession s, Actor account)
    {
        if (account.Kind == ActorKind.Coordinator)
        {
            return new Found(null, PgAssociationRepository.Document(s), "the coordinator");
        }

        var id = account.BusinessId!.Value;
        return s.Document("SELECT version, document FROM businesses WHERE association_id = @a AND id = @id AND NOT archived", ("id", id)) is { } row
            ? new Found(row.Version, row.Document, $"business '{row.Document["name"].AsString}' (id {id})")
            : null;
    }

    private static Found Require(PgSession s, Actor account)
        => Find(s, account) ?? throw DomainException.Of("NoActiveBusiness", account.BusinessId);

    private static void Save(PgSession s, Found found)
    {
        if (found.Version is { } version)
        {
            PgBusinessRepository.Save(s, found.Document, version);
        }
        else
        {
            PgAssociationRepository.Save(s, found.Document);
        }
    }

    private sealed record Found(long? Version, BsonDocument Document, string Name);
}
