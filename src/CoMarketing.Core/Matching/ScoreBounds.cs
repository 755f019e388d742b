namespace CoMarketing.Core.Matching;

/// <summary>
/// Precomputed points for a cheap upper bound of a match score, used only to skip candidates that cannot rank among
/// the kept hits (never to compute a score).
/// </summary>
internal sealed class ScoreBounds
{
    private ScoreBounds(double[] customerType, double[] season, double[] interest)
    {
        CustomerType = customerType;
        Season = season;
        Interest = interest;
    }

    /// <summary>Customer-type points by (type of a) · 3 + (type of b).</summary>
    public double[] CustomerType { get; }

    /// <summary>Season points by (shared months) · 13 + (months in either).</summary>
    public double[] Season { get; }

    /// <summary>Interest points per shared tag, by the number of tags in either (a shade above the exact share).</summary>
    public double[] Interest { get; }

    public static ScoreBounds Create(MatchWeights weights, int maxInterests)
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
            for (var union = 1; union <= 12; union++)
            {
                season[(shared * 13) + union] = weights.Season * shared / union;
            }
        }

        // shared · (points / union) may round below points · shared / union; the factor keeps it an upper bound.
        var interest = new double[(2 * maxInterests) + 1];
        for (var union = 1; union < interest.Length; union++)
        {
            interest[union] = weights.Interests / union * (1 + 1e-12);
        }

        return new ScoreBounds(customerType, season, interest);
    }
}
