namespace CoMarketing.Reports.Import;

/// <summary>The column names of the member import format (DESIGN.md), plus the optional <c>national</c> and <c>notes</c>.</summary>
public static class MemberColumns
{
    public const string Name = "name";
    public const string BusinessId = "business_id";
    public const string Industry = "industry";
    public const string Offerings = "offerings";
    public const string Municipality = "municipality";
    public const string CustomerType = "customer_type";
    public const string Ages = "ages";
    public const string Interests = "interests";
    public const string Months = "months";
    public const string Contact = "contact";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Channels = "channels";
    public const string National = "national";
    public const string Notes = "notes";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Name, BusinessId, Industry, Offerings, Municipality, CustomerType, Ages, Interests, Months, Contact, Email, Phone, Channels, National, Notes,
    };
}
