namespace CoMarketing.Storage.LiteDb;

/// <summary>The collections of a CoMarketing LiteDB file.</summary>
internal static class Collections
{
    public const string Association = "association";
    public const string Businesses = "businesses";
    public const string Campaigns = "campaigns";
    public const string PairPreferences = "pairs";
    public const string Audit = "audit";
    public const string Drafts = "drafts";
    public const string Budget = "budget";
    public const string Meta = "meta";

    /// <summary>Every collection, in the order a logical copy writes them.</summary>
    public static IReadOnlyList<string> All { get; } = [Association, Businesses, Campaigns, PairPreferences, Audit, Drafts, Budget, Meta];
}
