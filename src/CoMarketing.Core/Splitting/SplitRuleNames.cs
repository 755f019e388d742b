namespace CoMarketing.Core.Splitting;

/// <summary>The lower-case names of <see cref="SplitRule"/> used in files and on the command line.</summary>
public static class SplitRuleNames
{
    private static readonly Dictionary<string, SplitRule> ByName = new(StringComparer.Ordinal)
    {
        ["equal"] = SplitRule.Equal,
        ["shares"] = SplitRule.Shares,
        ["percent"] = SplitRule.Percent,
        ["exact"] = SplitRule.Exact,
        ["reach"] = SplitRule.Reach,
        ["benefit"] = SplitRule.Benefit,
    };

    /// <summary>All names, in the order of the enum: <c>equal, shares, percent, exact, reach, benefit</c>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. ByName.Keys];

    /// <summary>The name of a rule, e.g. <c>percent</c>.</summary>
    public static string ToName(this SplitRule rule) => rule switch
    {
        SplitRule.Equal => "equal",
        SplitRule.Shares => "shares",
        SplitRule.Percent => "percent",
        SplitRule.Exact => "exact",
        SplitRule.Reach => "reach",
        SplitRule.Benefit => "benefit",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown split rule."),
    };

    /// <summary>Finds a rule by its exact lower-case name.</summary>
    public static bool TryParse(string? name, out SplitRule rule)
        => ByName.TryGetValue(name ?? string.Empty, out rule);
}
