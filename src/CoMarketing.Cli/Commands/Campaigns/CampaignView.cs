using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Reports;
using CoMarketing.Core.Splitting;
using CoMarketing.Storage;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>A stored campaign with everything worked out once: its split, summary and metrics.</summary>
public sealed record CampaignView(Campaign Campaign, AssociationSettings Settings, SplitResult Split, CampaignSummary Summary, CampaignEconomics Economics)
{
    /// <summary>
    /// Loads the campaign named by <paramref name="idOrName"/>: its id, or its name ignoring case. A name shared by
    /// several campaigns or matching none is a <see cref="DomainException"/> listing what there is.
    /// </summary>
    public static CampaignView Load(IStore store, string idOrName)
    {
        ArgumentNullException.ThrowIfNull(store);
        var campaign = Find(store, idOrName);
        var settings = store.Association.Get();
        var businesses = store.Businesses.GetAll(includeArchived: true);
        var split = CampaignSplit.Split(campaign, businesses, settings);
        var summary = CampaignSummaryBuilder.Build(settings.Name, settings.Currency, campaign, split);
        return new CampaignView(campaign, settings, split, summary, CampaignEconomics.Of(campaign, split));
    }

    /// <summary>The campaign named by its id or by its name ignoring case; see <see cref="Load"/>.</summary>
    public static Campaign Find(IStore store, string idOrName)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = NameText.Normalise(idOrName);
        if (text.Length == 0)
        {
            throw new DomainException("Name a campaign by its id or name; 'comarketing campaign list' shows them.");
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && store.Campaigns.Get(id) is { } byId)
        {
            return byId;
        }

        var all = store.Campaigns.GetAll();
        var matches = all.Where(c => string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new DomainException(all.Count == 0
                ? $"There is no campaign '{text}': the database has no campaigns yet."
                : $"There is no campaign '{text}'; there are: {string.Join(", ", all.Select(c => $"{c.Id} {c.Name}"))}."),
            _ => throw new DomainException($"Several campaigns are called '{text}' ({string.Join(", ", matches.Select(c => c.Id))}); name one by its id."),
        };
    }
}
