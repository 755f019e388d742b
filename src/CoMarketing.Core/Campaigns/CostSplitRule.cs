namespace CoMarketing.Core.Campaigns;

/// <summary>How a cost item is shared among its sharers (DESIGN.md, "Splitting a cost item").</summary>
public enum CostSplitRule
{
    Equal = 0,
    Shares = 1,
    Percent = 2,
    Exact = 3,
    Reach = 4,
    Benefit = 5,
}
