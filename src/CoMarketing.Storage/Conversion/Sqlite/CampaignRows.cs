using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using Dapper;
using Microsoft.Data.Sqlite;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>Reads and writes campaigns with all their child rows, a fixed number of queries for any number.</summary>
internal static class CampaignRows
{
    public static List<Campaign> Load(SqliteConnection connection, SqliteTransaction transaction, string where, object? parameters = null)
    {
        var subset = $"SELECT id FROM campaigns WHERE {where}";
        var participants = connection.Query<(long Campaign, long Business)>(
                $"SELECT campaign_id, business_id FROM campaign_participants WHERE campaign_id IN ({subset}) ORDER BY campaign_id, position", parameters, transaction)
            .ToLookup(r => r.Campaign, r => r.Business);
        var items = connection.Query<(long Id, long Campaign, string Description, string? Channel, long Net, long VatBp, long? PaidBy, string Rule)>(
                $"SELECT id, campaign_id, description, channel_kind, net_cents, vat_bp, paid_by, rule FROM cost_items WHERE campaign_id IN ({subset}) ORDER BY campaign_id, position",
                parameters,
                transaction)
            .ToList();
        var itemSubset = $"SELECT id FROM cost_items WHERE campaign_id IN ({subset})";
        var among = connection.Query<(long Item, long Business)>(
                $"SELECT cost_item_id, business_id FROM cost_item_among WHERE cost_item_id IN ({itemSubset}) ORDER BY cost_item_id, position", parameters, transaction)
            .ToLookup(r => r.Item, r => r.Business);
        var weights = connection.Query<(long Item, long Business, string Value)>(
                $"SELECT cost_item_id, business_id, weight FROM cost_item_weights WHERE cost_item_id IN ({itemSubset})", parameters, transaction)
            .ToLookup(r => r.Item);
        var percents = connection.Query<(long Item, long Business, string Value)>(
                $"SELECT cost_item_id, business_id, percent FROM cost_item_percents WHERE cost_item_id IN ({itemSubset})", parameters, transaction)
            .ToLookup(r => r.Item);
        var amounts = connection.Query<(long Item, long Business, long Cents)>(
                $"SELECT cost_item_id, business_id, amount_cents FROM cost_item_amounts WHERE cost_item_id IN ({itemSubset})", parameters, transaction)
            .ToLookup(r => r.Item);
        var plan = connection.Query<(long Campaign, string Date, string Channel, string Description)>(
                $"SELECT campaign_id, date, channel_kind, description FROM plan_entries WHERE campaign_id IN ({subset}) ORDER BY campaign_id, date, id", parameters, transaction)
            .ToLookup(r => r.Campaign, r => new PlanEntry(DbValues.ParseDate(r.Date), ChannelKinds.Parse(r.Channel), r.Description));
        var results = connection.Query<(long Campaign, long Business, string PeriodStart, string Period, long Reached, long Interested, long Leads, long NewCustomers, long Revenue)>(
                $"SELECT campaign_id, business_id, period_start, period, reached, interested, leads, new_customers, revenue_cents FROM results WHERE campaign_id IN ({subset}) ORDER BY campaign_id, id",
                parameters,
                transaction)
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

        return [.. connection.Query<(long Id, string Name, string GoalKind, string GoalTarget, string Start, string End, string Status)>(
                $"SELECT id, name, goal_kind, goal_target, start_date, end_date, status FROM campaigns WHERE {where} ORDER BY start_date, id", parameters, transaction)
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
        var id = connection.ExecuteScalar<long>(
            "INSERT INTO campaigns (name, goal_kind, goal_target, start_date, end_date, status) VALUES (@Name, @kind, @target, @start, @end, @status) RETURNING id",
            Header(campaign),
            transaction);
        InsertChildren(connection, transaction, id, campaign);
        return id;
    }

    public static bool Replace(SqliteConnection connection, SqliteTransaction transaction, Campaign campaign)
    {
        var parameters = new DynamicParameters(Header(campaign));
        parameters.Add("Id", campaign.Id);
        var changed = connection.Execute(
            "UPDATE campaigns SET name = @Name, goal_kind = @kind, goal_target = @target, start_date = @start, end_date = @end, status = @status WHERE id = @Id",
            parameters,
            transaction);
        if (changed == 0)
        {
            return false;
        }

        // Child rows of cost items go with them (ON DELETE CASCADE).
        foreach (var table in new[] { "results", "plan_entries", "cost_items", "campaign_participants" })
        {
            connection.Execute($"DELETE FROM {table} WHERE campaign_id = @Id", new { campaign.Id }, transaction);
        }

        InsertChildren(connection, transaction, campaign.Id, campaign);
        return true;
    }

    private static object Header(Campaign c) => new
    {
        c.Name,
        kind = DbValues.Name(c.Goal.Kind),
        target = DbValues.Decimal(c.Goal.Target),
        start = DbValues.Date(c.Start),
        end = DbValues.Date(c.End),
        status = DbValues.Name(c.Status),
    };

    private static void InsertChildren(SqliteConnection connection, SqliteTransaction transaction, long id, Campaign campaign)
    {
        connection.Execute(
            "INSERT INTO campaign_participants (campaign_id, position, business_id) VALUES (@id, @position, @business)",
            campaign.Participants.Select((b, i) => new { id, position = i, business = b }),
            transaction);
        for (var position = 0; position < campaign.CostItems.Length; position++)
        {
            var item = campaign.CostItems[position];
            var itemId = connection.ExecuteScalar<long>(
                "INSERT INTO cost_items (campaign_id, position, description, channel_kind, net_cents, vat_bp, paid_by, rule) "
                + "VALUES (@id, @position, @Description, @channel, @net, @vat, @PaidBy, @rule) RETURNING id",
                new
                {
                    id,
                    position,
                    item.Description,
                    channel = item.Channel is { } kind ? ChannelKinds.ShortName(kind) : null,
                    net = item.Net.Cents,
                    vat = DbValues.BasisPoints(item.VatPercent),
                    item.PaidBy,
                    rule = DbValues.Name(item.Rule),
                },
                transaction);
            connection.Execute("INSERT INTO cost_item_among (cost_item_id, position, business_id) VALUES (@itemId, @position, @business)", item.Among.Select((b, i) => new { itemId, position = i, business = b }), transaction);
            connection.Execute("INSERT INTO cost_item_weights (cost_item_id, business_id, weight) VALUES (@itemId, @business, @value)", item.Weights.Select(w => new { itemId, business = w.Key, value = DbValues.Decimal(w.Value) }), transaction);
            connection.Execute("INSERT INTO cost_item_percents (cost_item_id, business_id, percent) VALUES (@itemId, @business, @value)", item.Percents.Select(p => new { itemId, business = p.Key, value = DbValues.Decimal(p.Value) }), transaction);
            connection.Execute("INSERT INTO cost_item_amounts (cost_item_id, business_id, amount_cents) VALUES (@itemId, @business, @value)", item.Amounts.Select(a => new { itemId, business = a.Key, value = a.Value.Cents }), transaction);
        }

        connection.Execute(
            "INSERT INTO plan_entries (campaign_id, date, channel_kind, description) VALUES (@id, @date, @channel, @Description)",
            campaign.Plan.Select(p => new { id, date = DbValues.Date(p.Date), channel = ChannelKinds.ShortName(p.Channel), p.Description }),
            transaction);
        connection.Execute(
            "INSERT INTO results (campaign_id, business_id, period_start, period, reached, interested, leads, new_customers, revenue_cents) "
            + "VALUES (@id, @Participant, @start, @period, @Reached, @Interested, @Leads, @NewCustomers, @revenue)",
            campaign.Results.Select(r => new { id, r.Participant, start = DbValues.Date(r.PeriodStart), period = DbValues.Name(r.Period), r.Reached, r.Interested, r.Leads, r.NewCustomers, revenue = r.Revenue.Cents }),
            transaction);
    }
}
