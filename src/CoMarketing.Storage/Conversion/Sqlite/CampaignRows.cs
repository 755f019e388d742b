using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using Microsoft.Data.Sqlite;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>Reads and writes campaigns with all their child rows, a fixed number of queries for any number.</summary>
internal static class CampaignRows
{
    /// <summary>
    /// Loads the campaigns matching <paramref name="where"/> (a condition on <c>campaigns</c>; <paramref name="id"/>,
    /// when given, is bound to <c>@id</c>), by start date.
    /// </summary>
    public static List<Campaign> Load(SqliteConnection connection, SqliteTransaction transaction, string where, long? id = null)
    {
        List<T> Rows<T>(string sql, Func<SqliteDataReader, T> read) => RawSql.Query(connection, sql, transaction, read, ("@id", id));

        var subset = $"SELECT id FROM campaigns WHERE {where}";
        var participants = Rows(
                $"SELECT campaign_id, business_id FROM campaign_participants WHERE campaign_id IN ({subset}) ORDER BY campaign_id, position",
                r => (Campaign: r.GetInt64(0), Business: r.GetInt64(1)))
            .ToLookup(r => r.Campaign, r => r.Business);
        var items = Rows(
            $"SELECT id, campaign_id, description, channel_kind, net_cents, vat_bp, paid_by, rule FROM cost_items WHERE campaign_id IN ({subset}) ORDER BY campaign_id, position",
            r => (Id: r.GetInt64(0), Campaign: r.GetInt64(1), Description: r.GetString(2), Channel: RawSql.NullableString(r, 3), Net: r.GetInt64(4), VatBp: r.GetInt64(5), PaidBy: RawSql.NullableInt64(r, 6), Rule: r.GetString(7)));
        var itemSubset = $"SELECT id FROM cost_items WHERE campaign_id IN ({subset})";
        var among = Rows(
                $"SELECT cost_item_id, business_id FROM cost_item_among WHERE cost_item_id IN ({itemSubset}) ORDER BY cost_item_id, position",
                r => (Item: r.GetInt64(0), Business: r.GetInt64(1)))
            .ToLookup(r => r.Item, r => r.Business);
        var weights = Rows($"SELECT cost_item_id, business_id, weight FROM cost_item_weights WHERE cost_item_id IN ({itemSubset})", ItemShare)
            .ToLookup(r => r.Item);
        var percents = Rows($"SELECT cost_item_id, business_id, percent FROM cost_item_percents WHERE cost_item_id IN ({itemSubset})", ItemShare)
            .ToLookup(r => r.Item);
        var amounts = Rows(
                $"SELECT cost_item_id, business_id, amount_cents FROM cost_item_amounts WHERE cost_item_id IN ({itemSubset})",
                r => (Item: r.GetInt64(0), Business: r.GetInt64(1), Cents: r.GetInt64(2)))
            .ToLookup(r => r.Item);
        var plan = Rows(
                $"SELECT campaign_id, date, channel_kind, description FROM plan_entries WHERE campaign_id IN ({subset}) ORDER BY campaign_id, date, id",
                r => (Campaign: r.GetInt64(0), Date: r.GetString(1), Channel: r.GetString(2), Description: r.GetString(3)))
            .ToLookup(r => r.Campaign, r => new PlanEntry(DbValues.ParseDate(r.Date), ChannelKinds.Parse(r.Channel), r.Description));
        var results = Rows(
                $"SELECT campaign_id, business_id, period_start, period, reached, interested, leads, new_customers, revenue_cents FROM results WHERE campaign_id IN ({subset}) ORDER BY campaign_id, id",
                r => (Campaign: r.GetInt64(0), Business: r.GetInt64(1), PeriodStart: r.GetString(2), Period: r.GetString(3), Reached: r.GetInt64(4), Interested: r.GetInt64(5), Leads: r.GetInt64(6), NewCustomers: r.GetInt64(7), Revenue: r.GetInt64(8)))
            .ToLookup(r => r.Campaign, r => new CampaignResult(r.Business, DbValues.ParseDate(r.PeriodStart), DbValues.ParseName<ResultPeriod>(r.Period), r.Reached, r.Interested, r.Leads, r.NewCustomers, Money.FromCents(r.Revenue)));
        var costItems = items.ToLookup(i => i.Campaign, i => new CostItem(
            i.Description,
            i.Channel is null ? null : ChannelKinds.Parse(i.Channel),
            Money.FromCents(i.Net),
            DbValues.FromBasisPoints(i.VatBp),
            i.PaidBy,
            DbValues.ParseName<SplitRule>(i.Rule),
            among[i.Id],
            weights[i.Id].ToDictionary(w => w.Business, w => DbValues.ParseDecimal(w.Value)),
            percents[i.Id].ToDictionary(p => p.Business, p => DbValues.ParseDecimal(p.Value)),
            amounts[i.Id].ToDictionary(a => a.Business, a => Money.FromCents(a.Cents))));

        return [.. Rows(
                $"SELECT id, name, goal_kind, goal_target, start_date, end_date, status FROM campaigns WHERE {where} ORDER BY start_date, id",
                r => (Id: r.GetInt64(0), Name: r.GetString(1), GoalKind: r.GetString(2), GoalTarget: r.GetString(3), Start: r.GetString(4), End: r.GetString(5), Status: r.GetString(6)))
            .Select(r => new Campaign(
                r.Id,
                r.Name,
                new CampaignGoal(DbValues.ParseName<CampaignGoalKind>(r.GoalKind), DbValues.ParseDecimal(r.GoalTarget)),
                DbValues.ParseDate(r.Start),
                DbValues.ParseDate(r.End),
                DbValues.ParseName<CampaignStatus>(r.Status),
                participants[r.Id],
                costItems[r.Id],
                plan[r.Id],
                results[r.Id]))];
    }

    public static long Insert(SqliteConnection connection, SqliteTransaction transaction, Campaign campaign)
    {
        var id = RawSql.Scalar(
            connection,
            "INSERT INTO campaigns (name, goal_kind, goal_target, start_date, end_date, status) VALUES (@Name, @kind, @target, @start, @end, @status) RETURNING id",
            transaction,
            Header(campaign));
        InsertChildren(connection, transaction, id, campaign);
        return id;
    }

    public static bool Replace(SqliteConnection connection, SqliteTransaction transaction, Campaign campaign)
    {
        var changed = RawSql.Execute(
            connection,
            "UPDATE campaigns SET name = @Name, goal_kind = @kind, goal_target = @target, start_date = @start, end_date = @end, status = @status WHERE id = @Id",
            transaction,
            [.. Header(campaign), ("@Id", campaign.Id)]);
        if (changed == 0)
        {
            return false;
        }

        // Child rows of cost items go with them (ON DELETE CASCADE).
        foreach (var table in new[] { "results", "plan_entries", "cost_items", "campaign_participants" })
        {
            RawSql.Execute(connection, $"DELETE FROM {table} WHERE campaign_id = @Id", transaction, ("@Id", campaign.Id));
        }

        InsertChildren(connection, transaction, campaign.Id, campaign);
        return true;
    }

    /// <summary>A row of a cost item's weights or percents: the item, the business and its share as text.</summary>
    internal static (long Item, long Business, string Value) ItemShare(SqliteDataReader r) => (r.GetInt64(0), r.GetInt64(1), r.GetString(2));

    private static (string Name, object? Value)[] Header(Campaign c) =>
    [
        ("@Name", c.Name),
        ("@kind", DbValues.Name(c.Goal.Kind)),
        ("@target", DbValues.Decimal(c.Goal.Target)),
        ("@start", DbValues.Date(c.Start)),
        ("@end", DbValues.Date(c.End)),
        ("@status", DbValues.Name(c.Status)),
    ];

    private static void InsertChildren(SqliteConnection connection, SqliteTransaction transaction, long id, Campaign campaign)
    {
        RawSql.ExecuteEach(
            connection,
            transaction,
            "INSERT INTO campaign_participants (campaign_id, position, business_id) VALUES (@id, @position, @business)",
            campaign.Participants.Select((b, i) => (Business: b, Position: i)),
            p => [("@id", id), ("@position", p.Position), ("@business", p.Business)]);
        for (var position = 0; position < campaign.CostItems.Length; position++)
        {
            var item = campaign.CostItems[position];
            var itemId = RawSql.Scalar(
                connection,
                "INSERT INTO cost_items (campaign_id, position, description, channel_kind, net_cents, vat_bp, paid_by, rule) "
                + "VALUES (@id, @position, @Description, @channel, @net, @vat, @PaidBy, @rule) RETURNING id",
                transaction,
                ("@id", id),
                ("@position", position),
                ("@Description", item.Description),
                ("@channel", item.Channel is { } kind ? ChannelKinds.ShortName(kind) : null),
                ("@net", item.Net.Cents),
                ("@vat", DbValues.BasisPoints(item.VatPercent)),
                ("@PaidBy", item.PaidBy),
                ("@rule", DbValues.Name(item.Rule)));
            RawSql.ExecuteEach(connection, transaction, "INSERT INTO cost_item_among (cost_item_id, position, business_id) VALUES (@itemId, @position, @business)", item.Among.Select((b, i) => (Business: b, Position: i)), a => [("@itemId", itemId), ("@position", a.Position), ("@business", a.Business)]);
            RawSql.ExecuteEach(connection, transaction, "INSERT INTO cost_item_weights (cost_item_id, business_id, weight) VALUES (@itemId, @business, @value)", item.Weights, w => [("@itemId", itemId), ("@business", w.Key), ("@value", DbValues.Decimal(w.Value))]);
            RawSql.ExecuteEach(connection, transaction, "INSERT INTO cost_item_percents (cost_item_id, business_id, percent) VALUES (@itemId, @business, @value)", item.Percents, p => [("@itemId", itemId), ("@business", p.Key), ("@value", DbValues.Decimal(p.Value))]);
            RawSql.ExecuteEach(connection, transaction, "INSERT INTO cost_item_amounts (cost_item_id, business_id, amount_cents) VALUES (@itemId, @business, @value)", item.Amounts, a => [("@itemId", itemId), ("@business", a.Key), ("@value", a.Value.Cents)]);
        }

        RawSql.ExecuteEach(
            connection,
            transaction,
            "INSERT INTO plan_entries (campaign_id, date, channel_kind, description) VALUES (@id, @date, @channel, @Description)",
            campaign.Plan,
            p => [("@id", id), ("@date", DbValues.Date(p.Date)), ("@channel", ChannelKinds.ShortName(p.Channel)), ("@Description", p.Description)]);
        RawSql.ExecuteEach(
            connection,
            transaction,
            "INSERT INTO results (campaign_id, business_id, period_start, period, reached, interested, leads, new_customers, revenue_cents) "
            + "VALUES (@id, @Participant, @start, @period, @Reached, @Interested, @Leads, @NewCustomers, @revenue)",
            campaign.Results,
            r => [("@id", id), ("@Participant", r.Participant), ("@start", DbValues.Date(r.PeriodStart)), ("@period", DbValues.Name(r.Period)), ("@Reached", r.Reached), ("@Interested", r.Interested), ("@Leads", r.Leads), ("@NewCustomers", r.NewCustomers), ("@revenue", r.Revenue.Cents)]);
    }
}
