using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Conversion.Sqlite;
using CoMarketing.Storage.LiteDb;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion;

/// <summary>
/// Reads every row of an SQLite file (already brought to its schema version 4) and writes it into a LiteDB file at
/// its schema version 1, in one transaction, keeping every id; then counts both sides and refuses on any difference.
/// </summary>
internal static class SqliteReader
{
    public static ConversionCounts CopyAll(SqliteStore legacy, string sqlitePath, LiteDatabase into, TimeProvider clock)
    {
        using var c = SqliteDatabase.OpenFile(sqlitePath, readOnly: true);
        var expected = new ConversionCounts(
            Count(c, "SELECT count(*) FROM businesses"),
            Count(c, "SELECT count(*) FROM campaigns"),
            Count(c, "SELECT count(*) FROM pair_preferences"),
            Count(c, "SELECT count(*) FROM audit_log"),
            Count(c, "SELECT count(*) FROM drafts"),
            Count(c, "SELECT count(*) FROM budget_plan"),
            Count(c, "SELECT (SELECT count(*) FROM businesses WHERE pin_hash IS NOT NULL) + (SELECT count(*) FROM association WHERE coordinator_pin_hash IS NOT NULL)"));

        into.BeginTrans();
        try
        {
            Association(legacy, c, into);
            Businesses(legacy, c, into);
            foreach (var campaign in legacy.Campaigns.GetAll())
            {
                var document = CampaignMapper.Write(campaign, []);
                document["_id"] = campaign.Id;
                LiteCampaignRepository.Collection(into).Insert(document);
            }

            foreach (var pair in legacy.PairPreferences.GetAll())
            {
                LitePairPreferenceRepository.Insert(into, pair);
            }

            if (legacy.Budget.Get() is { } plan)
            {
                LiteBudgetPlanRepository.Replace(into, plan);
            }

            Drafts(c, into);
            Audit(c, into);
            into.Commit();
        }
        catch
        {
            into.Rollback();
            throw;
        }

        var actual = new ConversionCounts(
            LiteBusinessRepository.Collection(into).LongCount(),
            LiteCampaignRepository.Collection(into).LongCount(),
            LitePairPreferenceRepository.Collection(into).LongCount(),
            into.GetCollection(Collections.Audit).LongCount(),
            LiteKioskRepository.Drafts(into).LongCount(),
            LiteBudgetPlanRepository.Collection(into).LongCount(),
            LiteBusinessRepository.Collection(into).FindAll().Concat(LiteAssociationRepository.Collection(into).FindAll()).LongCount(d => KioskMapper.RawPin(d).Hash is not null));
        if (actual != expected)
        {
            throw new DomainException($"Converting '{sqlitePath}' carried over {actual} but the SQLite file holds {expected}; the file was left as it is.");
        }

        into.GetCollection(Collections.Audit, BsonAutoId.Int64).Insert(AuditMapper.Write(Actor.CommandLine, clock.GetUtcNow(), "database.convert", $"Converted from the earlier SQLite format: {expected}."));
        return expected;
    }

    private static void Association(SqliteStore legacy, SqliteConnection c, LiteDatabase into)
    {
        var document = AssociationMapper.Write(legacy.Association.Get(), []);
        var row = RawSql.Query(
                c,
                "SELECT coordinator_pin_hash, coordinator_pin_salt, coordinator_pin_iterations, coordinator_failed_attempts, coordinator_last_failed_at, coordinator_locked_until FROM association WHERE id = 1",
                null,
                r => KioskRow(r, 0))
            .Single();
        Kiosk(document, row);
        LiteAssociationRepository.Collection(into).Upsert(document);
    }

    private static void Businesses(SqliteStore legacy, SqliteConnection c, LiteDatabase into)
    {
        var kiosk = RawSql.Query(
                c,
                "SELECT id, pin_hash, pin_salt, pin_iterations, failed_pin_attempts, last_failed_pin_at, locked_until FROM businesses",
                null,
                r => (Id: r.GetInt64(0), Row: KioskRow(r, 1)))
            .ToDictionary(r => r.Id, r => r.Row);
        var businesses = LiteBusinessRepository.Collection(into);
        foreach (var business in legacy.Businesses.GetAll(includeArchived: true))
        {
            var document = BusinessMapper.Write(business, []);
            document["_id"] = business.Id;
            Kiosk(document, kiosk[business.Id]);
            businesses.Insert(BusinessMapper.SetKeys(document));
        }
    }

    /// <summary>An account's PIN hash, salt and iterations, wrong-PIN count, last wrong PIN and lock, from column <paramref name="first"/> on.</summary>
    private static (string? Hash, string? Salt, long? Iterations, long Failures, string? Last, string? Locked) KioskRow(SqliteDataReader r, int first)
        => (RawSql.NullableString(r, first),
            RawSql.NullableString(r, first + 1),
            RawSql.NullableInt64(r, first + 2),
            r.GetInt64(first + 3),
            RawSql.NullableString(r, first + 4),
            RawSql.NullableString(r, first + 5));

    private static void Kiosk(BsonDocument document, (string? Hash, string? Salt, long? Iterations, long Failures, string? Last, string? Locked) row)
    {
        KioskMapper.WriteRawPin(document, row.Hash, row.Salt, row.Iterations);
        document["signIn"] = new BsonDocument
        {
            ["failures"] = row.Failures,
            ["lastFailedAt"] = BsonFields.Timestamp(row.Last is null ? null : DbValues.ParseTimestamp(row.Last)),
            ["lockedUntil"] = BsonFields.Timestamp(row.Locked is null ? null : DbValues.ParseTimestamp(row.Locked)),
        };
    }

    private static void Drafts(SqliteConnection c, LiteDatabase into)
    {
        foreach (var (business, form, content, savedAt) in RawSql.Query(c, "SELECT business_id, form, content, saved_at FROM drafts", null, r => (RawSql.NullableInt64(r, 0), r.GetString(1), r.GetString(2), r.GetString(3))))
        {
            LiteKioskRepository.Drafts(into).Upsert(new BsonDocument
            {
                ["_id"] = LiteKioskRepository.DraftKey(business, form),
                ["business"] = business is { } owner ? new BsonValue(owner) : BsonValue.Null,
                ["form"] = form,
                ["content"] = content,
                ["savedAt"] = BsonFields.Timestamp(DbValues.ParseTimestamp(savedAt)),
            });
        }
    }

    private static void Audit(SqliteConnection c, LiteDatabase into)
    {
        var audit = into.GetCollection(Collections.Audit);
        foreach (var batch in RawSql.Query(c, $"SELECT {AuditLog.Columns} FROM audit_log ORDER BY id", null, AuditLog.Read).Chunk(5000))
        {
            audit.Insert(batch.Select(e =>
            {
                var document = AuditMapper.Write(e.Actor, e.At, e.Action, e.Details);
                document["_id"] = e.Id;
                return document;
            }));
        }
    }

    private static long Count(SqliteConnection c, string sql) => RawSql.Scalar(c, sql);
}
