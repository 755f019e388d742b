using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Reach;

/// <summary>The audience a business brings to a campaign: the people its channels reach in the area.</summary>
/// <remarks>
/// A business's channels overlap like the participants of a campaign do, so they are combined with the same
/// independence (Sainsbury) model: <c>r = P · (1 − Π_c (1 − min(a_c, P) / P))</c>, where <c>a_c</c> is channel c's
/// audience size, rounded to whole persons (halves away from zero). This is the one definition of a business's reach,
/// shared by cost splitting and partner matching. No channels: 0.
/// </remarks>
public static class BusinessReach
{
    /// <summary>The business's own reach in an area of <paramref name="population"/> people (at least 1).</summary>
    public static long Of(Business business, long population)
    {
        ArgumentNullException.ThrowIfNull(business);
        return new ReachGame(population, business.Channels.Select(c => (long)c.AudienceSize)).Combined().RoundToWhole();
    }
}
