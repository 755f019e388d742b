namespace CoMarketing.Core.Matching;

/// <summary>The score bands of partner matching (README "Partner matching").</summary>
/// <remarks>
/// Strong from <see cref="StrongFrom"/> points, possible from <see cref="PossibleFrom"/>, weak below. With the default
/// weights a pair sharing no interest (nor a related one) scores at most 20 + 10 + 10 + 5 = 45 points, so it is always
/// weak; the band is read from the unrounded score.
/// </remarks>
public static class MatchBands
{
    /// <summary>The least score of a strong match.</summary>
    public const double StrongFrom = 65;

    /// <summary>The least score of a possible match.</summary>
    public const double PossibleFrom = 50;

    public static MatchBand Of(double score) => score >= StrongFrom ? MatchBand.Strong : score >= PossibleFrom ? MatchBand.Possible : MatchBand.Weak;

    /// <summary>The band's name in JSON: <c>strong</c>, <c>possible</c> or <c>weak</c>.</summary>
    public static string Key(MatchBand band) => band switch
    {
        MatchBand.Strong => "strong",
        MatchBand.Possible => "possible",
        _ => "weak",
    };
}
