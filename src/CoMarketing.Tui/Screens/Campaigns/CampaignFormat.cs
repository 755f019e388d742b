using System.Globalization;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Finance;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>How the campaign screens write amounts, dates and statuses: <c>1 234,50 €</c> and <c>1.3.2027</c> in Finnish.</summary>
public sealed class CampaignFormat
{
    public CampaignFormat(CampaignTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Texts = texts;
    }

    public CampaignTexts Texts { get; }

    public CultureInfo Culture => Texts.Culture;

    /// <summary>An amount with its euro sign: <c>1 234,50 €</c> (fi, ordinary spaces) or <c>1,234.50 €</c> (en).</summary>
    public string Euros(Money money) => money.Format(Culture).Replace('\u00A0', ' ').Replace('\u202F', ' ') + " €";

    /// <summary>A count of people with the language's grouping: <c>12 400</c> or <c>12,400</c>.</summary>
    public string People(long count) => count.ToString("#,0", Culture).Replace('\u00A0', ' ').Replace('\u202F', ' ');

    /// <summary>A date as people write it here: <c>1.3.2027</c> (fi) or <c>2027-03-01</c> (en).</summary>
    public string Date(DateOnly date) => Texts.IsFinnish
        ? date.ToString("d.M.yyyy", CultureInfo.InvariantCulture)
        : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Status(CampaignStatus status) => Texts.Get("Status" + status);

    public string Goal(CampaignGoalKind kind) => Texts.Get("Goal" + kind);
}
