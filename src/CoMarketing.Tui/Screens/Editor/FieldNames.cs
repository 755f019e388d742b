namespace CoMarketing.Tui.Screens.Editor;

/// <summary>The names of the editor's fields (also the keys of a saved draft).</summary>
public static class FieldNames
{
    public const string Name = "name";
    public const string BusinessId = "businessId";
    public const string Industry = "industry";
    public const string Municipality = "municipality";
    public const string CustomerType = "customerType";
    public const string Offerings = "offerings";
    public const string ContactPerson = "contactPerson";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Notes = "notes";
    public const string Interests = "interests";
    public const string FreeTags = "freeTags";
    public const string Served = "served";
    public const string Months = "months";
    public const string Customers = "customers";
    public const string National = "national";
    public const string ChannelKind = "channelKind";
    public const string ChannelName = "channelName";
    public const string ChannelSize = "channelSize";
    public const string ChannelEngagement = "channelEngagement";
    public const string ChannelCost = "channelCost";

    /// <summary>"age0" … "age6", one per age band.</summary>
    public static string Age(int band) => "age" + band.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsAge(string name) => name.StartsWith("age", StringComparison.Ordinal);
}
