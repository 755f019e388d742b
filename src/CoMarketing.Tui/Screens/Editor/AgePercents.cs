using CoMarketing.Core.Audiences;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>Age weights as whole percentages that total exactly 100, by largest remainder (ties to the younger band).</summary>
public static class AgePercents
{
    public static int[] FromWeights(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var total = weights.Sum();
        if (total <= 0)
        {
            return new int[weights.Count];
        }

        var exact = weights.Select(w => w / total * 100).ToArray();
        var result = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var order = Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - result[i]).ThenBy(i => i).ToArray();
        var missing = 100 - result.Sum();
        for (var k = 0; k < missing; k++)
        {
            result[order[k % order.Length]]++;
        }

        return result;
    }

    /// <summary>Scales <paramref name="percents"/> to total 100; all zero stays all zero.</summary>
    public static int[] Normalise(IReadOnlyList<int> percents)
    {
        ArgumentNullException.ThrowIfNull(percents);
        return FromWeights([.. percents.Select(p => (double)Math.Max(p, 0))]);
    }

    public static AgeDistribution ToDistribution(IReadOnlyList<int> percents)
    {
        ArgumentNullException.ThrowIfNull(percents);
        return new AgeDistribution([.. percents.Select(p => p / 100.0)]);
    }
}
