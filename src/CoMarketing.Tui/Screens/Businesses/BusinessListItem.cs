using CoMarketing.Core.Businesses;
using CoMarketing.Core.Reference;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Editor;

namespace CoMarketing.Tui.Screens.Businesses;

/// <summary>A row of the business list: the business and its cells, worked out once (not at every frame).</summary>
/// <remarks>Two rows are equal when they show the same business (by store id).</remarks>
public sealed record BusinessListItem(Business Business, string Industry, string Municipality, string CustomerType, string Channels, long Reach)
{
    public static BusinessListItem From(Business business, ReferenceData reference, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(business);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(texts);
        var language = BusinessFields.LanguageOf(texts);
        var industry = reference.FindIndustry(business.Industry)?.Name(language) ?? business.Industry.Code;
        var municipality = reference.FindMunicipality(business.Municipality)?.Name ?? business.Municipality.Value;
        var reach = business.Channels.Sum(channel => (long)channel.AudienceSize);
        var channels = texts.Format("BizChannelsCell", business.Channels.Length, reach.ToString("N0", texts.Culture));
        return new BusinessListItem(business, industry, municipality, CustomerTypeText(business.CustomerType, texts), channels, reach);
    }

    public static string CustomerTypeText(CustomerType type, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Get(type switch
        {
            Core.Businesses.CustomerType.Businesses => "EdCustomerBusinesses",
            Core.Businesses.CustomerType.Both => "EdCustomerBoth",
            _ => "EdCustomerConsumers",
        });
    }

    /// <summary>Rows are the same row when they show the same business, so a reload keeps the selection on it.</summary>
    public bool Equals(BusinessListItem? other) => other is not null && Business.Id == other.Business.Id;

    public override int GetHashCode() => Business.Id.GetHashCode();
}
