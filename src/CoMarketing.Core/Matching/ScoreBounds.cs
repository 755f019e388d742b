namespace CoMarketing.Core.Matching;

/// <summary>
/// Precomputed points for a cheap upper bound of a match score, used only to skip candidates that cannot rank among
/// the kept hits (never to compute a score).
/// </summary>
internal sealed class ScoreBounds
{
    private ScoreBounds(double[] customerType, double[] season)
    {
        CustomerType = customerType;
        Season = season;
    }

    /// <summary>Customer-type points by (type of a) · 3 + (type of b).</summary>
    public double[] CustomerType { get; }

    /// <summary>Season points by (shared months) · 13 + (months of the shorter season).</summary>
    public double[] Season { get; }

    public static ScoreBounds Create(MatchWeights weights)
    {
        var customerType = new double[9];
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                customerType[(a * 3) + b] = weights.CustomerType * (a == b ? 1 : (a == 2 || b == 2 ? 0.5 : 0));
            }
        }

        var season = new double[13 * 13];
        for (var shared = 0; shared <= 12; shared++)
        {
            for (var shorter = 1; shorter <= 12; shorter++)
            {
                season[(shared * 13) + shorter] = weights.Season * shared / shorter;
            }
        }

        return new ScoreBounds(customerType, season);
    }
}
