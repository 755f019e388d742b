using CoMarketing.Core.Audiences;

namespace CoMarketing.Core.Channels.Advice;

/// <summary>A run of neighbouring age bands, <see cref="From"/> to <see cref="To"/> inclusive, e.g. 45–54 … 65+ ("45+").</summary>
public readonly record struct AgeSpan(AgeBand From, AgeBand To)
{
    private static readonly int[] Lower = [0, 18, 25, 35, 45, 55, 65];

    /// <summary>The bands where a channel's audience is above an even spread (1/7), from the first to the last: its core.</summary>
    public static AgeSpan CoreOf(AgeDistribution profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var above = AgeBands.All.Where(b => profile[b] >= 1.0 / AgeBands.Count).ToList();
        return above.Count == 0 ? new AgeSpan(AgeBand.Under18, AgeBand.From65) : new AgeSpan(above[0], above[^1]);
    }

    /// <summary>The oldest bands holding at least half the audience (<c>55+</c>), or the youngest (<c>under 35</c>) when <paramref name="fromTop"/> is false.</summary>
    public static AgeSpan MajorityOf(AgeDistribution ages, bool fromTop)
    {
        ArgumentNullException.ThrowIfNull(ages);
        var share = 0.0;
        for (var i = 0; i < AgeBands.Count; i++)
        {
            var band = fromTop ? (AgeBand)(AgeBands.Count - 1 - i) : (AgeBand)i;
            share += ages[band];
            if (share >= 0.5)
            {
                return fromTop ? new AgeSpan(band, AgeBand.From65) : new AgeSpan(AgeBand.Under18, band);
            }
        }

        return new AgeSpan(AgeBand.Under18, AgeBand.From65);
    }

    /// <summary>The mean band index of a distribution (0 = 0–17 … 6 = 65+): which of two audiences is older.</summary>
    public static double MeanBand(AgeDistribution ages)
    {
        ArgumentNullException.ThrowIfNull(ages);
        return AgeBands.All.Sum(b => (int)b * ages[b]);
    }

    /// <summary>True when the span starts at the youngest band (said "under N").</summary>
    public bool FromYoungest => From == AgeBand.Under18;

    /// <summary>True when the span ends at 65+ (said "N+").</summary>
    public bool ToOldest => To == AgeBand.From65;

    /// <summary>The youngest age in the span.</summary>
    public int LowerAge => Lower[(int)From];

    /// <summary>The first age after the span (<c>35</c> for 25–34); 0 when it runs to 65+.</summary>
    public int AgeAfter => ToOldest ? 0 : Lower[(int)To + 1];

    /// <summary>The share of <paramref name="ages"/> in the span, 0–1.</summary>
    public double Share(AgeDistribution ages)
    {
        ArgumentNullException.ThrowIfNull(ages);
        var total = 0.0;
        for (var b = From; b <= To; b++)
        {
            total += ages[b];
        }

        return Math.Min(1, total);
    }
}
