using CoMarketing.Core.Common;
using CoMarketing.Storage.Kiosk;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>Drafts: one per (business or coordinator, form), replaced on each save. Drafts are scratch, not audited.</summary>
internal sealed partial class KioskRepository
{
    private const string OwnerAndForm = "business_id IS @businessId AND form = @form";

    /// <summary>Saves or replaces the draft of <paramref name="form"/> for a member (or the coordinator when null).</summary>
    /// <exception cref="DomainException">There is no business with that id.</exception>
    public void SaveDraft(long? businessId, string form, string content, DateTimeOffset savedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(form);
        ArgumentNullException.ThrowIfNull(content);
        using var connection = _database.Open();
        using var transaction = SqliteDatabase.BeginImmediate(connection);
        if (businessId is { } id && RawSql.Scalar(connection, "SELECT count(*) FROM businesses WHERE id = @id", transaction, ("@id", id)) == 0)
        {
            throw DomainException.Of("DraftNoBusiness", id);
        }

        RawSql.Execute(connection, $"DELETE FROM drafts WHERE {OwnerAndForm}", transaction, ("@businessId", businessId), ("@form", form));
        RawSql.Execute(
            connection,
            "INSERT INTO drafts (business_id, form, content, saved_at) VALUES (@businessId, @form, @content, @savedAt)",
            transaction,
            ("@businessId", businessId),
            ("@form", form),
            ("@content", content),
            ("@savedAt", DbValues.Timestamp(savedAt)));
        transaction.Commit();
    }

    /// <summary>The draft of <paramref name="form"/> for a member (or the coordinator when null), or null.</summary>
    public Draft? LoadDraft(long? businessId, string form)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(form);
        return _database.Read((c, t) => RawSql.Query(
                c,
                $"SELECT content, saved_at FROM drafts WHERE {OwnerAndForm}",
                t,
                r => new Draft(businessId, form, r.GetString(0), DbValues.ParseTimestamp(r.GetString(1))),
                ("@businessId", businessId),
                ("@form", form))
            .SingleOrDefault());
    }

    /// <summary>Removes the draft, if any (after the form was saved or discarded).</summary>
    public void DeleteDraft(long? businessId, string form)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(form);
        using var connection = _database.Open();
        using var transaction = SqliteDatabase.BeginImmediate(connection);
        RawSql.Execute(connection, $"DELETE FROM drafts WHERE {OwnerAndForm}", transaction, ("@businessId", businessId), ("@form", form));
        transaction.Commit();
    }
}
