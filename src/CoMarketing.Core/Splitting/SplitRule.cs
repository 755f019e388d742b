namespace CoMarketing.Core.Splitting;

/// <summary>How a cost item is shared among its sharers.</summary>
public enum SplitRule
{
    /// <summary>Everyone pays the same.</summary>
    Equal,

    /// <summary>In proportion to weights, e.g. 2:1:1 (default weight 1).</summary>
    Shares,

    /// <summary>By percentages that must total exactly 100.</summary>
    Percent,

    /// <summary>Exact amounts that must total the item; at most one sharer may take the rest.</summary>
    Exact,

    /// <summary>In proportion to the audience brought: each sharer's Shapley value in the unique-reach game.</summary>
    Reach,

    /// <summary>In proportion to the new reach gained, <c>R(N) − r_i</c> over the item's sharers.</summary>
    Benefit,
}
