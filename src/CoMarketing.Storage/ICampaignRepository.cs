using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;

namespace CoMarketing.Storage;

/// <summary>Campaigns with their participants (in order), cost items, publication plan and results.</summary>
/// <remarks>
/// Campaign names are unique ignoring case (after trimming). Every business a campaign names (participant, payer,
/// sharer, result) must be a saved business. Each change is one transaction with one audit entry.
/// </remarks>
public interface ICampaignRepository
{
    /// <summary>All campaigns, by start date.</summary>
    IReadOnlyList<Campaign> GetAll();

    /// <summary>The campaign with this store id, or null.</summary>
    Campaign? Get(long id);

    /// <summary>The number of campaigns; LiteDB loads every document to count them.</summary>
    int Count();

    /// <summary>Whether there is any campaign, reading at most one.</summary>
    bool Any();

    /// <summary>
    /// Saves a new campaign and returns it with its store id. <paramref name="reason"/>, when given, goes into the audit
    /// entry (e.g. why a competitor was kept as a partner).
    /// </summary>
    Campaign Add(Campaign campaign, Actor actor, string? reason = null);

    /// <summary>
    /// Replaces a saved campaign (found by its id), including its cost items, plan and results. <paramref name="reason"/>,
    /// when given, goes into the audit entry (e.g. why a finished campaign was reopened).
    /// </summary>
    void Update(Campaign campaign, Actor actor, string? reason = null);
}
