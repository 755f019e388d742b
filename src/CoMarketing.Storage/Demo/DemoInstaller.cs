using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Core.Demo;
using CoMarketing.Storage.LiteDb;

namespace CoMarketing.Storage.Demo;

/// <summary>
/// Writes the demo association into a store in one transaction with one audit entry (<c>demo.install</c>):
/// its settings, members, pair preferences, campaigns and budget plan. Nothing is written when anything fails.
/// </summary>
public static class DemoInstaller
{
    /// <summary>
    /// Installs <paramref name="demo"/>. A database that already has businesses or campaigns is refused unless
    /// <paramref name="replace"/> is set, in which case every business, pair preference, campaign, draft and the budget
    /// plan are deleted first (the audit log keeps its history). Returns the demo with the store's ids.
    /// </summary>
    public static DemoDataSet Install(IStore store, DemoDataSet demo, bool replace, Actor actor, TimeProvider clock)
        => store switch
        {
            Store file => Install(file, demo, replace, actor, clock),
            Postgres.PgStore server => server.InstallDemo(demo, replace, actor),
            _ => throw new ArgumentException($"The demo cannot be installed into a {store?.GetType().Name ?? "missing"} store.", nameof(store)),
        };

    /// <summary>Installs <paramref name="demo"/> into a LiteDB file (see the overload above).</summary>
    public static DemoDataSet Install(Store store, DemoDataSet demo, bool replace, Actor actor, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(demo);
        ArgumentNullException.ThrowIfNull(clock);
        return store.File.Write(actor, "demo.install", db =>
        {
            var businesses = LiteBusinessRepository.Collection(db);
            var campaigns = LiteCampaignRepository.Collection(db);
            var members = businesses.LongCount();
            var existing = campaigns.LongCount();
            if (!replace && (members > 0 || existing > 0))
            {
                throw new DomainException(
                    $"The database {store.Path} already has {members} members and {existing} campaigns; "
                    + "use 'comarketing demo --force' to replace everything with the demo association.");
            }

            campaigns.DeleteAll();
            LitePairPreferenceRepository.Collection(db).DeleteAll();
            LiteKioskRepository.Drafts(db).DeleteAll();
            businesses.DeleteAll();
            LiteBudgetPlanRepository.Collection(db).DeleteAll();
            LiteAssociationRepository.Save(db, demo.Settings);
            var ids = demo.Businesses.ToDictionary(b => b.Id, b => LiteBusinessRepository.Insert(db, b).Id);
            var saved = demo.WithBusinessIds(ids);
            foreach (var pair in saved.PairPreferences)
            {
                LitePairPreferenceRepository.Insert(db, pair);
            }

            var result = saved with { Campaigns = [.. saved.Campaigns.Select(k => LiteCampaignRepository.Insert(db, k))] };
            if (result.Campaigns.Count > 0)
            {
                LiteBudgetPlanRepository.Replace(db, DemoBudget.Plan(result.Campaigns.Min(k => k.Start)));
            }

            var verb = members > 0 || existing > 0 ? $"Replaced {members} members and {existing} campaigns with" : "Installed";
            return (result, $"{verb} the demo association '{demo.Settings.Name}': {ids.Count} members, {result.Campaigns.Count} campaigns.");
        });
    }
}
