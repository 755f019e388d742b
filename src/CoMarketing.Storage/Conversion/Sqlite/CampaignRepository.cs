using System.Globalization;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>Campaigns with their participants (in order), cost items, publication plan and results.</summary>
internal sealed class CampaignRepository
{
    private readonly SqliteDatabase _database;

    internal CampaignRepository(SqliteDatabase database) => _database = database;

    /// <summary>All campaigns, by start date.</summary>
    public IReadOnlyList<Campaign> GetAll() => _database.Read((c, t) => CampaignRows.Load(c, t, "1 = 1"));

    public Campaign? Get(long id) => _database.Read((c, t) => CampaignRows.Load(c, t, "id = @id", id).SingleOrDefault());

    /// <summary>Saves a new campaign and returns it with its store id. Every participant must be a saved business.</summary>
    /// <param name="campaign">The new campaign (its id is ignored).</param>
    /// <param name="actor">Who added it.</param>
    /// <param name="reason">A note for the audit entry (e.g. why a competitor was kept as a partner).</param>
    public Campaign Add(Campaign campaign, Actor actor, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return _database.Write(actor, "campaign.add", (c, t) =>
        {
            EnsureParticipantsExist(c, t, campaign);
            var id = CampaignRows.Insert(c, t, campaign);
            var saved = WithId(campaign, id);
            var why = string.IsNullOrWhiteSpace(reason) ? string.Empty : $" Reason: {reason.Trim()}";
            return (saved, $"Added campaign '{saved.Name}' (id {id}) with {saved.Participants.Length} participants.{why}");
        });
    }

    /// <summary>Replaces a saved campaign (found by its id), including its cost items, plan and results.</summary>
    /// <param name="campaign">The campaign as it is now.</param>
    /// <param name="actor">Who changed it.</param>
    /// <param name="reason">Why (e.g. why a finished campaign was reopened); written in the audit entry.</param>
    public void Update(Campaign campaign, Actor actor, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        _database.Write(actor, "campaign.update", (c, t) =>
        {
            EnsureParticipantsExist(c, t, campaign);
            if (!CampaignRows.Replace(c, t, campaign))
            {
                throw DomainException.Of("NoCampaignToUpdate", campaign.Id);
            }

            var why = string.IsNullOrWhiteSpace(reason) ? string.Empty : $" Reason: {reason.Trim()}";
            return (0, $"Updated campaign '{campaign.Name}' (id {campaign.Id}), now {DbValues.Name(campaign.Status)}.{why}");
        });
    }

    private static void EnsureParticipantsExist(SqliteConnection connection, SqliteTransaction transaction, Campaign campaign)
    {
        // One parameter per participant (@p0, @p1, …); SQLite takes an empty list, which matches nothing.
        var names = campaign.Participants.Select((_, i) => $"@p{i.ToString(CultureInfo.InvariantCulture)}").ToArray();
        var known = RawSql.Query(
                connection,
                $"SELECT id FROM businesses WHERE id IN ({string.Join(", ", names)})",
                transaction,
                r => r.GetInt64(0),
                [.. names.Zip(campaign.Participants, (name, id) => (name, (object?)id))])
            .ToHashSet();
        var missing = campaign.Participants.FirstOrDefault(p => !known.Contains(p), -1);
        if (missing != -1)
        {
            throw DomainException.Of("CampaignUnknownBusiness", campaign.Name, missing);
        }
    }

    private static Campaign WithId(Campaign c, long id)
        => new(id, c.Name, c.Goal, c.Start, c.End, c.Status, c.Participants, c.CostItems, c.Plan, c.Results);
}
