using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Finance;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>Totals of a campaign's cost items without splitting them: what <c>campaign list</c> shows.</summary>
public static class CampaignFigures
{
    public static (Money Net, Money Vat, Money Gross) Totals(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var net = Money.Sum(campaign.CostItems.Select(i => i.Net));
        var vat = Money.Sum(campaign.CostItems.Select(i => VatRate.FromPercent(i.VatPercent).VatOf(i.Net)));
        return (net, vat, net + vat);
    }

    /// <summary>camelCase name of an enum value, as in the JSON output (<c>newCustomers</c>, <c>finished</c>).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
