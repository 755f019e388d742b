using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Core.Demo;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>
/// Writes the demo association into a store in one transaction with one audit entry (<c>demo.install</c>):
/// its settings, members, pair preferences and campaigns. Nothing is written when anything fails.
/// </summary>
internal static class SqliteDemoInstaller
{
    /// <summary>
    /// Installs <paramref name="demo"/>. A database that already has businesses or campaigns is refused unless
    /// <paramref name="replace"/> is set, in which case every business, pair preference and campaign is deleted first
    /// (the audit log keeps its history). Returns the demo with the store's ids.
    /// </summary>
    public static DemoDataSet Install(SqliteStore store, DemoDataSet demo, bool replace, Actor actor, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(demo);
        ArgumentNullException.ThrowIfNull(clock);
        var database = new SqliteDatabase(store.Path, clock);
        return database.Write(actor, "demo.install", (c, t) =>
        {
            var members = RawSql.Scalar(c, "SELECT count(*) FROM businesses", t);
            var campaigns = RawSql.Scalar(c, "SELECT count(*) FROM campaigns", t);
            if (!replace && (members > 0 || campaigns > 0))
            {
                throw new DomainException(
                    $"The database {store.Path} already has {members} members and {campaigns} campaigns; "
                    + "use 'comarketing demo --force' to replace everything with the demo association.");
            }

            // Campaign children cascade from campaigns; business children (offerings, channels, pairs…) from businesses.
            RawSql.Execute(c, "DELETE FROM campaigns", t);
            RawSql.Execute(c, "DELETE FROM pair_preferences", t);
            RawSql.Execute(c, "DELETE FROM businesses", t);
            AssociationRepository.Save(c, t, demo.Settings);
            var ids = demo.Businesses.ToDictionary(b => b.Id, b => BusinessRows.Insert(c, t, b));
            var saved = demo.WithBusinessIds(ids);
            foreach (var p in saved.PairPreferences)
            {
                RawSql.Execute(c, "INSERT INTO pair_preferences (from_business, to_business, kind) VALUES (@From, @To, @kind)", t, PairPreferenceRepository.Parameters(p));
            }

            var campaignIds = saved.Campaigns.Select(campaign => CampaignRows.Insert(c, t, campaign)).ToList();
            if (saved.Campaigns.Count > 0)
            {
                BudgetPlanRepository.Replace(c, t, DemoBudget.Plan(saved.Campaigns.Min(k => k.Start)));
            }

            var result = saved with
            {
                Campaigns = [.. saved.Campaigns.Zip(campaignIds, (k, id) => new Core.Campaigns.Campaign(id, k.Name, k.Goal, k.Start, k.End, k.Status, k.Participants, k.CostItems, k.Plan, k.Results))],
            };
            var verb = members > 0 || campaigns > 0 ? $"Replaced {members} members and {campaigns} campaigns with" : "Installed";
            return (result, $"{verb} the demo association '{demo.Settings.Name}': {ids.Count} members, {campaignIds.Count} campaigns.");
        });
    }
}
