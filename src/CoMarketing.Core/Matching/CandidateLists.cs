namespace CoMarketing.Core.Matching;

/// <summary>
/// Inverted lists of a <see cref="MatchIndex"/>: where to look for the candidates that can pass the area filter,
/// instead of visiting every business.
/// </summary>
/// <remarks>
/// Only businesses that can ever be matched (not archived) are listed. A local (not national) business is listed
/// under every municipality it serves and, when it has a catchment, in the radius tier of its catchment, sorted by
/// the latitude of its centre; a national business is listed once, in <see cref="National"/>.
/// </remarks>
internal sealed class CandidateLists
{
    /// <summary>Catchment radii are grouped in tiers [2^t, 2^(t+1)) km; radius ≤ 1500 km keeps t ≤ 10.</summary>
    private const int TierCount = 11;

    private CandidateLists(int[] placeStart, int[] placeMembers, int[] national, int[] tierStart, int[] tierMembers, double[] tierLatitudes, double[] tierMaxRadius)
    {
        PlaceStart = placeStart;
        PlaceMembers = placeMembers;
        National = national;
        TierStart = tierStart;
        TierMembers = tierMembers;
        TierLatitudes = tierLatitudes;
        TierMaxRadius = tierMaxRadius;
    }

    /// <summary>Offsets into <see cref="PlaceMembers"/> per municipality bit (one more entry than municipalities).</summary>
    public int[] PlaceStart { get; }

    /// <summary>Local businesses serving each municipality, by index position.</summary>
    public int[] PlaceMembers { get; }

    /// <summary>Businesses reaching customers nationally, by index position.</summary>
    public int[] National { get; }

    /// <summary>Offsets into <see cref="TierMembers"/> per radius tier (one more entry than tiers).</summary>
    public int[] TierStart { get; }

    /// <summary>Local businesses with a catchment, per radius tier, by catchment-centre latitude.</summary>
    public int[] TierMembers { get; }

    /// <summary>The catchment-centre latitude (degrees) of each entry of <see cref="TierMembers"/>.</summary>
    public double[] TierLatitudes { get; }

    /// <summary>The largest catchment radius (km) in each tier; 0 for an empty tier.</summary>
    public double[] TierMaxRadius { get; }

    public static CandidateLists Create(IndexColumns c)
    {
        var n = c.Ids.Length;
        var words = c.AreaWords;
        var placeLists = new List<int>[c.PlaceCount];
        var tiers = new List<int>[TierCount];
        var maxRadius = new double[TierCount];
        var national = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (c.Archived[i])
            {
                continue;
            }

            if (c.National[i])
            {
                national.Add(i);
                continue;
            }

            for (var w = 0; w < words; w++)
            {
                for (var bits = c.Areas[(i * words) + w]; bits != 0; bits &= bits - 1)
                {
                    var place = (w * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    (placeLists[place] ??= []).Add(i);
                }
            }

            if (c.Radii[i] > 0)
            {
                var tier = Math.Clamp((int)Math.Floor(Math.Log2(c.Radii[i])), 0, TierCount - 1);
                (tiers[tier] ??= []).Add(i);
                maxRadius[tier] = Math.Max(maxRadius[tier], c.Radii[i]);
            }
        }

        var placeStart = new int[c.PlaceCount + 1];
        var placeMembers = new List<int>();
        for (var p = 0; p < c.PlaceCount; p++)
        {
            placeStart[p] = placeMembers.Count;
            placeMembers.AddRange(placeLists[p] ?? []);
        }

        placeStart[c.PlaceCount] = placeMembers.Count;
        var tierStart = new int[TierCount + 1];
        var tierMembers = new List<int>();
        for (var t = 0; t < TierCount; t++)
        {
            tierStart[t] = tierMembers.Count;
            tierMembers.AddRange((tiers[t] ?? []).OrderBy(i => c.Latitudes[i]).ThenBy(i => i));
        }

        tierStart[TierCount] = tierMembers.Count;
        var tierLatitudes = tierMembers.Select(i => c.Latitudes[i]).ToArray();
        return new CandidateLists(placeStart, [.. placeMembers], [.. national], tierStart, [.. tierMembers], tierLatitudes, maxRadius);
    }
}
