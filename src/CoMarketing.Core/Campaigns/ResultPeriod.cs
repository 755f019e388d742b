namespace CoMarketing.Core.Campaigns;

/// <summary>The length of a results period.</summary>
public enum ResultPeriod
{
    Week = 0,
    Month = 1,
    Quarter = 2,
}
