namespace CoMarketing.Core.Businesses;

/// <summary>Whom a business sells to.</summary>
public enum CustomerType
{
    Consumers = 0,
    Businesses = 1,
    Both = 2,
}
