using System.Globalization;
using CoMarketing.Core.Common;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>
/// Finds problems a person should hear about: SQLite's own integrity and foreign-key checks, then the domain's
/// invariants (age weights sum to 1, money in whole cents, percents in range, well-formed PIN hashes, campaign
/// rows that refer to participants), then whether every business and campaign can be read back at all.
/// </summary>
internal static class IntegrityChecker
{
    private const double AgeTolerance = 1e-9;

    public static IReadOnlyList<string> Check(SqliteDatabase database)
    {
        using var connection = database.Open();
        var problems = new List<string>();
        problems.AddRange(RawSql.Query(connection, "PRAGMA integrity_check;", null, r => r.GetString(0)).Where(r => r != "ok").Select(r => $"SQLite integrity check: {r}"));
        problems.AddRange(RawSql.Query(connection, "PRAGMA foreign_key_check;", null, r => (Table: r.GetString(0), Row: RawSql.NullableInt64(r, 1), Parent: r.GetString(2)))
            .Select(r => $"Table {r.Table} row {r.Row} refers to a missing row in {r.Parent}."));
        AgeWeights(connection, "businesses", "Business", problems);
        AgeWeights(connection, "channels", "Channel", problems);
        Money(connection, problems);
        Ranges(connection, problems);
        Participants(connection, problems);
        Pins(connection, problems);
        Readable(database, problems);
        return problems;
    }

    private static void AgeWeights(SqliteConnection c, string table, string what, List<string> problems)
    {
        const string Sum = "age_0 + age_1 + age_2 + age_3 + age_4 + age_5 + age_6";
        var rows = RawSql.Query(
            c,
            $"SELECT id, name, {Sum}, min(age_0, age_1, age_2, age_3, age_4, age_5, age_6) FROM {table} "
            + $"WHERE age_0 IS NOT NULL AND (abs({Sum} - 1.0) > {AgeTolerance.ToString("R", CultureInfo.InvariantCulture)} OR min(age_0, age_1, age_2, age_3, age_4, age_5, age_6) < 0)",
            null,
            r => (Id: r.GetInt64(0), Name: r.GetString(1), Sum: RawSql.NullableDouble(r, 2), Lowest: RawSql.NullableDouble(r, 3)));
        foreach (var row in rows)
        {
            problems.Add(row.Lowest < 0
                ? $"{what} '{row.Name}' (id {row.Id}) has a negative age weight."
                : $"{what} '{row.Name}' (id {row.Id}) has age weights summing to {row.Sum?.ToString("0.######", CultureInfo.InvariantCulture)} instead of 1.");
        }
    }

    private static void Money(SqliteConnection c, List<string> problems)
    {
        (string Table, string Column, string What)[] columns =
        [
            ("channels", "typical_cost_cents", "a channel's typical cost"),
            ("cost_items", "net_cents", "a cost item's net amount"),
            ("cost_item_amounts", "amount_cents", "a cost item's exact amount"),
            ("results", "revenue_cents", "a result's revenue"),
        ];
        foreach (var (table, column, what) in columns)
        {
            var count = RawSql.Scalar(c, $"SELECT count(*) FROM {table} WHERE typeof({column}) <> 'integer'");
            if (count > 0)
            {
                problems.Add($"{count} row(s) of {table} hold {what} that is not a whole number of cents.");
            }
        }
    }

    private static void Ranges(SqliteConnection c, List<string> problems)
    {
        foreach (var (id, description, vat) in RawSql.Query(c, "SELECT id, description, vat_bp FROM cost_items WHERE vat_bp NOT BETWEEN 0 AND 10000 OR typeof(vat_bp) <> 'integer'", null, r => (r.GetInt64(0), r.GetString(1), r.GetInt64(2))))
        {
            problems.Add($"Cost item '{description}' (id {id}) has a VAT rate of {vat / 100m} %, outside 0–100.");
        }

        foreach (var (item, business, text) in RawSql.Query(c, "SELECT cost_item_id, business_id, percent FROM cost_item_percents", null, CampaignRows.ItemShare))
        {
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var percent) || percent is < 0 or > 100)
            {
                problems.Add($"Cost item {item} gives business {business} a percent of '{text}', outside 0–100.");
            }
        }

        foreach (var (item, business, text) in RawSql.Query(c, "SELECT cost_item_id, business_id, weight FROM cost_item_weights", null, CampaignRows.ItemShare))
        {
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var weight) || weight < 0)
            {
                problems.Add($"Cost item {item} gives business {business} a share weight of '{text}', not a number zero or more.");
            }
        }

        foreach (var (id, name) in RawSql.Query(c, "SELECT id, name FROM businesses WHERE months_mask NOT BETWEEN 1 AND 4095 OR customers_per_month < 0", null, IdAndName))
        {
            problems.Add($"Business '{name}' (id {id}) has invalid active months or a negative number of customers.");
        }

        foreach (var (id, name) in RawSql.Query(c, "SELECT id, name FROM channels WHERE engagement_rate NOT BETWEEN 0 AND 1 OR audience_size < 0", null, IdAndName))
        {
            problems.Add($"Channel '{name}' (id {id}) has an engagement rate outside 0–100 % or a negative audience.");
        }
    }

    private static void Participants(SqliteConnection c, List<string> problems)
    {
        const string NotParticipant = "NOT IN (SELECT business_id FROM campaign_participants p WHERE p.campaign_id = i.campaign_id)";
        var rows = RawSql.Query(
            c,
            $"SELECT 'A cost item payer', i.campaign_id, i.paid_by FROM cost_items i WHERE i.paid_by IS NOT NULL AND i.paid_by {NotParticipant} "
            + $"UNION ALL SELECT 'A cost item sharer', i.campaign_id, a.business_id FROM cost_item_among a JOIN cost_items i ON i.id = a.cost_item_id WHERE a.business_id {NotParticipant} "
            + $"UNION ALL SELECT 'A result', i.campaign_id, i.business_id FROM results i WHERE i.business_id {NotParticipant}",
            null,
            r => (What: r.GetString(0), Campaign: r.GetInt64(1), Business: r.GetInt64(2)));
        problems.AddRange(rows.Select(r => $"{r.What} in campaign {r.Campaign} refers to business {r.Business}, which is not a participant."));
        problems.AddRange(RawSql.Query(c, "SELECT campaign_id, business_id FROM campaign_participants WHERE business_id NOT IN (SELECT id FROM businesses)", null, r => (Campaign: r.GetInt64(0), Business: r.GetInt64(1)))
            .Select(r => $"Campaign {r.Campaign} lists business {r.Business}, which does not exist."));
    }

    private static void Pins(SqliteConnection c, List<string> problems)
    {
        var rows = RawSql.Query(
            c,
            "SELECT 'Business ''' || name || ''' (id ' || id || ')', pin_hash, pin_salt, pin_iterations FROM businesses "
            + "WHERE pin_hash IS NOT NULL OR pin_salt IS NOT NULL OR pin_iterations IS NOT NULL "
            + "UNION ALL SELECT 'The coordinator', coordinator_pin_hash, coordinator_pin_salt, coordinator_pin_iterations FROM association "
            + "WHERE coordinator_pin_hash IS NOT NULL OR coordinator_pin_salt IS NOT NULL OR coordinator_pin_iterations IS NOT NULL",
            null,
            r => (Who: r.GetString(0), Hash: RawSql.NullableString(r, 1), Salt: RawSql.NullableString(r, 2), Iterations: RawSql.NullableInt64(r, 3)));
        foreach (var row in rows)
        {
            if (!PinHashFormat.IsWellFormed(row.Hash, row.Salt, row.Iterations))
            {
                problems.Add($"{row.Who} has a malformed PIN hash (expected {PinHashFormat.Description}).");
            }
        }
    }

    private static void Readable(SqliteDatabase database, List<string> problems)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        foreach (var id in RawSql.Query(connection, "SELECT id FROM businesses", transaction, r => r.GetInt64(0)))
        {
            try
            {
                BusinessRows.Load(connection, transaction, "id = @id", id);
            }
            catch (Exception ex) when (ex is DomainException or FormatException or InvalidCastException)
            {
                problems.Add($"Business id {id} cannot be read: {ex.Message}");
            }
        }

        foreach (var id in RawSql.Query(connection, "SELECT id FROM campaigns", transaction, r => r.GetInt64(0)))
        {
            try
            {
                CampaignRows.Load(connection, transaction, "id = @id", id);
            }
            catch (Exception ex) when (ex is DomainException or FormatException or InvalidCastException or InvalidOperationException)
            {
                problems.Add($"Campaign id {id} cannot be read: {ex.Message}");
            }
        }
    }

    private static (long Id, string Name) IdAndName(SqliteDataReader r) => (r.GetInt64(0), r.GetString(1));
}
